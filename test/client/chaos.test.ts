/**
 * 100 creates at full quota (5 accounts x 20 images) while a fifth of the
 * answers are errors (500, 503, 429) and a fifth are lost after the write
 * was made. Every call ends with an image id or an error carrying its
 * clientToken; replaying the failed ones with their token afterwards finds
 * every image, so nothing is orphaned, and nothing is made twice (a second
 * image would have hit the quota).
 */
import { ImageApiError, QuotaExceededError, type ImageClient } from '../../src/client';
import { admin } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, fixturesOf, newAccount } from './support';

jest.setTimeout(120_000);

const ACCOUNTS = 5;
const QUOTA = 20;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ faultSeed: 11 });
});
afterAll(() => emulator.close());

interface Call {
  client: ImageClient;
  snapshotId: string;
  name: string;
  token: string;
  imageId?: string;
  error?: ImageApiError;
}

it('creates exactly one image per call: no duplicate, no orphan, every failure with its token', async () => {
  const calls: Call[] = [];
  const clients: ImageClient[] = [];
  for (let a = 0; a < ACCOUNTS; a++) {
    const account = await newAccount(emulator);
    // A short deadline, so that some calls do end without an answer.
    const client = clientFor(emulator, account, { retry: { writeDeadlineMs: 40, baseDelayMs: 5, maxDelayMs: 60 } });
    clients.push(client);
    const snapshotId = (await fixturesOf(emulator, account)).snapshot('system-available').id;
    for (let i = 0; i < QUOTA; i++) calls.push({ client, snapshotId, name: `chaos-${a}-${i}`, token: `chaos-${a}-${i}` });
  }

  await admin(emulator.url).setFaults({ errorRate: { '500': 0.08, '503': 0.06, '429': 0.06 }, dropRate: 0.2, retryAfterSeconds: 0 });
  try {
    await Promise.all(
      calls.map(async (call) => {
        try {
          call.imageId = (await call.client.createImageFromSnapshot(call.snapshotId, call.name, {}, { clientToken: call.token })).imageId;
        } catch (error) {
          call.error = error as ImageApiError;
        }
      }),
    );
  } finally {
    await admin(emulator.url).setFaults({});
  }

  const failed = calls.filter((call) => call.error !== undefined);
  for (const call of failed) {
    expect(call.error).toBeInstanceOf(ImageApiError);
    expect(call.error).not.toBeInstanceOf(QuotaExceededError);
    expect(call.error!.clientToken).toBe(call.token);
  }
  // The faults were real: some calls ran out of time without an answer.
  expect(failed.some((call) => call.error!.outcomeUnknown)).toBe(true);

  // A failed call's token learns what it did, without making anything new.
  for (const call of failed) {
    call.imageId = (await call.client.createImageFromSnapshot(call.snapshotId, call.name, {}, { clientToken: call.token })).imageId;
  }

  for (const client of clients) {
    const mine = calls.filter((call) => call.client === client);
    const remote: Array<{ id: string; name: string }> = [];
    for await (const image of client.listImages({ imageType: 'Custom' })) remote.push({ id: image.id, name: image.name });
    expect(remote.map((image) => image.id).sort()).toEqual(mine.map((call) => call.imageId).sort());
    expect(new Set(remote.map((image) => image.name)).size).toBe(QUOTA);
    await client.close();
  }
});
