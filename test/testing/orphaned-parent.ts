// A parent that starts the emulator child, prints its URL and waits until killed: testing.test.ts
// kills it with SIGKILL (no clean-up code runs) and checks that the emulator goes away by itself.
import { startEmulatorProcess } from '../../src/testing';

void startEmulatorProcess().then((emulator) => {
  process.stdout.write(`${emulator.url}\n`);
  setInterval(() => {}, 60_000);
});
