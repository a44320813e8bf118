/**
 * Constructs benchmark, for bench/run.ts:
 * - synth of 1,000 CustomImage constructs against 1,000 raw binding resources
 *   (imagecloud_custom_image through the generated class) in one run: build
 *   the stack, run validations and aspects, render the JSON. Rounds alternate
 *   and the median counts, so both sides see the same machine state. Goal:
 *   CustomImage <= 1.2x raw.
 * - the demo's wall time split by step (cdktf deploy, diff, destroy against
 *   the emulator).
 */
import { LIMITS } from '../src/api/schemas';
import { CustomImage, ImageCloudProvider } from '../src/constructs';
import { CustomImage as CustomImageResource } from '../src/constructs/bindings/custom-image';
import { TerraformStack, Testing } from '../src/constructs/cdktf';
import { runDemo, type StepTiming } from '../src/demo/main';

export interface ConstructsBenchResult {
  count: number;
  rounds: number;
  rawMs: number;
  constructsMs: number;
  ratio: number;
  demoSteps?: StepTiming[];
}

const INSTANCE_ID = 'i-AbCd1234';

/**
 * One provider per account (aliased after the first), 20 images each: the
 * quota allows 20 per account and region, so the constructs' synth passes
 * every check, as a real app of this size would. The raw side gets the same
 * providers, so the difference is the constructs' own work.
 */
function providers(stack: TerraformStack, count: number): ImageCloudProvider[] {
  const accounts = Math.ceil(count / LIMITS.customImagesPerAccountPerRegion);
  return Array.from({ length: accounts }, (_, i) =>
    new ImageCloudProvider(stack, `account${i}`, { region: 'bj', accountName: `account${i}`, ...(i > 0 ? { alias: `account${i}` } : {}) }),
  );
}

function synthRaw(count: number): string {
  const stack = new TerraformStack(Testing.app(), 'raw');
  const perAccount = providers(stack, count);
  for (let i = 0; i < count; i++) {
    const provider = perAccount[Math.floor(i / LIMITS.customImagesPerAccountPerRegion)];
    new CustomImageResource(stack, `image${i}`, { provider, name: `image-${i}`, source: { instanceId: INSTANCE_ID }, tags: { n: String(i) } });
  }
  return Testing.synth(stack, true);
}

function synthConstructs(count: number): string {
  const stack = new TerraformStack(Testing.app(), 'constructs');
  const perAccount = providers(stack, count);
  for (let i = 0; i < count; i++) {
    const provider = perAccount[Math.floor(i / LIMITS.customImagesPerAccountPerRegion)];
    new CustomImage(stack, `image${i}`, { provider, name: `image-${i}`, source: { kind: 'instance', instanceId: INSTANCE_ID }, tags: { n: String(i) } });
  }
  return Testing.synth(stack, true);
}

function timed(action: () => unknown): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchConstructs(options: { count?: number; rounds?: number; demo?: boolean } = {}): Promise<ConstructsBenchResult> {
  const count = options.count ?? 1000;
  const rounds = options.rounds ?? 5;
  // Warm-up: module loading, ajv schema compilation, JIT.
  synthRaw(50);
  synthConstructs(50);
  const raw: number[] = [];
  const constructs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    raw.push(timed(() => synthRaw(count)));
    constructs.push(timed(() => synthConstructs(count)));
  }
  const rawMs = Math.round(median(raw));
  const constructsMs = Math.round(median(constructs));
  const result: ConstructsBenchResult = { count, rounds, rawMs, constructsMs, ratio: Math.round((constructsMs / rawMs) * 100) / 100 };
  if (options.demo ?? true) result.demoSteps = await runDemo({ write: () => undefined });
  return result;
}

export function formatConstructsResults(result: ConstructsBenchResult): string {
  const lines = [
    `synth of ${result.count} images, median of ${result.rounds} rounds`,
    `  raw binding resources : ${result.rawMs} ms`,
    `  CustomImage constructs: ${result.constructsMs} ms`,
    `  ratio                 : ${result.ratio}x (goal <= 1.2x)`,
  ];
  if (result.demoSteps) {
    const total = result.demoSteps.reduce((sum, step) => sum + step.ms, 0);
    lines.push('demo wall time by step');
    for (const step of result.demoSteps) lines.push(`  ${(step.ms / 1000).toFixed(1).padStart(6)} s  ${step.step}`);
    lines.push(`  ${(total / 1000).toFixed(1).padStart(6)} s  total`);
  }
  return lines.join('\n');
}
