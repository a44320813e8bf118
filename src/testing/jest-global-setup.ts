/**
 * `globalSetup: 'imagecloud/testing/jest-global-setup'` in jest.config.js:
 * an emulator child, the provider in a temporary mirror and the environment
 * Terraform needs, for the whole run (see jestGlobalSetup).
 */
import { jestGlobalSetup } from './jest';

export default jestGlobalSetup();
