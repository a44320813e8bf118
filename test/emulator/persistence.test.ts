/** --data-dir: state survives a clean restart, a torn log tail, and a kill -9 loses no acknowledged write. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { admin, fixtureNamed } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { apiAs, type Api } from '../helpers/signed-request';

const tempDirs: string[] = [];
function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imagecloud-emulator-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const REGIONS = ['bj', 'gz', 'su', 'bd', 'fwh', 'hkg'];

/** Everything a caller can observe: each account's image list and shares in each region, plus fixtures. */
async function observe(emulator: RunningEmulator, accounts: Array<{ accessKeyId: string; secretAccessKey: string }>) {
  const out: Record<string, unknown> = { fixtures: await admin(emulator.url).fixtures() };
  for (const account of accounts) {
    for (const region of REGIONS) {
      const api = apiAs(emulator.url, account, region);
      const images = (await api('GET', '/v2/image')).json().images as Array<{ id: string; type: string }>;
      out[`${account.accessKeyId}/${region}`] = images;
      for (const image of images.filter((i) => i.type === 'Custom')) {
        out[`${account.accessKeyId}/${region}/${image.id}/sharedUsers`] = (await api('GET', `/v2/image/${image.id}/sharedUsers`)).json();
      }
    }
  }
  return out;
}

test('a clean restart restores every kind of state', async () => {
  const dir = dataDir();
  let emulator = await startTestEmulator({ dataDir: dir });
  const [dev, alice] = emulator.accounts as [RunningEmulator['accounts'][number], RunningEmulator['accounts'][number]];
  const api = apiAs(emulator.url, dev);
  const fixtures = await admin(emulator.url).fixtures({ accountId: dev.accountId, region: 'bj' });
  const instance = fixtureNamed(fixtures.instances, dev.accountId, 'bj', 'running-cds').id;
  const created = (await api('POST', '/v2/image', { query: { clientToken: 'restart-1' }, body: { imageName: 'kept', instanceId: instance } })).json().imageId;
  await api('PUT', `/v2/image/${created}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'k', tagValue: 'v' }] } });
  await api('PUT', '/v2/image/rename', { body: { name: 'renamed', imageId: created } });
  await api('POST', `/v2/image/${created}`, { query: [['share', '']], body: { account: 'alice' } });
  await admin(emulator.url).setDelays({ copyDelayMs: 60_000 });
  await api('POST', `/v2/image/${created}`, { query: [['remoteCopy', '']], body: { destRegion: ['gz'] } });
  const task = (await api('POST', `/v2/image/${created}`, { query: [['export', '']], body: { bosUrl: 'bos://bucket', format: 'qcow2' } })).json().taskId;
  const added = await admin(emulator.url).createAccount('persisted');
  const before = await observe(emulator, [dev, alice, added]);
  await emulator.close();

  emulator = await startTestEmulator({ dataDir: dir, copyDelayMs: 0 });
  try {
    const after = await observe(emulator, [dev, alice, added]);
    expect(after).toEqual(before);
    const again = apiAs(emulator.url, dev);
    expect((await again('GET', `/v2/image/task/${task}`)).json().task.status).toBe('Succeeded');
    // The idempotency record survived too.
    const retry = await again('POST', '/v2/image', { query: { clientToken: 'restart-1' }, body: { imageName: 'kept', instanceId: instance } });
    expect(retry.json().imageId).toBe(created);
    expect((await again('POST', '/v2/image', { query: { clientToken: 'restart-1' }, body: { imageName: 'other', instanceId: instance } })).status).toBe(409);
  } finally {
    await emulator.close();
  }
});

test('a torn final log line (crash mid-append) is ignored', async () => {
  const dir = dataDir();
  let emulator = await startTestEmulator({ dataDir: dir });
  const dev = emulator.accounts[0]!;
  const fixtures = await admin(emulator.url).fixtures({ accountId: dev.accountId, region: 'bj' });
  const instance = fixtureNamed(fixtures.instances, dev.accountId, 'bj', 'running-cds').id;
  const id = (await apiAs(emulator.url, dev)('POST', '/v2/image', { body: { imageName: 'kept', instanceId: instance } })).json().imageId;
  await emulator.close();
  fs.appendFileSync(path.join(dir, 'wal.jsonl'), '[{"op":"put","kind":"image","value":{"id":"m-torn');
  emulator = await startTestEmulator({ dataDir: dir });
  try {
    expect((await apiAs(emulator.url, dev)('GET', `/v2/image/${id}`)).status).toBe(200);
  } finally {
    await emulator.close();
  }
});

/** Runs the CLI command in a child process (through tsx, as bin/imagecloud.js does) and resolves with its URL. */
function startChild(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const script = "require('tsx/cjs/api').register(); require('./src/cli/emulator-command.ts').runEmulatorCommand(process.argv.slice(1)).then((code) => process.exit(code))";
  const child = spawn(process.execPath, ['-e', script, '--', '--port', '0', '--data-dir', dir], {
    cwd: path.resolve(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`emulator child exited with ${code} before listening: ${out}`)));
  });
}

test('kill -9 while writes are in flight loses no acknowledged write', async () => {
  const dir = dataDir();
  const { child, url } = await startChild(dir);
  const dev = { accessKeyId: 'AKDEV00000000000000000000000000001', secretAccessKey: 'SKDEV00000000000000000000000000001' };
  const fixtures = await admin(url).fixtures({ accountId: 'd0000000000000000000000000000001' });
  const acknowledged: Array<{ region: string; imageId: string; tag: string }> = [];
  let killed = false;

  async function writer(region: string, api: Api): Promise<void> {
    const instance = fixtureNamed(fixtures.instances, 'd0000000000000000000000000000001', region, 'running-cds').id;
    for (let i = 0; i < 20 && !killed; i++) {
      try {
        const created = await api('POST', '/v2/image', { query: { clientToken: `kill-${region}-${i}` }, body: { imageName: `k${i}`, instanceId: instance } });
        if (created.status !== 200) throw new Error(created.text);
        const imageId = created.json().imageId as string;
        const tag = `t${i}`;
        const tagged = await api('PUT', `/v2/image/${imageId}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'n', tagValue: tag }] } });
        acknowledged.push({ region, imageId, tag: tagged.status === 200 ? tag : '' });
      } catch (error) {
        if (!killed) throw error;
      }
    }
  }

  const writers = REGIONS.map((region) => writer(region, apiAs(url, dev, region)));
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (acknowledged.length >= 30) {
        clearInterval(poll);
        resolve();
      }
    }, 2);
  });
  killed = true;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await Promise.all([...writers, exited]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(30);

  const restarted = await startTestEmulator({ dataDir: dir });
  try {
    for (const { region, imageId, tag } of acknowledged) {
      const r = await apiAs(restarted.url, dev, region)('GET', `/v2/image/${imageId}`);
      expect(r.status).toBe(200);
      if (tag) expect(r.json().image.tags).toEqual([{ tagKey: 'n', tagValue: tag }]);
    }
  } finally {
    await restarted.close();
  }
});

test('compaction folds the log into the snapshot and loses nothing', async () => {
  const dir = dataDir();
  let emulator = await startTestEmulator({ dataDir: dir, compactEvery: 5 });
  const dev = emulator.accounts[0]!;
  const api = apiAs(emulator.url, dev);
  const fixtures = await admin(emulator.url).fixtures({ accountId: dev.accountId, region: 'bj' });
  const instance = fixtureNamed(fixtures.instances, dev.accountId, 'bj', 'running-cds').id;
  const snapshotPath = path.join(dir, 'snapshot.json');
  const firstSnapshot = fs.readFileSync(snapshotPath, 'utf8');
  for (let i = 0; i < 12; i++) {
    const created = await api('POST', '/v2/image', { body: { imageName: `c${i}`, instanceId: instance } });
    expect(created.status).toBe(200);
  }
  // 12 writes with a compaction every 5 lines: two compactions, two lines left in the log.
  expect(fs.readFileSync(path.join(dir, 'wal.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  expect(fs.readFileSync(snapshotPath, 'utf8')).not.toBe(firstSnapshot);
  const before = await observe(emulator, [dev]);
  await emulator.close();

  emulator = await startTestEmulator({ dataDir: dir });
  try {
    expect(await observe(emulator, [dev])).toEqual(before);
  } finally {
    await emulator.close();
  }
});

test('a data dir serves one emulator at a time; a killed holder\'s lock is taken over', async () => {
  const dir = dataDir();
  const first = await startTestEmulator({ dataDir: dir });
  try {
    await expect(startTestEmulator({ dataDir: dir })).rejects.toThrow(`data dir ${dir} is in use by another emulator (pid ${process.pid})`);
    const cli = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'imagecloud.js'), 'emulator', '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('exit', (code) => resolve({ code, stderr }));
    });
    expect(cli).toEqual({ code: 1, stderr: `imagecloud emulator: data dir ${dir} is in use by another emulator (pid ${process.pid}); stop it or choose another --data-dir\n` });
  } finally {
    await first.close();
  }

  // A holder killed with -9 leaves its lock behind: a dead pid does not hold the directory.
  const { child } = await startChild(dir);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  expect(fs.existsSync(path.join(dir, 'LOCK'))).toBe(true);
  const next = await startTestEmulator({ dataDir: dir });
  await next.close();
  expect(fs.existsSync(path.join(dir, 'LOCK'))).toBe(false);
});

test('a log write cut short (file size limit) fails that request with a retryable 500 and loses no acknowledged write', async () => {
  const dir = dataDir();
  // The seeded snapshot (~220 KB) fits under the limit; the log then fills up to it.
  const script = "require('tsx/cjs/api').register(); require('./src/cli/emulator-command.ts').runEmulatorCommand(process.argv.slice(1)).then((code) => process.exit(code))";
  const shell = `trap '' XFSZ; ulimit -f 300; exec "${process.execPath}" -e "$0" -- --port 0 --data-dir "$1"`;
  const child = spawn('bash', ['-c', shell, script, dir], { cwd: path.resolve(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${stderr}`)));
  });
  const dev = { accessKeyId: 'AKDEV00000000000000000000000000001', secretAccessKey: 'SKDEV00000000000000000000000000001' };
  const api = apiAs(url, dev);
  const fixtures = await admin(url).fixtures({ accountId: 'd0000000000000000000000000000001' });
  const instanceId = fixtureNamed(fixtures.instances, 'd0000000000000000000000000000001', 'bj', 'running-cds').id;
  const imageId = (await api('POST', '/v2/image', { body: { imageName: 'full-disk', instanceId } })).json().imageId as string;
  let acknowledged = '';
  let failure: Awaited<ReturnType<Api>> | undefined;
  for (let i = 0; i < 2000 && !failure; i++) {
    const r = await api('PUT', `/v2/image/${imageId}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'n', tagValue: `v${i}-${'x'.repeat(30)}` }] } });
    if (r.status === 200) acknowledged = `v${i}-${'x'.repeat(30)}`;
    else failure = r;
  }
  expect(failure).toBeDefined();
  expect({ status: failure!.status, code: failure!.json().code, retryAfter: failure!.headers['retry-after'] }).toEqual({ status: 500, code: 'InternalError', retryAfter: '1' });
  expect(failure!.json().message).not.toMatch(/at \w|EFBIG|\//);
  // The refused change was undone in memory too.
  expect((await api('GET', `/v2/image/${imageId}`)).json().image.tags).toEqual([{ tagKey: 'n', tagValue: acknowledged }]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;

  const restarted = await startTestEmulator({ dataDir: dir });
  try {
    const image = (await apiAs(restarted.url, dev)('GET', `/v2/image/${imageId}`)).json().image;
    expect(image.tags).toEqual([{ tagKey: 'n', tagValue: acknowledged }]);
  } finally {
    await restarted.close();
  }
}, 60_000);

test('state written before snapshots and specialVersion existed loads with their neutral values', async () => {
  const dir = dataDir();
  let emulator = await startTestEmulator({ dataDir: dir });
  const dev = emulator.accounts[0]!;
  const api = apiAs(emulator.url, dev);
  const instance = fixtureNamed((await admin(emulator.url).fixtures({ accountId: dev.accountId, region: 'bj' })).instances, dev.accountId, 'bj', 'running-cds').id;
  const imageId = (await api('POST', '/v2/image', { body: { imageName: 'old', instanceId: instance } })).json().imageId;
  await emulator.close();

  // What an earlier version wrote: the same records without the fields added since.
  const strip = (record: Record<string, unknown>, kind: string) => {
    if (kind === 'image') delete record['snapshots'];
    if (kind === 'instance' || kind === 'snapshot') delete record['specialVersion'];
  };
  const snapshotPath = path.join(dir, 'snapshot.json');
  const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as { records: Record<string, Array<Record<string, unknown>>> };
  for (const [kind, records] of Object.entries(snapshot.records)) for (const record of records) strip(record, kind);
  fs.writeFileSync(snapshotPath, JSON.stringify(snapshot));
  const walPath = path.join(dir, 'wal.jsonl');
  const lines = fs.readFileSync(walPath, 'utf8').split('\n').filter(Boolean).map((line) => {
    const entries = JSON.parse(line) as Array<{ op: string; kind: string; value?: Record<string, unknown> }>;
    for (const entry of entries) if (entry.value) strip(entry.value, entry.kind);
    return JSON.stringify(entries);
  });
  fs.writeFileSync(walPath, lines.map((line) => `${line}\n`).join(''));

  emulator = await startTestEmulator({ dataDir: dir });
  try {
    const again = apiAs(emulator.url, dev);
    const image = await again('GET', `/v2/image/${imageId}`);
    expect(image.status).toBe(200);
    expect(image.json().image).toMatchObject({ name: 'old', snapshots: [] });
    expect((await again('GET', '/v2/image', { query: { imageType: 'System' } })).json().images[0].snapshots).toEqual([]);
    const os = await again('POST', '/v2/image/os', { body: { instanceIds: [instance] } });
    expect(os.json().osInfo[0].specialVersion).toBe('');
  } finally {
    await emulator.close();
  }
});
