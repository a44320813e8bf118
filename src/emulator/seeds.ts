/**
 * Deterministic fixtures: the development accounts of docs/api.md, public
 * images in every region, and per account and region a set of instances,
 * snapshots and a KMS key. Ids derive from names, so they are the same on
 * every start and in every test run.
 */
import { DEFAULT_ROOT_DISK_TYPE } from '../api/instance-schemas';
import { REGIONS, type Region } from '../api/schemas';
import { randomHex, seededId, seededKeyId } from './ids';
import type { Account, ImageRecord, InstanceRecord, KmsKeyRecord, OsFacts, SnapshotRecord } from './model';
import type { State } from './state';

export const DEV_ACCOUNTS: readonly Account[] = [
  { id: 'd0000000000000000000000000000001', name: 'dev', ucAccount: 'dev-uc', accessKeyId: 'AKDEV00000000000000000000000000001', secretAccessKey: 'SKDEV00000000000000000000000000001' },
  { id: 'a0000000000000000000000000000002', name: 'alice', ucAccount: 'alice-uc', accessKeyId: 'AKALICE000000000000000000000000002', secretAccessKey: 'SKALICE000000000000000000000000002' },
  { id: 'b0000000000000000000000000000003', name: 'bob', ucAccount: 'bob-uc', accessKeyId: 'AKBOB00000000000000000000000000003', secretAccessKey: 'SKBOB00000000000000000000000000003' },
  { id: 'c0000000000000000000000000000004', name: 'carol', ucAccount: 'carol-uc', accessKeyId: 'AKCAROL000000000000000000000000004', secretAccessKey: 'SKCAROL000000000000000000000000004' },
];

/** Seeds are dated at a fixed instant so fixtures are byte-for-byte stable. */
const SEED_TIME = '2024-01-01T00:00:00Z';

const linux = (osName: string, osVersion: string, osArch = 'x86_64'): OsFacts => ({
  osType: 'linux', osName, osVersion, osArch, osBuild: `${osVersion}.0`, osLang: 'ENG', specialVersion: '',
});
const windows = (osVersion: string): OsFacts => ({
  osType: 'windows', osName: 'Windows Server', osVersion, osArch: 'x86_64', osBuild: osVersion, osLang: 'CHS', specialVersion: '',
});

interface PublicImageSeed {
  key: string;
  name: string;
  type: 'System' | 'Integration' | 'Market';
  os: OsFacts;
  chargeType: string;
  diskGb: number;
}

export const PUBLIC_IMAGE_SEEDS: readonly PublicImageSeed[] = [
  { key: 'centos-7.9', name: 'CentOS-7.9', type: 'System', os: linux('CentOS', '7.9'), chargeType: 'Free', diskGb: 20 },
  { key: 'ubuntu-22.04', name: 'Ubuntu-22.04', type: 'System', os: linux('Ubuntu', '22.04'), chargeType: 'Free', diskGb: 20 },
  { key: 'ubuntu-22.04-arm', name: 'Ubuntu-22.04-arm', type: 'System', os: linux('Ubuntu', '22.04', 'aarch64'), chargeType: 'Free', diskGb: 20 },
  { key: 'debian-12', name: 'Debian-12', type: 'System', os: linux('Debian', '12'), chargeType: 'Free', diskGb: 20 },
  { key: 'rocky-9', name: 'RockyLinux-9', type: 'System', os: linux('Rocky Linux', '9.3'), chargeType: 'Free', diskGb: 20 },
  { key: 'windows-2019', name: 'WindowsServer-2019', type: 'System', os: windows('2019'), chargeType: 'WindowsLicence', diskGb: 40 },
  { key: 'windows-2022', name: 'WindowsServer-2022', type: 'System', os: windows('2022'), chargeType: 'WindowsLicence', diskGb: 40 },
  { key: 'lnmp', name: 'LNMP-CentOS-7.9', type: 'Integration', os: linux('CentOS', '7.9'), chargeType: 'Free', diskGb: 20 },
  { key: 'docker', name: 'Docker-Ubuntu-22.04', type: 'Integration', os: linux('Ubuntu', '22.04'), chargeType: 'Free', diskGb: 20 },
  { key: 'wordpress', name: 'WordPress-Market', type: 'Market', os: linux('CentOS', '7.9'), chargeType: 'Prepay', diskGb: 40 },
  { key: 'gitlab', name: 'GitLab-Market', type: 'Market', os: linux('Ubuntu', '22.04'), chargeType: 'Prepay', diskGb: 40 },
];

export function publicImageId(region: Region, key: string): string {
  return seededId('m', `public/${region}/${key}`);
}

export function publicImage(region: Region, seed: PublicImageSeed, id = publicImageId(region, seed.key)): ImageRecord {
  return {
    id, region, ownerId: '', type: seed.type, name: seed.name, desc: `${seed.type} image ${seed.name}`, ...seed.os,
    status: 'Available', createTime: SEED_TIME, minDiskGb: seed.diskGb, diskSize: seed.diskGb,
    encryptKey: '', package: seed.type !== 'System', sourceKind: 'system', sourceId: '', minMemoryMb: 0, maxMemoryMb: 0,
    nicMultiQueue: true, sriov: false, supportsLocalSystemDisk: true, chargeType: seed.chargeType, tags: [], dataDisks: [],
    snapshots: [], failReason: '', sharedWith: [],
  };
}

const seedByKey = (key: string) => PUBLIC_IMAGE_SEEDS.find((s) => s.key === key)!;

interface InstanceSeed {
  name: string;
  status: InstanceRecord['status'];
  image: string;
  systemDisk: InstanceRecord['systemDisk'];
  dataDisksGb: number[];
  encrypted?: boolean;
}

/** Per account and region; `name` is the stable handle tests use (GET /__admin/fixtures). */
export const INSTANCE_SEEDS: readonly InstanceSeed[] = [
  { name: 'running-cds', status: 'Running', image: 'centos-7.9', systemDisk: { type: 'cds', sizeGb: 40 }, dataDisksGb: [100, 200] },
  { name: 'stopped-local', status: 'Stopped', image: 'ubuntu-22.04', systemDisk: { type: 'local', sizeGb: 40 }, dataDisksGb: [] },
  { name: 'running-local', status: 'Running', image: 'debian-12', systemDisk: { type: 'local', sizeGb: 50 }, dataDisksGb: [50] },
  { name: 'starting', status: 'Starting', image: 'centos-7.9', systemDisk: { type: 'cds', sizeGb: 40 }, dataDisksGb: [] },
  { name: 'stopping', status: 'Stopping', image: 'ubuntu-22.04', systemDisk: { type: 'cds', sizeGb: 40 }, dataDisksGb: [] },
  { name: 'expired', status: 'Expired', image: 'centos-7.9', systemDisk: { type: 'cds', sizeGb: 40 }, dataDisksGb: [] },
  { name: 'windows', status: 'Running', image: 'windows-2019', systemDisk: { type: 'cds', sizeGb: 60 }, dataDisksGb: [] },
  { name: 'market', status: 'Running', image: 'wordpress', systemDisk: { type: 'cds', sizeGb: 40 }, dataDisksGb: [] },
  { name: 'encrypted', status: 'Running', image: 'rocky-9', systemDisk: { type: 'cds', sizeGb: 40 }, dataDisksGb: [], encrypted: true },
];

interface SnapshotSeed {
  name: string;
  status: SnapshotRecord['status'];
  diskKind: SnapshotRecord['diskKind'];
  sizeGb: number;
}

export const SNAPSHOT_SEEDS: readonly SnapshotSeed[] = [
  { name: 'system-available', status: 'Available', diskKind: 'system', sizeGb: 40 },
  { name: 'system-creating', status: 'Creating', diskKind: 'system', sizeGb: 40 },
  { name: 'data-available', status: 'Available', diskKind: 'data', sizeGb: 100 },
];

export function kmsKeyId(accountId: string, region: Region): string {
  return seededKeyId(`kms/${accountId}/${region}`);
}

/** The id of a seeded instance: deterministic, so docs and scripts can name it. */
export function seededInstanceId(accountId: string, region: Region, seedName: string): string {
  return seededId('i', `instance/${accountId}/${region}/${seedName}`);
}

/** The zone an instance gets when it names none: the region's zone a. */
export const defaultZone = (region: Region) => `cn-${region}-a`;
/** BCC's default host name, from the instance id. */
export const defaultHostname = (instanceId: string) => `instance-${instanceId.slice(2).toLowerCase()}`;

/**
 * The instance facts a fixture (seeded, admin-made, or an old record loaded by
 * record-upgrade.ts) has without having been created through the API: a
 * 2-CPU 8 GiB Postpaid instance in the region's zone a, no networks, no
 * password, a cloud_hp1 system disk unless it is local.
 */
export function fixtureInstanceFacts(id: string, region: Region, systemDiskType: 'cds' | 'local') {
  return {
    hostname: defaultHostname(id), imageId: '', spec: 'bcc.g4.c2m8', instanceType: 'N4', cpuCount: 2, memoryGb: 8,
    zoneName: defaultZone(region), paymentTiming: 'Postpaid', createTime: SEED_TIME, tags: [], subnetId: '',
    securityGroupId: '', keypairId: '', rootDiskStorageType: systemDiskType === 'local' ? 'local' : DEFAULT_ROOT_DISK_TYPE,
    adminPassHash: '',
  } satisfies Partial<InstanceRecord>;
}

/** The storage type of fixture data disks. */
export const FIXTURE_DATA_DISK_TYPE = DEFAULT_ROOT_DISK_TYPE;

/** The fixtures of one account in one region. */
export function seedAccountRegion(state: State, accountId: string, region: Region): void {
  const keyId = kmsKeyId(accountId, region);
  state.put('kmsKey', { id: keyId, accountId, region } satisfies KmsKeyRecord);
  for (const seed of INSTANCE_SEEDS) {
    const image = seedByKey(seed.image);
    const id = seededInstanceId(accountId, region, seed.name);
    state.put('instance', {
      id, accountId, region, name: seed.name, status: seed.status, ...image.os,
      ...fixtureInstanceFacts(id, region, seed.systemDisk.type),
      imageId: publicImageId(region, image.key),
      // Only prepaid instances expire.
      paymentTiming: seed.status === 'Expired' ? 'Prepaid' : 'Postpaid',
      systemDisk: seed.systemDisk,
      dataDisks: seed.dataDisksGb.map((sizeGb, i) => ({ id: seededId('v', `volume/${id}/${i}`), sizeGb, storageType: FIXTURE_DATA_DISK_TYPE })),
      encryptKey: seed.encrypted ? keyId : '',
      chargeType: image.chargeType,
      failImageCreation: '',
    });
  }
  const centos = seedByKey('centos-7.9');
  for (const seed of SNAPSHOT_SEEDS) {
    state.put('snapshot', {
      id: seededId('s', `snapshot/${accountId}/${region}/${seed.name}`), accountId, region, name: seed.name,
      status: seed.status, diskKind: seed.diskKind, sizeGb: seed.sizeGb, ...centos.os, encryptKey: '',
      chargeType: centos.chargeType, failImageCreation: '',
    });
  }
}

export function seedAccount(state: State, account: Account): void {
  state.put('account', account);
  for (const region of REGIONS) seedAccountRegion(state, account.id, region);
}

export function seedAll(state: State): void {
  for (const region of REGIONS) for (const seed of PUBLIC_IMAGE_SEEDS) state.put('image', publicImage(region, seed));
  for (const account of DEV_ACCOUNTS) seedAccount(state, account);
}

/** A new account's credentials (admin API): random, never one of the development keys. */
export function newAccountKeys(): { id: string; accessKeyId: string; secretAccessKey: string } {
  const id = randomHex(32);
  return { id, accessKeyId: `AK${id.toUpperCase()}`, secretAccessKey: `SK${randomHex(40)}` };
}
