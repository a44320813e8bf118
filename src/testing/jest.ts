/**
 * Jest global setup and teardown: one emulator child and one provider install
 * for the whole test run, and the environment that points Terraform at them.
 *
 * Jest runs globalSetup in its main process before it starts any worker, and
 * workers inherit the main process's environment: so what the setup puts into
 * process.env is what `toPlanSuccessfully()` in every test file runs
 * terraform with. The handles to stop live on globalThis, which is all that
 * globalSetup and globalTeardown share (Jest loads each in a module registry
 * of its own).
 */
import type { Region } from '../api/schemas';
import { startEmulatorProcess, type EmulatorProcess, type EmulatorProcessOptions } from './emulator-process';
import { terraformEnvironment } from './environment';
import { installTestProvider, type TestProvider } from './provider';
import { requireTerraform } from './terraform';

/** Settings of jestGlobalSetup. */
export interface JestGlobalSetupOptions extends EmulatorProcessOptions {
  /** The development account Terraform signs in as; default `dev`. */
  account?: string;
  /** Default region; default `bj`. */
  region?: Region;
}

interface GlobalRun {
  emulator: EmulatorProcess;
  provider: TestProvider;
}

const RUN_KEY = Symbol.for('imagecloud.testing.jest-global-run');
type WithRun = typeof globalThis & { [RUN_KEY]?: GlobalRun };

/**
 * A Jest `globalSetup` function: checks that terraform is on PATH, starts the
 * emulator child, installs the provider in a temporary mirror and sets
 * TF_CLI_CONFIG_FILE, CHECKPOINT_DISABLE, IMAGECLOUD_ENDPOINT,
 * BCE_ACCESS_KEY_ID, BCE_SECRET_ACCESS_KEY, BCE_REGION and IMAGECLOUD_REGION
 * in process.env (see terraformEnvironment). `imagecloud/testing/jest-global-setup`
 * is this with the defaults; for other settings write your own setup file:
 *
 * @example
 *   // jest.global-setup.js
 *   module.exports = require('imagecloud/testing').jestGlobalSetup({ createDelayMs: 500 });
 */
export function jestGlobalSetup(options: JestGlobalSetupOptions = {}): () => Promise<void> {
  const { account, region, ...emulatorOptions } = options;
  return async () => {
    requireTerraform();
    const emulator = await startEmulatorProcess(emulatorOptions);
    try {
      const provider = await installTestProvider();
      (globalThis as WithRun)[RUN_KEY] = { emulator, provider };
      Object.assign(process.env, terraformEnvironment(emulator, provider, account, region));
    } catch (error) {
      await emulator.stop();
      throw error;
    }
  };
}

/** A Jest `globalTeardown` function: stops what jestGlobalSetup started and removes the provider's temporary mirror. */
export function jestGlobalTeardown(): () => Promise<void> {
  return async () => {
    const run = (globalThis as WithRun)[RUN_KEY];
    if (!run) return;
    delete (globalThis as WithRun)[RUN_KEY];
    await run.emulator.stop();
    run.provider.remove();
  };
}
