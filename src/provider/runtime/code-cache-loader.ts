/**
 * The entry of a provider bundle (`provider.js`): runs the bundle's files
 * through V8's code cache. Terraform starts a provider about three times per
 * command, and each start would otherwise parse and compile ~1.4 MB of
 * JavaScript again: with the cache, a launch of the imagecloud provider spends
 * about 40 ms less before its handshake (docs/provider-runtime.md, "Where a
 * command's time goes").
 *
 * Node 22's `module.enableCompileCache()` does not exist on Node 20, and this
 * loader also has to order its caching around the V8 flag it sets (the end of
 * this file). So the bundle files are compiled here with `vm.Script` and
 * `cachedData`, on every Node version alike.
 *
 * The cache lives in a directory of the user's own (`$IMAGECLOUD_PROVIDER_CACHE`,
 * else `$XDG_CACHE_HOME/imagecloud-provider`, else `~/.cache/imagecloud-provider`;
 * `IMAGECLOUD_PROVIDER_CACHE=off` turns it off), never in the provider's
 * package directory, whose checksum Terraform verifies. A cache file is named
 * by the hash of the bundle file and by the Node version, and is used only
 * from a directory owned by this user and writable by no one else: V8 checks
 * little of what it is handed, and compiled code from someone else's file
 * would run as ours. Any problem with the cache only means compiling as usual.
 *
 * This file is bundled on its own: it may import only Node built-ins and modules that use no more.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { MAIN_BUNDLE_FILE } from './mirror';

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

const loaded = new Map<string, Module>();
const cacheWrites: Array<() => void> = [];

/** Where cache files go, or undefined when there is no safe place (or the user turned it off). */
function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  if (env.IMAGECLOUD_PROVIDER_CACHE === 'off') return undefined;
  let dir = env.IMAGECLOUD_PROVIDER_CACHE;
  if (!dir) {
    const home = env.XDG_CACHE_HOME ? undefined : env.HOME || homedir();
    const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : undefined);
    if (!base) return undefined;
    dir = join(base, 'imagecloud-provider');
  }
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    const ownedByUs = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    return ownedByUs && (stat.mode & 0o022) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

const cacheDir = cacheDirectory(process.env);

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Whole or not at all: launches that run at once may write the same file. */
function writeCache(file: string, data: Buffer): void {
  const scratch = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(scratch, data, { mode: 0o600 });
    renameSync(scratch, file);
  } catch {
    // A read-only or full disk: the next launch compiles as usual.
  }
}

/**
 * Whether cache data is made at exit (holding what the launch compiled while
 * serving too) or as soon as a file has run: before V8's flags change (see the
 * end of this file), what is compiled then must be cached then.
 */
let cacheAtExit = false;

/** Loads a file of the bundle (an absolute path) as CommonJS, as `require` would, once. */
function loadBundleFile(file: string): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheDir && join(cacheDir, `${basename(file, '.js')}-${createHash('sha256').update(source).digest('hex').slice(0, 16)}-${process.version}.v8cache`);
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const writeWanted = cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected);
  if (writeWanted && cacheAtExit) cacheWrites.push(() => writeCache(cacheFile, script.createCachedData()));
  const module = new Module(file);
  module.filename = file;
  loaded.set(file, module);
  (script.runInThisContext() as ModuleFunction).call(module.exports, module.exports, requireFor(file), module, file, dirname(file));
  module.loaded = true;
  if (writeWanted && !cacheAtExit) writeCache(cacheFile, script.createCachedData());
  return module.exports;
}

/** `require` inside a bundle file: the bundle's own files (`./x.js`) through the cache, anything else from Node. */
function requireFor(file: string): NodeJS.Require {
  const nodeRequire = createRequire(file);
  const bundleRequire = (id: string) => (id.startsWith('./') ? loadBundleFile(join(dirname(file), id)) : nodeRequire(id));
  return Object.assign(bundleRequire, { resolve: nodeRequire.resolve, cache: nodeRequire.cache, extensions: nodeRequire.extensions, main: require.main });
}

process.once('exit', () => {
  for (const write of cacheWrites) write();
});
loadBundleFile(join(__dirname, MAIN_BUNDLE_FILE));
// The only WebAssembly here is undici's HTTP parser. V8 compiles it again with
// its optimizing tier on background threads, and a process's exit waits for
// that: ~90 ms of every launch that configures the provider. The baseline
// tier alone parses the few hundred answers of a command as well. Set only
// now: code cache data records V8's flags, and compiled under another flag
// set it is refused, Node's own for its built-in modules included (~15 ms of
// every launch). So the main bundle, with what it requires before it returns
// (the gRPC server: serve.ts loads it synchronously after the handshake) and
// the built-ins those load, is compiled and cached before the change; what
// loads later (the provider itself once Terraform has connected, the client)
// after it, every launch alike, and cached at exit.
setFlagsFromString('--liftoff-only');
cacheAtExit = true;
