/**
 * Bundling a provider for Terraform: one esbuild bundle (start-up reads one
 * file instead of hundreds of modules). A build-time tool: the published
 * package ships the bundle prebuilt, and mirror.ts installs it.
 */
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { MAIN_BUNDLE_FILE } from './mirror';

export interface BundleResult {
  outFile: string;
  bytes: number;
}

/**
 * A module bundled into a file of its own beside the main bundle. Node then
 * parses it only when it is first required, so code that only some launches
 * need (an HTTP client, say) costs the other launches nothing. A module shared
 * by several bundles must be separate too, or each would hold its own copy
 * (and `instanceof` would fail across them).
 */
export interface SeparateModule {
  /** Absolute path of the module's source file. */
  source: string;
  /** File name of its bundle, in the main bundle's directory. */
  file: string;
}

export interface BundleOptions {
  separateModules?: readonly SeparateModule[];
  /**
   * Packages to bundle as another file: import specifier (exactly, not its
   * subpaths) to the absolute path of the module that stands in for it, e.g.
   * the few parts of a library the provider uses instead of its whole index.
   */
  substitutes?: Readonly<Record<string, string>>;
}

/**
 * The runtime's gRPC server, which serve.ts requires after the handshake and
 * before the provider: always a bundle of its own. Without an extension, as
 * the loader's entry below: .ts from the sources, .js once compiled.
 */
const GRPC_SERVER_MODULE: SeparateModule = { source: join(__dirname, 'grpc-server'), file: 'grpc-server.js' };

/** Packages every provider bundle replaces (import specifier to stand-in), beside the options' own. */
const RUNTIME_SUBSTITUTES: Readonly<Record<string, string>> = { long: require.resolve(join(__dirname, 'proto', 'long-absent')) };

/**
 * Bundles a provider entry file (one that calls `serve`, serve.ts) into
 * CommonJS files for Node 20: `outFile` is the code-cache loader
 * (code-cache-loader.ts), which runs the provider's bundle beside it
 * (MAIN_BUNDLE_FILE), and one file per separate module.
 */
export async function bundleProvider(entry: string, outFile: string, options: BundleOptions = {}): Promise<BundleResult> {
  const separateModules = [GRPC_SERVER_MODULE, ...(options.separateModules ?? [])];
  const outDir = dirname(outFile);
  const builds = [
    // Without an extension: code-cache-loader.ts from the sources, .js once compiled.
    { entry: join(__dirname, 'code-cache-loader'), outFile },
    { entry, outFile: join(outDir, MAIN_BUNDLE_FILE) },
    ...separateModules.map((m) => ({ entry: m.source, outFile: join(outDir, m.file) })),
  ];
  let bytes = 0;
  for (const target of builds) {
    const result = await build({
      entryPoints: [target.entry],
      outfile: target.outFile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // Smaller code parses faster; names stay for readable stack traces in logs. No source map:
      // it would triple what every install copies, and names already point at the source.
      minify: true,
      keepNames: true,
      legalComments: 'none',
      logLevel: 'silent',
      metafile: true,
      plugins: [requireSeparately(separateModules.filter((m) => resolve(m.source) !== resolve(target.entry))), substitute({ ...RUNTIME_SUBSTITUTES, ...options.substitutes })],
    });
    const output = Object.entries(result.metafile.outputs).find(([path]) => resolve(path) === resolve(target.outFile));
    bytes += output?.[1].bytes ?? 0;
  }
  return { outFile, bytes };
}

/** Turns relative imports of the separate modules into requires of their bundle files. */
function requireSeparately(modules: readonly SeparateModule[]): Plugin {
  const byPath = new Map(modules.map((m) => [resolve(m.source).replace(/\.ts$/, ''), m.file]));
  return {
    name: 'require-separately',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
        const file = byPath.get(resolve(args.resolveDir, args.path).replace(/\.ts$/, ''));
        return file === undefined ? undefined : { path: `./${file}`, external: true };
      });
    },
  };
}

/** Resolves the substituted import specifiers to their stand-ins. */
function substitute(substitutes: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'substitute',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
        const path = substitutes[args.path];
        return path === undefined ? undefined : { path };
      });
    },
  };
}
