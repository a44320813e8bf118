/**
 * The request pipeline under pressure, against the real emulator: validation
 * before sending, retries under injected faults without duplicates,
 * Retry-After, clock-skew correction, timeouts, aborts and credentials.
 */
import {
  AbortedError,
  ImageClient,
  ImageNotFoundError,
  MissingCredentialsError,
  NetworkError,
  RequestValidationError,
  ThrottledError,
  TimeoutError,
  type RequestEvent,
} from '../../src/client';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { admin } from '../helpers/admin';
import { clientFor, fixturesOf, newAccount, recordingDispatcher, type TestAccount } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  // Seeded: the fault draws, and so the assertions that faults really happened, are the same every run.
  emulator = await startTestEmulator({ faultSeed: 13 });
});
afterAll(() => emulator.close());

let account: TestAccount;
beforeEach(async () => {
  account = await newAccount(emulator);
});
afterEach(() => setFaults({}));

const setFaults = (faults: Parameters<ReturnType<typeof admin>['setFaults']>[0]) => admin(emulator.url).setFaults(faults);

async function customImageCount(client: ImageClient): Promise<number> {
  let count = 0;
  for await (const image of client.listImages({ imageType: 'Custom' })) if (image.type === 'Custom') count++;
  return count;
}

describe('validation before sending', () => {
  it('names the field and the rule, and sends nothing', async () => {
    const { dispatcher, sent } = recordingDispatcher();
    const client = clientFor(emulator, account, { dispatcher });
    const error = await client.createImage({ imageName: '9-starts-with-digit', instanceId: 'i-abcd1234' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).message).toMatch(/imageName: .*must start with a letter/);

    await expect(client.getImage('not-an-id')).rejects.toThrow(/imageId: .*m-/);
    await expect(client.listImagesPage({ maxKeys: 5000 })).rejects.toThrow(/maxKeys/);
    await expect(client.modifyImageAttributes('m-abcd1234', {})).rejects.toThrow(/at least 1/);
    await expect(client.deleteImage('m-abcd1234', { clientToken: 'has spaces' })).rejects.toThrow(/clientToken/);
    await expect(client.bindTags('m-abcd1234', { changeTags: [{ tagKey: 'k'.repeat(37), tagValue: '' }] })).rejects.toThrow(
      /changeTags\[0\]\.tagKey/,
    );
    expect(sent).toHaveLength(0);
    await dispatcher.close();
  });

  it('refuses to start without credentials, naming the variables', () => {
    const saved = { ...process.env };
    delete process.env.BCE_ACCESS_KEY_ID;
    delete process.env.BCE_SECRET_ACCESS_KEY;
    try {
      expect(() => new ImageClient({ region: 'bj' })).toThrow(MissingCredentialsError);
      expect(() => new ImageClient({ region: 'bj' })).toThrow(/BCE_ACCESS_KEY_ID/);
    } finally {
      process.env = saved;
    }
  });

  it('reads credentials from the environment', async () => {
    const saved = { ...process.env };
    process.env.BCE_ACCESS_KEY_ID = account.accessKeyId;
    process.env.BCE_SECRET_ACCESS_KEY = account.secretAccessKey;
    try {
      const client = new ImageClient({ region: 'bj', endpoint: emulator.endpointTemplate });
      expect((await client.listImagesPage({ maxKeys: 1 })).images).toHaveLength(1);
      await client.close();
    } finally {
      process.env = saved;
    }
  });
});

describe('retries', () => {
  it('survives errors and dropped answers without a duplicate image', async () => {
    const events: RequestEvent[] = [];
    const client = clientFor(emulator, account, { retry: { maxAttempts: 20, baseDelayMs: 1, maxDelayMs: 5 }, onRequest: (e) => events.push(e) });
    const { snapshot } = await fixturesOf(emulator, account);
    await setFaults({ errorRate: { '500': 0.2, '503': 0.2 }, dropRate: 0.3 });
    const created = await Promise.all(Array.from({ length: 10 }, (_, i) => client.createImageFromSnapshot(snapshot('system-available').id, `r${i}`)));
    await setFaults({});

    expect(new Set(created.map((c) => c.imageId)).size).toBe(10);
    expect(await customImageCount(client)).toBe(10);
    // The faults really happened: more attempts than calls, some without any answer.
    const creates = events.filter((e) => e.operation === 'createImage');
    expect(creates.length).toBeGreaterThan(10);
    expect(creates.some((e) => e.status === undefined)).toBe(true);
    expect(creates.some((e) => e.status === 500 || e.status === 503)).toBe(true);
    await client.close();
  });

  it('answers a repeated write with its first result when the answer was lost', async () => {
    const client = clientFor(emulator, account, { retry: { writeDeadlineMs: 300, baseDelayMs: 1, maxDelayMs: 20 } });
    const { snapshot } = await fixturesOf(emulator, account);
    await setFaults({ dropRate: 1 });
    const lost = await client.createImageFromSnapshot(snapshot('system-available').id, 'lost', {}, { clientToken: 'token-lost-1' }).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(NetworkError);
    // The error says the create may have been made, and with which token to learn it.
    expect(lost).toMatchObject({ clientToken: 'token-lost-1', outcomeUnknown: true });
    await setFaults({});
    const again = await client.createImageFromSnapshot(snapshot('system-available').id, 'lost', {}, { clientToken: 'token-lost-1' });
    expect(await customImageCount(client)).toBe(1);
    expect((await client.getImage(again.imageId)).image.name).toBe('lost');
    await client.close();
  });

  it('retries a write past maxAttempts until its deadline, with one token', async () => {
    const events: RequestEvent[] = [];
    const client = clientFor(emulator, account, { retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 5 }, onRequest: (e) => events.push(e) });
    const { snapshot } = await fixturesOf(emulator, account);
    await setFaults({ dropRate: 0.6 });
    const created = await Promise.all(Array.from({ length: 8 }, (_, i) => client.createImageFromSnapshot(snapshot('system-available').id, `w${i}`)));
    await setFaults({});
    expect(new Set(created.map((c) => c.imageId)).size).toBe(8);
    expect(await customImageCount(client)).toBe(8);
    const creates = events.filter((e) => e.operation === 'createImage');
    expect(creates.some((e) => e.attempt > 1)).toBe(true);
    // Every attempt of one call carries its call's token: eight calls, eight tokens.
    expect(new Set(creates.map((e) => new URL(e.url).searchParams.get('clientToken'))).size).toBe(8);
    await client.close();
  });

  it('marks a refused write as not applied, and carries its token', async () => {
    const client = clientFor(emulator, account);
    const refused = await client.createImageFromInstance('i-00000000', 'nowhere', {}, { clientToken: 'token-refused-1' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'Instance.InstanceNotExist', status: 404, clientToken: 'token-refused-1', outcomeUnknown: false });
    const read = await client.getImage('m-00000000').catch((e: unknown) => e);
    expect(read).toMatchObject({ clientToken: undefined, outcomeUnknown: false });
    await client.close();
  });

  it('does not retry an answer that is not transient', async () => {
    const events: RequestEvent[] = [];
    const client = clientFor(emulator, account, { onRequest: (e) => events.push(e) });
    await expect(client.getImage('m-00000000')).rejects.toBeInstanceOf(ImageNotFoundError);
    expect(events.map((e) => e.attempt)).toEqual([1]);
    await client.close();
  });

  it('gives up after maxAttempts and honours Retry-After between attempts', async () => {
    const events: Array<RequestEvent & { at: number }> = [];
    const client = clientFor(emulator, account, {
      retry: { maxAttempts: 2, throttleBaseDelayMs: 1 },
      onRequest: (e) => events.push({ ...e, at: performance.now() }),
    });
    await setFaults({ errorRate: { '429': 1 }, retryAfterSeconds: 1 });
    const error = await client.listImagesPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ code: 'Throttling', status: 429 });
    expect(events.map((e) => [e.attempt, e.status])).toEqual([[1, 429], [2, 429]]);
    const secondStarted = events[1]!.at - events[1]!.durationMs;
    expect(secondStarted - events[0]!.at).toBeGreaterThanOrEqual(950);
    await client.close();
  });

  it('times out an attempt, retries it, then reports the timeout', async () => {
    const events: RequestEvent[] = [];
    const client = clientFor(emulator, account, { timeoutMs: 150, retry: { maxAttempts: 2, baseDelayMs: 1 }, onRequest: (e) => events.push(e) });
    await setFaults({ latencyMs: 2500 });
    await expect(client.listImagesPage()).rejects.toBeInstanceOf(TimeoutError);
    expect(events.map((e) => e.error)).toEqual(['timeout', 'timeout']);
    // undici's timers have about one second of resolution: the attempt ends well before the answer would.
    for (const e of events) expect(e.durationMs).toBeLessThan(1_500);
    await client.close();
  });
});

describe('clock skew', () => {
  it('corrects from the server Date after RequestExpired and retries once', async () => {
    const events: RequestEvent[] = [];
    const client = clientFor(emulator, account, { clockOffsetMs: -2 * 3600_000, onRequest: (e) => events.push(e) });
    const page = await client.listImagesPage({ maxKeys: 1 });
    expect(page.images).toHaveLength(1);
    expect(events.map((e) => e.status)).toEqual([400, 200]);
    // The correction is kept: the next call (in another region too) goes through at once.
    await client.withRegion('gz').listImagesPage({ maxKeys: 1 });
    expect(events.map((e) => e.status)).toEqual([400, 200, 200]);
    await client.close();
  });
});

describe('abort', () => {
  it('cancels the request in flight', async () => {
    const client = clientFor(emulator, account);
    await setFaults({ latencyMs: 3000 });
    const started = performance.now();
    const error = await client.listImagesPage({}, { signal: AbortSignal.timeout(100) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(performance.now() - started).toBeLessThan(1000);
    await client.close();
  });

  it('cancels the backoff sleep', async () => {
    const client = clientFor(emulator, account, { retry: { maxAttempts: 3, maxDelayMs: 20_000 } });
    await setFaults({ errorRate: { '503': 1 }, retryAfterSeconds: 10 });
    const started = performance.now();
    const error = await client.listImagesPage({}, { signal: AbortSignal.timeout(300) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(performance.now() - started).toBeLessThan(2000);
    await client.close();
  });

  it('refuses to start with an aborted signal', async () => {
    const { dispatcher, sent } = recordingDispatcher();
    const client = clientFor(emulator, account, { dispatcher });
    await expect(client.getImage('m-abcd1234', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortedError);
    expect(sent).toHaveLength(0);
    await dispatcher.close();
  });
});
