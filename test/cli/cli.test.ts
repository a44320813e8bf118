/**
 * The `imagecloud` command line run as a child process (`node bin/imagecloud.js`)
 * against a test emulator: output, exit codes, --help, no stacks, no secrets.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { ImageClient } from '../../src/client';
import { admin, type AdminAccount } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let emulator: RunningEmulator;
let account: AdminAccount;
let client: ImageClient;
let snapshotId: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  account = await admin(emulator.url).createAccount('cli-user');
  client = new ImageClient({
    region: 'bj',
    endpoint: emulator.endpointTemplate,
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey },
  });
  const fixtures = await admin(emulator.url).fixtures({ accountId: account.id, region: 'bj' });
  snapshotId = fixtures.snapshots.find((s) => s.name === 'system-available')!.id;
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});

function imagecloud(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const base: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    IMAGECLOUD_ENDPOINT: emulator.endpointTemplate,
    BCE_ACCESS_KEY_ID: account.accessKeyId,
    BCE_SECRET_ACCESS_KEY: account.secretAccessKey,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/imagecloud.js', ...args], { cwd: ROOT, env: { ...base, ...env } as NodeJS.ProcessEnv }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function availableImage(name: string): Promise<string> {
  const { imageId } = await client.createImageFromSnapshot(snapshotId, name);
  await client.waitForImage(imageId, { pollIntervalMs: 5 });
  return imageId;
}

function expectNoSecretOrStack(run: Run): void {
  const all = run.stdout + run.stderr;
  expect(all).not.toContain(account.secretAccessKey);
  expect(all).not.toMatch(/^\s+at /m);
}

describe('help and usage', () => {
  it('prints help everywhere with exit code 0', async () => {
    const commands = [
      ['--help'],
      ['images', '--help'],
      ...['list', 'get', 'csv', 'delete', 'share', 'unshare', 'shared-users', 'copy'].map((c) => ['images', c, '--help']),
      ['emulator', '--help'],
    ];
    const runs = await Promise.all(commands.map((args) => imagecloud(args)));
    runs.forEach((run, i) => {
      expect({ args: commands[i], code: run.code }).toEqual({ args: commands[i], code: 0 });
      expect(run.stdout).toMatch(/usage/i);
    });
    expect(runs[0]!.stdout).toMatch(/emulator/);
    expect(runs[0]!.stdout).toMatch(/images/);
    expect(runs[2]!.stdout).toMatch(/--region/);
  });

  it('exits 2 on usage errors, with a one-line reason and the usage', async () => {
    const runs = await Promise.all([
      imagecloud([]),
      imagecloud(['frobnicate']),
      imagecloud(['images', 'list', '--bogus']),
      imagecloud(['images', 'get']),
      imagecloud(['images', 'share', 'm-abcd1234']),
      imagecloud(['images', 'copy', 'm-abcd1234', '--to', 'gz', '--timeout', '10m']),
      imagecloud(['images', 'copy', 'm-abcd1234', '--to', 'gz', '--wait', '--timeout', 'soon']),
      imagecloud(['images', 'get', 'not-an-id']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error: /);
      expectNoSecretOrStack(run);
    }
    expect(runs[1]!.stderr).toContain('unknown command "frobnicate"');
    expect(runs[7]!.stderr).toContain('imageId');
  });

  it('exits 2 without credentials, naming the variables', async () => {
    const run = await imagecloud(['images', 'list'], { BCE_ACCESS_KEY_ID: undefined, BCE_SECRET_ACCESS_KEY: undefined });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: Client.MissingCredentials: .*BCE_ACCESS_KEY_ID/);
  });
});

describe('images', () => {
  it('lists as a table and as JSON, honouring filters', async () => {
    const imageId = await availableImage('listed');
    const table = await imagecloud(['images', 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+TYPE\s+STATUS/);
    expect(table.stdout).toContain(imageId);

    const json = await imagecloud(['images', 'list', '--type', 'Custom', '--name', 'listed', '--json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { id: string }[]).map((i) => i.id)).toEqual([imageId]);

    // Global options may also come before the command: the image is in bj, so gz lists none of it.
    for (const args of [['--region', 'gz', 'images', 'list', '--json'], ['images', '--region=gz', 'list', '--json'], ['images', 'list', '--region', 'gz', '--json']]) {
      const elsewhere = await imagecloud([...args, '--type', 'Custom']);
      expect({ args, code: elsewhere.code, ids: (JSON.parse(elsewhere.stdout) as { id: string }[]).map((i) => i.id) }).toEqual({ args, code: 0, ids: [] });
    }
    const here = await imagecloud(['--region', 'bj', 'images', 'list', '--json', '--type', 'Custom', '--name', 'listed']);
    expect((JSON.parse(here.stdout) as { id: string }[]).map((i) => i.id)).toEqual([imageId]);
  });

  it('gets one image; a missing one is exit 1 with code, message and request id', async () => {
    const imageId = await availableImage('shown');
    const shown = await imagecloud(['images', 'get', imageId, '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: imageId, name: 'shown', status: 'Available' });
    expect((await imagecloud(['images', 'get', imageId])).stdout).toMatch(/^status\s+Available$/m);

    const missing = await imagecloud(['images', 'get', 'm-00000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: Image\.ImageNotExist: .+ \(request id \S+\)\n$/);
    expectNoSecretOrStack(missing);
  });

  it('prints the CSV list', async () => {
    const run = await imagecloud(['images', 'csv', '--type', 'System']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^id,name,type,status/);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('shares, lists shared users, unshares and deletes', async () => {
    const imageId = await availableImage('shared');
    const other = await admin(emulator.url).createAccount('cli-friend');
    expect((await imagecloud(['images', 'share', imageId, '--account-id', other.id])).code).toBe(0);
    const users = await imagecloud(['images', 'shared-users', imageId, '--json']);
    expect(JSON.parse(users.stdout)).toEqual([{ accountId: other.id, account: 'cli-friend', ucAccount: other.ucAccount }]);
    expect((await imagecloud(['images', 'shared-users', imageId])).stdout).toContain(other.id);

    const blocked = await imagecloud(['images', 'delete', imageId]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^error: Image\.ImageHasBeenSharedToOthers: /);

    expect((await imagecloud(['images', 'unshare', imageId, '--account', 'cli-friend'])).code).toBe(0);
    const deleted = await imagecloud(['images', 'delete', imageId]);
    expect(deleted).toMatchObject({ code: 0, stdout: `deleted ${imageId}\n` });
  });

  it('copies with --wait, showing plain progress lines when not on a terminal', async () => {
    const imageId = await availableImage('copied');
    await admin(emulator.url).setDelays({ copyDelayMs: 400 });
    try {
      const run = await imagecloud(['images', 'copy', imageId, '--to', 'gz,su', '--wait', '--timeout', '30s']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^gz\s+m-\w{8}\s+started$/m);
      expect(run.stdout).toMatch(/^copied .* to gz \(m-\w{8}\), su \(m-\w{8}\)$/m);
      expect(run.stderr).toMatch(/^gz m-\w{8} Creating \d+%$/m);
      expect(run.stderr).toMatch(/^su m-\w{8} Available$/m);
      expect(run.stderr).not.toContain('\r');
    } finally {
      await admin(emulator.url).setDelays({ copyDelayMs: 0 });
    }
  });

  it('cancels copies at the timeout when asked, exit 1', async () => {
    const imageId = await availableImage('slowcopy');
    await admin(emulator.url).setDelays({ copyDelayMs: 600_000 });
    try {
      const run = await imagecloud(['images', 'copy', imageId, '--to', 'gz', '--wait', '--timeout', '300ms', '--cancel-on-timeout']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error: Client\.Timeout: .*the copy was cancelled/m);
      const destination = /^gz\s+(m-\w{8})/m.exec(run.stdout)![1]!;
      await expect(client.withRegion('gz').getImage(destination)).rejects.toMatchObject({ code: 'Image.ImageNotExist' });
    } finally {
      await admin(emulator.url).setDelays({ copyDelayMs: 0 });
    }
  });

  it('reports a region that refused the copy, exit 1', async () => {
    const imageId = await availableImage('badcopy');
    const run = await imagecloud(['images', 'copy', imageId, '--to', 'bj']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^bj\s+-\s+Image\.RegionNotSupportCopy: /m);
  });
});

describe('instances', () => {
  it('creates from an image with --wait, shows, lists, rebuilds, stops and deletes; the password stays out of sight', async () => {
    const imageId = await availableImage('cli-golden');
    const password = 'Cli(pass)123';
    const created = await imagecloud(['instances', 'create', '--image-id', imageId, '--spec', 'bcc.g4.c2m8', '--name', 'cli-web', '--wait', '--json'], {
      IMAGECLOUD_ADMIN_PASS: password,
    });
    expect(created.code).toBe(0);
    const [instanceId] = JSON.parse(created.stdout) as string[];
    expect(instanceId).toMatch(/^i-\w{8}$/);

    const shown = await imagecloud(['instances', 'get', instanceId!, '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: instanceId, name: 'cli-web', status: 'Running', imageId });
    const listed = await imagecloud(['instances', 'list', '--image-id', imageId]);
    expect(listed.stdout).toMatch(new RegExp(`^${instanceId}\\s+cli-web\\s+Running\\s+${imageId}`, 'm'));

    const other = await availableImage('cli-golden-2');
    const rebuilt = await imagecloud(['instances', 'rebuild', instanceId!, '--image-id', other, '--wait']);
    expect(rebuilt).toMatchObject({ code: 0, stdout: `rebuilding ${instanceId} from ${other}: Running\n` });
    expect((await client.getInstance(instanceId!)).instance.imageId).toBe(other);

    expect((await imagecloud(['instances', 'stop', instanceId!])).stdout).toBe(`stopping ${instanceId}\n`);
    await client.waitForInstance(instanceId!, { until: 'Stopped', pollIntervalMs: 10 });
    expect(await imagecloud(['instances', 'delete', instanceId!])).toMatchObject({ code: 0, stdout: `deleted ${instanceId}\n` });
    await expect(client.getInstance(instanceId!)).rejects.toMatchObject({ code: 'Instance.InstanceNotExist' });
    for (const run of [created, shown, listed, rebuilt]) expect(run.stdout + run.stderr).not.toContain(password);
  });

  it('refuses a create without a size, exit 2 with the usage', async () => {
    const run = await imagecloud(['instances', 'create', '--image-id', 'm-abcd1234']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give either --spec or --cpu with --memory-gb');
  });
});
