/** `globalTeardown: 'imagecloud/testing/jest-global-teardown'` in jest.config.js: stops what jest-global-setup started. */
import { jestGlobalTeardown } from './jest';

export default jestGlobalTeardown();
