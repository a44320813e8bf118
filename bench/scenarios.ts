/**
 * What bench/provider.ts times and bench/profile.ts profiles, set up once
 * here: the emulator (with a tally of the API requests it answers), the
 * workspaces and HCL of each scenario, the floors beside them (Terraform's
 * built-in terraform_data; a no-op node script for the launch) and reading
 * the provider's own debug log lines.
 */
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestLogEntry } from '../src/emulator';
import { cliConfigText } from '../src/provider/install';
import { bundleProvider } from '../src/provider/runtime/bundle';
import { BUNDLE_ENTRY, installInMirror } from '../src/provider/runtime/mirror';
import { MAGIC_COOKIE_VALUE } from '../src/provider/runtime/serve';
import { generateServerCertificate } from '../src/provider/runtime/tls';
import { sourceBundleDir } from '../src/provider/source-bundle';
import { admin, fixtureNamed, newTestAccount } from '../test/helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../test/helpers/emulator';
import { Workspace, providerBlock } from '../test/provider/harness';
import { fixtureProvider } from '../test/provider/runtime/fixtures/fixture-provider';

export const APPLY = ['apply', '-auto-approve', '-input=false'];
/**
 * Refreshes every resource and reads every data source, as a plain `terraform plan`
 * does; -detailed-exitcode makes a plan that finds changes fail (exit 2), so
 * each timed plan is also checked to be the no-op it should be.
 */
export const PLAN = ['plan', '-input=false', '-detailed-exitcode'];

/** API requests by operation (admin calls left out), counted while a window is open. */
export class RequestTally {
  private window: Map<string, number> | undefined;

  /** The emulator's request log sink. */
  readonly record = (entry: RequestLogEntry): void => {
    if (!this.window || entry.path.startsWith('/__admin/')) return;
    this.window.set(entry.operation, (this.window.get(entry.operation) ?? 0) + 1);
  };

  /** Runs `work` and answers the requests the emulator answered meanwhile. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; requests: Map<string, number> }> {
    const requests = new Map<string, number>();
    this.window = requests;
    try {
      return { result: await work(), requests };
    } finally {
      this.window = undefined;
    }
  }
}

/** A zero-delay emulator whose every request-log entry reaches the tally (the admin endpoint keeps only the last 1,000). */
export async function startBenchEmulator(): Promise<{ emulator: RunningEmulator; tally: RequestTally }> {
  const tally = new RequestTally();
  return { emulator: await startTestEmulator({ log: tally.record }), tally };
}

/** "600 (getImage 400, createImage 200)": the total, then by operation, most first. */
export function formatRequests(requests: Map<string, number>): string {
  const total = [...requests.values()].reduce((sum, n) => sum + n, 0);
  const parts = [...requests].sort((a, b) => b[1] - a[1]).map(([operation, n]) => `${operation || '(unrouted)'} ${n}`);
  return `${total} (${parts.join(', ') || 'none'})`;
}

// --- workspaces --------------------------------------------------------------

/** A workspace holding `hcl`, initialised, after `prepare` ran in it. */
export async function workspaceWith(hcl: string, prepare: string[][] = []): Promise<Workspace> {
  const ws = await Workspace.create('tf-bench-');
  try {
    ws.write(hcl);
    await ws.init();
    for (const step of prepare) await ws.ok(step);
    return ws;
  } catch (error) {
    ws.remove();
    throw error;
  }
}

/** Milliseconds one terraform command takes; fails unless it exits 0. */
export async function timedMs(ws: Workspace, command: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  await ws.ok(command, extraEnv);
  return performance.now() - started;
}

export const terraformDataHcl = (count: number): string => `resource "terraform_data" "x" {\n  count = ${count}\n  input = "x-\${count.index}"\n}\n`;

/**
 * The floor of a plan: `count` terraform_data in state, as `terraform apply`
 * of terraformDataHcl leaves them. The state file is written, not applied:
 * Terraform's apply is superlinear in the instance count (1,000 take ~12 s,
 * 2,000 ~34 s), which would spend the benchmark's time on set-up.
 */
export async function terraformDataWorkspace(count: number): Promise<Workspace> {
  const ws = await workspaceWith(terraformDataHcl(count));
  // The state records its writer's version: one newer than the binary would be refused.
  const version = (JSON.parse((await ws.ok(['version', '-json'])).stdout) as { terraform_version: string }).terraform_version;
  const value = (i: number) => ({ value: `x-${i}`, type: 'string' });
  const instances = Array.from({ length: count }, (_, i) => ({
    index_key: i,
    schema_version: 0,
    attributes: { id: randomUUID(), input: value(i), output: value(i), triggers_replace: null },
    sensitive_attributes: [],
  }));
  const state = {
    version: 4,
    terraform_version: version,
    serial: 1,
    lineage: randomUUID(),
    outputs: {},
    resources: [{ mode: 'managed', type: 'terraform_data', name: 'x', provider: 'provider["terraform.io/builtin/terraform"]', instances }],
    check_results: null,
  };
  writeFileSync(join(ws.dir, 'terraform.tfstate'), JSON.stringify(state));
  return ws;
}

/** One custom image of a fresh account, applied: what a no-op plan re-reads. */
export async function oneImageWorkspace(emulator: RunningEmulator): Promise<Workspace> {
  const { account, fixtures } = await newTestAccount(emulator.url, 'bench');
  const instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
  const hcl = `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "one" {
  name = "one"
  source {
    instance_id = "${instanceId}"
  }
}
`;
  return workspaceWith(hcl, [APPLY]);
}

/** The admin API seeds at most this many images per call. */
const BULK_LIMIT = 10_000;

/** Ids of `count` new public images in bj. */
export async function seedPublicImages(emulator: RunningEmulator, count: number): Promise<string[]> {
  const ids: string[] = [];
  while (ids.length < count) {
    const batch = Math.min(BULK_LIMIT, count - ids.length);
    ids.push(...(await admin(emulator.url).bulkPublicImages('bj', batch, `bench-${ids.length}`)).imageIds);
  }
  return ids;
}

/**
 * One imagecloud_image data source per id, applied so the state holds them
 * as the floor's holds its terraform_data (the quota of 20 custom images per
 * account makes thousands of managed images impractical; refreshing either
 * is one read per object).
 */
export function imageDataSourcesWorkspace(emulator: RunningEmulator, imageIds: string[]): Promise<Workspace> {
  const hcl = `${providerBlock(emulator, emulator.accounts[0]!)}
locals {
  ids = ${JSON.stringify(imageIds)}
}
data "imagecloud_image" "x" {
  count = ${imageIds.length}
  id    = local.ids[count.index]
}
`;
  return workspaceWith(hcl, [APPLY]);
}

export const APPLY_ACCOUNTS = 10;
/** The quota of custom images per account and region. */
export const IMAGES_PER_ACCOUNT = 20;

/** 10 fresh accounts x 20 custom images, one aliased provider each; initialised, not applied. */
export async function customImagesWorkspace(emulator: RunningEmulator): Promise<Workspace> {
  const blocks: string[] = [];
  for (let a = 0; a < APPLY_ACCOUNTS; a++) {
    const { account, fixtures } = await newTestAccount(emulator.url, `bench-apply-${a}`);
    const source = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
    // Every block repeats the terraform block: only the first may keep it.
    const provider = providerBlock(emulator, account, 'bj', `  alias = "a${a}"\n`);
    blocks.push(
      a === 0 ? provider : provider.replace(/^terraform \{[\s\S]*?\n\}\n/, ''),
      `resource "imagecloud_custom_image" "a${a}" {
  provider = imagecloud.a${a}
  count    = ${IMAGES_PER_ACCOUNT}
  name     = "img-\${count.index}"
  source {
    instance_id = "${source}"
  }
}
`,
    );
  }
  return workspaceWith(blocks.join('\n'));
}

export interface FixtureWorkspace {
  /** Milliseconds of one PLAN; fails unless it exits 0 (no changes). */
  timedPlanMs(): Promise<number>;
  remove(): void;
}

/**
 * The runtime's own floor under Terraform: the test suite's fixture provider
 * (the same runtime, staged launch and gRPC server, with a JSON file for its
 * store instead of an API client) bundled, installed in a mirror of its own,
 * and one resource of it applied.
 */
export async function fixtureProviderWorkspace(): Promise<FixtureWorkspace> {
  const root = mkdtempSync(join(tmpdir(), 'tf-bench-fixture-'));
  try {
    const work = join(root, 'work');
    mkdirSync(work);
    mkdirSync(join(root, 'tmp'));
    const bundle = join(root, 'dist', BUNDLE_ENTRY);
    await bundleProvider(join(__dirname, '..', 'test', 'provider', 'runtime', 'fixtures', 'provider-main.ts'), bundle);
    installInMirror({ mirrorDir: join(root, 'mirror'), address: fixtureProvider.address, version: fixtureProvider.version, bundleDir: dirname(bundle) });
    writeFileSync(join(root, 'cli.tfrc'), cliConfigText(join(root, 'mirror')));
    writeFileSync(
      join(work, 'main.tf'),
      `terraform {\n  required_providers {\n    fixture = { source = "imagecloud/fixture", version = "${fixtureProvider.version}" }\n  }\n}\n\n` +
        `provider "fixture" {\n  store_path = ${JSON.stringify(join(root, 'store.json'))}\n}\n\nresource "fixture_thing" "a" {\n  name = "alpha"\n}\n`,
    );
    const env = { PATH: process.env.PATH ?? '', HOME: root, TMPDIR: join(root, 'tmp'), TF_CLI_CONFIG_FILE: join(root, 'cli.tfrc'), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
    const terraform = (args: string[]) => promisify(execFile)('terraform', [...args, '-no-color'], { cwd: work, env });
    await terraform(['init', '-input=false']);
    await terraform(APPLY);
    return {
      async timedPlanMs() {
        const started = performance.now();
        await terraform(PLAN);
        return performance.now() - started;
      },
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

// --- launching the provider directly ------------------------------------------

export async function providerBundleFile(): Promise<string> {
  return join(await sourceBundleDir(), BUNDLE_ENTRY);
}

/** The environment Terraform gives a provider it launches, with debug logging for the "Handshake sent" line. */
export function launchEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_CLIENT_CERT: generateServerCertificate().certificatePem,
    TF_LOG_PROVIDER: 'debug',
  };
}

export interface Launch {
  /** From spawn to the first stdout data. */
  wallMs: number;
  stdout: string;
  stderr: string;
}

/**
 * Spawns node on `script`, waits for its first stdout data, then SIGTERMs it
 * (a provider serves until told to stop; the floor script has exited by then)
 * and collects its output until it is gone.
 */
export async function launch(script: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): Promise<Launch> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const wallMs = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout === '') resolve(performance.now() - started);
      stdout += chunk;
    });
    child.once('error', reject);
    // 'close', not 'exit': by then any stdout data has been delivered.
    child.once('close', (code) => reject(new Error(`${script} exited ${code} before writing to stdout:\n${stderr}`)));
  });
  child.kill('SIGTERM');
  await closed;
  return { wallMs, stdout, stderr };
}

/** The floor of a launch: a node script whose one line is Node's own start-up, performance.now() at its first statement. */
export function floorScript(dir: string): string {
  const file = join(dir, 'floor.js');
  writeFileSync(file, 'process.stdout.write(`${performance.now()}\\n`);\n');
  return file;
}

/**
 * An IMAGECLOUD_NODE for the provider's launcher: node with `nodeArgs` before
 * the bundle (e.g. --cpu-prof), so every launch Terraform makes carries them.
 */
export function nodeWrapper(dir: string, nodeArgs: string[]): string {
  const file = join(dir, 'node-wrapper.sh');
  const quoted = [process.execPath, ...nodeArgs].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  writeFileSync(file, `#!/bin/sh\nexec ${quoted} "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

// --- the provider's debug log -------------------------------------------------

/** Numeric fields of the provider's hclog JSON lines on its own stderr with this message. */
export function jsonLogFields(stderr: string, message: string): Array<Record<string, number>> {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line['@message'] === message)
    .map((line) => Object.fromEntries(Object.entries(line).filter((entry): entry is [string, number] => typeof entry[1] === 'number')));
}

/** Terraform's TF_LOG_PATH file renders a provider's JSON line as `[DEBUG] provider.<name>: <message>: key=value ...`. */
export function terraformLogField(logFile: string, message: string, field: string): number[] {
  const pattern = new RegExp(`: ${message}: .*\\b${field}=([0-9.]+)`);
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .map((line) => pattern.exec(line)?.[1])
    .filter((value): value is string => value !== undefined)
    .map(Number);
}

/** Debug logging of the provider into a file: the environment for `ws.terraform`. */
export const providerLogEnv = (logFile: string): Record<string, string> => ({ TF_LOG_PROVIDER: 'debug', TF_LOG_PATH: logFile });
