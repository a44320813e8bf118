/**
 * CPU profiles of the provider in the scenarios bench/provider.ts times
 * (set up by bench/scenarios.ts), run once each:
 *
 *   npx tsx bench/profile.ts launch        one launch to the handshake, then SIGTERM
 *   npx tsx bench/profile.ts noop          no-op plan of one applied custom image
 *   npx tsx bench/profile.ts refresh [N]   plan of N image data sources (default 1000)
 *   npx tsx bench/profile.ts apply         apply of 200 custom images (10 accounts x 20)
 *
 * Terraform launches the provider through its launcher script, which runs
 * $IMAGECLOUD_NODE: here a wrapper adding --cpu-prof, so every launch of the
 * command leaves a .cpuprofile (set-up steps run unprofiled). Prints, for each
 * profile, the sampled, idle and GC milliseconds, and for the largest ones the
 * top functions by self and by inclusive time; the files stay in the printed
 * directory, for Chrome DevTools (Performance, "Load profile").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  APPLY, PLAN, customImagesWorkspace, imageDataSourcesWorkspace, launch, launchEnv, nodeWrapper, oneImageWorkspace,
  providerBundleFile, scratchDir, seedPublicImages, startBenchEmulator,
} from './scenarios';
import type { RunningEmulator } from '../test/helpers/emulator';
import type { Workspace } from '../test/provider/harness';

const TOP_SELF = 20;
const TOP_INCLUSIVE = 25;
/** Launches whose tables are printed, the busiest first; the others get their summary line. */
const DETAILED_PROFILES = 3;
const DEFAULT_REFRESH_SIZE = 1000;

// --- the .cpuprofile format (Chrome DevTools protocol, Profiler.Profile) -------

interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based. */
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds. */
  startTime: number;
  endTime: number;
  /** The node on top of the stack at each sample. */
  samples: number[];
  /** Microseconds from the previous sample (the first: from startTime). */
  timeDeltas: number[];
}

/** V8's pseudo-frames: not functions of anyone's code. */
const IDLE = '(idle)';
const GC = '(garbage collector)';
const ROOT = '(root)';

interface Summary {
  file: string;
  sampledMs: number;
  idleMs: number;
  gcMs: number;
  /** By function: [label, ms]. */
  self: Map<string, number>;
  inclusive: Map<string, number>;
}

function label(frame: CallFrame): string {
  if (frame.functionName.startsWith('(')) return frame.functionName;
  const where = frame.url ? `${basename(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : 'native';
  return `${frame.functionName || '(anonymous)'}  ${where}`;
}

/**
 * Each sample lasts until the next one (the last until endTime), as DevTools
 * counts it; answers milliseconds on top of the stack, by node id.
 */
function selfMsByNode(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  let at = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (at += delta));
  profile.samples.forEach((node, i) => {
    const duration = (times[i + 1] ?? profile.endTime) - times[i]!;
    self.set(node, (self.get(node) ?? 0) + duration / 1000);
  });
  return self;
}

function summarise(file: string): Summary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByNode = selfMsByNode(profile);
  const self = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const [id, ms] of selfByNode) add(self, label(nodes.get(id)!.callFrame), ms);

  // Inclusive time counts a function once per stack, however deep it recurses.
  const inclusive = new Map<string, number>();
  const onStack = new Map<string, number>();
  const visit = (node: ProfileNode): number => {
    const key = label(node.callFrame);
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    const total = (node.children ?? []).reduce((sum, child) => sum + visit(nodes.get(child)!), selfByNode.get(node.id) ?? 0);
    onStack.set(key, onStack.get(key)! - 1);
    if (onStack.get(key) === 0) add(inclusive, key, total);
    return total;
  };
  const root = profile.nodes.find((node) => node.callFrame.functionName === ROOT) ?? profile.nodes[0]!;
  const sampledMs = visit(root);
  inclusive.delete(ROOT);
  inclusive.delete(IDLE);
  return { file, sampledMs, idleMs: self.get(IDLE) ?? 0, gcMs: self.get(GC) ?? 0, self, inclusive };
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

function topRows(map: Map<string, number>, count: number, excluded: string[]): string[] {
  return [...map]
    .filter(([key]) => !excluded.includes(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, value]) => `  ${ms(value)}  ${key}`);
}

function report(summaries: Summary[], dir: string): string {
  const busy = (s: Summary) => s.sampledMs - s.idleMs;
  const ranked = [...summaries].sort((a, b) => busy(b) - busy(a));
  const lines = [`${summaries.length} profile(s) in ${dir} (busiest first):`];
  for (const s of ranked) lines.push(`  ${basename(s.file)}: sampled ${ms(s.sampledMs)}, idle ${ms(s.idleMs)}, GC ${ms(s.gcMs)}, busy ${ms(busy(s))}`);
  for (const s of ranked.slice(0, DETAILED_PROFILES)) {
    lines.push('', `== ${basename(s.file)}`, `top ${TOP_SELF} by self time:`, ...topRows(s.self, TOP_SELF, [IDLE]));
    lines.push(`top ${TOP_INCLUSIVE} by inclusive time:`, ...topRows(s.inclusive, TOP_INCLUSIVE, []));
  }
  return lines.join('\n');
}

// --- scenarios ----------------------------------------------------------------

/** Runs `command` in the workspace `prepare` makes, every provider launch under --cpu-prof into `dir`. */
async function profiledTerraform(dir: string, prepare: () => Promise<Workspace>, command: string[]): Promise<void> {
  const ws = await prepare();
  try {
    await ws.ok(command, { IMAGECLOUD_NODE: nodeWrapper(ws.root, ['--cpu-prof', `--cpu-prof-dir=${dir}`]) });
  } finally {
    ws.remove();
  }
}

type Scenario = (dir: string, args: string[]) => Promise<void>;

/** Each with its own emulator, closed once the command is done. */
function withEmulator(run: (emulator: RunningEmulator, dir: string, args: string[]) => Promise<void>): Scenario {
  return async (dir, args) => {
    const { emulator } = await startBenchEmulator();
    try {
      await run(emulator, dir, args);
    } finally {
      await emulator.close();
    }
  };
}

const SCENARIOS: Record<string, Scenario> = {
  // No terraform: node itself runs the bundle; the provider writes its profile as it exits on SIGTERM.
  launch: async (dir) => void (await launch(await providerBundleFile(), launchEnv(), ['--cpu-prof', `--cpu-prof-dir=${dir}`])),
  noop: withEmulator((emulator, dir) => profiledTerraform(dir, () => oneImageWorkspace(emulator), PLAN)),
  refresh: withEmulator(async (emulator, dir, [size]) => {
    const count = Number(size ?? DEFAULT_REFRESH_SIZE);
    if (!Number.isInteger(count) || count < 1) throw new Error(`refresh ${size}: the count is a positive integer`);
    const ids = await seedPublicImages(emulator, count);
    await profiledTerraform(dir, () => imageDataSourcesWorkspace(emulator, ids), PLAN);
  }),
  apply: withEmulator((emulator, dir) => profiledTerraform(dir, () => customImagesWorkspace(emulator), APPLY)),
};

async function main([name = '', ...args]: string[]): Promise<void> {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`usage: npx tsx bench/profile.ts <${Object.keys(SCENARIOS).join('|')}> (refresh takes a count, default ${DEFAULT_REFRESH_SIZE})`);
  const dir = scratchDir(`imagecloud-profile-${name}-`);
  await scenario(dir, args);
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no .cpuprofile in ${dir}`);
  console.log(report(files.map(summarise), dir));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
