/**
 * `imagecloud local [--data-dir DIR] -- <command...>`: runs a command
 * (`cdktf deploy`, `terraform apply`, `npm test`, ...) against the emulator,
 * like LocalStack's tflocal/cdklocal. The emulator runs as a child process
 * with its state in a directory that outlives the run (so `deploy` and a
 * later `destroy` see the same images), the provider is installed into
 * `.imagecloud/mirror` with `.imagecloud/terraform.rc`, and the command gets
 * the environment of imagecloud/testing's terraformEnvironment. Exits with
 * the command's exit code.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { constants } from 'node:os';
import { installProvider } from '../provider/install';
import { startEmulatorProcess } from '../testing/emulator-process';
import { terraformEnvironment } from '../testing/environment';
import { requireTerraform } from '../testing/terraform';
import { CommandFailure, UsageError } from './args';

const STATE_DIR = '.imagecloud';
const DEFAULT_DATA_DIR = join(STATE_DIR, 'emulator');

export const LOCAL_USAGE = `Usage: imagecloud local [--data-dir DIR] [--] <command> [args...]

  Runs <command> against the emulator: starts it on a free port of 127.0.0.1,
  installs the Terraform provider into ${STATE_DIR}/mirror (CLI config
  ${STATE_DIR}/terraform.rc), runs the command with TF_CLI_CONFIG_FILE,
  CHECKPOINT_DISABLE=1, IMAGECLOUD_ENDPOINT, BCE_REGION/IMAGECLOUD_REGION=bj and
  the dev account's BCE_ACCESS_KEY_ID/BCE_SECRET_ACCESS_KEY, then stops the
  emulator. Exits with the command's exit code. Needs terraform on PATH.

  Examples:
    imagecloud local -- cdktf deploy --auto-approve --skip-provider-lock golden-image
    imagecloud local -- terraform plan

Options:
  --data-dir DIR   the emulator's state (default ${DEFAULT_DATA_DIR}): kept between
                   runs, so a deploy and a later destroy see the same images
  -h, --help       show this help`;

interface LocalArgs {
  dataDir: string;
  command: string[];
}

/** Our options come first; the command starts at `--` or at the first argument that is not an option of ours. */
function parseLocalArgs(argv: string[]): LocalArgs | 'help' {
  let dataDir = DEFAULT_DATA_DIR;
  let i = 0;
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i += 1;
      break;
    }
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const value = arg === '--data-dir' ? argv[++i] : arg.slice('--data-dir='.length);
      if (!value) throw new UsageError('--data-dir: expected a directory', LOCAL_USAGE);
      dataDir = value;
      continue;
    }
    if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (put the command after --)`, LOCAL_USAGE);
    break;
  }
  const command = argv.slice(i);
  if (command.length === 0) throw new UsageError('missing command to run', LOCAL_USAGE);
  return { dataDir, command };
}

export async function runLocalCommand(argv: string[]): Promise<number> {
  const args = parseLocalArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${LOCAL_USAGE}\n`);
    return 0;
  }
  requireTerraform();
  const emulator = await startEmulatorProcess({ dataDir: args.dataDir });
  try {
    const installed = await installProvider({ mirrorDir: join(STATE_DIR, 'mirror'), configFile: join(STATE_DIR, 'terraform.rc') });
    process.stderr.write(`imagecloud local: emulator ${emulator.endpoint} (state in ${args.dataDir}), provider ${installed.version} from ${STATE_DIR}/mirror\n`);
    return await run(args.command, { ...process.env, ...terraformEnvironment(emulator, installed) });
  } finally {
    await emulator.stop();
  }
}

/** Runs the command with the terminal; answers its exit code (128 + signal number when a signal ended it, as shells do). */
function run(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [file, ...commandArgs] = command as [string, ...string[]];
  return new Promise((resolve, reject) => {
    const child = spawn(file, commandArgs, { stdio: 'inherit', env });
    // Ctrl-C reaches the command from the terminal; this process waits for it to finish and then stops the emulator.
    const ignoreInterrupt = () => {};
    const forwardTerminate = () => child.kill('SIGTERM');
    process.on('SIGINT', ignoreInterrupt);
    process.on('SIGTERM', forwardTerminate);
    const settle = () => {
      process.off('SIGINT', ignoreInterrupt);
      process.off('SIGTERM', forwardTerminate);
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      settle();
      if (error.code === 'ENOENT') reject(new CommandFailure(`${file}: command not found`, 127));
      else reject(error);
    });
    child.once('exit', (code, signal) => {
      settle();
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}
