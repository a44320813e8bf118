/** The emulator's programmatic API (tests, the CLI command, benchmarks). */
export { startEmulator, type DevAccount, type EmulatorOptions, type RunningEmulator } from './server';
export type { FaultSettings } from './faults';
export { DataDirInUseError } from './journal';
export type { RequestLogEntry } from './request-log';
export { DEV_ACCOUNTS, INSTANCE_SEEDS, seededInstanceId } from './seeds';
