/**
 * Building the provider bundle from the TypeScript sources with esbuild: at
 * package build time (scripts/build.ts writes dist/provider-bundle) and when
 * this repository runs from its sources (tests, demo, benchmarks). Not part
 * of the published package.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleProvider, type BundleResult } from './runtime/bundle';
import { BUNDLE_ENTRY } from './runtime/mirror';

const SOURCE_ROOT = join(__dirname, '..');

/** The provider executable's entry file. */
const PROVIDER_ENTRY = join(__dirname, 'main.ts');

/**
 * The provider loads once Terraform has connected (main.ts, serve.ts): in a
 * bundle of its own, the main bundle is only what comes before the handshake
 * (the runtime's gRPC server is a bundle of its own too: bundle.ts). The
 * client is required only by the launch that configures the provider, so it
 * gets a bundle of its own; its error classes are shared by both bundles.
 */
const SEPARATE_MODULES = [
  { source: join(__dirname, 'plugin.ts'), file: 'provider-plugin.js' },
  { source: join(SOURCE_ROOT, 'client', 'errors.ts'), file: 'client-errors.js' },
  { source: join(SOURCE_ROOT, 'client', 'client.ts'), file: 'client.js' },
];

/**
 * undici's index loads all of undici (fetch, WebSocket, caches, mocks: ~540 KB
 * bundled) where the client needs only its Agent and `dispatcher.request`.
 */
const SUBSTITUTES = { undici: join(__dirname, 'undici-agent.ts') };

/** Bundles the provider into `outDir` (entry provider.js, its separate modules beside it). */
export function buildProviderBundle(outDir: string): Promise<BundleResult> {
  return bundleProvider(PROVIDER_ENTRY, join(outDir, BUNDLE_ENTRY), { separateModules: SEPARATE_MODULES, substitutes: SUBSTITUTES });
}

let built: Promise<string> | undefined;

/**
 * The bundle of the current sources, built on first use. It lives in the
 * temp directory under a hash of src/ (and package.json, for the version), so
 * processes share it; built aside and renamed into place whole, so processes
 * racing to build the same hash are safe.
 */
export function sourceBundleDir(): Promise<string> {
  built ??= (async () => {
    const dir = join(tmpdir(), `imagecloud-provider-bundle-${sourceHash()}`);
    if (existsSync(join(dir, BUNDLE_ENTRY))) return dir;
    const scratch = `${dir}.build-${process.pid}-${Date.now()}`;
    await buildProviderBundle(scratch);
    try {
      renameSync(scratch, dir);
    } catch (error) {
      if (!existsSync(join(dir, BUNDLE_ENTRY))) throw error;
      rmSync(scratch, { recursive: true, force: true });
    }
    return dir;
  })();
  return built;
}

function sourceHash(): string {
  const hash = createHash('sha256').update(readFileSync(join(SOURCE_ROOT, '..', 'package.json')));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js|json|proto)$/.test(name)) hash.update(relative(SOURCE_ROOT, path)).update(readFileSync(path));
    }
  };
  walk(SOURCE_ROOT);
  return hash.digest('hex').slice(0, 16);
}
