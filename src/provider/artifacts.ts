/**
 * The provider's generated artifacts: provider-schema/imagecloud.json (what
 * `terraform providers schema -json` reports) and the registry docs. A
 * development tool, kept fresh by test/provider/schema.test.ts:
 *
 *   npx tsx src/provider/artifacts.ts schema [FILE]   (npm run provider:schema)
 *   npx tsx src/provider/artifacts.ts docs [DIR]      (npm run provider:docs)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateDocs, providerSchemaJson } from './runtime';
import { provider } from './provider';

/** provider-schema/imagecloud.json as it should be. */
export function providerSchemaText(): string {
  return `${JSON.stringify(providerSchemaJson(provider), null, 2)}\n`;
}

/** The registry docs (`index.md`, `resources/*.md`, `data-sources/*.md`), relative to docs/. */
export function providerDocs(): Record<string, string> {
  return generateDocs(provider);
}

function writeProviderDocs(docsDir: string): string[] {
  return Object.entries(providerDocs()).map(([relative, text]) => {
    const file = join(docsDir, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  });
}

if (require.main === module) {
  const [what, target] = process.argv.slice(2);
  if (what === 'schema') {
    if (target) writeFileSync(target, providerSchemaText());
    else process.stdout.write(providerSchemaText());
  } else if (what === 'docs') {
    for (const file of writeProviderDocs(target ?? 'docs')) process.stderr.write(`wrote ${file}\n`);
  } else {
    process.stderr.write('usage: tsx src/provider/artifacts.ts schema [FILE] | docs [DIR]\n');
    process.exitCode = 2;
  }
}
