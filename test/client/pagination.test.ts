/** listImages follows nextMarker over 2,500+ images; the page call exposes the markers. */
import { admin } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, newAccount, recordingDispatcher } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

it('iterates over every page of 2,500 images', async () => {
  const { imageIds } = await admin(emulator.url).bulkPublicImages('hkg', 2_500, 'bulk');
  const account = await newAccount(emulator);
  const { dispatcher, sent } = recordingDispatcher();
  const client = clientFor(emulator, account, { dispatcher, region: 'hkg' });

  const first = await client.listImagesPage({ imageType: 'System' });
  expect(first.images).toHaveLength(1000);
  expect(first.isTruncated).toBe(true);
  expect(first.nextMarker).toBeDefined();

  sent.length = 0;
  const seen: string[] = [];
  for await (const image of client.listImages({ imageType: 'System' })) seen.push(image.id);
  expect(sent).toHaveLength(3);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toEqual([...seen].sort());
  const seenIds = new Set(seen);
  expect(imageIds.filter((id) => !seenIds.has(id))).toEqual([]);

  const small: string[] = [];
  for await (const image of client.listImages({ imageType: 'System', maxKeys: 900 })) small.push(image.id);
  expect(small).toEqual(seen);
  await dispatcher.close();
});

it('stops early when the caller breaks out', async () => {
  const account = await newAccount(emulator);
  const { dispatcher, sent } = recordingDispatcher();
  const client = clientFor(emulator, account, { dispatcher });
  let n = 0;
  for await (const image of client.listImages({ maxKeys: 4 })) {
    expect(image.id).toMatch(/^m-/);
    if (++n === 6) break;
  }
  expect(sent).toHaveLength(2);
  await dispatcher.close();
});
