/** The emulator's timeScale: delays, latency and Retry-After shrink; answers stay the same. */
import { ImageClient } from '../../src/client';
import { parseEmulatorArgs } from '../../src/cli/emulator-command';
import { fixtureNamed, newTestAccount } from '../helpers/admin';
import { startTestEmulator } from '../helpers/emulator';
import { apiAs } from '../helpers/signed-request';

it('finishes an hour-long creation in well under a second at time scale 10000', async () => {
  const emulator = await startTestEmulator({ timeScale: 10_000, createDelayMs: 60 * 60_000 });
  const { account, fixtures } = await newTestAccount(emulator.url, 'scale');
  const client = new ImageClient({ region: 'bj', endpoint: emulator.endpointTemplate, credentials: account });
  try {
    const { imageId } = await client.createImageFromInstance(fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id, 'scaled');
    const { image } = await client.getImage(imageId);
    expect(image.status).toBe('Creating');
    const started = Date.now();
    await client.waitForImage(imageId, { pollIntervalMs: 20, maxPollIntervalMs: 20 });
    expect(Date.now() - started).toBeLessThan(2_000);
  } finally {
    await client.close();
    await emulator.close();
  }
});

it('divides the Retry-After of injected throttling by the scale, in whole seconds', async () => {
  const emulator = await startTestEmulator({ timeScale: 10, faults: { errorRate: { '429': 1 }, retryAfterSeconds: 25 } });
  const { account } = await newTestAccount(emulator.url, 'scale');
  try {
    const answer = await apiAs(emulator.url, account)('GET', '/v2/image');
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe('2');
  } finally {
    await emulator.close();
  }
});

it('takes --time-scale on the command line and refuses a scale below 1', () => {
  expect(parseEmulatorArgs(['--time-scale', '300'])).toMatchObject({ timeScale: 300 });
  expect(() => parseEmulatorArgs(['--time-scale', '0.5'])).toThrow('--time-scale: expected a number from 1 to 1000000, got 0.5');
});
