/**
 * `npm run build` (and `npm pack`, through prepack): the published package in dist/.
 *
 * 1. tsc (tsconfig.build.json): JavaScript for Node 20, .d.ts and source maps;
 * 2. the Terraform provider bundled by esbuild into dist/provider-bundle, so
 *    `imagecloud provider install` copies fixed bytes and needs no build tool;
 * 3. dist/cdktn: the constructs and bindings again, bound to CDK Terrain.
 *    Every construct reaches cdktf through the one module constructs/cdktf.ts,
 *    so the CDK Terrain build is the same output with that module requiring
 *    `cdktn` instead. Two builds, not one that picks a package at run time:
 *    each has exact types for its framework, and an app never loads the
 *    framework it does not use.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProviderBundle } from '../src/provider/source-bundle';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

/** The files of dist/cdktn that name the framework package: constructs/cdktf.ts compiled, and its declarations. */
const FRAMEWORK_MODULE_FILES = ['cdktf.js', 'cdktf.d.ts'];

async function build(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  chmodSync(join(DIST, 'cli', 'bin.js'), 0o755);

  const bundle = await buildProviderBundle(join(DIST, 'provider-bundle'));
  process.stderr.write(`provider bundle: ${(bundle.bytes / 1024).toFixed(0)} KiB\n`);

  const cdktn = join(DIST, 'cdktn');
  cpSync(join(DIST, 'constructs'), cdktn, { recursive: true });
  for (const name of FRAMEWORK_MODULE_FILES) {
    const file = join(cdktn, name);
    const text = readFileSync(file, 'utf8');
    const rebound = text.replace(/(["'])cdktf(\/[^"']*)?\1/g, '$1cdktn$2$1');
    if (rebound === text) throw new Error(`${file} names no cdktf module: the CDK Terrain build would still load cdktf`);
    writeFileSync(file, rebound);
  }
  // The source maps of dist/cdktn/cdktf.js(.d.ts) describe the cdktf file; drop them rather than mislead.
  for (const name of FRAMEWORK_MODULE_FILES) rmSync(join(cdktn, `${name}.map`), { force: true });
  process.stderr.write('built dist/\n');
}

build().catch((error: unknown) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
