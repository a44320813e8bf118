/**
 * What the packaging tests share: the packed tarball (`npm pack`, which
 * builds dist/ through prepack), fresh user projects that install it with
 * npm, and the Node binaries other than the one running the tests.
 *
 * The tarball is packed once per content of what goes into it, in the temp
 * directory, under a lock: jest workers (and runs under other Node versions)
 * share it, and only one process at a time rebuilds dist/.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const REPOSITORY_ROOT = join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};

/** The cdktf CLI a user would have installed globally: this repository's. */
export const CDKTF_CLI = join(REPOSITORY_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');

/** What `npm pack` puts in the tarball, and what builds it. */
const PACKED_INPUTS = ['src', 'scripts', 'docs', 'provider-schema', 'package.json', 'README.md', 'LICENSE', 'tsconfig.json', 'tsconfig.build.json'];

/** The version this repository pins for a development dependency, so user projects install what the lock file has. */
export function pinned(name: string): string {
  const version = PACKAGE.devDependencies[name];
  if (version === undefined) throw new Error(`${name} is not a devDependency of this repository`);
  return version;
}

function inputsHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(relative(REPOSITORY_ROOT, path)).update(readFileSync(path));
  };
  for (const input of PACKED_INPUTS) add(join(REPOSITORY_ROOT, input));
  return hash.digest('hex').slice(0, 16);
}

let packed: string | undefined;

/** The path of `imagecloud-<version>.tgz` packed from this checkout. */
export async function packedTarball(): Promise<string> {
  if (packed !== undefined) return packed;
  const dir = join(tmpdir(), `imagecloud-tarball-${inputsHash()}`);
  const tarball = join(dir, `imagecloud-${PACKAGE.version}.tgz`);
  if (!existsSync(tarball)) {
    await withLock(join(tmpdir(), 'imagecloud-pack.lock'), async () => {
      if (existsSync(tarball)) return;
      const scratch = `${dir}.pack-${process.pid}`;
      mkdirSync(scratch, { recursive: true });
      await run('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: REPOSITORY_ROOT, timeoutMs: 300_000 }).then(expectOk);
      renameSync(scratch, dir);
    });
  }
  packed = tarball;
  return tarball;
}

/** Runs `body` while holding a lock directory (mkdir is atomic); a holder dead for 10 minutes is taken over. */
async function withLock(lock: string, body: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // The holder may have released it since mkdir failed: then there is nothing to take over.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs a program to its end; never rejects (a timeout is a non-zero code). */
export function run(file: string, args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 180_000, maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: stdout.toString(), stderr: `${stderr.toString()}${error && code === 1 && !stderr ? error.message : ''}` });
      },
    );
  });
}

/** A run's result, or an error carrying its output. */
export function expectOk(result: RunResult): RunResult {
  if (result.code !== 0) throw new Error(`exited with ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
  return result;
}

/** The Node 22 the tests use where Node 22 is needed (cdktn-cli wants >= 22.19) or is the other Node. */
export const NODE_22 = '22.23.3';

const nodeBinaries = new Map<string, string>();

/**
 * The binary of Node `version` from the npm registry's `node` package (run
 * through npx once; npm caches it), or this process's Node when it is that version.
 */
export function nodeBinary(version: string): string {
  if (process.version === `v${version}`) return process.execPath;
  let binary = nodeBinaries.get(version);
  if (binary === undefined) {
    binary = execFileSync('npx', ['-y', '-p', `node@${version}`, 'node', '-p', 'process.execPath'], { encoding: 'utf8', timeout: 300_000 }).trim();
    nodeBinaries.set(version, binary);
  }
  return binary;
}

/** An environment whose `node` is `binary` (first on PATH), with Terraform kept offline and quiet. */
export function environmentFor(binary: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(binary)}:${process.env.PATH ?? ''}`,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    FORCE_COLOR: '0',
    CI: '1',
    ...extra,
  };
}

/** A fresh project directory of a user's, with its files written and its dependencies installed by npm. */
export class UserProject {
  private constructor(readonly dir: string) {}

  /** A project that already exists (one a tool made). */
  static at(dir: string): UserProject {
    return new UserProject(dir);
  }

  static async create(name: string, files: Record<string, string>, env: NodeJS.ProcessEnv = process.env): Promise<UserProject> {
    const project = new UserProject(mkdtempSync(join(tmpdir(), `imagecloud-user-${name}-`)));
    for (const [file, text] of Object.entries(files)) project.write(file, text);
    // --prefer-offline: what this repository's `npm ci` put in the npm cache is used without asking the registry.
    const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project.dir, env, timeoutMs: 600_000 });
    expectOk(install);
    return project;
  }

  write(file: string, text: string): void {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), text);
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  run(file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 300_000): Promise<RunResult> {
    return run(file, args, { cwd: this.dir, env, timeoutMs });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
