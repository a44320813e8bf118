/**
 * `imagecloud/testing`: test your stacks against the emulator with the real
 * Terraform — no cloud, nothing downloaded. See docs/testing.md.
 *
 * With Jest, the ready pair does everything once per run:
 *
 *   // jest.config.js
 *   globalSetup: 'imagecloud/testing/jest-global-setup',
 *   globalTeardown: 'imagecloud/testing/jest-global-teardown',
 *   // a test file
 *   expect(Testing.fullSynth(stack)).toPlanSuccessfully();
 *
 * The pieces, for other runners or finer control:
 *
 *   const emulator = await startEmulatorProcess();
 *   const provider = await installTestProvider();
 *   Object.assign(process.env, terraformEnvironment(emulator, provider));
 *   ...
 *   await emulator.stop();
 *   provider.remove();
 */
export { EmulatorStartError, startEmulatorProcess, type EmulatorProcess, type EmulatorProcessOptions } from './emulator-process';
export { devAccount, terraformEnvironment, type TerraformEnvironment } from './environment';
export { jestGlobalSetup, jestGlobalTeardown, type JestGlobalSetupOptions } from './jest';
export { installTestProvider, type TestProvider } from './provider';
export { TerraformNotFoundError, requireTerraform } from './terraform';
export type { DevAccount } from '../emulator';
