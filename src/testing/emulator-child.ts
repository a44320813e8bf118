/**
 * The emulator child process started by startEmulatorProcess (emulator-process.ts).
 * argv[2] holds its settings as JSON (ChildSettings). Once listening it prints
 * one JSON line (ChildReady) on stdout; it exits when its stdin closes — when
 * the parent stops it or dies — and removes a temporary data directory it made.
 *
 * SIGINT is ignored: Ctrl-C in a terminal reaches the whole process group,
 * and Terraform, interrupted, still needs the API to finish its requests and
 * write state. SIGTERM stops the emulator like a closed stdin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirInUseError, startEmulator, type DevAccount, type RunningEmulator } from '../emulator';

/** What the parent passes in argv[2]. */
export interface ChildSettings {
  /** Persist state here; a temporary directory, removed at exit, when absent. */
  dataDir?: string;
  createDelayMs?: number;
  copyDelayMs?: number;
  exportDelayMs?: number;
  /** Write the request log (JSON lines) to stderr. */
  log?: boolean;
}

/** The one line the child prints when it is ready. */
export interface ChildReady {
  url: string;
  endpoint: string;
  dataDir: string;
  accounts: DevAccount[];
}

async function run(settings: ChildSettings): Promise<void> {
  const temporaryDir = settings.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'imagecloud-emulator-')) : undefined;
  const dataDir = settings.dataDir ?? temporaryDir!;
  const removeTemporaryDir = () => {
    if (temporaryDir) rmSync(temporaryDir, { recursive: true, force: true });
  };
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      quiet: !settings.log,
      createDelayMs: settings.createDelayMs ?? 0,
      copyDelayMs: settings.copyDelayMs ?? 0,
      exportDelayMs: settings.exportDelayMs ?? 0,
    });
  } catch (error) {
    removeTemporaryDir();
    // A data directory held by another emulator is expected: one line, no stack, for the parent to relay.
    if (!(error instanceof DataDirInUseError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const ready: ChildReady = { url: emulator.url, endpoint: emulator.endpointTemplate, dataDir, accounts: emulator.accounts };
  process.stdout.write(`${JSON.stringify(ready)}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void emulator.close().then(() => {
      removeTemporaryDir();
      process.exit(0);
    });
  };
  process.on('SIGINT', () => {});
  process.once('SIGTERM', stop);
  process.stdin.once('close', stop);
  process.stdin.resume();
}

void run(JSON.parse(process.argv[2] ?? '{}') as ChildSettings);
