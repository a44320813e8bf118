/**
 * `npm run chaos`: the fault-injection runs of test/chaos, too slow for the
 * main suite (minutes, not seconds). CI runs them after `npm test`.
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/chaos'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 600000 };
