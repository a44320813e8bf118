/**
 * `imagecloud emulator [options]`: runs the emulator until SIGINT/SIGTERM.
 * Prints the endpoint template and the development accounts at start (they
 * are fixed fixtures, not secrets), unless --quiet.
 */
import { REGIONS } from '../api/schemas';
import { watchParents } from './parent-watch';
import { DataDirInUseError, INSTANCE_SEEDS, seededInstanceId, startEmulator, type EmulatorOptions, type FaultSettings, type RunningEmulator } from '../emulator';

const USAGE = `usage: imagecloud emulator [options]

  --port N               listen port (default 4566; 0 picks a free one)
  --host HOST            listen address (default 127.0.0.1)
  --data-dir DIR         persist state in DIR (default: memory only)
  --create-delay-ms N    Creating -> Available after N ms (default 0)
  --copy-delay-ms N      remote copies finish after N ms (default 0)
  --export-delay-ms N    export tasks finish after N ms (default 0)
  --time-scale X         run emulated time X times faster (default 1): the delays,
                         --latency-ms and --retry-after are divided by X
  --error-rate-500 P     probability of an injected 500 (0..1)
  --error-rate-503 P     probability of an injected 503 with Retry-After
  --error-rate-429 P     probability of an injected 429 with Retry-After
  --retry-after S        Retry-After seconds of injected 503/429 (default 1)
  --latency-ms N         latency added to every /v2 request
  --drop-rate P          probability of dropping the connection after handling
  --fault-seed N         seed the fault generator (replayable fault sequence)
  --region-ports SPEC    also listen on one port per region, for clients that take a
                         host per region and no path prefix (official SDKs): BASE
                         (bj=BASE, gz=BASE+1, ... in the order ${REGIONS.join(', ')}) or a
                         list like bj=4567,gz=4568
  --strict               refuse request body fields the API does not define
                         (400 InappropriateJSON); by default they are ignored
                         and listed in the request log's ignoredFields
  --quiet                no banner, no request log
  --no-parent-watch      keep running when the process that started it exits
                         (by default the emulator stops when its parent or
                         grandparent exits, so a kill -9 of npx frees the port)
  --help                 this text
`;

class UsageError extends Error {}

function numberArg(flag: string, value: string | undefined, min: number, max: number, integer: boolean): number {
  const n = Number(value);
  if (value === undefined || value === '' || Number.isNaN(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag}: expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${value ?? 'nothing'}`);
  }
  return n;
}

/** `--region-ports`: a base port for every region in order, or `region=port` pairs. */
function regionPortsArg(value: string | undefined): NonNullable<EmulatorOptions['regionPorts']> {
  const rule = `--region-ports: expected a base port or region=port pairs (bj=4567,gz=4568), regions ${REGIONS.join(', ')}`;
  if (value === undefined || value === '') throw new UsageError(`${rule}; got nothing`);
  if (/^\d+$/.test(value)) {
    const base = numberArg('--region-ports', value, 1, 65535 - REGIONS.length, true);
    return Object.fromEntries(REGIONS.map((region, index) => [region, base + index]));
  }
  const ports: NonNullable<EmulatorOptions['regionPorts']> = {};
  for (const pair of value.split(',')) {
    const [region, port] = pair.split('=');
    if (!region || !(REGIONS as readonly string[]).includes(region) || port === undefined) throw new UsageError(`${rule}; got ${JSON.stringify(pair)}`);
    ports[region as (typeof REGIONS)[number]] = numberArg(`--region-ports ${region}`, port, 0, 65535, true);
  }
  return ports;
}

/** What the command runs with: the emulator's options and the command's own. */
export interface EmulatorCommandOptions extends EmulatorOptions {
  /** Stop when the parent or grandparent process exits (default true). */
  parentWatch: boolean;
}

export function parseEmulatorArgs(argv: readonly string[]): EmulatorCommandOptions | 'help' {
  const options: EmulatorCommandOptions = { port: 4566, parentWatch: true };
  const faults: FaultSettings = {};
  const errorRate: NonNullable<FaultSettings['errorRate']> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    switch (flag) {
      case '--help': case '-h': return 'help';
      case '--port': options.port = numberArg(flag, value(), 0, 65535, true); break;
      case '--host': options.host = value() ?? ''; if (!options.host) throw new UsageError('--host: expected an address'); break;
      case '--data-dir': options.dataDir = value() ?? ''; if (!options.dataDir) throw new UsageError('--data-dir: expected a directory'); break;
      case '--create-delay-ms': options.createDelayMs = numberArg(flag, value(), 0, 3_600_000, true); break;
      case '--copy-delay-ms': options.copyDelayMs = numberArg(flag, value(), 0, 3_600_000, true); break;
      case '--export-delay-ms': options.exportDelayMs = numberArg(flag, value(), 0, 3_600_000, true); break;
      case '--time-scale': options.timeScale = numberArg(flag, value(), 1, 1_000_000, false); break;
      case '--error-rate-500': errorRate['500'] = numberArg(flag, value(), 0, 1, false); break;
      case '--error-rate-503': errorRate['503'] = numberArg(flag, value(), 0, 1, false); break;
      case '--error-rate-429': errorRate['429'] = numberArg(flag, value(), 0, 1, false); break;
      case '--retry-after': faults.retryAfterSeconds = numberArg(flag, value(), 0, 3600, true); break;
      case '--latency-ms': faults.latencyMs = numberArg(flag, value(), 0, 60000, true); break;
      case '--drop-rate': faults.dropRate = numberArg(flag, value(), 0, 1, false); break;
      case '--fault-seed': options.faultSeed = numberArg(flag, value(), 0, 2 ** 32 - 1, true); break;
      case '--region-ports': options.regionPorts = regionPortsArg(value()); break;
      case '--strict': options.strict = true; break;
      case '--quiet': options.quiet = true; break;
      case '--no-parent-watch': options.parentWatch = false; break;
      default: throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (Object.keys(errorRate).length > 0) faults.errorRate = errorRate;
  options.faults = faults;
  return options;
}

/** Resolves on SIGINT/SIGTERM or, with `parentWatch`, once the process that started this one is gone. */
function stopSignal(parentWatch: boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stopWatching();
      resolve();
    };
    const stopWatching = parentWatch
      ? watchParents((reason) => {
          process.stderr.write(`imagecloud emulator: stopping: ${reason}\n`);
          stop();
        })
      : () => {};
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runEmulatorCommand(argv: string[]): Promise<number> {
  let options: EmulatorCommandOptions | 'help';
  try {
    options = parseEmulatorArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`imagecloud emulator: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  // Watch from the start, not once the banner is out: whatever started this
  // process may be killed the moment it reads the banner, and the ancestry is
  // only known while it is still there.
  const stopped = stopSignal(options.parentWatch);
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator(options);
  } catch (error) {
    // Expected start-up failures read as one line; anything else is a bug and keeps its stack.
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof DataDirInUseError) process.stderr.write(`imagecloud emulator: ${error.message}\n`);
    else if (code === 'EADDRINUSE' || code === 'EACCES') {
      const port = (error as { port?: number }).port ?? options.port ?? 4566;
      process.stderr.write(`imagecloud emulator: cannot listen on port ${port}: ${code}\n`);
    } else throw error;
    return 1;
  }
  if (!options.quiet) {
    const lines = [
      `imagecloud emulator listening on ${emulator.url}`,
      `endpoint template: ${emulator.endpointTemplate}   or by host name: ${emulator.hostEndpointTemplate}`,
      'region endpoints (for clients that take one host per region, no path prefix):',
      ...REGIONS.map((region) => `  ${region.padEnd(4)} ${emulator.regionEndpoints[region]}`),
      `state: ${options.dataDir ? `persisted in ${options.dataDir}` : 'in memory'}`,
      'development accounts (fixed, not secret):',
      ...emulator.accounts.map((a) => `  ${a.name.padEnd(6)} accountId ${a.accountId}  accessKeyId ${a.accessKeyId}  secretAccessKey ${a.secretAccessKey}`),
      `fixtures: every account has seeded instances, snapshots and a KMS key in each region: GET ${emulator.url}/__admin/fixtures`,
      `instances of ${emulator.accounts[0]!.name} in bj (the same names in every region and account):`,
      ...INSTANCE_SEEDS.map((seed) => `  ${seed.name.padEnd(14)} ${seededInstanceId(emulator.accounts[0]!.accountId, 'bj', seed.name)}  ${seed.status}, ${seed.systemDisk.type} system disk`),
      '',
    ];
    process.stdout.write(lines.join('\n'));
  }
  await stopped;
  await emulator.close();
  return 0;
}
