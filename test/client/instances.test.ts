/** The client's instance methods and waiters against the emulator: create a batch, wait, list, rebuild, stop, start, delete, typed errors. */
import { ImageClient, InstanceNotFoundError, InstanceQuotaExceededError, RequestValidationError, StatusForbiddenError } from '../../src/client';
import { INSTANCE_LIMITS } from '../../src/api/instance-schemas';
import { admin } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, fixturesOf, newAccount, recordingDispatcher, type TestAccount } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

let account: TestAccount;
let client: ImageClient;
let imageId: string;
beforeEach(async () => {
  account = await newAccount(emulator);
  client = clientFor(emulator, account);
  const { instance } = await fixturesOf(emulator, account);
  ({ imageId } = await client.createImageFromInstance(instance('running-cds').id, 'golden'));
  await client.waitForImage(imageId, { pollIntervalMs: 5 });
});
afterEach(async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 0 });
  await client.close();
});

const fast = { pollIntervalMs: 10, maxPollIntervalMs: 40 };

it('creates a batch, waits for it to run, and lists it by image across pages', async () => {
  await admin(emulator.url).setDelays({ createDelayMs: 200 });
  const { instanceIds } = await client.createInstance({ imageId, spec: 'bcc.g4.c2m8', purchaseCount: 3, name: 'web' });
  expect(instanceIds).toHaveLength(3);
  const seen: string[] = [];
  const running = await client.waitForInstance(instanceIds[0]!, { ...fast, onProgress: (i) => seen.push(i.status) });
  expect(running).toMatchObject({ status: 'Running', imageId, cpuCount: 2, memoryCapacityInGB: 8 });
  expect(seen[0]).toBe('Starting');
  const listed: string[] = [];
  for await (const instance of client.listInstances({ imageId, maxKeys: 2 })) listed.push(instance.id);
  expect(listed.sort()).toEqual([...instanceIds].sort());
});

it('rebuilds from another image, stops, starts and deletes', async () => {
  const [instanceId] = (await client.createInstance({ imageId, cpuCount: 2, memoryCapacityInGB: 4 })).instanceIds as [string];
  await client.waitForInstance(instanceId, fast);
  const system = (await client.listImagesPage({ imageType: 'System', maxKeys: 1 })).images[0]!;
  await client.rebuildInstance(instanceId, { imageId: system.id });
  const rebuilt = await client.waitForInstance(instanceId, fast);
  expect(rebuilt).toMatchObject({ imageId: system.id, osName: system.osName });

  await client.stopInstance(instanceId);
  expect((await client.waitForInstance(instanceId, { ...fast, until: 'Stopped' })).status).toBe('Stopped');
  await client.startInstance(instanceId);
  await client.waitForInstance(instanceId, fast);
  await client.deleteInstance(instanceId);
  await client.waitForInstanceDeleted(instanceId, fast);
  await expect(client.getInstance(instanceId)).rejects.toBeInstanceOf(InstanceNotFoundError);
});

it('types the refusals: a missing instance, a status that forbids, the quota', async () => {
  await expect(client.getInstance('i-00000000')).rejects.toBeInstanceOf(InstanceNotFoundError);
  await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
  const [starting] = (await client.createInstance({ imageId, spec: 'bcc.g4.c2m8' })).instanceIds as [string];
  await expect(client.startInstance(starting)).rejects.toBeInstanceOf(StatusForbiddenError);
  // Fill the account's instances in the region (the seeded ones count), then one more is refused.
  let count = 0;
  for await (const _ of client.listInstances()) count++;
  for (let left = INSTANCE_LIMITS.instancesPerAccountPerRegion - count; left > 0; left -= INSTANCE_LIMITS.maxPurchaseCount) {
    await client.createInstance({ imageId, spec: 'bcc.g4.c2m8', purchaseCount: Math.min(left, INSTANCE_LIMITS.maxPurchaseCount) });
  }
  await expect(client.createInstance({ imageId, spec: 'bcc.g4.c2m8' })).rejects.toBeInstanceOf(InstanceQuotaExceededError);
});

it('checks instance ids and requests before sending anything', async () => {
  const { dispatcher, sent } = recordingDispatcher();
  const checked = clientFor(emulator, account, { dispatcher });
  await expect(checked.getInstance('web-1')).rejects.toThrow(RequestValidationError);
  await expect(checked.createInstance({ imageId, spec: 'huge' })).rejects.toThrow(/spec: /);
  await expect(checked.createInstance({ imageId, spec: 'bcc.g4.c2m8', adminPass: 'short' })).rejects.toThrow(/adminPass: /);
  expect(sent).toHaveLength(0);
  await dispatcher.close();
});
