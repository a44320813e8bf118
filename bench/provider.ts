/**
 * The provider under the real terraform against one zero-delay emulator
 * (issue 13). Every figure is a ratio against a floor measured in the same
 * run, ours and the floor's runs alternating, each the median (and min–max)
 * of repeated runs:
 *   launch   launch-to-handshake of the bundled provider (first stdout data
 *            after spawn; 11 launches) against a node script printing one
 *            line, and where the launch went (the provider's "Handshake sent"
 *            and "Serving" debug lines). Goal <= 75 ms.
 *   noop     no-op `terraform plan` of one applied custom image (5 plans)
 *            against one terraform_data. Goal <= 8x. Beside them the
 *            runtime's own floor: the same plan of the test suite's fixture
 *            provider (same runtime, no API client).
 *   refresh  `terraform plan` (refresh included) of N imagecloud_image data
 *            sources over bulk-seeded public images, N = 200, 1000, 5000
 *            (3 plans each), against N terraform_data in state (a state file
 *            written as their apply would leave it: applying thousands takes
 *            minutes); with the API requests of one plan and, for N = 1000,
 *            the provider's peak RSS (an extra plan with debug logging: the
 *            "Exiting" lines). Goals: 200 <= 2.5x, 1000 <= 1.3x and <= 120 MB;
 *            5000 reported (aim 1.3x). Data sources because the quota of 20
 *            custom images per account makes thousands of managed images impractical.
 *   apply    apply of 200 custom images (10 fresh accounts x 20, one aliased
 *            provider each; 3 applies, each in a fresh workspace) against an
 *            apply of 200 terraform_data, with the API requests per apply. Goal <= 2x.
 * Each timed plan runs with -detailed-exitcode, so one that finds changes fails the run.
 * API requests are counted from every entry of the emulator's request log
 * (its sink; GET /__admin/requests keeps only the last 1,000).
 * All cases take about 5 minutes, most of it the 5000-image plans.
 *
 *   npx tsx bench/provider.ts [launch] [noop] [refresh | refresh:N,N...] [apply]   (no names: all)
 *   BENCH_REPEAT=n overrides every repeat count (launches included).
 *
 * bench/profile.ts profiles the same scenarios (bench/scenarios.ts sets them up).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningEmulator } from '../test/helpers/emulator';
import type { Workspace } from '../test/provider/harness';
import {
  APPLY, APPLY_ACCOUNTS, IMAGES_PER_ACCOUNT, PLAN, type RequestTally, customImagesWorkspace, floorScript, formatRequests,
  fixtureProviderWorkspace, imageDataSourcesWorkspace, jsonLogFields, launch, launchEnv, oneImageWorkspace, providerBundleFile, providerLogEnv,
  scratchDir, seedPublicImages, startBenchEmulator, terraformDataHcl, terraformDataWorkspace, terraformLogField, timedMs, workspaceWith,
} from './scenarios';

const LAUNCHES = 11;
const NOOP_PLANS = 5;
const REFRESH_PLANS = 3;
const APPLIES = 3;
const REFRESH_SIZES = [200, 1000, 5000];
const RSS_SIZE = 1000;
const APPLY_COUNT = APPLY_ACCOUNTS * IMAGES_PER_ACCOUNT;

/** At most `max` of the unit, or, with `aim`, a figure to report whose target is not yet a promise. */
interface Goal {
  max: number;
  unit: 'ms' | 'x' | 'MB';
  aim?: boolean;
}

/** One line of the table: ours and the floor's samples (milliseconds). */
interface Figure {
  name: string;
  ours: number[];
  floor: number[];
  goal: Goal;
}

interface CaseResult {
  figures: Figure[];
  /** Further rows, [what, value], under a heading. */
  details: Array<{ heading: string; rows: Array<[string, string]> }>;
}

interface Bench {
  emulator: RunningEmulator;
  tally: RequestTally;
}

// --- statistics and formatting ------------------------------------------------

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
/** The middle value; of an even count, the mean of the two middle ones. */
function median(values: number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds below a second, seconds above, the spread in the median's unit: "3.62 s (3.51–3.80)". */
function formatSamples(ms: number[]): string {
  const s = sorted(ms);
  const [unit, scale, digits] = median(ms) < 1000 ? ['ms', 1, 0] : ['s', 1000, 2];
  const f = (value: number) => (value / scale).toFixed(digits);
  return `${f(median(ms))} ${unit} (${f(s[0]!)}–${f(s[s.length - 1]!)})`;
}

const ratio = (figure: Figure) => median(figure.ours) / median(figure.floor);

function formatGoal(goal: Goal, value: number): string {
  const verdict = value <= goal.max ? 'met' : 'not met';
  return `${goal.aim ? 'aim' : ''} <= ${goal.max}${goal.unit === 'x' ? 'x' : ` ${goal.unit}`}: ${verdict}`.trim();
}

function formatTable(results: CaseResult[]): string {
  const header = ['figure', 'imagecloud median (spread)', 'floor median (spread)', 'ratio', 'goal'];
  const rows = results.flatMap((r) => r.figures).map((f) => [
    `${f.name} (n=${f.ours.length})`,
    formatSamples(f.ours),
    formatSamples(f.floor),
    `${ratio(f).toFixed(2)}x`,
    formatGoal(f.goal, f.goal.unit === 'x' ? ratio(f) : median(f.ours)),
  ]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ').trimEnd();
  const details = results.flatMap((r) => r.details).flatMap(({ heading, rows: detailRows }) => {
    const width = Math.max(...detailRows.map(([what]) => what.length));
    return ['', heading, ...detailRows.map(([what, value]) => `  ${what.padEnd(width)}  ${value}`)];
  });
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), ...details].join('\n');
}

// --- running ------------------------------------------------------------------

/** BENCH_REPEAT, when set, else the case's own count. */
function repeats(defaultCount: number): number {
  const setting = process.env.BENCH_REPEAT;
  if (setting === undefined || setting === '') return defaultCount;
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_REPEAT=${setting}: a positive integer`);
  return count;
}

/** Each measurement in turn (ours first, then the floors), `times` over: all see the same drift of a shared machine. */
async function alternate(times: number, ...measurements: Array<() => Promise<number>>): Promise<number[][]> {
  const samples = measurements.map(() => [] as number[]);
  for (let i = 0; i < times; i++) {
    for (const [k, measure] of measurements.entries()) samples[k]!.push(await measure());
  }
  return samples;
}

/** Runs `work` with workspaces that are removed afterwards, whatever happens. */
async function withWorkspaces<T>(workspaces: Array<{ remove(): void }>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } finally {
    for (const ws of workspaces) ws.remove();
  }
}

/** "a" when every run gave the same, else "a | b": a change between runs is worth seeing. */
const distinct = (values: string[]) => [...new Set(values)].join(' | ');

// --- cases --------------------------------------------------------------------

/** The provider's "Handshake sent" and "Serving" fields (src/provider/runtime/serve.ts); absent ones count as 0. */
const HANDSHAKE = { startup: 'startup_ms', loaded: 'loaded_ms', listen: 'listen_ms' } as const;
const SERVING = { ready: 'ready_ms' } as const;

async function launchCase(): Promise<CaseResult> {
  const bundle = await providerBundleFile();
  const env = launchEnv();
  const scratch = scratchDir('imagecloud-bench-');
  const floor = floorScript(scratch);
  const handshakes: Array<Record<string, number>> = [];
  const floorStarts: number[] = [];
  const [ours, floorRuns] = await alternate(
    repeats(LAUNCHES),
    async () => {
      const run = await launch(bundle, env);
      const fields = jsonLogFields(run.stderr, 'Handshake sent')[0];
      const serving = jsonLogFields(run.stderr, 'Serving')[0];
      if (!fields || !serving) throw new Error(`no "Handshake sent" and "Serving" lines on the provider's stderr:\n${run.stderr}`);
      handshakes.push({ ...fields, ...serving });
      return run.wallMs;
    },
    async () => {
      const run = await launch(floor, env);
      floorStarts.push(Number(run.stdout));
      return run.wallMs;
    },
  ).finally(() => rmSync(scratch, { recursive: true, force: true }));
  const field = (name: string) => median(handshakes.map((h) => h[name] ?? 0));
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  // The rows add up to the wall time: what the named parts leave of startup_ms, then what is outside the process.
  const rest = field(HANDSHAKE.startup) - field(HANDSHAKE.loaded) - field(HANDSHAKE.listen);
  return {
    figures: [{ name: 'launch-to-handshake', ours: ours!, floor: floorRuns!, goal: { max: 75, unit: 'ms' } }],
    details: [{
      heading: `launch breakdown (medians of ${handshakes.length} launch${handshakes.length === 1 ? '' : 'es'}; the provider's "Handshake sent" and "Serving" lines)`,
      rows: [
        ['node start (floor)', `${ms(median(floorStarts))}  (the floor script's performance.now() at its first line)`],
        ['main bundle load', `${ms(field(HANDSHAKE.loaded) - median(floorStarts))}  (loaded_ms ${ms(field(HANDSHAKE.loaded))} - node start)`],
        ['certificate, TLS context, listen', `${ms(field(HANDSHAKE.listen))}  (${HANDSHAKE.listen})`],
        ['the rest, to the handshake', `${ms(rest)}  (startup_ms ${ms(field(HANDSHAKE.startup))} - the rows above)`],
        ['spawn and pipe', `${ms(median(ours!) - field(HANDSHAKE.startup))}  (wall median - startup_ms)`],
        [
          'after it: the gRPC server',
          `${ms(field(SERVING.ready) - field(HANDSHAKE.startup))}  (ready_ms ${ms(field(SERVING.ready))} - startup_ms: Terraform's connection waits for this; the provider itself loads after it)`,
        ],
      ],
    }],
  };
}

async function noopCase({ emulator }: Bench): Promise<CaseResult> {
  const ws = await oneImageWorkspace(emulator);
  const floorWs = await terraformDataWorkspace(1);
  const runtimeWs = await fixtureProviderWorkspace();
  const [ours, floor, runtime] = await withWorkspaces([ws, floorWs, runtimeWs], () =>
    alternate(repeats(NOOP_PLANS), () => timedMs(ws, PLAN), () => timedMs(floorWs, PLAN), () => runtimeWs.timedPlanMs()),
  );
  return {
    figures: [{ name: 'no-op plan, 1 image', ours: ours!, floor: floor!, goal: { max: 8, unit: 'x' } }],
    details: [{
      heading: "the runtime's own floor: a no-op plan of the test fixture provider (the same runtime and launches, no API client), alternating with the two above",
      rows: [[
        'fixture provider, 1 resource',
        `${formatSamples(runtime!)}: ${(median(runtime!) / median(floor!)).toFixed(2)}x terraform_data; imagecloud ${(median(ours!) / median(runtime!)).toFixed(2)}x of it`,
      ]],
    }],
  };
}

const REFRESH_GOALS: Record<number, Goal> = { 200: { max: 2.5, unit: 'x' }, 1000: { max: 1.3, unit: 'x' } };
const REFRESH_AIM: Goal = { max: 1.3, unit: 'x', aim: true };
const RSS_GOAL: Goal = { max: 120, unit: 'MB' };

async function refreshCase(bench: Bench, sizes: number[]): Promise<CaseResult> {
  const imageIds = await seedPublicImages(bench.emulator, Math.max(...sizes));
  const result: CaseResult = { figures: [], details: [] };
  const requestRows: Array<[string, string]> = [];
  for (const count of sizes) {
    const ws = await imageDataSourcesWorkspace(bench.emulator, imageIds.slice(0, count));
    const floorWs = await terraformDataWorkspace(count);
    await withWorkspaces([ws, floorWs], async () => {
      const requests: string[] = [];
      const ourPlan = async () => {
        const { result: ms, requests: seen } = await bench.tally.during(() => timedMs(ws, PLAN));
        requests.push(formatRequests(seen));
        return ms;
      };
      const [ours, floor] = await alternate(repeats(REFRESH_PLANS), ourPlan, () => timedMs(floorWs, PLAN));
      const name = `refresh + plan, ${count} images`;
      result.figures.push({ name, ours: ours!, floor: floor!, goal: REFRESH_GOALS[count] ?? REFRESH_AIM });
      requestRows.push([name, distinct(requests)]);
      if (count === RSS_SIZE) result.details.push(await peakRss(ws, name));
    });
  }
  result.details.unshift({ heading: 'API requests the provider sent during one plan (the emulator\'s request log)', rows: requestRows });
  return result;
}

/**
 * One more plan, with the provider logging at debug level: the largest
 * max_rss_mb of its launches' "Exiting" lines, and their cpu_ms.
 */
async function peakRss(ws: Workspace, name: string): Promise<CaseResult['details'][number]> {
  const logFile = join(ws.root, 'terraform.log');
  await ws.ok(PLAN, providerLogEnv(logFile));
  const heading = 'provider peak RSS and CPU (an extra plan with TF_LOG_PROVIDER=debug)';
  const rss = terraformLogField(logFile, 'Exiting', 'max_rss_mb');
  // A provider from before these fields existed (a "before" run of this bench) logs none.
  if (rss.length === 0) return { heading, rows: [[name, 'not logged by this provider (no max_rss_mb in its "Exiting" lines)']] };
  const peak = Math.max(...rss);
  const cpu = terraformLogField(logFile, 'Exiting', 'cpu_ms');
  return {
    heading,
    rows: [
      [name, `${peak.toFixed(1)} MB (max of ${rss.length} launches: ${rss.join(', ')}); ${formatGoal(RSS_GOAL, peak)}`],
      [`${name}, CPU`, `${cpu.reduce((sum, ms) => sum + ms, 0).toFixed(0)} ms in all (launches: ${cpu.map((ms) => ms.toFixed(0)).join(', ')})`],
    ],
  };
}

async function applyCase(bench: Bench): Promise<CaseResult> {
  const requests: string[] = [];
  const ourApply = async () => {
    // A fresh workspace and fresh accounts each time: the quota allows 20 images per account.
    const ws = await customImagesWorkspace(bench.emulator);
    return withWorkspaces([ws], async () => {
      const { result: ms, requests: seen } = await bench.tally.during(() => timedMs(ws, APPLY));
      requests.push(formatRequests(seen));
      return ms;
    });
  };
  const floorApply = async () => {
    const ws = await workspaceWith(terraformDataHcl(APPLY_COUNT));
    return withWorkspaces([ws], () => timedMs(ws, APPLY));
  };
  const [ours, floor] = await alternate(repeats(APPLIES), ourApply, floorApply);
  const name = `apply, ${APPLY_COUNT} images`;
  return {
    figures: [{ name, ours: ours!, floor: floor!, goal: { max: 2, unit: 'x' } }],
    details: [{ heading: 'API requests per apply (the emulator\'s request log)', rows: [[name, distinct(requests)]] }],
  };
}

/** Case names as given on the command line; `refresh:200,1000` picks sizes. */
function parseSelection(names: string[]): Array<(bench: Bench) => Promise<CaseResult>> {
  return (names.length > 0 ? names : ['launch', 'noop', 'refresh', 'apply']).map((name) => {
    const [which, sizes] = name.split(':');
    if (which === 'launch') return launchCase;
    if (which === 'noop') return noopCase;
    if (which === 'apply') return applyCase;
    if (which === 'refresh') {
      const counts = sizes ? sizes.split(',').map(Number) : REFRESH_SIZES;
      if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name}: sizes are positive integers, e.g. refresh:200,1000`);
      return (bench: Bench) => refreshCase(bench, counts);
    }
    throw new Error(`unknown case ${name}; known: launch, noop, refresh[:N,N...], apply`);
  });
}

/** Runs the selected cases (all by default); answers the table of figures. */
export async function benchProvider(names: string[] = []): Promise<string> {
  const cases = parseSelection(names);
  const bench = await startBenchEmulator();
  try {
    const results: CaseResult[] = [];
    for (const run of cases) results.push(await run(bench));
    return formatTable(results);
  } finally {
    await bench.emulator.close();
  }
}

if (require.main === module) {
  benchProvider(process.argv.slice(2)).then(
    (table) => console.log(table),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
