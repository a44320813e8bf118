/** Instance rules of docs/api.md "Instances" over real HTTP: create, lifecycle, image rules, sizing, quota, idempotency, get/list, authorization. */
import { InstanceSchema } from '../../src/api/instance-schemas';
import { validate } from '../../src/api/validate';
import { admin, newOwner, type Owner } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { action, createInstance, createInstances, getInstance, image, listAllInstances, sdkEncryptedPass, sleep, SMALL } from '../helpers/instances';
import { signedRequest } from '../helpers/signed-request';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const owner = (): Promise<Owner> => newOwner(emulator.url, 'inst');

const expectError = (r: { status: number; json(): any; headers: Record<string, unknown> }, status: number, code: string, message?: RegExp) => {
  expect({ status: r.status, code: r.json().code }).toEqual({ status, code });
  expect(r.json().requestId).toBe(r.headers['x-bce-request-id']);
  if (message) expect(r.json().message).toMatch(message);
};

async function withCreateDelay<T>(ms: number, run: () => Promise<T>): Promise<T> {
  await admin(emulator.url).setDelays({ createDelayMs: ms });
  try {
    return await run();
  } finally {
    await admin(emulator.url).setDelays({ createDelayMs: 0 });
  }
}

async function customImage(o: Owner, body: Record<string, unknown>): Promise<string> {
  const r = await o.api('POST', '/v2/image', { body: { imageName: 'img', ...body } });
  expect(r.status).toBe(200);
  return r.json().imageId;
}

describe('create and get', () => {
  test('answers instanceIds; get answers every field of InstanceSchema, the OS and charge type of the image', async () => {
    const o = await owner();
    const r = await o.api('POST', '/v2/instance', {
      body: {
        imageId: image('ubuntu-22.04'), spec: 'bcc.g4.c2m8', name: 'web', hostname: 'web-1', zoneName: 'cn-bj-b', rootDiskSizeInGb: 50,
        rootDiskStorageType: 'enhanced_ssd_pl1', createCdsList: [{ cdsSizeInGB: 100 }, { cdsSizeInGB: 50, storageType: 'ssd' }],
        tags: [{ tagKey: 'team', tagValue: 'web' }], subnetId: 'sbn-1', securityGroupId: 'g-1', keypairId: 'k-1', billing: { paymentTiming: 'Prepaid' },
      },
    });
    expect(r.status).toBe(200);
    const [id] = r.json().instanceIds;
    expect(id).toMatch(/^i-[A-Za-z0-9]{8}$/);
    const instance = await getInstance(o.api, id);
    expect(validate(InstanceSchema, instance).ok).toBe(true);
    expect(Object.keys(instance).sort()).toEqual(Object.keys(InstanceSchema.properties).sort());
    expect(instance).toMatchObject({
      id, name: 'web', hostname: 'web-1', status: 'Running', spec: 'bcc.g4.c2m8', cpuCount: 2, memoryCapacityInGB: 8, zoneName: 'cn-bj-b',
      imageId: image('ubuntu-22.04'), osName: 'Ubuntu', osVersion: '22.04', osType: 'linux', osArch: 'x86_64', region: 'bj', paymentTiming: 'Prepaid',
      rootDiskStorageType: 'enhanced_ssd_pl1', rootDiskSizeInGb: 50, localDiskSizeInGB: 0, chargeType: 'Free', createdFrom: 'image',
      tags: [{ tagKey: 'team', tagValue: 'web' }], subnetId: 'sbn-1', securityGroupId: 'g-1', keypairId: 'k-1', deletionProtection: 0,
    });
    expect(instance.volumes).toEqual([
      { volumeId: expect.stringMatching(/^v-/), sizeInGB: 50, storageType: 'enhanced_ssd_pl1', isSystemVolume: true },
      { volumeId: expect.stringMatching(/^v-/), sizeInGB: 100, storageType: 'cloud_hp1', isSystemVolume: false },
      { volumeId: expect.stringMatching(/^v-/), sizeInGB: 50, storageType: 'ssd', isSystemVolume: false },
    ]);
  });

  test('defaults: Postpaid, zone a, cloud_hp1 root disk of the image\'s minimum, host name and name from the id', async () => {
    const o = await owner();
    const id = await createInstance(o.api, { imageId: image('windows-2019') });
    const instance = await getInstance(o.api, id);
    const suffix = id.slice(2).toLowerCase();
    expect(instance).toMatchObject({
      paymentTiming: 'Postpaid', zoneName: 'cn-bj-a', rootDiskStorageType: 'cloud_hp1', rootDiskSizeInGb: 40,
      name: `instance-${suffix}`, hostname: `instance-${suffix}`, osType: 'windows', chargeType: 'WindowsLicence',
    });
  });

  test('Windows and market charge types are carried onto the instance', async () => {
    const o = await owner();
    expect((await getInstance(o.api, await createInstance(o.api, { imageId: image('windows-2022') }))).chargeType).toBe('WindowsLicence');
    expect((await getInstance(o.api, await createInstance(o.api, { imageId: image('wordpress') }))).chargeType).toBe('Prepay');
    expect((await getInstance(o.api, await createInstance(o.api, { imageId: image('lnmp') }))).chargeType).toBe('Free');
  });

  test('a local root disk type gives a local system disk (localDiskSizeInGB)', async () => {
    const o = await owner();
    const instance = await getInstance(o.api, await createInstance(o.api, { imageId: image('debian-12'), rootDiskStorageType: 'local-ssd', rootDiskSizeInGb: 80 }));
    expect(instance).toMatchObject({ rootDiskStorageType: 'local-ssd', localDiskSizeInGB: 80 });
  });

  test('the official SDK\'s body (CreateInstanceArgs): renewal fields always present, adminPass encrypted with the secret key', async () => {
    const o = await owner();
    const r = await o.api('POST', '/v2/instance', {
      query: { clientToken: 'sdk-create-1' },
      body: {
        imageId: image('centos-7.9'), billing: { paymentTiming: 'Postpaid' }, instanceType: 'N3', cpuCount: 1, memoryCapacityInGB: 2,
        rootDiskSizeInGb: 40, rootDiskStorageType: 'cloud_hp1', createCdsList: [{ cdsSizeInGB: 5, storageType: 'cloud_hp1' }],
        purchaseCount: 1, name: 'sdk-vm', adminPass: sdkEncryptedPass(o.account.secretAccessKey, 'Passw0rd!'), zoneName: 'cn-bj-a',
        autoRenewTimeUnit: '', autoRenewTime: 0, cdsAutoRenew: false,
      },
    });
    expect(r.status).toBe(200);
    const instance = await getInstance(o.api, r.json().instanceIds[0]);
    expect(instance).toMatchObject({ name: 'sdk-vm', instanceType: 'N3', cpuCount: 1, memoryCapacityInGB: 2, spec: 'bcc.g4.c1m2', status: 'Running' });
    // A ciphertext of another key does not decrypt to a password: refused without quoting it.
    const wrong = await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), adminPass: sdkEncryptedPass('SK-not-this-account-key', 'Passw0rd!') } });
    expectError(wrong, 400, 'InvalidParameter', /^adminPass: /);
    const weak = await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), adminPass: sdkEncryptedPass(o.account.secretAccessKey, 'weak') } });
    expectError(weak, 400, 'InvalidParameter', /decrypted password breaks the rule/);
  });

  test('adminPass is never echoed: not in answers, errors, the request log or the fixtures', async () => {
    const o = await owner();
    const password = 'Zq9!secretPW';
    const seen: string[] = [];
    const create = await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), adminPass: password } });
    seen.push(create.text);
    const id = create.json().instanceIds[0];
    seen.push((await o.api('GET', `/v2/instance/${id}`)).text, (await o.api('GET', '/v2/instance')).text);
    seen.push((await action(o.api, id, 'rebuild', { imageId: image('debian-12'), adminPass: password })).text);
    seen.push((await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: 'm-00000000', adminPass: password } })).text);
    seen.push((await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), adminPass: `${password}-too-long-for-the-rule` } })).text);
    seen.push(JSON.stringify(await admin(emulator.url).requests(1000)), JSON.stringify(await admin(emulator.url).fixtures({ accountId: o.account.id })));
    for (const text of seen) {
      expect(text).not.toContain(password);
      expect(text).not.toContain('adminPassHash');
    }
  });
});

describe('image rules', () => {
  test('unknown, another account\'s, or another region\'s image: 404 Image.ImageNotExist', async () => {
    const o = await owner();
    const other = await owner();
    const theirs = await customImage(other, { instanceId: other.instance('running-cds') });
    for (const imageId of ['m-00000000', theirs, image('centos-7.9', 'gz')]) {
      expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId } }), 404, 'Image.ImageNotExist');
    }
  });

  test('own custom, shared, Integration and Market images are usable', async () => {
    const o = await owner();
    const recipient = await owner();
    const own = await customImage(o, { instanceId: o.instance('running-local') });
    await createInstance(o.api, { imageId: own });
    expect((await o.api('POST', `/v2/image/${own}`, { query: [['share', '']], body: { accountId: recipient.account.id } })).status).toBe(200);
    const fromShared = await getInstance(recipient.api, await createInstance(recipient.api, { imageId: own }));
    expect(fromShared).toMatchObject({ imageId: own, osName: 'Debian' });
    await createInstance(o.api, { imageId: image('docker') });
    await createInstance(o.api, { imageId: image('gitlab') });
  });

  test('an image that is not Available: 409 Image.ImageStatusForbidden', async () => {
    const o = await owner();
    const creating = await withCreateDelay(60_000, () => customImage(o, { instanceId: o.instance('running-cds') }));
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: creating } }), 409, 'Image.ImageStatusForbidden', /is Creating/);
  });

  test('a CDS-system-disk image cannot boot a local system disk: 400 Instance.ImageNotSupportLocalSystemDisk', async () => {
    const o = await owner();
    const fromCds = await customImage(o, { instanceId: o.instance('running-cds') });
    expectError(
      await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: fromCds, rootDiskStorageType: 'local' } }), 400, 'Instance.ImageNotSupportLocalSystemDisk', /CDS system disk/,
    );
    await createInstance(o.api, { imageId: fromCds, rootDiskStorageType: 'ssd' });
    const fromLocal = await customImage(o, { instanceId: o.instance('stopped-local') });
    await createInstance(o.api, { imageId: fromLocal, rootDiskStorageType: 'local-nvme' });
  });

  test('the image\'s min/max memory bound the memory: 400 Instance.MemoryNotSupportedByImage', async () => {
    const o = await owner();
    const id = await customImage(o, { instanceId: o.instance('running-local') });
    expect((await o.api('PUT', `/v2/image/${id}`, { query: [['modifyAttribute', '']], body: { minMemoryMb: 4096, maxMemoryMb: 16384 } })).status).toBe(200);
    expectError(await o.api('POST', '/v2/instance', { body: { imageId: id, spec: 'bcc.g4.c1m2' } }), 400, 'Instance.MemoryNotSupportedByImage', /2 GiB \(2048 MiB\)/);
    expectError(await o.api('POST', '/v2/instance', { body: { imageId: id, cpuCount: 8, memoryCapacityInGB: 32 } }), 400, 'Instance.MemoryNotSupportedByImage');
    await createInstance(o.api, { imageId: id, spec: 'bcc.g4.c2m4' });
    await createInstance(o.api, { imageId: id, spec: 'bcc.g4.c4m16' });
  });

  test('a data-disk image cannot boot: 400 Instance.DataDiskImageCannotBoot (from a data disk, or imported as data)', async () => {
    const o = await owner();
    const disk = o.fixtures.instances.find((i) => i.id === o.instance('running-cds'))!.dataDisks[0]!;
    const fromDisk = await customImage(o, { instanceId: o.instance('running-cds'), dataDiskId: disk.id });
    const imported = (await o.api('POST', '/v2/image/import', {
      body: { name: 'data', osName: 'CentOS', osArch: 'x86_64', osType: 'linux', osVersion: '7.9', bosUrl: 'bos://bucket/d.raw', imageKind: 'data' },
    })).json().id;
    for (const imageId of [fromDisk, imported]) {
      expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId } }), 400, 'Instance.DataDiskImageCannotBoot');
    }
  });

  test('a root disk below the image\'s minDiskGb: 400 Instance.RootDiskTooSmall', async () => {
    const o = await owner();
    const r = await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('windows-2019'), rootDiskSizeInGb: 30 } });
    expectError(r, 400, 'Instance.RootDiskTooSmall', /30 GB .* minimum system disk of 40 GB/);
    await createInstance(o.api, { imageId: image('windows-2019'), rootDiskSizeInGb: 40 });
  });
});

describe('sizing and parameters', () => {
  test('spec sets cpus and memory; cpuCount + memoryCapacityInGB is the other form; one of them is required', async () => {
    const o = await owner();
    expect(await getInstance(o.api, await createInstance(o.api, { imageId: image('centos-7.9'), spec: 'bcc.g4.c4m16' }))).toMatchObject({ cpuCount: 4, memoryCapacityInGB: 16 });
    const both = await createInstance(o.api, { imageId: image('centos-7.9'), spec: 'bcc.g4.c2m8', cpuCount: 2, memoryCapacityInGB: 8 });
    expect((await getInstance(o.api, both)).spec).toBe('bcc.g4.c2m8');
    const none = await o.api('POST', '/v2/instance', { body: { imageId: image('centos-7.9') } });
    expectError(none, 400, 'InvalidParameter', /spec, or cpuCount and memoryCapacityInGB/);
    expectError(await o.api('POST', '/v2/instance', { body: { imageId: image('centos-7.9'), cpuCount: 2 } }), 400, 'InvalidParameter', /missing memoryCapacityInGB/);
    expectError(await o.api('POST', '/v2/instance', { body: { imageId: image('centos-7.9'), spec: 'bcc.g4.c2m8', cpuCount: 4 } }), 400, 'InvalidParameter', /disagree with spec/);
    expectError(await o.api('POST', '/v2/instance', { body: { imageId: image('centos-7.9'), spec: 'bcc.g4.c200m8' } }), 400, 'InvalidParameter', /^spec: /);
    expectError(await o.api('POST', '/v2/instance', { body: { imageId: image('centos-7.9'), spec: 'g4-2-8' } }), 400, 'InappropriateJSON', /^spec: /);
  });

  test('a zone of another region, an unknown data-disk snapshot, schema violations', async () => {
    const o = await owner();
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), zoneName: 'cn-gz-a' } }), 400, 'InvalidParameter', /zoneName: cn-gz-a is not a zone of region bj/);
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), createCdsList: [{ cdsSizeInGB: 10, snapshotId: 's-00000000' }] } }), 404, 'Snapshot.SnapshotNotExist');
    await createInstance(o.api, { imageId: image('centos-7.9'), createCdsList: [{ cdsSizeInGB: 100, snapshotId: o.snapshot('data-available') }] });
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), purchaseCount: 21 } }), 400, 'InappropriateJSON', /purchaseCount/);
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), adminPass: 'short' } }), 400, 'InappropriateJSON', /^adminPass: /);
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), name: '1bad' } }), 400, 'InappropriateJSON', /^name: /);
  });
});

describe('quota', () => {
  test('50 per account per region, seeded instances included; a batch is all or nothing; other regions separate', async () => {
    const o = await owner();
    expect(await listAllInstances(o.api)).toHaveLength(9);
    expect(await createInstances(o.api, { imageId: image('centos-7.9'), purchaseCount: 20 })).toHaveLength(20);
    expect(await createInstances(o.api, { imageId: image('centos-7.9'), purchaseCount: 20 })).toHaveLength(20);
    const over = await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9'), purchaseCount: 2 } });
    expectError(over, 413, 'Instance.InstanceQuotaExceedLimit', /2 instance\(s\) asked for, 1 free: the quota is 50 instances per account per region and 49 are used/);
    expect(await listAllInstances(o.api)).toHaveLength(49);
    await createInstance(o.api, { imageId: image('centos-7.9') });
    expectError(await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9') } }), 413, 'Instance.InstanceQuotaExceedLimit', /0 free/);
    await createInstance(o.api, { imageId: image('centos-7.9', 'gz') }, 'gz');
    // Deleting frees a place.
    expect((await o.api('DELETE', `/v2/instance/${o.instance('running-cds')}`)).status).toBe(200);
    await createInstance(o.api, { imageId: image('centos-7.9') });
  });
});

describe('lifecycle', () => {
  test('create: Starting → Running; stop: Stopping → Stopped; start: Starting → Running; rebuild: Rebuilding → Running', async () => {
    const o = await owner();
    await withCreateDelay(150, async () => {
      const id = await createInstance(o.api, { imageId: image('centos-7.9') });
      expect((await getInstance(o.api, id)).status).toBe('Starting');
      expectError(await action(o.api, id, 'stop'), 409, 'Instance.InstanceStatusForbidden', new RegExp(`instance ${id} is Starting; it must be Running to stop it`));
      expectError(await o.api('DELETE', `/v2/instance/${id}`), 409, 'Instance.InstanceStatusForbidden', /is Starting/);
      expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: id } }), 409, 'Image.InstanceStatusForbidden');
      await sleep(200);
      expect((await getInstance(o.api, id)).status).toBe('Running');
      expectError(await action(o.api, id, 'start'), 409, 'Instance.InstanceStatusForbidden', /is Running; it must be Stopped to start it/);

      expect((await action(o.api, id, 'stop', { forceStop: true })).status).toBe(200);
      expect((await getInstance(o.api, id)).status).toBe('Stopping');
      await sleep(200);
      expect((await getInstance(o.api, id)).status).toBe('Stopped');

      expect((await action(o.api, id, 'rebuild', { imageId: image('debian-12') })).status).toBe(200);
      expect((await getInstance(o.api, id)).status).toBe('Rebuilding');
      expectError(await action(o.api, id, 'rebuild', { imageId: image('debian-12') }), 409, 'Instance.InstanceStatusForbidden', /is Rebuilding; it must be Running or Stopped to rebuild it/);
      await sleep(200);
      expect((await getInstance(o.api, id)).status).toBe('Running');

      expect((await action(o.api, id, 'stop')).status).toBe(200);
      await sleep(200);
      expect((await action(o.api, id, 'start')).status).toBe(200);
      expect((await getInstance(o.api, id)).status).toBe('Starting');
      await sleep(200);
      expect((await getInstance(o.api, id)).status).toBe('Running');
    });
  });

  test('delete: gone from get and list; seeded instances in a transition or Expired follow the same rules', async () => {
    const o = await owner();
    const id = await createInstance(o.api, { imageId: image('centos-7.9') });
    expect((await o.api('DELETE', `/v2/instance/${id}`)).status).toBe(200);
    expectError(await o.api('GET', `/v2/instance/${id}`), 404, 'Instance.InstanceNotExist');
    expect((await listAllInstances(o.api)).map((i) => i.id)).not.toContain(id);
    expectError(await action(o.api, o.instance('starting'), 'stop'), 409, 'Instance.InstanceStatusForbidden');
    expectError(await action(o.api, o.instance('expired'), 'start'), 409, 'Instance.InstanceStatusForbidden', /is Expired/);
    expect((await o.api('DELETE', `/v2/instance/${o.instance('expired')}`)).status).toBe(200);
    expect((await action(o.api, o.instance('stopped-local'), 'start')).status).toBe(200);
  });
});

describe('idempotency and faults', () => {
  test('create with a clientToken: the same ids on repeat and no extra instances; another body with it is 409', async () => {
    const o = await owner();
    const body = { ...SMALL, imageId: image('centos-7.9'), purchaseCount: 3 };
    const first = await createInstances(o.api, body, { clientToken: 'batch-1' });
    const again = await createInstances(o.api, body, { clientToken: 'batch-1' });
    expect(again).toEqual(first);
    expect(await listAllInstances(o.api)).toHaveLength(12);
    const other = await o.api('POST', '/v2/instance', { query: { clientToken: 'batch-1' }, body: { ...body, purchaseCount: 2 } });
    expectError(other, 409, 'IdempotentParameterMismatch');
  });

  test('a dropped answer retried with its token creates nothing twice; the other writes take tokens too', async () => {
    const o = await owner();
    const body = { ...SMALL, imageId: image('centos-7.9') };
    await admin(emulator.url).setFaults({ dropRate: 1 });
    try {
      await expect(o.api('POST', '/v2/instance', { query: { clientToken: 'dropped-1' }, body })).rejects.toThrow();
    } finally {
      await admin(emulator.url).setFaults({});
    }
    const ids = await createInstances(o.api, body, { clientToken: 'dropped-1' });
    expect(await listAllInstances(o.api)).toHaveLength(10);
    const stop = () => o.api('PUT', `/v2/instance/${ids[0]}`, { query: [['stop', ''], ['clientToken', 'stop-1']], body: {} });
    expect((await stop()).status).toBe(200);
    expect((await stop()).status).toBe(200);
    expect((await getInstance(o.api, ids[0]!)).status).toBe('Stopped');
  });

  test('an injected 503 changes nothing', async () => {
    const o = await owner();
    await admin(emulator.url).setFaults({ errorRate: { '503': 1 } });
    try {
      expect((await o.api('POST', '/v2/instance', { body: { ...SMALL, imageId: image('centos-7.9') } })).status).toBe(503);
    } finally {
      await admin(emulator.url).setFaults({});
    }
    expect(await listAllInstances(o.api)).toHaveLength(9);
  });
});

describe('get, list and authorization', () => {
  test('seeded instances appear in get and list with their image and facts', async () => {
    const o = await owner();
    expect(await getInstance(o.api, o.instance('running-cds'))).toMatchObject({
      name: 'running-cds', status: 'Running', imageId: image('centos-7.9'), rootDiskStorageType: 'cloud_hp1', rootDiskSizeInGb: 40,
      cpuCount: 2, memoryCapacityInGB: 8, zoneName: 'cn-bj-a', paymentTiming: 'Postpaid',
    });
    expect(await getInstance(o.api, o.instance('stopped-local'))).toMatchObject({ rootDiskStorageType: 'local', localDiskSizeInGB: 40 });
    expect((await getInstance(o.api, o.instance('expired'))).paymentTiming).toBe('Prepaid');
    const all = await listAllInstances(o.api);
    expect(all.every((i) => validate(InstanceSchema, i).ok)).toBe(true);
    expect(all.map((i) => i.id)).toEqual([...all.map((i) => i.id)].sort());
  });

  test('paging with marker and maxKeys; filters imageId, zoneName, instanceNames', async () => {
    const o = await owner();
    const ids = await createInstances(o.api, { imageId: image('rocky-9'), name: 'fleet', zoneName: 'cn-bj-c', purchaseCount: 3 });
    const first = (await o.api('GET', '/v2/instance', { query: { maxKeys: '5' } })).json();
    expect(first).toMatchObject({ marker: '', isTruncated: true, maxKeys: 5 });
    expect(first.instances).toHaveLength(5);
    const second = (await o.api('GET', '/v2/instance', { query: { maxKeys: '1000', marker: first.nextMarker } })).json();
    expect(second.isTruncated).toBe(false);
    expect(second.nextMarker).toBeUndefined();
    expect([...first.instances, ...second.instances].map((i: { id: string }) => i.id)).toHaveLength(12);
    const byImage = await listAllInstances(o.api, { imageId: image('rocky-9') });
    expect(byImage.map((i) => i.id).sort()).toEqual(expect.arrayContaining(ids));
    expect(byImage).toHaveLength(4); // the seeded `encrypted` instance runs Rocky Linux too
    expect((await listAllInstances(o.api, { zoneName: 'cn-bj-c' })).map((i) => i.id).sort()).toEqual([...ids].sort());
    expect((await listAllInstances(o.api, { instanceNames: 'fleet,running-cds' }))).toHaveLength(4);
    expectError(await o.api('GET', '/v2/instance', { query: { maxKeys: '0' } }), 400, 'InvalidParameter', /maxKeys/);
  });

  test('another account\'s instance is 404 Instance.InstanceNotExist for every call, and never listed', async () => {
    const o = await owner();
    const other = await owner();
    const id = await createInstance(other.api, { imageId: image('centos-7.9') });
    expectError(await o.api('GET', `/v2/instance/${id}`), 404, 'Instance.InstanceNotExist');
    expectError(await action(o.api, id, 'stop'), 404, 'Instance.InstanceNotExist');
    expectError(await action(o.api, id, 'start'), 404, 'Instance.InstanceNotExist');
    expectError(await action(o.api, id, 'rebuild', { imageId: image('centos-7.9') }), 404, 'Instance.InstanceNotExist');
    expectError(await o.api('DELETE', `/v2/instance/${id}`), 404, 'Instance.InstanceNotExist');
    expectError(await o.api('POST', '/v2/image', { body: { imageName: 'x', instanceId: id } }), 404, 'Instance.InstanceNotExist');
    expect((await listAllInstances(o.api)).map((i) => i.id)).not.toContain(id);
    expectError(await other.api('GET', `/v2/instance/${id}`, { region: 'gz' }), 404, 'Instance.InstanceNotExist');
    expect((await getInstance(other.api, id)).status).toBe('Running');
  });

  test('the admin API lists API-created instances among the fixtures', async () => {
    const o = await owner();
    const id = await createInstance(o.api, { imageId: image('centos-7.9'), adminPass: 'Adm1n!pass' });
    const fixtures = await admin(emulator.url).fixtures({ accountId: o.account.id, region: 'bj' });
    expect(fixtures.instances.find((i) => i.id === id)).toMatchObject({ imageId: image('centos-7.9'), status: 'Running' });
  });

  test('unsigned or wrongly signed instance calls are refused like image calls', async () => {
    const o = await owner();
    const r = await signedRequest(emulator.url, { accessKeyId: o.account.accessKeyId, secretAccessKey: 'wrong' }, 'GET', '/v2/instance');
    expectError(r, 400, 'SignatureDoesNotMatch');
  });
});
