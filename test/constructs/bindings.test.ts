/**
 * The committed bindings (src/constructs/bindings) are what the generator
 * makes from provider-schema/imagecloud.json today: run the generator script
 * into a temp directory and compare file by file. It runs as a child process,
 * as users run it, with this test's own Terraform CLI config (the generator
 * package runs `terraform version` when it loads).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const BINDINGS_DIR = join(ROOT, 'src', 'constructs', 'bindings');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)).map((file) => join(name, file)) : [name]))
    .sort();
}

describe('generated bindings', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'imagecloud-bindings-check-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('match provider-schema/imagecloud.json (run `npx tsx src/constructs/generate-bindings.ts` when this fails)', async () => {
    const cliConfig = join(scratch, 'terraform.rc');
    writeFileSync(cliConfig, '');
    const fresh = join(scratch, 'bindings');
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'constructs', 'generate-bindings.ts'), fresh],
      { env: { PATH: process.env.PATH, HOME: scratch, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1' } },
    );
    const generated = filesUnder(fresh);
    expect(filesUnder(BINDINGS_DIR)).toEqual(generated);
    const stale = generated.filter((file) => readFileSync(join(BINDINGS_DIR, file), 'utf8') !== readFileSync(join(fresh, file), 'utf8'));
    expect(stale).toEqual([]);
  });
});
