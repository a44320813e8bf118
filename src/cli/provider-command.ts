/**
 * `imagecloud provider install | schema | docs`: install the Terraform
 * provider into a local filesystem mirror (nothing is downloaded), print its
 * schema as `terraform providers schema -json` would, or write its registry docs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError, parseCommand } from './args';
import { installProvider, providerSchemaText, writeProviderDocs } from '../provider/install';

const USAGE = `Usage: imagecloud provider <install|schema|docs> [options]

  install [--mirror DIR] [--config FILE]
      Bundle the provider and install it in a filesystem mirror (default
      .imagecloud/mirror), write a Terraform CLI config using it (default
      .imagecloud/terraform.rc) and print the environment lines to use.
  schema [--out FILE]
      Print the provider schema in \`terraform providers schema -json\` format
      (provider-schema/imagecloud.json), or write it to FILE.
  docs [--out DIR]
      Write the registry docs (index.md, resources/, data-sources/) under DIR (default docs).`;

const OPTIONS = {
  mirror: { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runProviderCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS, USAGE);
  const [action, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, USAGE);
  switch (action) {
    case 'install': {
      const installed = await installProvider({
        mirrorDir: values.mirror ?? join('.imagecloud', 'mirror'),
        configFile: values.config ?? join('.imagecloud', 'terraform.rc'),
      });
      process.stderr.write(`installed ${installed.launcher}\nwrote ${installed.configFile}\n`);
      process.stdout.write(`${installed.envLines.join('\n')}\n`);
      return 0;
    }
    case 'schema':
      if (values.out) writeFileSync(values.out, providerSchemaText());
      else process.stdout.write(providerSchemaText());
      return 0;
    case 'docs':
      for (const file of writeProviderDocs(values.out ?? 'docs')) process.stderr.write(`wrote ${file}\n`);
      return 0;
    default:
      throw new UsageError(action === undefined ? 'missing provider action' : `unknown provider action "${action}"`, USAGE);
  }
}
