/** The wire contract: bce-auth-v1 verification, input errors, routing, idempotency, faults and the request log. */
import { connect } from 'node:net';
import { request } from 'undici';
import { sha256Hex } from '../../src/api/signer';
import { admin, fixtureNamed, newTestAccount } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { apiAs, signedRequest, type Api } from '../helpers/signed-request';
import type { RequestLogEntry } from '../../src/emulator';

let emulator: RunningEmulator;
let dev: RunningEmulator['accounts'][number];
let api: Api;
let instanceId: string;
beforeAll(async () => {
  emulator = await startTestEmulator();
  dev = emulator.accounts[0]!;
  api = apiAs(emulator.url, dev);
  instanceId = fixtureNamed((await admin(emulator.url).fixtures({ accountId: dev.accountId, region: 'bj' })).instances, dev.accountId, 'bj', 'running-cds').id;
});
afterAll(() => emulator.close());

const expectError = (r: { status: number; json(): any; headers: Record<string, unknown> }, status: number, code: string) => {
  expect({ status: r.status, code: r.json().code }).toEqual({ status, code });
  expect(r.json().requestId).toBe(r.headers['x-bce-request-id']);
  expect(r.headers['date']).toBeDefined();
};

describe('bce-auth-v1', () => {
  const createBody = () => ({ imageName: 'signed', instanceId });

  test('a correctly signed request passes; answers carry Date and x-bce-request-id', async () => {
    const r = await api('GET', '/v2/image', { query: { maxKeys: '1' } });
    expect(r.status).toBe(200);
    expect(r.headers['x-bce-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(String(r.headers['date'])).getTime()).not.toBeNaN();
  });

  test('missing or malformed Authorization: 400 InvalidHTTPAuthHeader', async () => {
    const none = await request(`${emulator.url}/region/bj/v2/image`);
    const r = { status: none.statusCode, headers: none.headers, text: await none.body.text() };
    expectError({ ...r, json: () => JSON.parse(r.text) }, 400, 'InvalidHTTPAuthHeader');
    const garbled = await api('GET', '/v2/image', { tamper: (req) => void (req.headers['authorization'] = 'bce-auth-v1/only/three') });
    expectError(garbled, 400, 'InvalidHTTPAuthHeader');
    const wrongVersion = await api('GET', '/v2/image', { tamper: (req) => void (req.headers['authorization'] = req.headers['authorization']!.replace('bce-auth-v1', 'bce-auth-v2')) });
    expectError(wrongVersion, 400, 'InvalidHTTPAuthHeader');
  });

  test('unknown access key: 403 InvalidAccessKeyId; wrong secret: 400 SignatureDoesNotMatch', async () => {
    expectError(await signedRequest(emulator.url, { accessKeyId: 'AKNOBODY', secretAccessKey: 'x' }, 'GET', '/v2/image'), 403, 'InvalidAccessKeyId');
    expectError(await signedRequest(emulator.url, { accessKeyId: dev.accessKeyId, secretAccessKey: 'wrong' }, 'GET', '/v2/image'), 400, 'SignatureDoesNotMatch');
  });

  test.each([
    ['path', (req: { path: string }) => void (req.path = '/v2/image/csv')],
    ['query value', (req: { query: Array<[string, string]> }) => void (req.query[0]![1] = '2')],
    ['added query parameter', (req: { query: Array<[string, string]> }) => void req.query.push(['imageType', 'System'])],
  ])('tampered %s: 400 SignatureDoesNotMatch', async (_what, tamper) => {
    expectError(await api('GET', '/v2/image', { query: { maxKeys: '1' }, tamper: tamper as never }), 400, 'SignatureDoesNotMatch');
  });

  test('tampered method: 400 SignatureDoesNotMatch', async () => {
    expectError(await api('GET', '/v2/image/m-00000000', { tamper: (req) => void (req.method = 'DELETE') }), 400, 'SignatureDoesNotMatch');
  });

  test('tampered signed header or region prefix: 400 SignatureDoesNotMatch', async () => {
    expectError(await api('GET', '/v2/image', { headers: { 'x-bce-date': '2024-01-01T00:00:00Z' }, tamper: (req) => void (req.headers['x-bce-date'] = '2024-01-02T00:00:00Z') }), 400, 'SignatureDoesNotMatch');
    // Signed for bj, sent to gz: the region prefix is part of the signed path.
    const signedForBj = await signedRequest(emulator.url, dev, 'GET', '/v2/image', {
      region: 'bj',
      tamper: (req) => void (req.path = '/../gz/v2/image'),
    });
    expect([400, 404]).toContain(signedForBj.status);
  });

  test('tampered body with its digest unchanged: 400 BadDigest; body digest not signed: 400 InvalidHTTPAuthHeader', async () => {
    const tampered = await api('POST', '/v2/image', { body: createBody(), tamper: (req) => void (req.body = JSON.stringify({ imageName: 'evil', instanceId })) });
    expectError(tampered, 400, 'BadDigest');
    expectError(await api('POST', '/v2/image', { body: createBody(), noBodyDigest: true }), 400, 'InvalidHTTPAuthHeader');
    const redigested = await api('POST', '/v2/image', {
      body: createBody(),
      tamper: (req) => {
        req.body = JSON.stringify({ imageName: 'evil', instanceId });
        req.headers['x-bce-content-sha256'] = sha256Hex(req.body);
      },
    });
    expectError(redigested, 400, 'SignatureDoesNotMatch');
  });

  test('host not signed: 400 InvalidHTTPAuthHeader; security token present but unsigned: 400', async () => {
    expectError(await api('GET', '/v2/image', { sign: { headersToSign: ['x-bce-date'] }, headers: { 'x-bce-date': 'now' } }), 400, 'InvalidHTTPAuthHeader');
    expectError(await api('GET', '/v2/image', { tamper: (req) => void (req.headers['x-bce-security-token'] = 'token') }), 400, 'InvalidHTTPAuthHeader');
  });

  test('expired and future timestamps: 400 RequestExpired; inside the window passes', async () => {
    const ago = (s: number) => new Date(Date.now() - s * 1000);
    expectError(await api('GET', '/v2/image', { sign: { timestamp: ago(1900), expirationSeconds: 1800 } }), 400, 'RequestExpired');
    expectError(await api('GET', '/v2/image', { sign: { timestamp: ago(120), expirationSeconds: 60 } }), 400, 'RequestExpired');
    expectError(await api('GET', '/v2/image', { sign: { timestamp: ago(-16 * 60) } }), 400, 'RequestExpired');
    expect((await api('GET', '/v2/image', { query: { maxKeys: '1' }, sign: { timestamp: ago(-5 * 60) } })).status).toBe(200);
    expect((await api('GET', '/v2/image', { query: { maxKeys: '1' }, sign: { timestamp: ago(1700), expirationSeconds: 1800 } })).status).toBe(200);
  });
});

describe('input errors are 4xx naming the field and the rule', () => {
  test('malformed JSON: 400 MalformedJSON', async () => {
    expectError(await api('POST', '/v2/image', { body: '{"imageName": ' }), 400, 'MalformedJSON');
  });

  test('wrong types, unknown and missing fields: 400 InappropriateJSON with field: rule', async () => {
    const wrongType = await api('POST', '/v2/image', { body: { imageName: 'ok', instanceId, relateCds: 'yes' } });
    expectError(wrongType, 400, 'InappropriateJSON');
    expect(wrongType.json().message).toBe('relateCds: must be boolean');
    const unknown = await api('POST', '/v2/image', { body: { imageName: 'ok', instanceId, colour: 'red' } });
    expect(unknown.json().message).toBe('colour: is not a known field');
    const missing = await api('POST', '/v2/image', { body: { instanceId } });
    expect(missing.json().message).toBe('imageName: is required');
    expectError(await api('POST', '/v2/image', { body: [1, 2] }), 400, 'InappropriateJSON');
    expectError(await api('POST', '/v2/image', { body: 'null' }), 400, 'InappropriateJSON');
    expectError(await api('POST', '/v2/image', { body: { imageName: 'ok', instanceId: 'not-an-id' } }), 400, 'InappropriateJSON');
  });

  test('a body nested past 32 levels: 400 naming the rule, with or without a clientToken, before anything recurses', async () => {
    const deep = (levels: number) => `{"imageName":"deep","instanceId":"${instanceId}","x":${'['.repeat(levels)}${']'.repeat(levels)}}`;
    for (const query of [{}, { clientToken: 'deep-nesting-token' }] as Array<Record<string, string>>) {
      // 3,200 levels overflowed the stack of the idempotency fingerprint before this rule.
      for (const levels of [40, 3200, 100_000]) {
        const r = await api('POST', '/v2/image', { query, body: deep(levels) });
        expectError(r, 400, 'InvalidParameter');
        expect(r.json().message).toBe('body: nested deeper than 32 levels of objects and arrays');
      }
    }
    // Brackets inside strings (also after an escaped quote) do not count.
    const inString = await api('POST', '/v2/image', { body: `{"imageName":"deep","instanceId":"${instanceId}","description":"\\"${'['.repeat(100)}"}` });
    expect(inString.status).toBe(200);
  });

  test('a query parameter given twice: 400 naming it, in either order (the signature cannot tell them apart)', async () => {
    for (const query of [[['clientToken', 'tokA'], ['clientToken', 'tokB']], [['clientToken', 'tokB'], ['clientToken', 'tokA']]] as Array<Array<[string, string]>>) {
      const r = await api('POST', '/v2/image', { query, body: { imageName: 'twice', instanceId } });
      expectError(r, 400, 'InvalidParameter');
      expect(r.json().message).toBe('query: clientToken is given 2 times; give each parameter once');
    }
    expect((await api('POST', '/v2/image', { query: { clientToken: 'tokA' }, body: { imageName: 'once', instanceId } })).status).toBe(200);
  });

  test('oversized body: 413 RequestEntityTooLarge', async () => {
    const big = JSON.stringify({ imageName: 'x', description: 'd'.repeat(1024 * 1024) });
    expectError(await api('POST', '/v2/image', { body: big }), 413, 'RequestEntityTooLarge');
    expect((await api('GET', '/v2/image', { query: { maxKeys: '1' } })).status).toBe(200);
  });

  test('a client that disconnects mid-body leaves no request hanging', async () => {
    const { port } = new URL(emulator.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /region/bj/v2/image HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"imageName":');
        setTimeout(() => socket.destroy(), 50);
      });
      socket.once('close', () => resolve());
      socket.once('error', reject);
    });
    // The handler settled: the request was logged as a client error (it is logged only once it ends).
    let entry: RequestLogEntry | undefined;
    for (let i = 0; i < 50 && !entry; i++) {
      entry = (await admin(emulator.url).requests(20)).requests.find((e) => e.method === 'POST' && e.code === 'InvalidHTTPRequest');
      if (!entry) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(entry).toMatchObject({ path: '/region/bj/v2/image', status: 400, code: 'InvalidHTTPRequest' });
  });

  test('unknown path 404 InvalidURI, unknown region 404, unknown action 400 InvalidHTTPRequest, wrong method 405', async () => {
    expectError(await api('GET', '/v2/volume'), 404, 'InvalidURI');
    expectError(await api('GET', '/v2/image', { region: 'mars' }), 404, 'InvalidURI');
    const outside = await request(`${emulator.url}/v2/image`);
    expect(outside.statusCode).toBe(404);
    expect(JSON.parse(await outside.body.text()).code).toBe('InvalidURI');
    expectError(await api('POST', '/v2/image/m-abcdefgh', { query: [['explode', '']], body: {} }), 400, 'InvalidHTTPRequest');
    expectError(await api('POST', '/v2/image/m-abcdefgh', { query: [['share', ''], ['unshare', '']], body: {} }), 400, 'InvalidHTTPRequest');
    expectError(await api('GET', '/v2/image/m-abcdefgh', { query: [['share', '']] }), 405, 'MethodNotAllowed');
    expectError(await api('DELETE', '/v2/image/rename'), 405, 'MethodNotAllowed');
    expectError(await api('GET', '/v2/image/m-00000000'), 404, 'Image.ImageNotExist');
    expectError(await api('GET', '/v2/image/task/task-0'), 404, 'Image.TaskNotExist');
    expectError(await api('POST', '/v2/image', { query: { clientToken: 'has space' }, body: { imageName: 'x', instanceId } }), 400, 'InvalidParameter');
  });
});

describe('idempotency', () => {
  test('same token and request: same answer, one image; different request: 409; errors are remembered', async () => {
    const { account, fixtures } = await newTestAccount(emulator.url, 'idem');
    const owner = apiAs(emulator.url, account);
    const instance = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
    const create = (token: string, body: unknown) => owner('POST', '/v2/image', { query: { clientToken: token }, body });
    const first = await create('token-1', { imageName: 'once', instanceId: instance });
    const retry = await create('token-1', { instanceId: instance, imageName: 'once' });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.text).toBe(first.text);
    const retries = await Promise.all(Array.from({ length: 10 }, () => create('token-1', { imageName: 'once', instanceId: instance })));
    expect(new Set(retries.map((r) => r.text))).toEqual(new Set([first.text]));
    const custom = (await owner('GET', '/v2/image', { query: { imageType: 'Custom' } })).json().images;
    expect(custom).toHaveLength(1);
    expectError(await create('token-1', { imageName: 'twice', instanceId: instance }), 409, 'IdempotentParameterMismatch');
    expect((await create('token-2', { imageName: 'twice', instanceId: instance })).status).toBe(200);

    const failed = await create('token-3', { imageName: 'x', instanceId: 'i-00000000' });
    expect(failed.status).toBe(404);
    expect((await create('token-3', { imageName: 'x', instanceId: 'i-00000000' })).text).toBe(failed.text);
    // Tokens are per account.
    expect((await apiAs(emulator.url, dev)('POST', '/v2/image', { query: { clientToken: 'token-1' }, body: { imageName: 'once', instanceId } })).status).toBe(200);
  });
});

describe('faults', () => {
  afterEach(() => admin(emulator.url).setFaults({}));

  test('error rates of 1: 500, 503 and 429 (with Retry-After), decided before handling: no state change', async () => {
    for (const [status, code] of [['500', 'InternalError'], ['503', 'ServiceUnavailable'], ['429', 'Throttling']] as const) {
      await admin(emulator.url).setFaults({ errorRate: { [status]: 1 }, retryAfterSeconds: 7 });
      const r = await api('POST', '/v2/image', { query: { clientToken: `fault-${status}` }, body: { imageName: 'faulty', instanceId } });
      expectError(r, Number(status), code);
      expect(r.headers['retry-after']).toBe(status === '500' ? undefined : '7');
    }
    await admin(emulator.url).setFaults({});
    const listed = (await api('GET', '/v2/image', { query: { imageName: 'faulty' } })).json().images;
    expect(listed).toEqual([]);
    // 5xx and 429 are not results: the token executes on retry.
    expect((await api('POST', '/v2/image', { query: { clientToken: 'fault-500' }, body: { imageName: 'faulty', instanceId } })).status).toBe(200);
  });

  test('drop rate 1: the connection is lost after the write; a clientToken retry returns it without a duplicate', async () => {
    const { account, fixtures } = await newTestAccount(emulator.url, 'drop');
    const owner = apiAs(emulator.url, account);
    const instance = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
    await admin(emulator.url).setFaults({ dropRate: 1 });
    await expect(owner('POST', '/v2/image', { query: { clientToken: 'dropped' }, body: { imageName: 'dropped', instanceId: instance } })).rejects.toThrow();
    await admin(emulator.url).setFaults({});
    const retry = await owner('POST', '/v2/image', { query: { clientToken: 'dropped' }, body: { imageName: 'dropped', instanceId: instance } });
    expect(retry.status).toBe(200);
    expect((await owner('GET', '/v2/image', { query: { imageType: 'Custom' } })).json().images.map((i: { id: string }) => i.id)).toEqual([retry.json().imageId]);
  });

  test('latency is added', async () => {
    await admin(emulator.url).setFaults({ latencyMs: 150 });
    const started = Date.now();
    await api('GET', '/v2/image', { query: { maxKeys: '1' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  test('invalid fault settings are refused', async () => {
    await expect(admin(emulator.url).setFaults({ dropRate: 2 })).rejects.toThrow(/400/);
  });
});

describe('request log', () => {
  test('structured entries with operation, account, status, code and latency; never secrets, signatures or bodies', async () => {
    const entries: RequestLogEntry[] = [];
    const logged = await startTestEmulator({ log: (e) => entries.push(e) });
    try {
      const a = logged.accounts[0]!;
      const call = apiAs(logged.url, a);
      await call('GET', '/v2/image', { query: { maxKeys: '1' } });
      await call('POST', '/v2/image', { query: { clientToken: 'visible-token' }, body: { imageName: 'secret-name', instanceId: 'i-00000000' } });
      await signedRequest(logged.url, { accessKeyId: a.accessKeyId, secretAccessKey: 'wrong' }, 'GET', '/v2/image');
      expect(entries.map((e) => [e.operation, e.status, e.code])).toEqual([
        ['listImages', 200, ''],
        ['createImage', 404, 'Instance.InstanceNotExist'],
        ['listImages', 400, 'SignatureDoesNotMatch'],
      ]);
      expect(entries[0]).toMatchObject({ method: 'GET', path: '/region/bj/v2/image', region: 'bj', accountId: a.accountId });
      expect(typeof entries[0]!.latencyMs).toBe('number');
      const ring = (await admin(logged.url).requests(10)).requests;
      expect(ring).toEqual(entries.slice(0, 3));
      const text = JSON.stringify(ring);
      for (const forbidden of [a.secretAccessKey, a.accessKeyId, 'bce-auth-v1', 'secret-name', 'visible-token', 'wrong']) {
        expect(text).not.toContain(forbidden);
      }
    } finally {
      await logged.close();
    }
  });
});

describe('admin API', () => {
  test('health, fixtures without secrets, validation of admin bodies', async () => {
    expect(await admin(emulator.url).health()).toEqual({ ok: true });
    const fixtures = await admin(emulator.url).fixtures();
    expect(JSON.stringify(fixtures)).not.toContain(dev.secretAccessKey);
    expect(fixtures.accounts.map((a) => a.name)).toEqual(expect.arrayContaining(['dev', 'alice', 'bob', 'carol']));
    const statuses = new Set(fixtures.instances.filter((i) => i.accountId === dev.accountId && i.region === 'bj').map((i) => i.status));
    expect(statuses).toEqual(new Set(['Running', 'Stopped', 'Starting', 'Stopping', 'Expired']));
    await expect(admin(emulator.url).createAccount('has space')).rejects.toThrow(/400/);
    await expect(admin(emulator.url).createAccount('dev')).rejects.toThrow(/400/);
    const unknown = await request(`${emulator.url}/__admin/nothing`);
    expect(unknown.statusCode).toBe(404);
    await unknown.body.text();
  });
});
