/** Waiters against the emulator with real delays: success, failure reason, timeout, abort, copy cancel. */
import {
  AbortedError,
  CopyTimeoutError,
  ImageClient,
  ImageNotFoundError,
  TimeoutError,
  WaiterFailedError,
  WaiterTimeoutError,
  type Image,
} from '../../src/client';
import { admin } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, fixturesOf, newAccount, type TestAccount } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

let account: TestAccount;
let client: ImageClient;
let snapshotId: string;
beforeEach(async () => {
  account = await newAccount(emulator);
  client = clientFor(emulator, account);
  snapshotId = (await fixturesOf(emulator, account)).snapshot('system-available').id;
});
afterEach(async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 0, copyDelayMs: 0, exportDelayMs: 0 });
  await client.close();
});

const fast = { pollIntervalMs: 10, maxPollIntervalMs: 40 };

it('waits for Available, reporting progress on the way', async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 300 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'slow');
  const seen: Image[] = [];
  const image = await client.waitForImage(imageId, { ...fast, onProgress: (i) => seen.push(i) });
  expect(image.status).toBe('Available');
  expect(seen[0]!.status).toBe('Creating');
  expect(seen.at(-1)!.status).toBe('Available');
});

it('polls through the readImage it is given, not getImage', async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 200 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'read-elsewhere');
  const reads: string[] = [];
  const listed = async (id: string) => {
    reads.push(id);
    for await (const image of client.listImages({ imageType: 'Custom' })) if (image.id === id) return image;
    throw new Error(`${id} not listed`);
  };
  const image = await client.waitForImage(imageId, { ...fast, readImage: listed });
  expect(image).toMatchObject({ id: imageId, status: 'Available' });
  expect(reads.length).toBeGreaterThan(1);
  expect(new Set(reads)).toEqual(new Set([imageId]));
  const { requests } = await admin(emulator.url).requests(200);
  expect(requests.filter((r) => r.accountId === account.id && r.operation === 'getImage')).toEqual([]);
});

it('fails fast with the server reason when creation fails', async () => {
  const { id } = await admin(emulator.url).createInstance({ accountId: account.id, region: 'bj', failImageCreation: 'disk read error at sector 7' });
  await admin(emulator.url).setDelays({ createDelayMs: 100 });
  const { imageId } = await client.createImageFromInstance(id, 'doomed');
  const started = performance.now();
  const error = await client.waitForImage(imageId, { ...fast, timeoutMs: 30_000 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WaiterFailedError);
  expect(error).toMatchObject({ code: 'Client.WaiterFailed', resourceId: imageId, failReason: 'disk read error at sector 7' });
  expect(['CreateFailed', 'CreatedFailed', 'Error']).toContain((error as WaiterFailedError).resourceStatus);
  expect(performance.now() - started).toBeLessThan(2_000);
});

it('times out', async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'never');
  const started = performance.now();
  const error = await client.waitForImage(imageId, { ...fast, timeoutMs: 250 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect(error).toMatchObject({ code: 'Client.Timeout', timeoutMs: 250 });
  expect(performance.now() - started).toBeLessThan(1_000);
});

it('stops when aborted', async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'never');
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error('user pressed ctrl-c')), 150);
  const error = await client.waitForImage(imageId, { ...fast, signal: controller.signal }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AbortedError);
  expect((error as AbortedError).cause).toEqual(new Error('user pressed ctrl-c'));
});

it('follows a copy in its destination region', async () => {
  await admin(emulator.url).setDelays({ copyDelayMs: 300 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'src');
  await client.waitForImage(imageId, fast);
  const { result } = await client.remoteCopyImage(imageId, { destRegion: ['su'] });
  const seen: Image[] = [];
  const copy = await client.waitForCopy('su', result[0]!.imageId, { ...fast, onProgress: (i) => seen.push(i) });
  expect(copy).toMatchObject({ id: result[0]!.imageId, region: 'su', status: 'Available', copying: false });
  expect(seen[0]).toMatchObject({ status: 'Creating', copying: true });
});

it('cancels a copy on timeout when asked, and says so', async () => {
  await admin(emulator.url).setDelays({ copyDelayMs: 600_000 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'src');
  await client.waitForImage(imageId, fast);
  const { result } = await client.remoteCopyImage(imageId, { destRegion: ['gz', 'su'] });
  const [gz, su] = result;

  const cancelled = await client.waitForCopy('gz', gz!.imageId, { ...fast, timeoutMs: 200, cancelOnTimeout: true }).catch((e: unknown) => e);
  expect(cancelled).toBeInstanceOf(CopyTimeoutError);
  expect(cancelled).toMatchObject({ code: 'Client.Timeout', region: 'gz', imageId: gz!.imageId, cancelled: true });
  await expect(client.withRegion('gz').getImage(gz!.imageId)).rejects.toBeInstanceOf(ImageNotFoundError);

  const kept = await client.waitForCopy('su', su!.imageId, { ...fast, timeoutMs: 200 }).catch((e: unknown) => e);
  expect(kept).toMatchObject({ cancelled: false });
  expect((await client.withRegion('su').getImage(su!.imageId)).image.copying).toBe(true);
});

it('slow requests inside a copy wait neither end the wait nor cancel the copy', async () => {
  await admin(emulator.url).setDelays({ copyDelayMs: 600_000 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'src');
  await client.waitForImage(imageId, fast);
  const { result } = await client.remoteCopyImage(imageId, { destRegion: ['gz'] });
  const copyId = result[0]!.imageId;
  const impatient = clientFor(emulator, account, { timeoutMs: 300, retry: { maxAttempts: 1 } });
  await admin(emulator.url).setFaults({ latencyMs: 1500 });
  let outcome: unknown;
  try {
    outcome = await impatient
      .waitForCopy('gz', copyId, { ...fast, timeoutMs: 60_000, cancelOnTimeout: true, signal: AbortSignal.timeout(2_500) })
      .catch((e: unknown) => e);
  } finally {
    await admin(emulator.url).setFaults({});
    await impatient.close();
  }
  // Only the caller's signal ended the wait; it says what was failing until then.
  expect(outcome).toBeInstanceOf(AbortedError);
  expect((outcome as AbortedError).lastFailure).toBeInstanceOf(TimeoutError);
  expect((outcome as AbortedError).message).toMatch(/last attempt had failed: Client\.Timeout/);
  expect((await client.withRegion('gz').getImage(copyId)).image).toMatchObject({ status: 'Creating', copying: true });
});

it('keeps waiting through status reads that fail, and at its deadline names the last failure', async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 400 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'flaky');
  const impatient = clientFor(emulator, account, { retry: { maxAttempts: 1 } });
  const statuses: Array<number | undefined> = [];
  const watched = clientFor(emulator, account, { retry: { maxAttempts: 1 }, onRequest: (e) => statuses.push(e.status) });
  try {
    await admin(emulator.url).setFaults({ errorRate: { '503': 0.5 }, retryAfterSeconds: 0 });
    const image = await watched.waitForImage(imageId, fast);
    expect(image.status).toBe('Available');
    await admin(emulator.url).setFaults({ errorRate: { '503': 1 }, retryAfterSeconds: 0 });
    const late = await impatient.waitForImage(imageId, { ...fast, timeoutMs: 400 }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(WaiterTimeoutError);
    expect((late as WaiterTimeoutError).message).toMatch(/not done within 400 ms; the last status read failed: ServiceUnavailable: injected fault/);
  } finally {
    await admin(emulator.url).setFaults({});
    await impatient.close();
    await watched.close();
  }
  // With one attempt per read, the wait went on through failed reads.
  expect(statuses).toContain(503);
});

it('waits for an export task', async () => {
  await admin(emulator.url).setDelays({ exportDelayMs: 200 });
  const { imageId } = await client.createImageFromSnapshot(snapshotId, 'src');
  await client.waitForImage(imageId, fast);
  const { taskId } = await client.exportImage(imageId, { bosUrl: 'bos://bucket-1/x', format: 'vhd' });
  const progress: string[] = [];
  const task = await client.waitForExportTask(taskId, { ...fast, onProgress: (t) => progress.push(t.status) });
  expect(task.status).toBe('Succeeded');
  expect(progress[0]).toBe('Running');
});
