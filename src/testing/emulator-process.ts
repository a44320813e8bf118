/**
 * The emulator in a child process. Tools that block their own process while
 * Terraform runs — cdktf's `toPlanSuccessfully()` uses execSync — could not
 * be answered by an emulator in the same process; a child answers.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { DevAccount } from '../emulator';
import type { ChildReady, ChildSettings } from './emulator-child';
import { devAccount } from './environment';

/** Settings of startEmulatorProcess. */
export interface EmulatorProcessOptions {
  /**
   * Keep the emulator's state in this directory, so a later emulator started on
   * it sees the same images (e.g. `deploy` and `destroy` in separate runs).
   * Default: a fresh temporary directory, removed when the emulator stops.
   */
  dataDir?: string;
  /** Milliseconds an image stays Creating before it is Available; default 0. */
  createDelayMs?: number;
  /** Milliseconds a cross-region copy takes; default 0. */
  copyDelayMs?: number;
  /** Milliseconds an export task takes; default 0. */
  exportDelayMs?: number;
  /** Write the emulator's request log (JSON lines) to this process's stderr; default false. */
  log?: boolean;
}

/** A running emulator child process. */
export interface EmulatorProcess {
  /** `http://127.0.0.1:PORT`: the emulator's base URL (the admin API lives under `/__admin`). */
  url: string;
  /**
   * `http://127.0.0.1:PORT/region/{region}`: the endpoint template the provider
   * (`IMAGECLOUD_ENDPOINT`, the `endpoint` argument) and the client take.
   */
  endpoint: string;
  /** The directory holding the emulator's state. */
  dataDir: string;
  /** The development accounts (dev, alice, bob, carol) with their fixed keys. */
  accounts: DevAccount[];
  /** The development account named `name`; throws when there is none. */
  account(name: string): DevAccount;
  /** Stops the emulator and waits for the child to exit; a temporary data directory is removed. */
  stop(): Promise<void>;
}

/** The emulator child stopped before it was ready, e.g. its data directory is in use by another emulator. */
export class EmulatorStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorStartError';
  }
}

/**
 * Starts the emulator in a child process on a free port of 127.0.0.1.
 *
 * The child never outlives this process: it exits when its stdin closes,
 * which happens on `stop()` and when this process exits or dies. Once ready
 * it does not keep this process alive either. It ignores SIGINT, so Ctrl-C
 * in a terminal leaves Terraform an API to finish against.
 *
 * @example
 *   const emulator = await startEmulatorProcess({ createDelayMs: 200 });
 *   try { ... emulator.endpoint ... } finally { await emulator.stop(); }
 */
export function startEmulatorProcess(options: EmulatorProcessOptions = {}): Promise<EmulatorProcess> {
  const settings: ChildSettings = { ...options, ...(options.dataDir === undefined ? {} : { dataDir: resolve(options.dataDir) }) };
  // The package runs its compiled .js. From this repository's TypeScript sources, tsx's require hook
  // loads the .ts in the child itself (tsx's CLI would put a process between this one and the emulator).
  const script = __filename.endsWith('.ts') ? ['--require', require.resolve('tsx/cjs'), join(__dirname, 'emulator-child.ts')] : [join(__dirname, 'emulator-child.js')];
  const child = spawn(process.execPath, [...script, JSON.stringify(settings)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  return new Promise((resolveReady, reject) => {
    let startupErrors = '';
    const collectStartupErrors = (chunk: Buffer) => {
      startupErrors += chunk.toString();
    };
    child.stderr.on('data', collectStartupErrors);
    child.once('error', reject);
    child.once('exit', (code) => {
      const reason = startupErrors.trim() || `exit code ${code}`;
      reject(new EmulatorStartError(`the emulator did not start: ${reason}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      const ready = JSON.parse(line) as ChildReady;
      child.stderr.off('data', collectStartupErrors);
      child.stderr.pipe(process.stderr);
      // Ready: the child must not hold this process open (its stdin closing at exit is what stops it).
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref(): void }).unref();
      let stopped: Promise<void> | undefined;
      resolveReady({
        ...ready,
        account: (name) => devAccount(ready.accounts, name),
        stop() {
          stopped ??= (() => {
            child.ref();
            child.stdin.end();
            return exited;
          })();
          return stopped;
        },
      });
    });
  });
}
