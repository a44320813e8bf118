/**
 * Conformance with the wire format of Baidu's official SDKs (bce-sdk-go,
 * services/bcc; the notes' "What the official SDKs send"), for every image
 * operation: a host-per-region endpoint with no path prefix (the region's own
 * port, or a `Host: bcc.{region}.baidubce.com` header), the path `/v2/...`
 * signed exactly as sent, the headers the SDK signs (host, content-length,
 * content-type, x-bce-date; no body digest), and the SDK's own JSON bodies,
 * fields we do not use included. Sent with node:http and the shared signer,
 * never through this project's client, against an emulator as a user starts
 * it (not strict).
 */
import http from 'node:http';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { parseEmulatorArgs } from '../../src/cli/emulator-command';
import { formatTimestamp, sign, uriEncode } from '../../src/api/signer';
import { admin, fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';

let emulator: RunningEmulator;
let owner: AdminAccount;
let fixtures: Fixtures;
let recipient: AdminAccount;
beforeAll(async () => {
  emulator = await startTestEmulator({ strict: false, regionPorts: { bj: 0, gz: 0 } });
  ({ account: owner, fixtures } = await newTestAccount(emulator.url, 'wire'));
  ({ account: recipient } = await newTestAccount(emulator.url, 'wire-recipient'));
});
afterAll(() => emulator.close());

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  text: string;
}

interface Target {
  /** Where the connection goes. */
  port: number;
  /** The Host header, signed: the region's endpoint as the SDK was given it. */
  host: string;
}

/** The SDK configured with the bj region's own port as its endpoint. */
const bjPort = (): Target => {
  const { port, host } = new URL(emulator.regionEndpoints.bj);
  return { port: Number(port), host };
};
/** The SDK with its real endpoint, the connection sent to the emulator (as /etc/hosts or a proxy would). */
const realHost = (region: string): Target => ({ port: emulator.port, host: `bcc.${region}.baidubce.com` });

/** One request as bce-sdk-go makes it: query pairs in order (`['share', '']` for a flag), a JSON body or none. */
function sdk(target: Target, account: AdminAccount, method: string, path: string, query: Array<[string, string]> = [], body?: unknown): Promise<Answer> {
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers: Record<string, string> = {
    host: target.host,
    'user-agent': 'bce-sdk-go/0.9.200/linux/go1.22',
    'x-bce-date': formatTimestamp(new Date()),
    'content-type': 'application/json;charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  };
  headers.authorization = sign({ method, path, query, headers }, account);
  const queryText = query.map(([k, v]) => (v === '' ? uriEncode(k, false) : `${uriEncode(k, false)}=${uriEncode(v, false)}`)).join('&');
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: target.port, method, path: uriEncode(path, true) + (queryText ? `?${queryText}` : ''), headers, setHost: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answerText = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = answerText === '' ? undefined : JSON.parse(answerText);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json, text: answerText });
        });
      },
    );
    request.on('error', reject);
    request.end(text);
  });
}

const token = (): [string, string] => ['clientToken', randomUUID()];
const instance = (name: string, region = 'bj') => fixtureNamed(fixtures.instances, owner.id, region, name).id;
const snapshot = (name: string) => fixtureNamed(fixtures.snapshots, owner.id, 'bj', name).id;

/** The fields the SDK's image model reads, each with its type. */
const SDK_IMAGE_FIELDS = {
  id: 'string', name: 'string', type: 'string', osType: 'string', osVersion: 'string', osArch: 'string', osName: 'string',
  osBuild: 'string', osLang: 'string', specialVersion: 'string', status: 'string', createTime: 'string', desc: 'string',
  minDiskGb: 'number', diskSize: 'number', encrypted: 'boolean', package: 'boolean',
} as const;

function expectSdkImage(image: Record<string, unknown>): void {
  for (const [field, type] of Object.entries(SDK_IMAGE_FIELDS)) expect([field, typeof image[field]]).toEqual([field, type]);
  expect(Array.isArray(image.snapshots)).toBe(true);
}

/** The SDK's CreateImage body: relateCds and encryptKey always present. */
async function createFromInstance(name: string, extra: Record<string, unknown> = {}, target = bjPort()): Promise<string> {
  const answer = await sdk(target, owner, 'POST', '/v2/image', [token()], { imageName: name, relateCds: false, encryptKey: '', instanceId: instance('running-cds'), ...extra });
  expect(answer.status).toBe(200);
  expect(answer.json.imageId).toMatch(/^m-\w{8}$/);
  return answer.json.imageId as string;
}

describe('addressing by endpoint alone', () => {
  it('serves a region on its own port and by the Host of the real endpoint, /v2/... signed as sent', async () => {
    for (const target of [bjPort(), realHost('bj')]) {
      const answer = await sdk(target, owner, 'GET', '/v2/image', [['maxKeys', '2']]);
      expect(answer.status).toBe(200);
      expect(answer.json.images.map((image: { region: string }) => image.region)).toEqual(['bj', 'bj']);
    }
    const gz = await sdk(realHost('gz'), owner, 'GET', '/v2/image', [['maxKeys', '1']]);
    expect(gz.json.images[0].region).toBe('gz');
  });

  it('answers 404 InvalidURI naming the ways to address a region when none is told', async () => {
    const answer = await sdk({ port: emulator.port, host: `127.0.0.1:${emulator.port}` }, owner, 'GET', '/v2/image');
    expect(answer.status).toBe(404);
    expect(answer.json.code).toBe('InvalidURI');
    expect(answer.json.message).toContain('/region/{region} path prefix, a Host of bcc.{region}.baidubce.com or {region}.localhost');
    const unknown = await sdk(realHost('mars'), owner, 'GET', '/v2/image');
    expect([unknown.status, unknown.json.code]).toEqual([404, 'InvalidURI']);
    expect(unknown.json.message).toContain('"mars" is not a region');
  });
});

describe('the emulator command', () => {
  it('takes --region-ports as a base port or region=port pairs, naming the rule when wrong', () => {
    expect(parseEmulatorArgs(['--region-ports', '4567'])).toMatchObject({ regionPorts: { bj: 4567, gz: 4568, su: 4569, bd: 4570, fwh: 4571, hkg: 4572 } });
    expect(parseEmulatorArgs(['--region-ports', 'bj=5001,gz=0'])).toMatchObject({ regionPorts: { bj: 5001, gz: 0 } });
    expect(() => parseEmulatorArgs(['--region-ports', 'mars=1'])).toThrow(
      '--region-ports: expected a base port or region=port pairs (bj=4567,gz=4568), regions bj, gz, su, bd, fwh, hkg; got "mars=1"',
    );
  });

  it('prints one endpoint line per region at start', async () => {
    const child = spawn(process.execPath, ['bin/imagecloud.js', 'emulator', '--port', '0', '--region-ports', 'bj=0,gz=0', '--no-parent-watch'], {
      cwd: path.resolve(__dirname, '../..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let banner = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          banner += chunk.toString('utf8');
          if (banner.includes('development accounts')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`emulator exited ${code}`)));
      });
      expect(banner).toMatch(/^ {2}bj {3}http:\/\/127\.0\.0\.1:\d+$/m);
      expect(banner).toMatch(/^ {2}gz {3}http:\/\/127\.0\.0\.1:\d+$/m);
      for (const region of ['su', 'bd', 'fwh', 'hkg']) expect(banner).toMatch(new RegExp(`^  ${region} +http://${region}\\.localhost:\\d+$`, 'm'));
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('every image operation of the SDK', () => {
  it('CreateImage from an instance and from a snapshot; GetImage reads every field the SDK reads', async () => {
    const fromInstance = await createFromInstance('wire-instance');
    const fromSnapshot = await sdk(bjPort(), owner, 'POST', '/v2/image', [token()], {
      imageName: 'wire-snapshot', relateCds: false, encryptKey: '', snapshotId: snapshot('system-available'),
    });
    expect(fromSnapshot.status).toBe(200);
    const got = await sdk(bjPort(), owner, 'GET', `/v2/image/${fromInstance}`);
    expect(got.status).toBe(200);
    expectSdkImage(got.json.image);
    expect(got.json.image).toMatchObject({ id: fromInstance, name: 'wire-instance', type: 'Custom', encrypted: false, snapshots: [] });
  });

  it('CreateImage with relateCds: a full-instance image with a snapshot per disk', async () => {
    const imageId = await createFromInstance('wire-full', { relateCds: true });
    const { json } = await sdk(bjPort(), owner, 'GET', `/v2/image/${imageId}`);
    expect(json.image.snapshots.length).toBe(3);
    for (const made of json.image.snapshots) expect(made).toMatchObject({ id: expect.stringMatching(/^s-/), sizeInGB: expect.any(Number), status: expect.any(String) });
  });

  it('CreateImage refusals keep their BCC codes', async () => {
    const key = fixtures.kmsKeys.find((k) => k.region === 'bj')!.id;
    const both = await sdk(bjPort(), owner, 'POST', '/v2/image', [token()], { imageName: 'wire-bad', relateCds: true, encryptKey: key, instanceId: instance('running-cds') });
    expect([both.status, both.json.code]).toEqual([400, 'InvalidParameter']);
    expect(both.json.message).toMatch(/relateCds/);
    const badName = await sdk(bjPort(), owner, 'POST', '/v2/image', [token()], { imageName: '9lives', relateCds: false, encryptKey: '', instanceId: instance('running-cds') });
    expect([badName.status, badName.json.code]).toEqual([400, 'Image.ImageNameInvalid']);
    const starting = await sdk(bjPort(), owner, 'POST', '/v2/image', [token()], { imageName: 'wire-starting', relateCds: false, encryptKey: '', instanceId: instance('starting') });
    expect([starting.status, starting.json.code]).toEqual([409, 'Image.InstanceStatusForbidden']);
  });

  it('ListImage pages with marker and maxKeys, filtered by imageType and imageName', async () => {
    const first = await sdk(bjPort(), owner, 'GET', '/v2/image', [['imageType', 'System'], ['maxKeys', '2']]);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ isTruncated: true, maxKeys: 2, nextMarker: expect.any(String) });
    for (const image of first.json.images) expectSdkImage(image);
    const second = await sdk(bjPort(), owner, 'GET', '/v2/image', [['imageType', 'System'], ['marker', first.json.nextMarker], ['maxKeys', '2']]);
    expect(second.json.images[0].id).not.toBe(first.json.images[0].id);
    const named = await sdk(bjPort(), owner, 'GET', '/v2/image', [['imageType', 'Custom'], ['imageName', 'wire-instance']]);
    expect(named.json.images.map((image: { name: string }) => image.name)).toEqual(['wire-instance']);
  });

  it('GetAvailableImagesBySpec pages the images an instance spec can use', async () => {
    const answer = await sdk(bjPort(), owner, 'GET', '/v2/image/getAvailableImagesBySpec', [['spec', 'bcc.g4.c2m8'], ['osName', 'CentOS'], ['maxKeys', '5']]);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ isTruncated: expect.any(Boolean), maxKeys: 5, marker: expect.any(String) });
    expect(answer.json.images.length).toBeGreaterThan(0);
    for (const image of answer.json.images) expect(image).toMatchObject({ imageId: expect.stringMatching(/^m-/), osName: expect.stringMatching(/centos/i) });
    const bad = await sdk(bjPort(), owner, 'GET', '/v2/image/getAvailableImagesBySpec', [['spec', 'large']]);
    expect([bad.status, bad.json.code]).toEqual([400, 'InvalidParameter']);
    expect(bad.json.message).toMatch(/spec/);
  });

  it('ImportCustomImage with the SDK example: no format, osArch "32", an https object URL', async () => {
    const answer = await sdk(bjPort(), owner, 'POST', '/v2/image/import', [token()], {
      osName: 'CentOS', osArch: '32', osType: 'linux', osVersion: '7.9', name: 'wire-import', bosUrl: 'https://images.bj.bcebos.com/centos-7.9.qcow2',
    });
    expect(answer.status).toBe(200);
    const { json } = await sdk(bjPort(), owner, 'GET', `/v2/image/${answer.json.id}`);
    expect(json.image).toMatchObject({ name: 'wire-import', osArch: 'i386', osName: 'CentOS' });
  });

  it('BindImageToTags / UnbindImageToTags with attachRelatedResourceTag', async () => {
    const imageId = await createFromInstance('wire-tags', { relateCds: true });
    const bound = await sdk(bjPort(), owner, 'PUT', `/v2/image/${imageId}/tag`, [['bind', '']], {
      changeTags: [{ tagKey: 'team', tagValue: 'web' }], attachRelatedResourceTag: true,
    });
    expect(bound.status).toBe(200);
    let { json } = await sdk(bjPort(), owner, 'GET', `/v2/image/${imageId}`);
    expect(json.image.tags).toEqual([{ tagKey: 'team', tagValue: 'web' }]);
    for (const made of json.image.snapshots) expect(made.tags).toEqual([{ tagKey: 'team', tagValue: 'web' }]);
    const unbound = await sdk(bjPort(), owner, 'PUT', `/v2/image/${imageId}/tag`, [['unbind', '']], {
      changeTags: [{ tagKey: 'team', tagValue: 'web' }], attachRelatedResourceTag: false,
    });
    expect(unbound.status).toBe(200);
    ({ json } = await sdk(bjPort(), owner, 'GET', `/v2/image/${imageId}`));
    expect(json.image.tags).toEqual([]);
    expect(json.image.snapshots[0].tags).toEqual([{ tagKey: 'team', tagValue: 'web' }]);
  });

  it('ShareImage, GetImageSharedUser, UnShareImage', async () => {
    const imageId = await createFromInstance('wire-share');
    const shared = await sdk(bjPort(), owner, 'POST', `/v2/image/${imageId}`, [['share', '']], { account: recipient.name });
    expect(shared.status).toBe(200);
    const users = await sdk(bjPort(), owner, 'GET', `/v2/image/${imageId}/sharedUsers`);
    expect(users.json.users).toEqual([{ accountId: recipient.id, account: recipient.name, ucAccount: expect.any(String) }]);
    const seen = await sdk(realHost('bj'), recipient, 'GET', `/v2/image/${imageId}`);
    expect(seen.json.image).toMatchObject({ type: 'Sharing', snapshots: [] });
    const again = await sdk(bjPort(), owner, 'POST', `/v2/image/${imageId}`, [['share', '']], { accountId: recipient.id });
    expect([again.status, again.json.code]).toEqual([409, 'Image.AccountHasBeenShared']);
    const toSelf = await sdk(bjPort(), owner, 'POST', `/v2/image/${imageId}`, [['share', '']], { accountId: owner.id });
    expect([toSelf.status, toSelf.json.code]).toEqual([403, 'Image.CannotShareToOwner']);
    const unshared = await sdk(bjPort(), owner, 'POST', `/v2/image/${imageId}`, [['unshare', '']], { accountId: recipient.id });
    expect(unshared.status).toBe(200);
    expect((await sdk(bjPort(), owner, 'GET', `/v2/image/${imageId}/sharedUsers`)).json.users).toEqual([]);
  });

  it('RemoteCopyImage and CancelRemoteCopyImage, the copy addressed on the destination region', async () => {
    await admin(emulator.url).setDelays({ copyDelayMs: 600_000 });
    try {
      const imageId = await createFromInstance('wire-copy');
      const copied = await sdk(bjPort(), owner, 'POST', `/v2/image/${imageId}`, [['remoteCopy', ''], token()], { name: 'wire-copy-gz', destRegion: ['gz'] });
      expect(copied.status).toBe(200);
      const [entry] = copied.json.result;
      expect(entry).toMatchObject({ region: 'gz', imageId: expect.stringMatching(/^m-/), code: '' });
      const gzPort = { port: Number(new URL(emulator.regionEndpoints.gz).port), host: new URL(emulator.regionEndpoints.gz).host };
      const copy = await sdk(gzPort, owner, 'GET', `/v2/image/${entry.imageId}`);
      expect(copy.json.image).toMatchObject({ name: 'wire-copy-gz', status: 'Creating', region: 'gz' });
      const cancelled = await sdk(gzPort, owner, 'POST', `/v2/image/${entry.imageId}`, [['cancelRemoteCopy', '']]);
      expect(cancelled.status).toBe(200);
      const gone = await sdk(gzPort, owner, 'GET', `/v2/image/${entry.imageId}`);
      expect([gone.status, gone.json.code]).toEqual([404, 'Image.ImageNotExist']);
    } finally {
      await admin(emulator.url).setDelays({ copyDelayMs: 0 });
    }
  });

  it('GetImageOS answers specialVersion for each instance', async () => {
    const answer = await sdk(bjPort(), owner, 'POST', '/v2/image/os', [], { instanceIds: [instance('running-cds'), instance('windows')] });
    expect(answer.status).toBe(200);
    expect(answer.json.osInfo).toHaveLength(2);
    for (const info of answer.json.osInfo) {
      expect(info).toMatchObject({ instanceId: expect.any(String), osType: expect.any(String), osName: expect.any(String), specialVersion: expect.any(String) });
    }
  });

  it('DeleteImage, and its refusal for a missing image', async () => {
    const imageId = await createFromInstance('wire-delete');
    expect((await sdk(bjPort(), owner, 'DELETE', `/v2/image/${imageId}`)).status).toBe(200);
    const again = await sdk(bjPort(), owner, 'DELETE', `/v2/image/${imageId}`);
    expect([again.status, again.json.code]).toEqual([404, 'Image.ImageNotExist']);
  });
});

describe('what another SDK version may send', () => {
  it('ignores fields the emulator does not know and lists them in the request log', async () => {
    const answer = await sdk(bjPort(), owner, 'POST', '/v2/image', [token()], {
      imageName: 'wire-newer', relateCds: false, encryptKey: '', instanceId: instance('running-cds'), detachCds: false, isOpenHostEye: true,
    });
    expect(answer.status).toBe(200);
    const { requests } = await admin(emulator.url).requests(50);
    const logged = requests.find((entry) => entry.requestId === answer.headers['x-bce-request-id']);
    expect(logged).toMatchObject({ operation: 'createImage', region: 'bj', ignoredFields: ['detachCds', 'isOpenHostEye'] });
  });

  it('still names the field and the rule of a wrong value', async () => {
    const answer = await sdk(bjPort(), owner, 'POST', '/v2/image', [token()], { imageName: 'wire-wrong', relateCds: 'yes', encryptKey: '', instanceId: instance('running-cds') });
    expect([answer.status, answer.json.code]).toEqual([400, 'InappropriateJSON']);
    expect(answer.json.message).toContain('relateCds: must be boolean');
  });
});
