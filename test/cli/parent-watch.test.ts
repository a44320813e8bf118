/**
 * `kill -9` of the process that started the emulator (npx) must not leave the
 * emulator running: npx runs the bin through `sh -c`, so the emulator's parent
 * (the shell) survives and only its grandparent dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/imagecloud.js');

/** Like npx: a node process that runs the emulator through `sh -c` and waits for it. */
const WRAPPER = `
const { spawn } = require('node:child_process');
const shell = spawn('sh', ['-c', process.argv[1] + ' & echo "emulator pid $!"; wait'], { stdio: ['ignore', 'inherit', 'inherit'] });
shell.on('exit', (code) => process.exit(code ?? 1));
`;

interface Started {
  wrapper: ChildProcess;
  emulatorPid: number;
  port: number;
}

function startThroughWrapper(extraArgs: string[]): Promise<Started> {
  const command = [process.execPath, BIN, 'emulator', '--port', '0', ...extraArgs].map((part) => `'${part}'`).join(' ');
  const wrapper = spawn(process.execPath, ['-e', WRAPPER, command], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${out}`)), 30_000);
    wrapper.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const pid = /emulator pid (\d+)/.exec(out);
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (pid && port) {
        clearTimeout(timer);
        resolve({ wrapper, emulatorPid: Number(pid[1]), port: Number(port[1]) });
      }
    });
    wrapper.on('exit', () => reject(new Error(`wrapper exited before the emulator started: ${out}`)));
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

const started: Started[] = [];
afterAll(() => {
  for (const { wrapper, emulatorPid } of started) {
    for (const pid of [wrapper.pid, emulatorPid]) {
      if (pid !== undefined && isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }
});

test('kill -9 of the wrapper that started the emulator through a shell stops the emulator and frees its port', async () => {
  const run = await startThroughWrapper([]);
  started.push(run);
  expect(await accepts(run.port)).toBe(true);
  run.wrapper.kill('SIGKILL');
  expect(await waitUntil(() => !isRunning(run.emulatorPid), 10_000)).toBe(true);
  expect(await accepts(run.port)).toBe(false);
}, 60_000);

test('--no-parent-watch keeps the emulator serving after the wrapper is killed', async () => {
  const run = await startThroughWrapper(['--no-parent-watch']);
  started.push(run);
  run.wrapper.kill('SIGKILL');
  // Twice the check interval: a watching emulator would have stopped by then.
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(isRunning(run.emulatorPid)).toBe(true);
  expect(await accepts(run.port)).toBe(true);
}, 60_000);
