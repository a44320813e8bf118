/**
 * The endpoint forms the client takes, against the emulator's addressing:
 * a template with `{region}` in the host (`http://{region}.localhost:PORT`,
 * which the client connects to loopback whatever the resolver knows), a
 * path-prefix template, a plain endpoint for the client's own region, and
 * per-region URLs (the emulator's region ports).
 */
import { ImageClient } from '../../src/client';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { newAccount, type TestAccount } from './support';

let emulator: RunningEmulator;
let account: TestAccount;
beforeAll(async () => {
  emulator = await startTestEmulator({ regionPorts: { gz: 0, su: 0 } });
  account = await newAccount(emulator);
});
afterAll(() => emulator.close());

function clientWith(endpoint: string, endpoints?: Record<string, string>, region = 'bj'): ImageClient {
  return new ImageClient({
    region,
    endpoint,
    ...(endpoints ? { endpoints } : {}),
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey },
  });
}

/** The regions of the images a client lists: each must be the region it addressed. */
async function regionsSeen(client: ImageClient): Promise<string[]> {
  const { images } = await client.listImagesPage({ maxKeys: 3 });
  return [...new Set(images.map((image) => image.region))];
}

it('addresses regions by host name, {region}.localhost resolved to loopback by the client', async () => {
  const client = clientWith(`http://{region}.localhost:${emulator.port}`);
  try {
    expect(await regionsSeen(client)).toEqual(['bj']);
    expect(await regionsSeen(client.withRegion('gz'))).toEqual(['gz']);
    expect(client.toJSON().endpoint).toBe(`http://bj.localhost:${emulator.port}`);
  } finally {
    await client.close();
  }
});

it('takes the path-prefix template, a plain endpoint for its own region, and per-region URLs', async () => {
  const gzPort = emulator.regionEndpoints.gz;
  expect(gzPort).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const client = clientWith(`http://localhost:${emulator.port}/region/bj`, { gz: emulator.regionEndpoints.gz, su: emulator.regionEndpoints.su });
  try {
    expect(await regionsSeen(client)).toEqual(['bj']);
    expect(await regionsSeen(client.withRegion('gz'))).toEqual(['gz']);
    expect(await regionsSeen(client.withRegion('su'))).toEqual(['su']);
    expect(() => client.withRegion('bd')).toThrow(
      `no endpoint for region bd: the endpoint "http://localhost:${emulator.port}/region/bj" is region bj's alone; give a template with {region} or endpoints.bd`,
    );
  } finally {
    await client.close();
  }
  const prefixed = clientWith(emulator.endpointTemplate, undefined, 'fwh');
  try {
    expect(await regionsSeen(prefixed)).toEqual(['fwh']);
  } finally {
    await prefixed.close();
  }
});

it('refuses an endpoint that is not a URL, naming the region', () => {
  expect(() => clientWith('bcc.{region}.example')).toThrow('invalid endpoint for region bj: "bcc.bj.example" is not a URL');
});
