/**
 * Starting an emulator for a test file: a free port on 127.0.0.1, no log
 * output, zero delays, strict about unknown body fields (our own requests
 * must never carry fields the API does not define), unless the options say
 * otherwise.
 *
 *   let emulator: RunningEmulator;
 *   beforeAll(async () => { emulator = await startTestEmulator(); });
 *   afterAll(() => emulator.close());
 */
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';

export type { RunningEmulator };

export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, quiet: true, createDelayMs: 0, copyDelayMs: 0, exportDelayMs: 0, strict: true, ...options });
}
