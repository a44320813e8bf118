/**
 * Instances in the fixtures' world over real HTTP: rebuilding from another
 * image, images deleted or unshared under running instances, custom images
 * made from API-created instances, and persistence with a data dir.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { admin, newOwner, type Owner } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { action, createInstance, getInstance, image, listAllInstances } from '../helpers/instances';
import { apiAs } from '../helpers/signed-request';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

const owner = (): Promise<Owner> => newOwner(emulator.url, 'world');

const expectError = (r: { status: number; json(): any }, status: number, code: string, message?: RegExp) => {
  expect({ status: r.status, code: r.json().code }).toEqual({ status, code });
  if (message) expect(r.json().message).toMatch(message);
};

async function customImage(o: Owner, body: Record<string, unknown>): Promise<string> {
  const r = await o.api('POST', '/v2/image', { body: { imageName: 'img', ...body } });
  expect(r.status).toBe(200);
  return r.json().imageId;
}

async function getImage(o: Owner, id: string) {
  const r = await o.api('GET', `/v2/image/${id}`);
  expect(r.status).toBe(200);
  return r.json().image;
}

describe('rebuild', () => {
  test('the OS fields, imageId and charge type follow the new image; data disks stay unless isPreserveData is false', async () => {
    const o = await owner();
    const id = await createInstance(o.api, { imageId: image('centos-7.9'), rootDiskSizeInGb: 40, createCdsList: [{ cdsSizeInGB: 100 }] });
    const before = await getInstance(o.api, id);
    expect((await action(o.api, id, 'rebuild', { imageId: image('windows-2019'), adminPass: 'N3w!passw0rd' })).status).toBe(200);
    const windows = await getInstance(o.api, id);
    expect(windows).toMatchObject({ imageId: image('windows-2019'), osType: 'windows', osName: 'Windows Server', osVersion: '2019', chargeType: 'WindowsLicence', status: 'Running' });
    expect(windows.volumes).toEqual(before.volumes);
    expect((await action(o.api, id, 'rebuild', { imageId: image('ubuntu-22.04-arm'), isPreserveData: false })).status).toBe(200);
    const arm = await getInstance(o.api, id);
    expect(arm).toMatchObject({ osName: 'Ubuntu', osArch: 'aarch64', chargeType: 'Free' });
    expect(arm.volumes).toHaveLength(1);
  });

  test('the official SDK\'s rebuild body: adminPass and keypairId always present, "" when unset', async () => {
    const o = await owner();
    const body = { imageId: image('debian-12'), adminPass: '', keypairId: '', isOpenHostEye: false, isPreserveData: true };
    expect((await action(o.api, o.instance('running-cds'), 'rebuild', body)).status).toBe(200);
    expect(await getInstance(o.api, o.instance('running-cds'))).toMatchObject({ osName: 'Debian', keypairId: '' });
    expect((await action(o.api, o.instance('running-cds'), 'rebuild', { ...body, keypairId: 'k-new' })).status).toBe(200);
    expect((await getInstance(o.api, o.instance('running-cds'))).keypairId).toBe('k-new');
  });

  test('the image rules of create apply: visibility, status, data-disk image, local disk, memory, disk size', async () => {
    const o = await owner();
    const local = o.instance('running-local');
    const fromCds = await customImage(o, { instanceId: o.instance('running-cds') });
    expectError(await action(o.api, local, 'rebuild', { imageId: fromCds }), 400, 'Instance.ImageNotSupportLocalSystemDisk', new RegExp(`instance ${local}`));
    expectError(await action(o.api, local, 'rebuild', { imageId: 'm-00000000' }), 404, 'Image.ImageNotExist');
    const disk = o.fixtures.instances.find((i) => i.id === o.instance('running-cds'))!.dataDisks[0]!;
    const dataImage = await customImage(o, { instanceId: o.instance('running-cds'), dataDiskId: disk.id });
    expectError(await action(o.api, local, 'rebuild', { imageId: dataImage }), 400, 'Instance.DataDiskImageCannotBoot');
    const bigMemory = await customImage(o, { instanceId: local });
    await o.api('PUT', `/v2/image/${bigMemory}`, { query: [['modifyAttribute', '']], body: { minMemoryMb: 16384 } });
    expectError(await action(o.api, local, 'rebuild', { imageId: bigMemory }), 400, 'Instance.MemoryNotSupportedByImage', /8 GiB/);
    // The Windows image needs 40 GB; an instance with a 20 GB system disk cannot take it.
    const small = await createInstance(o.api, { imageId: image('centos-7.9'), rootDiskSizeInGb: 20 });
    expectError(await action(o.api, small, 'rebuild', { imageId: image('windows-2019') }), 400, 'Instance.RootDiskTooSmall');
    await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
    try {
      const creating = await customImage(o, { instanceId: local });
      expectError(await action(o.api, local, 'rebuild', { imageId: creating }), 409, 'Image.ImageStatusForbidden');
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
    expectError(await action(o.api, o.instance('stopping'), 'rebuild', { imageId: image('centos-7.9') }), 409, 'Instance.InstanceStatusForbidden', /is Stopping/);
    expect((await action(o.api, o.instance('stopped-local'), 'rebuild', { imageId: image('centos-7.9') })).status).toBe(200);
    expect((await getInstance(o.api, o.instance('stopped-local'))).status).toBe('Running');
  });
});

describe('images deleted or unshared under instances', () => {
  test('deleting the image leaves its instances Running with the old imageId, rebuildable from another image', async () => {
    const o = await owner();
    const golden = await customImage(o, { instanceId: o.instance('running-cds') });
    const id = await createInstance(o.api, { imageId: golden });
    expect((await o.api('DELETE', `/v2/image/${golden}`)).status).toBe(200);
    expect(await getInstance(o.api, id)).toMatchObject({ status: 'Running', imageId: golden, osName: 'CentOS' });
    expect((await listAllInstances(o.api, { imageId: golden })).map((i) => i.id)).toEqual([id]);
    expectError(await o.api('POST', '/v2/instance', { body: { spec: 'bcc.g4.c2m8', imageId: golden } }), 404, 'Image.ImageNotExist');
    expectError(await action(o.api, id, 'rebuild', { imageId: golden }), 404, 'Image.ImageNotExist');
    expect((await action(o.api, id, 'rebuild', { imageId: image('rocky-9') })).status).toBe(200);
    expect(await getInstance(o.api, id)).toMatchObject({ status: 'Running', imageId: image('rocky-9'), osName: 'Rocky Linux' });
  });

  test('a recipient whose share was removed can no longer create or rebuild from the image, and keeps its instances', async () => {
    const o = await owner();
    const recipient = await owner();
    const shared = await customImage(o, { instanceId: o.instance('running-local') });
    const share = (flag: 'share' | 'unshare') => o.api('POST', `/v2/image/${shared}`, { query: [[flag, '']], body: { accountId: recipient.account.id } });
    expect((await share('share')).status).toBe(200);
    const id = await createInstance(recipient.api, { imageId: shared });
    expect((await getInstance(recipient.api, id)).chargeType).toBe('Free');
    expect((await share('unshare')).status).toBe(200);
    expectError(await recipient.api('POST', '/v2/instance', { body: { spec: 'bcc.g4.c2m8', imageId: shared } }), 404, 'Image.ImageNotExist');
    expectError(await action(recipient.api, id, 'rebuild', { imageId: shared }), 404, 'Image.ImageNotExist');
    expect(await getInstance(recipient.api, id)).toMatchObject({ status: 'Running', imageId: shared });
  });

  test('an encrypted shared image encrypts the recipient\'s disk with the recipient\'s own key, never the owner\'s', async () => {
    const o = await owner();
    const recipient = await owner();
    const encrypted = await customImage(o, { instanceId: o.instance('encrypted') });
    await o.api('POST', `/v2/image/${encrypted}`, { query: [['share', '']], body: { accountId: recipient.account.id } });
    const id = await createInstance(recipient.api, { imageId: encrypted });
    const again = await customImage(recipient, { instanceId: id });
    expect(await getImage(recipient, again)).toMatchObject({ encrypted: true, encryptKey: recipient.key() });
    const own = await customImage(o, { instanceId: await createInstance(o.api, { imageId: encrypted }) });
    expect((await getImage(o, own)).encryptKey).toBe(o.key());
  });
});

describe('custom images from API-created instances', () => {
  test('system disk type decides supportsLocalSystemDisk; OS, charge type and data disks come along', async () => {
    const o = await owner();
    const onCds = await createInstance(o.api, { imageId: image('windows-2022'), createCdsList: [{ cdsSizeInGB: 100 }, { cdsSizeInGB: 30 }] });
    const onLocal = await createInstance(o.api, { imageId: image('debian-12'), rootDiskStorageType: 'local', rootDiskSizeInGb: 60 });
    const fromCds = await getImage(o, await customImage(o, { instanceId: onCds }));
    expect(fromCds).toMatchObject({ supportsLocalSystemDisk: false, osType: 'windows', osVersion: '2022', chargeType: 'WindowsLicence', minDiskGb: 40, sourceId: onCds });
    expect((await getImage(o, await customImage(o, { instanceId: onLocal })))).toMatchObject({ supportsLocalSystemDisk: true, osName: 'Debian', minDiskGb: 60 });
    const full = await getImage(o, await customImage(o, { instanceId: onCds, relateCds: true }));
    expect(full).toMatchObject({ sourceKind: 'fullInstance', dataDisks: [{ sizeGb: 100 }, { sizeGb: 30 }], diskSize: 170 });
    const dataDiskId = (await getInstance(o.api, onCds)).volumes[2].volumeId;
    expect(dataDiskId).toMatch(/^v-/);
    expect(await getImage(o, await customImage(o, { instanceId: onCds, dataDiskId }))).toMatchObject({ sourceKind: 'dataDisk', diskSize: 30 });
    // A full-instance image brings its data disks to the instances made from it.
    const fromFull = await getInstance(o.api, await createInstance(o.api, { imageId: full.id, createCdsList: [{ cdsSizeInGB: 10 }] }));
    expect(fromFull.volumes.map((v: { sizeInGB: number }) => v.sizeInGB)).toEqual([40, 100, 30, 10]);
    const os = (await o.api('POST', '/v2/image/os', { body: { instanceIds: [onCds] } })).json().osInfo[0];
    expect(os).toMatchObject({ instanceId: onCds, osType: 'windows', osVersion: '2022' });
  });
});

describe('persistence', () => {
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imagecloud-instances-'));
    tempDirs.push(dir);
    return dir;
  };

  test('instances, their transitions and their tokens survive a restart; the data dir never holds the password', async () => {
    const dir = dataDir();
    const password = 'Dur4ble!pass';
    let running = await startTestEmulator({ dataDir: dir, createDelayMs: 60_000 });
    const dev = running.accounts[0]!;
    let api = apiAs(running.url, dev);
    const body = { spec: 'bcc.g4.c2m8', imageId: image('centos-7.9'), adminPass: password, tags: [{ tagKey: 'k', tagValue: 'v' }] };
    const created = await api('POST', '/v2/instance', { query: { clientToken: 'persist-1' }, body });
    const [id] = created.json().instanceIds;
    const before = await getInstance(api, id);
    expect(before.status).toBe('Starting');
    await running.close();
    for (const file of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain(password);

    running = await startTestEmulator({ dataDir: dir });
    try {
      api = apiAs(running.url, dev);
      // The transition kept its due time: still Starting until the 60 s pass.
      expect(await getInstance(api, id)).toEqual(before);
      const retry = await api('POST', '/v2/instance', { query: { clientToken: 'persist-1' }, body });
      expect(retry.json().instanceIds).toEqual([id]);
      expect((await listAllInstances(api)).filter((i) => i.tags.length > 0).map((i) => i.id)).toEqual([id]);
    } finally {
      await running.close();
    }
  });

  test('instances written before the instance API existed load with fixture values', async () => {
    const dir = dataDir();
    let running = await startTestEmulator({ dataDir: dir });
    const dev = running.accounts[0]!;
    const fixtures = await admin(running.url).fixtures({ accountId: dev.accountId, region: 'bj' });
    const cds = fixtures.instances.find((i) => i.name === 'running-cds')!;
    await running.close();
    // What an earlier version wrote: instances with only the fields it knew.
    const known = ['id', 'accountId', 'region', 'name', 'status', 'osType', 'osVersion', 'osArch', 'osName', 'osBuild', 'osLang', 'systemDisk', 'dataDisks', 'encryptKey', 'chargeType', 'failImageCreation'];
    const snapshotPath = path.join(dir, 'snapshot.json');
    const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as { records: { instance: Array<Record<string, any>> } };
    snapshot.records.instance = snapshot.records.instance.map((record) => ({
      ...Object.fromEntries(known.map((k) => [k, record[k]])),
      dataDisks: (record['dataDisks'] as Array<{ id: string; sizeGb: number }>).map(({ id, sizeGb }) => ({ id, sizeGb })),
    }));
    fs.writeFileSync(snapshotPath, JSON.stringify(snapshot));

    running = await startTestEmulator({ dataDir: dir });
    try {
      const api = apiAs(running.url, dev);
      expect(await getInstance(api, cds.id)).toMatchObject({
        name: 'running-cds', imageId: '', zoneName: 'cn-bj-a', rootDiskStorageType: 'cloud_hp1', cpuCount: 2, memoryCapacityInGB: 8,
        volumes: [expect.objectContaining({ isSystemVolume: true }), expect.objectContaining({ volumeId: cds.dataDisks[0]!.id, storageType: 'cloud_hp1' }), expect.anything()],
      });
      expect((await action(api, cds.id, 'rebuild', { imageId: image('debian-12') })).status).toBe(200);
      expect((await api('POST', '/v2/image', { body: { imageName: 'old', instanceId: cds.id } })).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});
