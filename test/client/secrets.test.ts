/** A client never shows its secret key or session token: not printed, not serialised, not enumerable. */
import { inspect } from 'node:util';
import { ImageClient } from '../../src/client';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, newAccount } from './support';

const SECRET = 'SKsecret-that-must-never-show-0123456789';
const TOKEN = 'session-token-that-must-never-show-9876543210';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

function everyRendering(value: object): string[] {
  const names = [...Object.keys(value), ...Object.getOwnPropertyNames(value), ...Object.getOwnPropertySymbols(value).map(String)];
  return [
    inspect(value, { depth: Infinity, showHidden: true, customInspect: true }),
    inspect(value, { depth: Infinity, showHidden: true, customInspect: false, getters: true }),
    JSON.stringify(value),
    String(value),
    names.join(','),
    ...names.map((name) => inspect((value as Record<string | symbol, unknown>)[name], { depth: Infinity, showHidden: true, customInspect: false })),
  ];
}

test('inspect (also with showHidden and without custom inspect), JSON, String and property enumeration show neither the secret nor the token', () => {
  const client = new ImageClient({
    region: 'bj',
    endpoint: emulator.endpointTemplate,
    credentials: { accessKeyId: 'AKexample0000000000000000000000001', secretAccessKey: SECRET, sessionToken: TOKEN },
  });
  for (const c of [client, client.withRegion('gz')]) {
    for (const rendering of everyRendering(c)) {
      expect(rendering).not.toContain(SECRET);
      expect(rendering).not.toContain(TOKEN);
    }
  }
  expect(inspect(client)).toContain('bj');
});

test('a client whose credentials are hidden still signs its requests', async () => {
  const account = await newAccount(emulator);
  const client = clientFor(emulator, account);
  const page = await client.listImages({ imageType: 'System' }).next();
  expect(page.done).toBe(false);
  expect(inspect(client, { depth: Infinity, showHidden: true })).not.toContain(account.secretAccessKey);
});
