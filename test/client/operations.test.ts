/** Every client method against the real emulator over HTTP. */
import {
  AlreadySharedError,
  CannotShareToOwnerError,
  ImageApiError,
  ImageClient,
  ImageNotFoundError,
  ImageSharedToOthersError,
  QuotaExceededError,
  StatusForbiddenError,
} from '../../src/client';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { clientFor, fixturesOf, newAccount, type TestAccount } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

let account: TestAccount;
let client: ImageClient;
let fixtures: Awaited<ReturnType<typeof fixturesOf>>;
beforeEach(async () => {
  account = await newAccount(emulator);
  client = clientFor(emulator, account, { strict: true });
  fixtures = await fixturesOf(emulator, account);
});
afterEach(() => client.close());

async function customImage(name = 'base'): Promise<string> {
  const { imageId } = await client.createImageFromInstance(fixtures.instance('running-cds').id, name);
  await client.waitForImage(imageId, { pollIntervalMs: 5 });
  return imageId;
}

describe('creating images', () => {
  it('makes a system-disk image of an instance', async () => {
    const { imageId } = await client.createImageFromInstance(fixtures.instance('running-cds').id, 'web-1', { description: 'web tier' });
    const image = await client.waitForImage(imageId, { pollIntervalMs: 5 });
    expect(image).toMatchObject({ id: imageId, name: 'web-1', type: 'Custom', status: 'Available', sourceKind: 'instance', desc: 'web tier' });
    expect(image.supportsLocalSystemDisk).toBe(false);
  });

  it('makes images of a snapshot, of a data disk and of a full instance', async () => {
    const instance = fixtures.instance('running-cds');
    const fromSnapshot = await client.createImageFromSnapshot(fixtures.snapshot('system-available').id, 'snap-1');
    const dataDisk = await client.createDataDiskImage(instance.id, instance.dataDisks![0]!.id, 'data-1');
    const full = await client.createFullInstanceImage(instance.id, 'full-1');
    expect((await client.getImage(fromSnapshot.imageId)).image.sourceKind).toBe('snapshot');
    expect((await client.getImage(dataDisk.imageId)).image.sourceKind).toBe('dataDisk');
    const fullImage = (await client.getImage(full.imageId)).image;
    expect(fullImage.sourceKind).toBe('fullInstance');
    expect(fullImage.dataDisks).toHaveLength(2);
  });

  it('imports an image from object storage', async () => {
    const { id } = await client.importImage({
      name: 'imported', osName: 'Ubuntu', osArch: 'x86_64', osType: 'linux', osVersion: '22.04', bosUrl: 'bos://my-bucket/ubuntu.qcow2',
    });
    expect((await client.getImage(id)).image).toMatchObject({ sourceKind: 'import', name: 'imported' });
  });

  it('maps status and quota answers to their classes', async () => {
    await expect(client.createImageFromInstance(fixtures.instance('starting').id, 'nope')).rejects.toBeInstanceOf(StatusForbiddenError);
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => client.createImageFromSnapshot(fixtures.snapshot('system-available').id, `q${i}`)));
    expect(made).toHaveLength(20);
    const error = await client.createImageFromSnapshot(fixtures.snapshot('system-available').id, 'q20').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ code: 'Image.ImageQuotaExceedLimit', status: 413 });
    expect((error as ImageApiError).requestId).toMatch(/\S/);
  });
});

describe('reading and changing images', () => {
  it('gets, renames, modifies, tags and deletes', async () => {
    const imageId = await customImage();
    await client.renameImage({ imageId, name: 'renamed' });
    await client.modifyImageAttributes(imageId, { description: 'new', minMemoryMb: 1024, sriov: true });
    await client.bindTags(imageId, { changeTags: [{ tagKey: 'env', tagValue: 'prod' }, { tagKey: 'team', tagValue: 'web' }] });
    await client.unbindTags(imageId, { changeTags: [{ tagKey: 'team', tagValue: 'web' }] });
    const { image } = await client.getImage(imageId);
    expect(image).toMatchObject({ name: 'renamed', desc: 'new', minMemoryMb: 1024, sriov: true, tags: [{ tagKey: 'env', tagValue: 'prod' }] });

    await client.deleteImage(imageId);
    await client.waitForImageDeleted(imageId, { pollIntervalMs: 5 });
    await expect(client.getImage(imageId)).rejects.toBeInstanceOf(ImageNotFoundError);
  });

  it('lists one page, all pages, and the CSV list', async () => {
    const ids = [await customImage('a'), await customImage('b'), await customImage('c')];
    const page = await client.listImagesPage({ imageType: 'Custom', maxKeys: 2 });
    expect(page.images).toHaveLength(2);
    expect(page.isTruncated).toBe(true);
    const all: string[] = [];
    for await (const image of client.listImages({ imageType: 'Custom', maxKeys: 2 })) all.push(image.id);
    expect(all).toEqual([...ids].sort());

    await client.bindTags(ids[0]!, { changeTags: [{ tagKey: 'k', tagValue: 'v' }] });
    const csv = await client.exportImageList({ imageType: 'Custom', tagKey: 'k' });
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('id,name,type,status,osType,osName,osVersion,osArch,region,createTime,encrypted,diskSize,tags');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(ids[0]);
  });

  it('pages the images an instance spec can boot, and refuses a malformed spec before sending', async () => {
    const first = await client.getAvailableImagesBySpec({ spec: 'bcc.g4.c2m8', maxKeys: 2 });
    expect(first.images).toHaveLength(2);
    expect(first.isTruncated).toBe(true);
    const next = await client.getAvailableImagesBySpec({ spec: 'bcc.g4.c2m8', maxKeys: 2, marker: first.nextMarker });
    expect(next.images[0]!.imageId).not.toBe(first.images[0]!.imageId);
    await expect(client.getAvailableImagesBySpec({ spec: 'large' })).rejects.toThrow("getAvailableImagesBySpec: spec: invalid value; Instance spec, bcc.{family}.c{cpus}m{memory GiB}[.suffix], e.g. bcc.g4.c2m8.");
  });

  it('answers the OS of instances', async () => {
    const { osInfo } = await client.getOsInfo({ instanceIds: [fixtures.instance('windows').id] });
    expect(osInfo[0]).toMatchObject({ instanceId: fixtures.instance('windows').id, osType: 'windows' });
  });
});

describe('sharing', () => {
  it('shares, lists, refuses duplicates and the owner, protects shared images, unshares', async () => {
    const imageId = await customImage();
    const other = await newAccount(emulator);
    await client.shareImage(imageId, { accountId: other.id });
    expect((await client.listSharedUsers(imageId)).users).toEqual([{ accountId: other.id, account: other.name, ucAccount: other.ucAccount }]);

    const recipient = clientFor(emulator, other);
    expect((await recipient.getImage(imageId)).image.type).toBe('Sharing');
    await recipient.close();

    await expect(client.shareImage(imageId, { account: other.name })).rejects.toBeInstanceOf(AlreadySharedError);
    await expect(client.shareImage(imageId, { accountId: account.id })).rejects.toBeInstanceOf(CannotShareToOwnerError);
    await expect(client.deleteImage(imageId)).rejects.toBeInstanceOf(ImageSharedToOthersError);

    await client.unshareImage(imageId, { ucAccount: other.ucAccount });
    expect((await client.listSharedUsers(imageId)).users).toEqual([]);
    await client.deleteImage(imageId);
  });
});

describe('copies, replicas and exports', () => {
  it('copies to another region and follows the destination image there', async () => {
    const imageId = await customImage('src');
    const { result } = await client.remoteCopyImage(imageId, { destRegion: ['gz', 'bj'], name: 'copied' });
    const gz = result.find((r) => r.region === 'gz')!;
    expect(gz.code).toBe('');
    expect(result.find((r) => r.region === 'bj')!.code).toBe('Image.RegionNotSupportCopy');
    const copy = await client.waitForCopy('gz', gz.imageId, { pollIntervalMs: 5 });
    expect(copy).toMatchObject({ region: 'gz', name: 'copied', sourceKind: 'copy', copySource: { region: 'bj', imageId } });
    await expect(client.getImage(gz.imageId)).rejects.toBeInstanceOf(ImageNotFoundError);
    expect((await client.withRegion('gz').getImage(gz.imageId)).image.id).toBe(gz.imageId);
    await expect(client.withRegion('gz').cancelRemoteCopy(gz.imageId)).rejects.toBeInstanceOf(StatusForbiddenError);
  });

  it('replicates, converting to encrypted', async () => {
    const imageId = await customImage();
    const { imageId: replica } = await client.replicateImage(imageId, { name: 'enc', encryptKey: fixtures.kmsKeyId });
    const image = await client.waitForImage(replica, { pollIntervalMs: 5 });
    expect(image).toMatchObject({ sourceKind: 'replicate', encrypted: true, encryptKey: fixtures.kmsKeyId });
  });

  it('exports to object storage as a task', async () => {
    const imageId = await customImage();
    const { taskId } = await client.exportImage(imageId, { bosUrl: 'bos://exports/img', format: 'qcow2' });
    const task = await client.waitForExportTask(taskId, { pollIntervalMs: 5 });
    expect(task).toMatchObject({ status: 'Succeeded', imageId, objectUrl: `bos://exports/img/${imageId}.qcow2` });
    expect((await client.getTask(taskId)).task.taskId).toBe(taskId);
  });
});
