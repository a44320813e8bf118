/** Image rules of docs/api.md over real HTTP: create, import, lifecycle, quota, rename/modify, delete, list, tags, export, CSV, OS info. */
import { admin, fixtureNamed, newOwner, type Owner } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { apiAs, type Api } from '../helpers/signed-request';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());


function owner(): Promise<Owner> {
  return newOwner(emulator.url, 'img');
}

async function createFrom(o: Owner, body: Record<string, unknown>, region = 'bj'): Promise<string> {
  const r = await o.api('POST', '/v2/image', { body: { imageName: 'img-1', ...body }, region });
  expect(r.status).toBe(200);
  return r.json().imageId;
}

async function getImage(api: Api, id: string, region = 'bj') {
  const r = await api('GET', `/v2/image/${id}`, { region });
  expect(r.status).toBe(200);
  return r.json().image;
}

const expectError = (r: { status: number; json(): any; headers: Record<string, unknown> }, status: number, code: string) => {
  expect({ status: r.status, code: r.json().code }).toEqual({ status, code });
  expect(r.json().requestId).toBe(r.headers['x-bce-request-id']);
};

describe('create', () => {
  test('from a Running CDS instance: system-disk image, Available at the next read, no local system disks', async () => {
    const o = await owner();
    const id = await createFrom(o, { instanceId: o.instance('running-cds'), description: 'web' });
    const image = await getImage(o.api, id);
    expect(image).toMatchObject({
      id, type: 'Custom', status: 'Available', sourceKind: 'instance', sourceId: o.instance('running-cds'), desc: 'web',
      osName: 'CentOS', minDiskGb: 40, supportsLocalSystemDisk: false, ownerId: o.account.id, region: 'bj', encrypted: false, progress: 100,
    });
  });

  test('from a Stopped local-disk instance keeps local system disk support', async () => {
    const o = await owner();
    const image = await getImage(o.api, await createFrom(o, { instanceId: o.instance('stopped-local') }));
    expect(image.supportsLocalSystemDisk).toBe(true);
  });

  test.each(['starting', 'stopping', 'expired'])('instance %s: 409 Image.InstanceStatusForbidden', async (name) => {
    const o = await owner();
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: o.instance(name) } }), 409, 'Image.InstanceStatusForbidden');
  });

  test('full-instance image (relateCds) lists the data disks; data-disk image has no OS', async () => {
    const o = await owner();
    const full = await getImage(o.api, await createFrom(o, { instanceId: o.instance('running-cds'), relateCds: true }));
    expect(full).toMatchObject({ sourceKind: 'fullInstance', dataDisks: [{ sizeGb: 100 }, { sizeGb: 200 }], diskSize: 340 });
    const disk = fixtureNamed(o.fixtures.instances, o.account.id, 'bj', 'running-cds').dataDisks[1]!;
    const data = await getImage(o.api, await createFrom(o, { instanceId: o.instance('running-cds'), dataDiskId: disk.id }));
    expect(data).toMatchObject({ sourceKind: 'dataDisk', sourceId: disk.id, diskSize: 200, minDiskGb: 0, osType: '' });
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: o.instance('stopped-local'), dataDiskId: disk.id } }), 400, 'Image.InvalidDataDisk');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: o.instance('running-cds'), dataDiskId: disk.id, relateCds: true } }), 400, 'InvalidParameter');
  });

  test('from snapshots: Available system ok; Creating 409; data-disk 400; unknown 404; instanceId wins', async () => {
    const o = await owner();
    const image = await getImage(o.api, await createFrom(o, { snapshotId: o.snapshot('system-available') }));
    expect(image).toMatchObject({ sourceKind: 'snapshot', sourceId: o.snapshot('system-available'), supportsLocalSystemDisk: false });
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', snapshotId: o.snapshot('system-creating') } }), 409, 'Image.SnapshotStatusForbidden');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', snapshotId: o.snapshot('data-available') } }), 400, 'Image.InvalidSnapshot');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', snapshotId: 's-00000000' } }), 404, 'Snapshot.SnapshotNotExist');
    const both = await getImage(o.api, await createFrom(o, { instanceId: o.instance('running-cds'), snapshotId: o.snapshot('system-creating') }));
    expect(both.sourceKind).toBe('instance');
  });

  test('missing source, unknown instance, another account\'s instance', async () => {
    const o = await owner();
    const other = await owner();
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x' } }), 400, 'InvalidParameter');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: 'i-00000000' } }), 404, 'Instance.InstanceNotExist');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: other.instance('running-cds') } }), 404, 'Instance.InstanceNotExist');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: o.instance('running-cds') }, region: 'gz' }), 404, 'Instance.InstanceNotExist');
  });

  test.each(['1abc', '', 'a'.repeat(66), 'has space', '-dash', 'bad!'])('name %p: 400 Image.ImageNameInvalid naming the rule', async (name) => {
    const o = await owner();
    const r = await o.api('POST', '/v2/image', { body: { imageName: name, instanceId: o.instance('running-cds') } });
    expectError(r, 400, 'Image.ImageNameInvalid');
    expect(r.json().message).toMatch(/imageName: .*must start with a letter/);
  });

  test('names of 1 and 65 characters with - _ / . are fine, and need not be unique', async () => {
    const o = await owner();
    await createFrom(o, { imageName: 'a', instanceId: o.instance('running-cds') });
    await createFrom(o, { imageName: 'a', instanceId: o.instance('running-cds') });
    await createFrom(o, { imageName: `a${'b-_/.'.repeat(12)}1234`, instanceId: o.instance('running-cds') });
  });

  test('encryption: encrypted source keeps its key; encryptKey encrypts; unknown key 400', async () => {
    const o = await owner();
    const fromEncrypted = await getImage(o.api, await createFrom(o, { instanceId: o.instance('encrypted') }));
    expect(fromEncrypted).toMatchObject({ encrypted: true, encryptKey: o.key() });
    const other = (await admin(emulator.url).createKmsKey(o.account.id, 'bj')).keyId;
    const encrypted = await getImage(o.api, await createFrom(o, { instanceId: o.instance('running-cds'), encryptKey: other }));
    expect(encrypted).toMatchObject({ encrypted: true, encryptKey: other });
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: o.instance('running-cds'), encryptKey: o.key('gz') } }), 400, 'Image.InvalidEncryptKey');
  });

  test('charge type follows the source: Windows licence, market provider', async () => {
    const o = await owner();
    expect((await getImage(o.api, await createFrom(o, { instanceId: o.instance('windows') }))).chargeType).toBe('WindowsLicence');
    expect((await getImage(o.api, await createFrom(o, { instanceId: o.instance('market') }))).chargeType).toBe('Prepay');
  });

  test('asynchronous: Creating with progress until the delay passes; a marked source ends CreateFailed with its reason', async () => {
    const o = await owner();
    await admin(emulator.url).setDelays({ createDelayMs: 300 });
    try {
      const id = await createFrom(o, { instanceId: o.instance('running-cds') });
      const creating = await getImage(o.api, id);
      expect(creating.status).toBe('Creating');
      expect(creating.progress).toBeLessThan(100);
      expectError(await o.api('DELETE', `/v2/image/${id}`), 409, 'Image.CreatingImageCannotBeDeleted');
      const failing = await admin(emulator.url).createInstance({ accountId: o.account.id, region: 'bj', failImageCreation: 'disk read error' });
      const failedId = await createFrom(o, { instanceId: failing.id });
      await new Promise((r) => setTimeout(r, 350));
      expect((await getImage(o.api, id)).status).toBe('Available');
      expect(await getImage(o.api, failedId)).toMatchObject({ status: 'CreateFailed', failReason: 'disk read error' });
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
  });

  test('admin fixtures: an encrypted instance needs a KMS key of its own account and region', async () => {
    const o = await owner();
    const fixtures = await admin(emulator.url).fixtures({ accountId: o.account.id });
    const gzKey = fixtures.kmsKeys.find((k) => k.region === 'gz')!.id;
    await expect(admin(emulator.url).createInstance({ accountId: o.account.id, region: 'bj', encryptKey: gzKey })).rejects.toThrow(
      `encryptKey: KMS key ${gzKey} is not a key of account ${o.account.id} in region bj`,
    );
    const bjKey = fixtures.kmsKeys.find((k) => k.region === 'bj')!.id;
    expect(await admin(emulator.url).createInstance({ accountId: o.account.id, region: 'bj', encryptKey: bjKey })).toMatchObject({ encryptKey: bjKey });
  });

  test('quota: 20 custom images per account per region, Creating and failed ones included; other regions separate', async () => {
    const o = await owner();
    await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
    try {
      for (let i = 0; i < 20; i++) await createFrom(o, { instanceId: o.instance('running-cds') });
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
    const r = await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: o.instance('running-cds') } });
    expectError(r, 413, 'Image.ImageQuotaExceedLimit');
    expectError(await o.api('POST', '/v2/image/import', { body: { name: 'x', osName: 'CentOS', osArch: 'x86_64', osType: 'linux', osVersion: '7.9', bosUrl: 'bos://bucket/a.qcow2' } }), 413, 'Image.ImageQuotaExceedLimit');
    await createFrom(o, { instanceId: o.instance('running-cds', 'gz') }, 'gz');
  });
});

describe('import', () => {
  const base = { name: 'imported', osName: 'Ubuntu', osArch: 'x86_64', osType: 'linux', osVersion: '22.04' };
  test.each([
    ['bos://bucket/disk.qcow2', undefined],
    ['bos://bucket/disk.vhd', undefined],
    ['bos://bucket/disk.vmdk', undefined],
    ['bos://bucket/disk.img', undefined],
    ['bos://bucket/installer.iso', undefined],
    ['bos://bucket/noext', 'raw'],
  ])('%s (format %s) imports as a system image', async (bosUrl, format) => {
    const o = await owner();
    const r = await o.api('POST', '/v2/image/import', { body: { ...base, bosUrl, ...(format ? { format } : {}) } });
    expect(r.status).toBe(200);
    const image = await getImage(o.api, r.json().id);
    expect(image).toMatchObject({ sourceKind: 'import', sourceId: bosUrl, osName: 'Ubuntu', status: 'Available' });
    expect(image.minDiskGb).toBeGreaterThan(0);
  });

  test('data image, no recognisable format, bad url, bad format, missing fields', async () => {
    const o = await owner();
    const r = await o.api('POST', '/v2/image/import', { body: { ...base, bosUrl: 'bos://bucket/d.raw', imageKind: 'data' } });
    expect((await getImage(o.api, r.json().id)).minDiskGb).toBe(0);
    expectError(await o.api('POST', '/v2/image/import', { body: { ...base, bosUrl: 'bos://bucket/noext' } }), 400, 'InvalidParameter');
    const badUrl = await o.api('POST', '/v2/image/import', { body: { ...base, bosUrl: 'http://x/y.qcow2' } });
    expectError(badUrl, 400, 'InappropriateJSON');
    expect(badUrl.json().message).toContain('bosUrl');
    expectError(await o.api('POST', '/v2/image/import', { body: { ...base, bosUrl: 'bos://bucket/a', format: 'ova' } }), 400, 'InappropriateJSON');
    const missing = await o.api('POST', '/v2/image/import', { body: { name: 'x' } });
    expectError(missing, 400, 'InappropriateJSON');
    expect(missing.json().message).toMatch(/osName: is required/);
  });
});

describe('rename and modify', () => {
  test('rename, modify attributes, and their rules', async () => {
    const o = await owner();
    const id = await createFrom(o, { instanceId: o.instance('running-cds') });
    expect((await o.api('PUT', '/v2/image/rename', { body: { name: 'renamed', imageId: id } })).status).toBe(200);
    expect((await getImage(o.api, id)).name).toBe('renamed');
    expectError(await o.api('PUT', '/v2/image/rename', { body: { name: '9bad', imageId: id } }), 400, 'Image.ImageNameInvalid');
    expectError(await o.api('PUT', '/v2/image/rename', { body: { name: 'ok', imageId: 'm-00000000' } }), 404, 'Image.ImageNotExist');
    const system = (await o.api('GET', '/v2/image', { query: { imageType: 'System', maxKeys: '1' } })).json().images[0].id;
    expectError(await o.api('PUT', '/v2/image/rename', { body: { name: 'mine', imageId: system } }), 403, 'AccessDenied');

    const modify = (body: unknown) => o.api('PUT', `/v2/image/${id}`, { query: [['modifyAttribute', '']], body });
    expect((await modify({ name: 'attrs', description: 'd', minMemoryMb: 1024, maxMemoryMb: 8192, nicMultiQueue: false, sriov: true })).status).toBe(200);
    expect(await getImage(o.api, id)).toMatchObject({ name: 'attrs', desc: 'd', minMemoryMb: 1024, maxMemoryMb: 8192, nicMultiQueue: false, sriov: true });
    expectError(await modify({}), 400, 'InappropriateJSON');
    expectError(await modify({ minMemoryMb: 16384 }), 400, 'InvalidParameter');
    expectError(await modify({ sriov: 'yes' }), 400, 'InappropriateJSON');
    expectError(await modify({ colour: 'red' }), 400, 'InappropriateJSON');
  });
});

describe('delete', () => {
  test('own custom images only; shared ones after unshare; instances unaffected', async () => {
    const o = await owner();
    const id = await createFrom(o, { instanceId: o.instance('running-cds') });
    const system = (await o.api('GET', '/v2/image', { query: { imageType: 'System', maxKeys: '1' } })).json().images[0].id;
    expectError(await o.api('DELETE', `/v2/image/${system}`), 403, 'Image.UnCustomImageCannotBeDeleted');
    expect((await o.api('POST', `/v2/image/${id}`, { query: [['share', '']], body: { account: 'bob' } })).status).toBe(200);
    const bob = apiAs(emulator.url, emulator.accounts.find((a) => a.name === 'bob')!);
    expectError(await bob('DELETE', `/v2/image/${id}`), 403, 'Image.UnCustomImageCannotBeDeleted');
    expectError(await o.api('DELETE', `/v2/image/${id}`), 409, 'Image.ImageHasBeenSharedToOthers');
    expect((await o.api('POST', `/v2/image/${id}`, { query: [['unshare', '']], body: { account: 'bob' } })).status).toBe(200);
    expect((await o.api('DELETE', `/v2/image/${id}`)).status).toBe(200);
    expectError(await o.api('GET', `/v2/image/${id}`), 404, 'Image.ImageNotExist');
    expectError(await o.api('DELETE', `/v2/image/${id}`), 404, 'Image.ImageNotExist');
    const instances = (await admin(emulator.url).fixtures({ accountId: o.account.id, region: 'bj' })).instances;
    expect(instances.find((i) => i.id === o.instance('running-cds'))?.status).toBe('Running');
  });
});

describe('list', () => {
  test('public, own and shared-with-me images, filters by type, name and tag', async () => {
    const o = await owner();
    const mine = await createFrom(o, { imageName: 'listed-mine', instanceId: o.instance('running-cds') });
    const other = await owner();
    const theirs = await createFrom(other, { imageName: 'listed-theirs', instanceId: other.instance('running-cds') });
    const hidden = await createFrom(other, { imageName: 'listed-hidden', instanceId: other.instance('running-cds') });
    await other.api('POST', `/v2/image/${theirs}`, { query: [['share', '']], body: { accountId: o.account.id } });
    await o.api('PUT', `/v2/image/${mine}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'env', tagValue: 'prod' }] } });

    const list = async (query: Record<string, string>) => {
      const r = await o.api('GET', '/v2/image', { query });
      expect(r.status).toBe(200);
      return r.json();
    };
    const all = await list({});
    const ids = all.images.map((i: { id: string }) => i.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining([mine, theirs]));
    expect(ids).not.toContain(hidden);
    expect(all).toMatchObject({ marker: '', isTruncated: false, maxKeys: 1000 });
    expect(all).not.toHaveProperty('nextMarker');
    const types = new Set(all.images.map((i: { type: string }) => i.type));
    expect(types).toEqual(new Set(['System', 'Integration', 'Market', 'Custom', 'Sharing']));
    const windows = all.images.filter((i: { osType: string }) => i.osType === 'windows');
    expect(windows.length).toBeGreaterThan(0);
    expect(windows.every((i: { chargeType: string }) => i.chargeType === 'WindowsLicence')).toBe(true);
    expect(all.images.filter((i: { type: string }) => i.type === 'Market' || i.type === 'Integration').every((i: { package: boolean }) => i.package)).toBe(true);

    expect((await list({ imageType: 'Sharing' })).images.map((i: { id: string }) => i.id)).toEqual([theirs]);
    const shared = (await list({ imageType: 'Sharing' })).images[0];
    expect(shared).not.toHaveProperty('ownerId');
    expect((await list({ imageType: 'Custom' })).images.map((i: { id: string }) => i.id)).toEqual([mine]);
    expect((await list({ imageType: 'System' })).images.every((i: { type: string }) => i.type === 'System')).toBe(true);
    expect((await list({ imageType: 'GpuBccSystem' })).images).toEqual([]);
    expect((await list({ imageName: 'listed-mine' })).images.map((i: { id: string }) => i.id)).toEqual([mine]);
    expect((await list({ tagKey: 'env' })).images.map((i: { id: string }) => i.id)).toEqual([mine]);
    expect((await list({ tagKey: 'env', tagValue: 'prod' })).images.map((i: { id: string }) => i.id)).toEqual([mine]);
    expect((await list({ tagKey: 'env', tagValue: 'dev' })).images).toEqual([]);
    // Regional: the shared image is not visible in another region.
    expect((await o.api('GET', '/v2/image', { region: 'gz', query: { imageType: 'Sharing' } })).json().images).toEqual([]);
    expectError(await o.api('GET', `/v2/image/${mine}`, { region: 'gz' }), 404, 'Image.ImageNotExist');

    for (const maxKeys of ['0', '1001', 'abc', '-1']) expectError(await o.api('GET', '/v2/image', { query: { maxKeys } }), 400, 'InvalidParameter');
    expectError(await o.api('GET', '/v2/image', { query: { imageType: 'Bogus' } }), 400, 'InvalidParameter');
  });

  test('paging over 2,500 images with marker/maxKeys visits each exactly once; a deleted marker does not break it', async () => {
    const { imageIds } = await admin(emulator.url).bulkPublicImages('bd', 2500, 'page');
    const o = await owner();
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    for (;;) {
      const r = await o.api('GET', '/v2/image', { region: 'bd', query: { maxKeys: '1000', ...(marker ? { marker } : {}) } });
      const page = r.json();
      pages++;
      seen.push(...page.images.map((i: { id: string }) => i.id));
      if (!page.isTruncated) {
        expect(page).not.toHaveProperty('nextMarker');
        break;
      }
      expect(page.images).toHaveLength(1000);
      marker = page.nextMarker;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(seen.length);
    const seenSet = new Set(seen);
    expect(imageIds.filter((id) => !seenSet.has(id))).toEqual([]);
    expect(seen).toEqual([...seen].sort());

    // Marker semantics: the first id >= marker, so a marker naming no image still pages on.
    const first = (await o.api('GET', '/v2/image', { region: 'bd', query: { maxKeys: '3' } })).json();
    const custom = await createFrom(o, { instanceId: o.instance('running-cds', 'bd') }, 'bd');
    await o.api('DELETE', `/v2/image/${custom}`);
    const next = (await o.api('GET', '/v2/image', { region: 'bd', query: { maxKeys: '3', marker: first.nextMarker } })).json();
    expect(next.marker).toBe(first.nextMarker);
    expect(next.images[0].id).toBe(first.nextMarker);
    const gone = (await o.api('GET', '/v2/image', { region: 'bd', query: { maxKeys: '1', marker: `${first.images[0].id}0` } })).json();
    expect(gone.images[0].id > first.images[0].id).toBe(true);
  });
});

describe('tags', () => {
  test('bind replaces a key, at most 10, key/value length limits, unbind of absent is a no-op', async () => {
    const o = await owner();
    const id = await createFrom(o, { instanceId: o.instance('running-cds') });
    const tag = (action: 'bind' | 'unbind', changeTags: unknown) => o.api('PUT', `/v2/image/${id}/tag`, { query: [[action, '']], body: { changeTags } });
    const tags = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ tagKey: `k${i + from}`, tagValue: 'v' }));
    expect((await tag('bind', tags(9))).status).toBe(200);
    expect((await tag('bind', [{ tagKey: 'k0', tagValue: 'changed' }])).status).toBe(200);
    expect((await getImage(o.api, id)).tags).toHaveLength(9);
    expect((await getImage(o.api, id)).tags[0]).toEqual({ tagKey: 'k0', tagValue: 'changed' });
    expect((await tag('bind', tags(1, 9))).status).toBe(200);
    expectError(await tag('bind', tags(1, 10)), 400, 'Image.TagLimitExceeded');
    expectError(await tag('bind', tags(11, 20)), 400, 'InappropriateJSON');
    expectError(await tag('bind', [{ tagKey: 'x'.repeat(37), tagValue: 'v' }]), 400, 'InappropriateJSON');
    expectError(await tag('bind', [{ tagKey: 'k', tagValue: 'x'.repeat(44) }]), 400, 'InappropriateJSON');
    expect((await tag('bind', [{ tagKey: 'k0', tagValue: 'y'.repeat(43) }])).status).toBe(200);
    expect((await tag('unbind', [{ tagKey: 'k1', tagValue: 'v' }, { tagKey: 'absent', tagValue: 'v' }])).status).toBe(200);
    expect((await getImage(o.api, id)).tags).toHaveLength(9);
    expectError(await o.api('PUT', `/v2/image/${id}/tag`, { body: { changeTags: tags(1) } }), 400, 'InvalidHTTPRequest');
  });
});

describe('export, CSV and OS info', () => {
  test('export task Running -> Succeeded with the object URL; encrypted and non-custom refused; unknown task 404', async () => {
    const o = await owner();
    const id = await createFrom(o, { instanceId: o.instance('running-cds') });
    await admin(emulator.url).setDelays({ exportDelayMs: 200 });
    let taskId: string;
    try {
      const r = await o.api('POST', `/v2/image/${id}`, { query: [['export', '']], body: { bosUrl: 'bos://my-bucket/exports/', format: 'vhd' } });
      expect(r.status).toBe(200);
      taskId = r.json().taskId;
      const running = (await o.api('GET', `/v2/image/task/${taskId}`)).json().task;
      expect(running).toMatchObject({ status: 'Running', imageId: id, format: 'vhd', objectUrl: '' });
      expectError(await o.api('DELETE', `/v2/image/${id}`), 409, 'Image.ImageStatusForbidden');
    } finally {
      await admin(emulator.url).setDelays({ exportDelayMs: 0 });
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    const done = (await o.api('GET', `/v2/image/task/${taskId}`)).json().task;
    expect(done).toMatchObject({ status: 'Succeeded', progress: 100, objectUrl: `bos://my-bucket/exports/${id}.vhd` });
    expectError(await o.api('GET', `/v2/image/task/${taskId}`, { region: 'gz' }), 404, 'Image.TaskNotExist');
    expectError(await apiAs(emulator.url, emulator.accounts[1]!)('GET', `/v2/image/task/${taskId}`), 404, 'Image.TaskNotExist');
    const encrypted = await createFrom(o, { instanceId: o.instance('encrypted') });
    expectError(await o.api('POST', `/v2/image/${encrypted}`, { query: [['export', '']], body: { bosUrl: 'bos://my-bucket', format: 'qcow2' } }), 409, 'Image.ImageStatusForbidden');
    expectError(await o.api('POST', `/v2/image/${id}`, { query: [['export', '']], body: { bosUrl: 'bos://my-bucket', format: 'iso' } }), 400, 'InappropriateJSON');
  });

  test('CSV of the region\'s list: header, quoting, tags, filters', async () => {
    const o = await owner();
    const id = await createFrom(o, { imageName: 'csv-image', instanceId: o.instance('running-cds') });
    await o.api('PUT', `/v2/image/${id}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'a', tagValue: 'x,y' }, { tagKey: 'b', tagValue: '2' }] } });
    const r = await o.api('GET', '/v2/image/csv', { query: { imageType: 'Custom' } });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = r.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,type,status,osType,osName,osVersion,osArch,region,createTime,encrypted,diskSize,tags');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(new RegExp(`^${id},csv-image,Custom,Available,linux,CentOS,7.9,x86_64,bj,.*,false,40,"a=x,y;b=2"$`));
    const all = await o.api('GET', '/v2/image/csv');
    expect(all.text.trimEnd().split('\r\n').length).toBeGreaterThan(10);
  });

  test('OS of instances; unknown instance 404', async () => {
    const o = await owner();
    const r = await o.api('POST', '/v2/image/os', { body: { instanceIds: [o.instance('windows'), o.instance('running-cds')] } });
    expect(r.status).toBe(200);
    expect(r.json().osInfo).toEqual([
      { instanceId: o.instance('windows'), osType: 'windows', osVersion: '2019', osArch: 'x86_64', osName: 'Windows Server', osLang: 'CHS', specialVersion: '' },
      { instanceId: o.instance('running-cds'), osType: 'linux', osVersion: '7.9', osArch: 'x86_64', osName: 'CentOS', osLang: 'ENG', specialVersion: '' },
    ]);
    expectError(await o.api('POST', '/v2/image/os', { body: { instanceIds: ['i-00000000'] } }), 404, 'Instance.InstanceNotExist');
    expectError(await o.api('POST', '/v2/image/os', { body: { instanceIds: [] } }), 400, 'InappropriateJSON');
  });
});
