/**
 * The commands that make the changes a user makes by hand (images create,
 * rename, modify, tag, copy cancel), run as a child process against a test
 * emulator: results, --help, usage errors (exit 2) and one-line API errors.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { ImageClient, ImageNotFoundError } from '../../src/client';
import { admin, fixtureNamed, type AdminAccount } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';

jest.setTimeout(120_000);

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
let instanceId: string;

beforeAll(async () => {
  // Copies take a minute, so one can be cancelled while in progress.
  emulator = await startTestEmulator({ copyDelayMs: 60_000 });
  account = await admin(emulator.url).createAccount('cli-editor');
  client = new ImageClient({
    region: 'bj',
    endpoint: emulator.endpointTemplate,
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey },
  });
  const fixtures = await admin(emulator.url).fixtures({ accountId: account.id, region: 'bj' });
  snapshotId = fixtureNamed(fixtures.snapshots, account.id, 'bj', 'system-available').id;
  instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
});

afterAll(async () => {
  await client.close();
  await emulator.close();
});

function imagecloud(args: string[]): Promise<Run> {
  const env = {
    PATH: process.env.PATH,
    IMAGECLOUD_ENDPOINT: emulator.endpointTemplate,
    BCE_ACCESS_KEY_ID: account.accessKeyId,
    BCE_SECRET_ACCESS_KEY: account.secretAccessKey,
  };
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/imagecloud.js', ...args], { cwd: ROOT, env: env as NodeJS.ProcessEnv }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function ok(args: string[]): Promise<string> {
  const run = await imagecloud(args);
  if (run.code !== 0) throw new Error(`imagecloud ${args.join(' ')} exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

describe('help', () => {
  it('answers --help for every new command, and list/csv --help name the tag filters', async () => {
    const commands = [['create'], ['rename'], ['modify'], ['tag'], ['copy', 'cancel']].map((command) => ['images', ...command, '--help']);
    const runs = await Promise.all(commands.map((args) => imagecloud(args)));
    runs.forEach((run, i) => {
      expect({ args: commands[i], code: run.code, usage: /^Usage: imagecloud images /.test(run.stdout) }).toEqual({ args: commands[i], code: 0, usage: true });
    });
    const overview = await ok(['images', '--help']);
    for (const command of ['create', 'rename', 'modify', 'tag', 'copy']) expect(overview).toMatch(new RegExp(`^  ${command} `, 'm'));
    for (const command of ['list', 'csv']) {
      const help = await ok(['images', command, '--help']);
      expect(help).toMatch(/--tag-key K +images carrying a tag with key K/);
      expect(help).toMatch(/--tag-value V +with --tag-key/);
    }
    expect(await ok(['images', 'copy', '--help'])).toContain('imagecloud images copy cancel DEST_IMAGE_ID --region DEST_REGION');
  });
});

describe('usage errors exit 2 with one error line and the usage', () => {
  it.each([
    [['images', 'create', '--snapshot-id', 's-AbCd1234'], '--name is required'],
    [['images', 'create', '--name', 'x', '--snapshot-id', 's-AbCd1234', '--instance-id', 'i-AbCd1234'], 'name the source: --instance-id or --snapshot-id, not both'],
    [['images', 'create', '--name', 'x', '--snapshot-id', 's-AbCd1234', '--full-instance'], '--full-instance and --data-disk-id need --instance-id'],
    [['images', 'create', '--name', 'x', '--snapshot-id', 's-AbCd1234', '--timeout', '5m'], '--timeout needs --wait'],
    [['images', 'rename', 'm-AbCd1234'], 'expected 2 argument(s), got 1'],
    [['images', 'modify', 'm-AbCd1234'], 'name at least one attribute to change'],
    [['images', 'modify', 'm-AbCd1234', '--sriov', 'yes'], '--sriov: expected true or false, got "yes"'],
    [['images', 'modify', 'm-AbCd1234', '--min-memory-mb', '1.5'], '--min-memory-mb: expected a whole number, got "1.5"'],
    [['images', 'tag', 'm-AbCd1234'], 'name tags to bind (KEY=VALUE) or to remove (--remove KEY)'],
    [['images', 'tag', 'm-AbCd1234', 'novalue'], 'expected KEY=VALUE, got "novalue"'],
    [['images', 'list', '--tag-value', 'prod'], '--tag-value needs --tag-key'],
    [['images', 'copy', 'cancel', 'm-AbCd1234'], '--region is required: the region the copy is made in'],
  ])('%j', async (args, message) => {
    const run = await imagecloud(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`error: ${message}`);
    expect(run.stderr).toContain('Usage: imagecloud images');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('changes', () => {
  let imageId: string;

  it('creates an image from a snapshot, waiting, and from an instance', async () => {
    const created = JSON.parse(await ok(['images', 'create', '--name', 'cli-made', '--snapshot-id', snapshotId, '--description', 'by hand', '--wait', '--json'])) as {
      id: string;
      name: string;
      status: string;
      desc: string;
    };
    expect(created).toMatchObject({ name: 'cli-made', status: 'Available', desc: 'by hand' });
    imageId = created.id;

    const fromInstance = (await ok(['images', 'create', '--name', 'from-vm', '--instance-id', instanceId])).trim();
    expect(fromInstance).toMatch(/^m-[A-Za-z0-9]{8}$/);
    expect((await client.getImage(fromInstance)).image.sourceId).toBe(instanceId);
  });

  it('renames and modifies', async () => {
    expect(await ok(['images', 'rename', imageId, 'cli-renamed'])).toBe(`renamed ${imageId} to cli-renamed\n`);
    await ok(['images', 'modify', imageId, '--min-memory-mb', '1024', '--max-memory-mb', '0', '--sriov', 'true', '--description', ''] );
    expect((await client.getImage(imageId)).image).toMatchObject({ name: 'cli-renamed', minMemoryMb: 1024, maxMemoryMb: 0, sriov: true, desc: '' });
  });

  it('binds and unbinds tags; list filters by them', async () => {
    expect(await ok(['images', 'tag', imageId, 'team=web', 'env=prod'])).toBe(`${imageId} tags: team=web, env=prod\n`);
    expect(await ok(['images', 'tag', imageId, 'env=dev', '--remove', 'team'])).toBe(`${imageId} tags: env=dev\n`);
    const listed = JSON.parse(await ok(['images', 'list', '--tag-key', 'env', '--tag-value', 'dev', '--json'])) as { id: string }[];
    expect(listed.map((image) => image.id)).toEqual([imageId]);
    const missing = await imagecloud(['images', 'tag', imageId, '--remove', 'nope']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`error: image ${imageId} has no tag nope\n`);
  });

  it('cancels a copy in progress in its own region', async () => {
    const started = await ok(['images', 'copy', imageId, '--to', 'gz']);
    const copyId = /gz\s+(m-[A-Za-z0-9]{8})\s+started/.exec(started)![1]!;
    expect(await ok(['images', 'copy', 'cancel', copyId, '--region', 'gz'])).toBe(`cancelled the copy ${copyId}\n`);
    await expect(client.withRegion('gz').getImage(copyId)).rejects.toBeInstanceOf(ImageNotFoundError);
  });

  it('prints an API refusal as one line, exit 1', async () => {
    const run = await imagecloud(['images', 'rename', 'm-00000000', 'x']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: Image\.ImageNotExist: [^\n]*\n$/);
  });
});
