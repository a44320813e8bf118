/**
 * `imagecloud provider install`: install the Terraform provider (the
 * package's version) into a local filesystem mirror — nothing is downloaded —
 * and write a Terraform CLI config that uses it.
 */
import { join } from 'node:path';
import { UsageError, parseCommand } from './args';
import { installProvider } from '../provider/install';

const USAGE = `Usage: imagecloud provider install [options]

  Install the Terraform provider in a filesystem mirror, write a Terraform CLI
  config using it and print the environment lines to use. Installing the same
  version again writes the same files, so .terraform.lock.hcl stays valid.

Options:
  --mirror DIR     the mirror (default .imagecloud/mirror)
  --config FILE    the CLI config to write (default .imagecloud/terraform.rc)`;

const OPTIONS = {
  mirror: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runProviderCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS, USAGE);
  const [action, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (action !== 'install') {
    throw new UsageError(action === undefined ? 'missing provider action' : `unknown provider action "${action}"`, USAGE);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, USAGE);
  const installed = await installProvider({
    mirrorDir: values.mirror ?? join('.imagecloud', 'mirror'),
    configFile: values.config ?? join('.imagecloud', 'terraform.rc'),
  });
  process.stderr.write(`installed imagecloud provider ${installed.version}: ${installed.launcher}\nwrote ${installed.configFile}\n`);
  process.stdout.write(`${installed.envLines.join('\n')}\n`);
  return 0;
}
