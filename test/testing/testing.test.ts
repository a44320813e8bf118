/**
 * imagecloud/testing, run from its sources: the emulator child process, the
 * provider in a temporary mirror and the environment, driven by cdktf's own
 * `Testing.fullSynth` + `toPlanSuccessfully()` (which runs terraform with
 * execSync); the child's lifetime (it dies with its parent, its temporary
 * data directory with it); and the Jest globalSetup/globalTeardown pair in a
 * nested Jest run with two workers.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ImageClient } from '../../src/client';
import { CustomImage, ImageCloudProvider } from '../../src/constructs';
import { TerraformStack, Testing } from '../../src/constructs/cdktf';
import {
  EmulatorStartError,
  installTestProvider,
  startEmulatorProcess,
  terraformEnvironment,
  type EmulatorProcess,
  type TestProvider,
} from '../../src/testing';

Testing.setupJest();

const ROOT = join(__dirname, '..', '..');
const INSTANCE_ID = 'i-Hl8ITboa'; // dev's seeded running-cds instance in bj

/** True while something answers HTTP at `url`. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function devClient(emulator: EmulatorProcess): ImageClient {
  const dev = emulator.account('dev');
  return new ImageClient({ region: 'bj', endpoint: emulator.endpoint, credentials: { accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey } });
}

describe('the emulator process, the test provider and the environment, with cdktf', () => {
  const saved = { ...process.env };
  let emulator: EmulatorProcess;
  let provider: TestProvider;

  beforeAll(async () => {
    [emulator, provider] = await Promise.all([startEmulatorProcess(), installTestProvider()]);
    Object.assign(process.env, terraformEnvironment(emulator, provider));
  });

  afterAll(async () => {
    process.env = saved;
    await emulator.stop();
    provider.remove();
  });

  it('listens on a free port of 127.0.0.1 and answers the endpoint template and the development accounts', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.endpoint).toBe(`${emulator.url}/region/{region}`);
    expect(emulator.accounts.map((account) => account.name)).toEqual(['dev', 'alice', 'bob', 'carol']);
    expect(existsSync(join(provider.mirrorDir, 'registry.terraform.io', 'imagecloud', 'imagecloud', provider.version))).toBe(true);
  });

  it('gives the variables terraform and the provider read, for any development account and region', () => {
    const alice = emulator.account('alice');
    expect(terraformEnvironment(emulator, provider, 'alice', 'gz')).toEqual({
      TF_CLI_CONFIG_FILE: provider.configFile,
      CHECKPOINT_DISABLE: '1',
      IMAGECLOUD_ENDPOINT: emulator.endpoint,
      BCE_ACCESS_KEY_ID: alice.accessKeyId,
      BCE_SECRET_ACCESS_KEY: alice.secretAccessKey,
      BCE_REGION: 'gz',
      IMAGECLOUD_REGION: 'gz',
    });
    expect(() => terraformEnvironment(emulator, provider, 'mallory')).toThrow('no development account "mallory"; the emulator has dev, alice, bob, carol');
  });

  it('lets toPlanSuccessfully plan a CustomImage stack, shared and copied, against the emulator', () => {
    const stack = new TerraformStack(Testing.app(), 'golden');
    new ImageCloudProvider(stack, 'imagecloud', { region: 'bj', accountName: 'dev' });
    const golden = new CustomImage(stack, 'golden', { name: 'golden-web', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    golden.shareWith('alice', 'bob');
    golden.copyTo('gz').shareWith('alice');
    expect(Testing.fullSynth(stack)).toPlanSuccessfully();
  });
});

describe('the emulator data directory', () => {
  it('is temporary by default and removed at stop', async () => {
    const emulator = await startEmulatorProcess();
    expect(existsSync(emulator.dataDir)).toBe(true);
    await emulator.stop();
    expect(existsSync(emulator.dataDir)).toBe(false);
    expect(await answers(emulator.url)).toBe(false);
  });

  it('when given, keeps the images for the next emulator, and refuses a second emulator at the same time in one line', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'imagecloud-testing-data-'));
    try {
      const first = await startEmulatorProcess({ dataDir });
      const firstClient = devClient(first);
      const { imageId } = await firstClient.createImageFromInstance(INSTANCE_ID, 'kept');
      await firstClient.waitForImage(imageId, { pollIntervalMs: 10 });
      await firstClient.close();

      const refusal = await startEmulatorProcess({ dataDir }).then(
        async (second) => {
          await second.stop();
          return undefined;
        },
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(EmulatorStartError);
      expect((refusal as Error).message).toMatch(/^the emulator did not start: [^\n]+$/);
      await first.stop();

      const again = await startEmulatorProcess({ dataDir });
      const againClient = devClient(again);
      expect((await againClient.getImage(imageId)).image.name).toBe('kept');
      await againClient.close();
      await again.stop();
      expect(existsSync(dataDir)).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

it('stops by itself when its parent process is killed', async () => {
  const parent = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), join(__dirname, 'orphaned-parent.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => createInterface({ input: parent.stdout }).once('line', resolve));
  expect(await answers(url)).toBe(true);
  parent.kill('SIGKILL');
  expect(await until(async () => !(await answers(url)), 10_000)).toBe(true);
});

describe('the Jest globalSetup/globalTeardown pair', () => {
  it('starts one emulator for the run, whose environment reaches every worker and lets them plan, and stops it afterwards', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'imagecloud-nested-jest-'));
    try {
      const config = {
        rootDir: join(__dirname, 'global-setup'),
        testMatch: ['**/*.check.ts'],
        testEnvironment: 'node',
        transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: join(ROOT, 'tsconfig.json') }] },
        setupFilesAfterEnv: ['<rootDir>/setup.ts'],
        globalSetup: join(ROOT, 'src', 'testing', 'jest-global-setup.ts'),
        globalTeardown: join(ROOT, 'src', 'testing', 'jest-global-teardown.ts'),
        // No recorded timings, two files: jest runs them in two workers, not in its own process.
        cacheDirectory: join(scratch, 'cache'),
        maxWorkers: 2,
        testTimeout: 120_000,
      };
      const env: NodeJS.ProcessEnv = { ...process.env, IMAGECLOUD_TEST_REPORT_DIR: scratch };
      for (const name of ['TF_CLI_CONFIG_FILE', 'IMAGECLOUD_ENDPOINT', 'BCE_ACCESS_KEY_ID', 'BCE_SECRET_ACCESS_KEY', 'JEST_WORKER_ID']) delete env[name];
      const run = await new Promise<{ code: number; output: string }>((resolve) => {
        execFile(process.execPath, [require.resolve('jest/bin/jest'), '--ci', '--config', JSON.stringify(config)], { cwd: ROOT, env }, (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
        });
      });
      expect({ code: run.code, output: run.code === 0 ? '' : run.output }).toEqual({ code: 0, output: '' });

      type Seen = { pid: number; TF_CLI_CONFIG_FILE: string; CHECKPOINT_DISABLE: string; IMAGECLOUD_ENDPOINT: string; BCE_ACCESS_KEY_ID: string };
      const [plan, environment] = ['plan', 'environment'].map((name) => JSON.parse(readFileSync(join(scratch, `${name}.json`), 'utf8')) as Seen);
      expect(plan!.pid).not.toBe(environment!.pid);
      expect({ ...environment!, pid: 0 }).toEqual({ ...plan!, pid: 0 });
      expect(plan).toMatchObject({ CHECKPOINT_DISABLE: '1', BCE_ACCESS_KEY_ID: 'AKDEV00000000000000000000000000001' });
      // The teardown stopped the emulator and removed the provider's mirror.
      expect(await answers(plan!.IMAGECLOUD_ENDPOINT.replace('/region/{region}', ''))).toBe(false);
      expect(existsSync(plan!.TF_CLI_CONFIG_FILE)).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 240_000);
});
