/**
 * The emulator in a child process, for tests whose tools block this process's
 * event loop (cdktf's toPlanSuccessfully runs terraform with execSync, so an
 * in-process emulator could not answer the provider). The child binds a free
 * port on 127.0.0.1, prints one JSON line with its address and accounts, and
 * exits when its stdin closes: when the test stops it, or when the test
 * process dies.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmulator, type DevAccount } from '../../src/emulator';

export interface EmulatorProcess {
  url: string;
  endpointTemplate: string;
  accounts: DevAccount[];
  stop(): Promise<void>;
}

const TSX_CLI = join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

export function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [TSX_CLI, __filename, '--child'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the emulator process exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const ready = JSON.parse(line) as Omit<EmulatorProcess, 'stop'>;
      resolve({
        ...ready,
        stop: async () => {
          child.stdin.end();
          await exited;
        },
      });
    });
  });
}

async function runChild(): Promise<void> {
  const emulator = await startEmulator({ port: 0, quiet: true });
  process.stdout.write(`${JSON.stringify({ url: emulator.url, endpointTemplate: emulator.endpointTemplate, accounts: emulator.accounts })}\n`);
  process.stdin.resume();
  process.stdin.once('close', () => void emulator.close().then(() => process.exit(0)));
}

if (process.argv.includes('--child') && require.main === module) void runChild();
