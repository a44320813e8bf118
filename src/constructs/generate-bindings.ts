/**
 * Generates the low-level CDKTF bindings (src/constructs/bindings) from
 * provider-schema/imagecloud.json and the provider's version with cdktf's own
 * provider generator: no network, no provider launch, no `cdktf get`.
 *
 *   npx tsx src/constructs/generate-bindings.ts [output dir, default src/constructs/bindings]
 *
 * The output is committed; test/constructs/bindings.test.ts regenerates into a
 * temporary directory and fails when the committed copy is stale. The
 * post-processing is mechanical and listed here:
 * - the bindings import cdktf through src/constructs/cdktf.ts (the one module
 *   naming the cdktf package);
 * - members that override cdktf base-class members get the `override` keyword
 *   our tsconfig's noImplicitOverride demands (the generator predates it), so
 *   the bindings compile under the project's strict settings unchanged;
 * - the generator's per-resource README.md and lazy-index.ts (plain JavaScript
 *   in a .ts file, for jsii packages) are left out.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from '../provider/identity';

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
const SCHEMA_FILE = join(REPOSITORY_ROOT, 'provider-schema', 'imagecloud.json');
const BINDINGS_DIR = join(REPOSITORY_ROOT, 'src', 'constructs', 'bindings');
const CDKTF_MODULE = join(REPOSITORY_ROOT, 'src', 'constructs', 'cdktf');

const GENERATED_IMPORT = "import * as cdktf from 'cdktf';";
const LEFT_OUT = new Set(['README.md', 'lazy-index.ts']);
/** Members the generated classes override in TerraformResource/TerraformDataSource/TerraformProvider/ComplexList. */
const OVERRIDES: [RegExp, string][] = [
  [/^(\s+)protected (synthesizeAttributes|synthesizeHclAttributes)\(/gm, '$1protected override $2('],
  [/^(\s+)public (get|set) alias\(/gm, '$1public override $2 alias('],
  [/protected (terraformResource|terraformAttribute|wrapsSet):/g, 'protected override $1:'],
];

/** Writes the bindings for `schemaFile` into `outDir` (replacing its contents); returns the files written. */
async function generateBindings(schemaFile: string, outDir: string): Promise<string[]> {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  // @cdktf/commons (loaded by the generator) runs `terraform version` at import time; keep that run offline and
  // quiet (a TF_CLI_CONFIG_FILE naming a missing file makes Terraform print a warning box).
  process.env.CHECKPOINT_DISABLE = '1';
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (cliConfig !== undefined && !existsSync(cliConfig)) delete process.env.TF_CLI_CONFIG_FILE;
  // Loaded here, after the environment is set, rather than at the top (require: jest cannot run a dynamic import()).
  const { generateProviderBindingsFromSchema } = require('@cdktf/provider-generator') as typeof import('@cdktf/provider-generator');
  const scratch = mkdtempSync(join(tmpdir(), 'imagecloud-bindings-'));
  try {
    // `cdktf get` adds the installed version the same way; it becomes the version constraint in required_providers.
    const withVersion = { ...schema, provider_versions: { [PROVIDER_ADDRESS]: PROVIDER_VERSION } };
    await generateProviderBindingsFromSchema(scratch, withVersion as unknown as Parameters<typeof generateProviderBindingsFromSchema>[1]);
    const generated = join(scratch, 'providers', 'imagecloud');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(generated, outDir, { recursive: true, filter: (source) => !LEFT_OUT.has(source.split('/').pop() ?? '') });
    const files = listFiles(outDir);
    for (const file of files) postProcess(file, relative(outDir, file));
    return files.map((file) => relative(outDir, file)).sort();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** `inBindings` is the file's path relative to the bindings root: imports are written for the committed location. */
function postProcess(file: string, inBindings: string): void {
  let text = readFileSync(file, 'utf8');
  if (text.includes(GENERATED_IMPORT)) {
    let specifier = relative(join(BINDINGS_DIR, inBindings, '..'), CDKTF_MODULE);
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    text = text.replace(GENERATED_IMPORT, `import * as cdktf from '${specifier}';`);
  }
  for (const [pattern, replacement] of OVERRIDES) text = text.replace(pattern, replacement);
  writeFileSync(file, text);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? BINDINGS_DIR);
  generateBindings(SCHEMA_FILE, outDir)
    .then((files) => process.stdout.write(`wrote ${files.length} files to ${relative(process.cwd(), outDir)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`generate-bindings failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
