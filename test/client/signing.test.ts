/**
 * What goes on the wire: the signature checked against bce-auth-v1 computed
 * here from the documented algorithm with node:crypto (not src/api/signer),
 * the body digest, fresh signatures per retry, and no secret in logged events.
 */
import { createHash, createHmac } from 'node:crypto';
import type { RequestEvent } from '../../src/client';
import { admin } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, newAccount, recordingDispatcher, type SentRequest, type TestAccount } from './support';

let emulator: RunningEmulator;
let account: TestAccount;
beforeAll(async () => {
  emulator = await startTestEmulator();
  account = await newAccount(emulator);
});
afterAll(() => emulator.close());

/** RFC 3986: unreserved characters stay, everything else is %XX upper-case. */
const encode = (s: string, keepSlash: boolean) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/') ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
const hmac = (key: string, data: string) => createHmac('sha256', key).update(data).digest('hex');

/** docs/api.md "Authentication", step by step, for a request as it was sent. */
function expectedAuthorization(sent: SentRequest, secret: string, signedHeaderNames: string[]): string {
  const [prefixVersion, ak, timestamp, expiration] = sent.headers.authorization!.split('/');
  const prefix = `${prefixVersion}/${ak}/${timestamp}/${expiration}`;
  const url = new URL(sent.path, 'http://placeholder');
  const query = [...url.searchParams].map(([k, v]) => `${encode(k, false)}=${encode(v, false)}`).sort().join('&');
  const headers = signedHeaderNames.map((h) => `${encode(h, false)}:${encode(sent.headers[h]!.trim(), false)}`).sort().join('\n');
  const canonical = [sent.method, encode(decodeURIComponent(url.pathname), true), query, headers].join('\n');
  return `${prefix}/${[...signedHeaderNames].sort().join(';')}/${hmac(hmac(secret, prefix), canonical)}`;
}

it('signs a GET as documented', async () => {
  const { dispatcher, sent } = recordingDispatcher();
  const client = clientFor(emulator, account, { dispatcher });
  await client.listImagesPage({ imageType: 'System', maxKeys: 3 });
  const [get] = sent;
  expect(get!.headers.authorization).toMatch(new RegExp(`^bce-auth-v1/${account.accessKeyId}/\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ/1800/host/[0-9a-f]{64}$`));
  expect(get!.headers.authorization).toBe(expectedAuthorization(get!, account.secretAccessKey, ['host']));
  expect(get!.path).toBe('/region/bj/v2/image?imageType=System&maxKeys=3');
  await dispatcher.close();
});

it('signs an action with a body, its digest and content type', async () => {
  const { dispatcher, sent } = recordingDispatcher();
  const client = clientFor(emulator, account, { dispatcher });
  await client.shareImage('m-abcd1234', { accountId: 'a0000000000000000000000000000002' }, { clientToken: 'tok-1' }).catch(() => undefined);
  const [post] = sent;
  expect(post!.path).toBe('/region/bj/v2/image/m-abcd1234?share&clientToken=tok-1');
  expect(post!.headers['content-type']).toBe('application/json');
  expect(post!.headers['x-bce-content-sha256']).toBe(createHash('sha256').update(post!.body!).digest('hex'));
  expect(post!.headers.authorization).toBe(
    expectedAuthorization(post!, account.secretAccessKey, ['content-type', 'host', 'x-bce-content-sha256']),
  );
  await dispatcher.close();
});

it('signs every retry afresh and keeps its clientToken', async () => {
  const { dispatcher, sent } = recordingDispatcher();
  // A write retries until its deadline: 2.6 s holds three attempts 1 s (Retry-After) apart.
  const client = clientFor(emulator, account, { dispatcher, retry: { writeDeadlineMs: 2_600, baseDelayMs: 600, maxDelayMs: 1_200 } });
  await admin(emulator.url).setFaults({ errorRate: { '503': 1 }, retryAfterSeconds: 1 });
  await client.deleteImage('m-abcd1234').catch(() => undefined);
  await admin(emulator.url).setFaults({});
  expect(sent).toHaveLength(3);
  const tokens = sent.map((s) => new URL(s.path, 'http://x').searchParams.get('clientToken'));
  expect(new Set(tokens).size).toBe(1);
  expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
  const timestamps = sent.map((s) => s.headers.authorization!.split('/')[2]);
  expect(new Set(timestamps).size).toBe(3);
  await dispatcher.close();
});

it('never shows a secret to the onRequest hook', async () => {
  const events: RequestEvent[] = [];
  const { dispatcher, sent } = recordingDispatcher();
  const sessionToken = 'SESSION-TOKEN-VALUE-0123456789';
  const client = clientFor(emulator, account, {
    dispatcher,
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey, sessionToken },
    onRequest: (e) => events.push(e),
  });
  await client.getImage('m-abcd1234').catch(() => undefined);
  await client.renameImage({ imageId: 'm-abcd1234', name: 'x' }).catch(() => undefined);
  expect(sent[0]!.headers['x-bce-security-token']).toBe(sessionToken);
  expect(sent[0]!.headers.authorization).toContain(';x-bce-security-token/');

  expect(events).toHaveLength(2);
  const logged = JSON.stringify(events);
  for (const secret of [account.secretAccessKey, sessionToken, ...sent.map((s) => s.headers.authorization!.split('/')[5]!)]) {
    expect(logged).not.toContain(secret);
  }
  expect(events[0]).toMatchObject({
    operation: 'getImage',
    method: 'GET',
    attempt: 1,
    headers: { authorization: '[redacted]', 'x-bce-security-token': '[redacted]' },
  });
  expect(events[0]!.url).toBe(`${emulator.url}/region/bj/v2/image/m-abcd1234`);
  expect(typeof events[0]!.status).toBe('number');
  expect(events[0]!.requestId).toMatch(/\S/);
  await dispatcher.close();
});
