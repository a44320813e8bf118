/**
 * The `imagecloud` command line. A command is one row of COMMANDS; each
 * parses its own arguments. Exit codes: 0 ok, 1 API or runtime error, 2
 * usage error. Expected errors print one line, never a stack.
 */
import { ImageApiError } from '../client/errors';
import { EmulatorStartError } from '../testing/emulator-process';
import { TerraformNotFoundError } from '../testing/terraform';
import { CommandFailure, UsageError, hoistGlobalOptions } from './args';
import { runEmulatorCommand } from './emulator-command';
import { runImagesCommand } from './images-command';
import { runInitCommand } from './init-command';
import { runInstancesCommand } from './instances-command';
import { runLocalCommand } from './local-command';
import { runProviderCommand } from './provider-command';
import { formatApiError } from './output';

interface Command {
  summary: string;
  /** May answer an exit code (the emulator command does); otherwise 0 unless it throws. */
  run(argv: string[]): Promise<number | void>;
}

const COMMANDS: Record<string, Command> = {
  emulator: { summary: 'run the image API emulator', run: runEmulatorCommand },
  images: { summary: 'create, list, show, change, share, copy and delete images', run: runImagesCommand },
  instances: { summary: 'create instances from images, rebuild, start, stop, list and delete them', run: runInstancesCommand },
  provider: { summary: 'install the Terraform provider into a local filesystem mirror', run: runProviderCommand },
  local: { summary: 'run a command (cdktf, terraform, npm test) against the emulator', run: runLocalCommand },
  init: { summary: 'write a new cdktf (or CDK Terrain) TypeScript project using imagecloud', run: runInitCommand },
};

const USAGE = `Usage: imagecloud <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

Run \`imagecloud <command> --help\` for a command's options.`;

/** Client-side errors a command line causes without the server being involved: usage errors too. */
const CALLER_MISTAKES = new Set(['Client.RequestValidation', 'Client.MissingCredentials']);

export async function main(argv: string[]): Promise<void> {
  try {
    const [name, ...rest] = hoistGlobalOptions(argv);
    if (name === '--help' || name === '-h' || name === 'help') {
      process.stdout.write(USAGE + '\n');
      return;
    }
    if (name === undefined) throw new UsageError('missing command', USAGE);
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command "${name}"`, USAGE);
    const exitCode = await command.run(rest);
    if (typeof exitCode === 'number') process.exitCode = exitCode;
  } catch (error) {
    process.exitCode = report(error);
  }
}

/** Prints an error the way a person should see it; returns the exit code. */
function report(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n${error.usage ? `\n${error.usage}\n` : ''}`);
    return 2;
  }
  if (error instanceof CommandFailure) {
    process.stderr.write(`error: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof TerraformNotFoundError || error instanceof EmulatorStartError) {
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  if (error instanceof ImageApiError) {
    process.stderr.write(formatApiError(error));
    return CALLER_MISTAKES.has(error.code) ? 2 : 1;
  }
  // Not an expected failure: a bug or an environment problem, where the stack helps.
  process.stderr.write(`error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return 1;
}
