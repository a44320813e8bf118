/**
 * The emulator as an endpoint for the official SDKs (issue 10): every request
 * body below is the exact shape Baidu's Go SDK sends (the notes' "What the
 * official SDKs send"), over real HTTP, signed like any client's.
 */
import { randomUUID } from 'node:crypto';
import { parseEmulatorArgs } from '../../src/cli/emulator-command';
import { admin, fixtureNamed, newOwner, type Owner } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import type { Api, RawResponse } from '../helpers/signed-request';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());


function owner(on: RunningEmulator = emulator): Promise<Owner> {
  return newOwner(on.url, 'sdk');
}

/** The SDK puts a clientToken on every create call. */
const clientToken = () => ({ clientToken: randomUUID() });

/** `POST /v2/image` as the SDK sends it: relateCds and encryptKey always present. */
function sdkCreate(o: Owner, source: { instanceId: string } | { snapshotId: string }, relateCds = false, encryptKey = '') {
  return o.api('POST', '/v2/image', { query: clientToken(), body: { imageName: 'sdk-image', relateCds, encryptKey, ...source } });
}

async function created(response: Promise<RawResponse>): Promise<string> {
  const r = await response;
  expect(r.status).toBe(200);
  return r.json().imageId;
}

async function getImage(api: Api, id: string, region = 'bj') {
  const r = await api('GET', `/v2/image/${id}`, { region });
  expect(r.status).toBe(200);
  return r.json().image;
}

const expectError = (r: RawResponse, status: number, code: string) => {
  expect({ status: r.status, code: r.json().code }).toEqual({ status, code });
};

const sdkTags = (o: Owner, id: string, action: 'bind' | 'unbind', changeTags: unknown[], attachRelatedResourceTag: boolean) =>
  o.api('PUT', `/v2/image/${id}/tag`, { query: [[action, '']], body: { changeTags, attachRelatedResourceTag } });

describe('encryptKey "" means no key', () => {
  test('create from an instance or a snapshot with the SDK body: unencrypted', async () => {
    const o = await owner();
    const fromInstance = await getImage(o.api, await created(sdkCreate(o, { instanceId: o.instance('running-cds') })));
    expect(fromInstance).toMatchObject({ encrypted: false, encryptKey: '', sourceKind: 'instance' });
    const fromSnapshot = await getImage(o.api, await created(sdkCreate(o, { snapshotId: o.snapshot('system-available') })));
    expect(fromSnapshot).toMatchObject({ encrypted: false, encryptKey: '', sourceKind: 'snapshot' });
  });

  test('create from an encrypted instance with "": the source\'s key, as when the field is absent', async () => {
    const o = await owner();
    const image = await getImage(o.api, await created(sdkCreate(o, { instanceId: o.instance('encrypted') })));
    expect(image).toMatchObject({ encrypted: true, encryptKey: o.key() });
  });

  test('import, replicate and remote copy (per-region encryptKeys) with "": unencrypted', async () => {
    const o = await owner();
    const imported = await o.api('POST', '/v2/image/import', {
      body: { osName: 'CentOS', osArch: '64', osType: 'linux', osVersion: '7.9', name: 'imported', bosUrl: 'bos://bucket/a.qcow2', encryptKey: '' },
    });
    expect(imported.status).toBe(200);
    expect(await getImage(o.api, imported.json().id)).toMatchObject({ encrypted: false });

    const encrypted = await created(sdkCreate(o, { instanceId: o.instance('encrypted') }));
    const replica = await o.api('POST', `/v2/image/${encrypted}`, { query: [['replicate', ''], ['clientToken', randomUUID()]], body: { name: 'plain', encryptKey: '' } });
    expect(replica.status).toBe(200);
    expect(await getImage(o.api, replica.json().imageId)).toMatchObject({ encrypted: false, encryptKey: '', sourceKind: 'replicate' });

    const plain = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }));
    const copy = await o.api('POST', `/v2/image/${plain}`, { query: [['remoteCopy', '']], body: { destRegion: ['gz'], encryptKeys: { gz: '' } } });
    expect(copy.status).toBe(200);
    const [entry] = copy.json().result;
    expect(entry).toMatchObject({ region: 'gz', code: '' });
    expect(await getImage(o.api, entry.imageId, 'gz')).toMatchObject({ encrypted: false });
    // An encrypted source still needs a real key per region: "" is no key.
    const refused = await o.api('POST', `/v2/image/${encrypted}`, { query: [['remoteCopy', '']], body: { destRegion: ['gz'], encryptKeys: { gz: '' } } });
    expect(refused.json().result[0]).toMatchObject({ region: 'gz', code: 'Image.EncryptKeyRequired', imageId: '' });
  });

  test('a malformed key is still refused, naming the field', async () => {
    const o = await owner();
    const r = await sdkCreate(o, { instanceId: o.instance('running-cds') }, false, 'not-a-key');
    expectError(r, 400, 'InappropriateJSON');
    expect(r.json().message).toMatch(/^encryptKey: invalid value; KMS key id/);
  });
});

describe('relateCds with encryptKey', () => {
  test('relateCds: true with a key is 400 naming both fields; with "" it makes a full-instance image', async () => {
    const o = await owner();
    const r = await sdkCreate(o, { instanceId: o.instance('running-cds') }, true, o.key());
    expectError(r, 400, 'InvalidParameter');
    expect(r.json().message).toMatch(/^encryptKey: cannot be combined with relateCds: true/);
    const image = await getImage(o.api, await created(sdkCreate(o, { instanceId: o.instance('running-cds') }, true, '')));
    expect(image.sourceKind).toBe('fullInstance');
  });
});

describe('snapshots of images', () => {
  test('every image in get and list has snapshots; plain images have none', async () => {
    const o = await owner();
    const id = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }));
    expect((await getImage(o.api, id)).snapshots).toEqual([]);
    const list = (await o.api('GET', '/v2/image')).json().images as Array<{ snapshots: unknown }>;
    expect(list.length).toBeGreaterThan(10);
    for (const image of list) expect(Array.isArray(image.snapshots)).toBe(true);
  });

  test('a full-instance image has one snapshot per CDS disk, system disk first, with the SDK\'s snapshot fields', async () => {
    const o = await owner();
    const id = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }, true));
    const image = await getImage(o.api, id);
    expect(image.snapshots).toEqual([
      { id: expect.stringMatching(/^s-[A-Za-z0-9]{8}$/), name: `${id}-system`, sizeInGB: 40, createTime: image.createTime, status: 'Available', desc: expect.stringContaining(id), encrypted: false, diskKind: 'system', tags: [] },
      expect.objectContaining({ name: `${id}-data1`, sizeInGB: 100, diskKind: 'data', status: 'Available' }),
      expect.objectContaining({ name: `${id}-data2`, sizeInGB: 200, diskKind: 'data', status: 'Available' }),
    ]);
    expect(new Set(image.snapshots.map((s: { id: string }) => s.id)).size).toBe(3);
    const listed = (await o.api('GET', '/v2/image', { query: { imageType: 'Custom' } })).json().images.find((i: { id: string }) => i.id === id);
    expect(listed.snapshots).toEqual(image.snapshots);
    // A local system disk has no snapshot: only the data disk gets one.
    const local = await getImage(o.api, await created(sdkCreate(o, { instanceId: o.instance('running-local') }, true)));
    expect(local.snapshots).toEqual([expect.objectContaining({ diskKind: 'data', sizeInGB: 50 })]);
  });

  test('snapshot status follows the image: Creating while it is', async () => {
    const o = await owner();
    await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
    let id: string;
    try {
      id = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }, true));
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
    const image = await getImage(o.api, id);
    expect(image.status).toBe('Creating');
    expect(image.snapshots.map((s: { status: string }) => s.status)).toEqual(['Creating', 'Creating', 'Creating']);
  });

  test('a copy gets snapshots of its own; a share recipient sees none (owner-only) but the data disks', async () => {
    const o = await owner();
    const id = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }, true));
    const source = await getImage(o.api, id);
    const copy = await o.api('POST', `/v2/image/${id}`, { query: [['remoteCopy', '']], body: { destRegion: ['gz'] } });
    const copied = await getImage(o.api, copy.json().result[0].imageId, 'gz');
    expect(copied.snapshots.map((s: { sizeInGB: number }) => s.sizeInGB)).toEqual([40, 100, 200]);
    expect(copied.snapshots.map((s: { id: string }) => s.id)).not.toContain(source.snapshots[0].id);

    const recipient = await owner();
    expect((await o.api('POST', `/v2/image/${id}`, { query: [['share', '']], body: { accountId: recipient.account.id } })).status).toBe(200);
    const shared = await getImage(recipient.api, id);
    expect(shared).toMatchObject({ type: 'Sharing', snapshots: [], dataDisks: [{ sizeGb: 100 }, { sizeGb: 200 }] });
  });
});

describe('tags with attachRelatedResourceTag', () => {
  test('false tags the image only; true tags its snapshots too; unbind follows the same rule', async () => {
    const o = await owner();
    const id = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }, true));
    const tagsOf = async () => {
      const image = await getImage(o.api, id);
      return { image: image.tags, snapshots: image.snapshots.map((s: { tags: unknown }) => s.tags) };
    };
    expect((await sdkTags(o, id, 'bind', [{ tagKey: 'team', tagValue: 'web' }], false)).status).toBe(200);
    expect(await tagsOf()).toEqual({ image: [{ tagKey: 'team', tagValue: 'web' }], snapshots: [[], [], []] });

    expect((await sdkTags(o, id, 'bind', [{ tagKey: 'env', tagValue: 'prod' }], true)).status).toBe(200);
    const env = { tagKey: 'env', tagValue: 'prod' };
    expect(await tagsOf()).toEqual({ image: [{ tagKey: 'team', tagValue: 'web' }, env], snapshots: [[env], [env], [env]] });

    expect((await sdkTags(o, id, 'unbind', [env], false)).status).toBe(200);
    expect(await tagsOf()).toEqual({ image: [{ tagKey: 'team', tagValue: 'web' }], snapshots: [[env], [env], [env]] });
    expect((await sdkTags(o, id, 'unbind', [env], true)).status).toBe(200);
    expect(await tagsOf()).toEqual({ image: [{ tagKey: 'team', tagValue: 'web' }], snapshots: [[], [], []] });
  });

  test('true on an image without snapshots tags the image; a snapshot is held to the 10-tag limit; a non-boolean flag is 400', async () => {
    const o = await owner();
    const plain = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }));
    expect((await sdkTags(o, plain, 'bind', [{ tagKey: 'a', tagValue: '1' }], true)).status).toBe(200);
    expect((await getImage(o.api, plain)).tags).toEqual([{ tagKey: 'a', tagValue: '1' }]);

    const full = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }, true));
    const ten = Array.from({ length: 10 }, (_, i) => ({ tagKey: `k${i}`, tagValue: 'v' }));
    expect((await sdkTags(o, full, 'bind', ten, true)).status).toBe(200);
    expect((await sdkTags(o, full, 'unbind', [{ tagKey: 'k0', tagValue: 'v' }], false)).status).toBe(200);
    const over = await sdkTags(o, full, 'bind', [{ tagKey: 'k10', tagValue: 'v' }], true);
    expectError(over, 400, 'Image.TagLimitExceeded');
    expect(over.json().message).toMatch(/^changeTags: snapshot s-\w+ of image m-\w+ would have 11 tags/);

    const wrongType = await o.api('PUT', `/v2/image/${plain}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'a', tagValue: '1' }], attachRelatedResourceTag: 'yes' } });
    expectError(wrongType, 400, 'InappropriateJSON');
    expect(wrongType.json().message).toBe('attachRelatedResourceTag: must be boolean');
  });
});

describe('OS facts', () => {
  test('getOsInfo answers specialVersion; images inherit it from their instance', async () => {
    const o = await owner();
    const instance = await admin(emulator.url).createInstance({ accountId: o.account.id, region: 'bj', specialVersion: 'ebm-1' });
    const r = await o.api('POST', '/v2/image/os', { body: { instanceIds: [instance.id, o.instance('running-cds')] } });
    expect(r.status).toBe(200);
    expect(r.json().osInfo).toEqual([
      expect.objectContaining({ instanceId: instance.id, specialVersion: 'ebm-1' }),
      expect.objectContaining({ instanceId: o.instance('running-cds'), specialVersion: '' }),
    ]);
    expect((await getImage(o.api, await created(sdkCreate(o, { instanceId: instance.id })))).specialVersion).toBe('ebm-1');
  });
});

describe('import as the SDK sends it', () => {
  const sdkImport = (o: Owner, osArch: string, bosUrl: string) =>
    o.api('POST', '/v2/image/import', { body: { osName: 'CentOS', osArch, osType: 'linux', osVersion: '7.9', name: 'sdk-import', bosUrl } });

  test.each([
    ['32', 'i386'],
    ['64', 'x86_64'],
    ['aarch64', 'aarch64'],
  ])('osArch %p is stored as %p', async (osArch, stored) => {
    const o = await owner();
    const r = await sdkImport(o, osArch, 'bos://bucket/disk.qcow2');
    expect(r.status).toBe(200);
    expect(await getImage(o.api, r.json().id)).toMatchObject({ osArch: stored, sourceKind: 'import' });
  });

  test.each([
    'https://my-bucket.bj.bcebos.com/images/disk.vhd',
    'http://my-bucket.gz.bcebos.com/disk.vhd',
    'https://my-bucket.bj.bcebos.com/disk.vhd?authorization=bce-auth-v1%2Fx',
  ])('the object URL %s is accepted, its format taken from the key\'s extension', async (bosUrl) => {
    const o = await owner();
    const r = await sdkImport(o, '32', bosUrl);
    expect(r.status).toBe(200);
    expect(await getImage(o.api, r.json().id)).toMatchObject({ sourceKind: 'import', sourceId: bosUrl });
  });

  test('other hosts and architectures are refused naming the field and the rule', async () => {
    const o = await owner();
    const host = await sdkImport(o, '64', 'https://example.com/disk.vhd');
    expectError(host, 400, 'InappropriateJSON');
    expect(host.json().message).toMatch(/^bosUrl: invalid value; Object URL, bos:\/\/bucket\/key or https:\/\/bucket\.\{region\}\.bcebos\.com\/key/);
    const region = await sdkImport(o, '64', 'https://my-bucket.mars.bcebos.com/disk.vhd');
    expectError(region, 400, 'InappropriateJSON');
    const arch = await sdkImport(o, '16', 'bos://bucket/disk.qcow2');
    expectError(arch, 400, 'InappropriateJSON');
    expect(arch.json().message).toMatch(/^osArch: invalid value; x86_64, aarch64 or i386/);
    expectError(await sdkImport(o, '64', 'https://my-bucket.bj.bcebos.com/disk'), 400, 'InvalidParameter');
  });
});

describe('getAvailableImagesBySpec', () => {
  const bySpec = (o: Owner, query: Record<string, string>) => o.api('GET', '/v2/image/getAvailableImagesBySpec', { query });

  test('the literal path wins over /v2/image/{imageId}; the answer has the SDK\'s shape', async () => {
    const o = await owner();
    const r = await bySpec(o, { spec: 'bcc.g4.c2m8' });
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ marker: '', isTruncated: false, maxKeys: 1000 });
    expect(body.nextMarker).toBeUndefined();
    const centos = body.images.find((i: { imageName: string }) => i.imageName === 'CentOS-7.9');
    expect(centos).toEqual({
      imageId: expect.stringMatching(/^m-/), imageName: 'CentOS-7.9', osType: 'linux', osVersion: '7.9', osArch: 'x86_64',
      osName: 'CentOS', osLang: 'ENG', minSizeInGiB: 20,
    });
  });

  test('own Available OS images fit by memory; data-disk and Creating images do not; osName filters', async () => {
    const o = await owner();
    const names = async (query: Record<string, string>) =>
      (await bySpec(o, query)).json().images.map((i: { imageId: string }) => i.imageId) as string[];
    const own = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }));
    const disk = fixtureNamed(o.fixtures.instances, o.account.id, 'bj', 'running-cds').dataDisks[0]!;
    const dataImage = await created(o.api('POST', '/v2/image', { body: { imageName: 'data', instanceId: o.instance('running-cds'), dataDiskId: disk.id } }));
    await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
    let creating: string;
    try {
      creating = await created(sdkCreate(o, { instanceId: o.instance('running-cds') }));
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
    const small = await names({ spec: 'bcc.g4.c2m8' });
    expect(small).toContain(own);
    expect(small).not.toContain(dataImage);
    expect(small).not.toContain(creating);

    expect((await o.api('PUT', `/v2/image/${own}`, { query: [['modifyAttribute', '']], body: { minMemoryMb: 16384 } })).status).toBe(200);
    expect(await names({ spec: 'bcc.g4.c2m8' })).not.toContain(own);
    expect(await names({ spec: 'bcc.g4.c4m16' })).toContain(own);

    const ubuntu = (await bySpec(o, { spec: 'bcc.g4.c2m8', osName: 'ubuntu' })).json().images as Array<{ osName: string }>;
    expect(ubuntu.length).toBeGreaterThan(0);
    expect(new Set(ubuntu.map((i) => i.osName))).toEqual(new Set(['Ubuntu']));
  });

  test('paged with marker and maxKeys like the list call', async () => {
    const o = await owner();
    const all = (await bySpec(o, { spec: 'bcc.g4.c2m8' })).json().images.map((i: { imageId: string }) => i.imageId) as string[];
    const first = (await bySpec(o, { spec: 'bcc.g4.c2m8', maxKeys: '2' })).json();
    expect(first).toMatchObject({ isTruncated: true, maxKeys: 2, nextMarker: all[2] });
    expect(first.images.map((i: { imageId: string }) => i.imageId)).toEqual(all.slice(0, 2));
    const second = (await bySpec(o, { spec: 'bcc.g4.c2m8', maxKeys: '2', marker: first.nextMarker })).json();
    expect(second).toMatchObject({ marker: first.nextMarker });
    expect(second.images.map((i: { imageId: string }) => i.imageId)).toEqual(all.slice(2, 4));
  });

  test('spec is required and checked; bad parameters are 400 InvalidParameter naming them', async () => {
    const o = await owner();
    const missing = await bySpec(o, {});
    expectError(missing, 400, 'InvalidParameter');
    expect(missing.json().message).toBe('spec: is required');
    const bad = await bySpec(o, { spec: 'large' });
    expectError(bad, 400, 'InvalidParameter');
    expect(bad.json().message).toMatch(/^spec: invalid value; Instance spec/);
    expectError(await bySpec(o, { spec: 'bcc.g4.c2m8', maxKeys: '0' }), 400, 'InvalidParameter');
    // An empty value is a parameter, not an action flag.
    const emptyOs = await bySpec(o, { spec: 'bcc.g4.c2m8', osName: '' });
    expectError(emptyOs, 400, 'InvalidParameter');
    expect(emptyOs.json().message).toMatch(/^osName: /);
  });
});

describe('unknown body fields', () => {
  const withJunk = (o: Owner) =>
    o.api('POST', '/v2/image', { body: { imageName: 'junk', relateCds: false, encryptKey: '', instanceId: o.instance('running-cds'), colour: 'red', sdkVersion: 2 } });

  test('strict (the test emulators): refused with the field named', async () => {
    const o = await owner();
    const r = await withJunk(o);
    expectError(r, 400, 'InappropriateJSON');
    expect(r.json().message).toBe('colour: is not a known field; sdkVersion: is not a known field');
    const nested = await sdkTags(o, await created(sdkCreate(o, { instanceId: o.instance('running-cds') })), 'bind', [{ tagKey: 'a', tagValue: '1', colour: 'red' }], false);
    expectError(nested, 400, 'InappropriateJSON');
    expect(nested.json().message).toBe('changeTags[0].colour: is not a known field');
  });

  describe('lenient (the default)', () => {
    let lenient: RunningEmulator;
    beforeAll(async () => {
      lenient = await startTestEmulator({ strict: false });
    });
    afterAll(() => lenient.close());

    const logEntry = async (requestId: unknown) =>
      (await admin(lenient.url).requests(1000)).requests.find((e) => e.requestId === requestId)!;

    test('ignored before the handler runs, and listed in the request log entry', async () => {
      const o = await owner(lenient);
      const r = await withJunk(o);
      expect(r.status).toBe(200);
      expect(await getImage(o.api, r.json().imageId)).toMatchObject({ name: 'junk', sourceKind: 'instance' });
      expect((await logEntry(r.headers['x-bce-request-id'])).ignoredFields).toEqual(['colour', 'sdkVersion']);

      const tagged = await sdkTags(o, r.json().imageId, 'bind', [{ tagKey: 'a', tagValue: '1', colour: 'red' }], false);
      expect(tagged.status).toBe(200);
      expect((await getImage(o.api, r.json().imageId)).tags).toEqual([{ tagKey: 'a', tagValue: '1' }]);
      expect((await logEntry(tagged.headers['x-bce-request-id'])).ignoredFields).toEqual(['changeTags[0].colour']);

      const clean = await o.api('GET', '/v2/image', { query: { maxKeys: '1' } });
      expect((await logEntry(clean.headers['x-bce-request-id'])).ignoredFields).toBeUndefined();
    });

    test('wrong types and bad values are still 400 naming the field and the rule', async () => {
      const o = await owner(lenient);
      const r = await o.api('POST', '/v2/image', { body: { imageName: 'x', relateCds: 'yes', encryptKey: '', instanceId: o.instance('running-cds'), colour: 'red' } });
      expectError(r, 400, 'InappropriateJSON');
      expect(r.json().message).toBe('relateCds: must be boolean');
      const name = await o.api('POST', '/v2/image', { body: { imageName: '9bad', instanceId: o.instance('running-cds'), colour: 'red' } });
      expectError(name, 400, 'Image.ImageNameInvalid');
    });
  });

  test('the CLI switch: --strict', () => {
    expect(parseEmulatorArgs(['--strict'])).toMatchObject({ strict: true });
    expect(parseEmulatorArgs([])).not.toHaveProperty('strict');
  });
});
