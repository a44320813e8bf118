/**
 * The records the emulator stores. They are plain JSON so the journal can write
 * them as they are; the API shapes of src/api/schemas.ts are derived from them
 * per caller in views.ts.
 */
import type { InstanceStatus } from '../api/instance-schemas';
import type { ImageStatus, Region, Tag } from '../api/schemas';

export interface Account {
  id: string;
  name: string;
  ucAccount: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export type StoredImageType = 'System' | 'Custom' | 'Integration' | 'Market';
export type SourceKind = 'system' | 'instance' | 'snapshot' | 'dataDisk' | 'fullInstance' | 'import' | 'copy' | 'replicate';

export interface OsFacts {
  osType: string;
  osVersion: string;
  osArch: string;
  osName: string;
  osBuild: string;
  osLang: string;
  /** A variant of the OS release (BCC's specialVersion); usually empty. */
  specialVersion: string;
}

/** A transition the lifecycle applies once `dueMs` has passed (see lifecycle.ts). */
export interface PendingTransition {
  kind: 'create' | 'copy';
  startMs: number;
  dueMs: number;
  /** Set when the source was marked to fail: the image ends CreateFailed with this reason. */
  failReason: string;
}

/** A snapshot made for an image (a full-instance image has one per disk). Stored in the image and removed with it. */
export interface ImageSnapshotRecord {
  id: string;
  name: string;
  diskKind: 'system' | 'data';
  sizeGb: number;
  createTime: string;
  desc: string;
  tags: Tag[];
}

export interface ImageRecord extends OsFacts {
  id: string;
  region: Region;
  /** Owning account id; empty for public (System, Integration, Market) images. */
  ownerId: string;
  type: StoredImageType;
  name: string;
  desc: string;
  status: ImageStatus;
  createTime: string;
  minDiskGb: number;
  diskSize: number;
  encryptKey: string;
  package: boolean;
  sourceKind: SourceKind;
  sourceId: string;
  minMemoryMb: number;
  maxMemoryMb: number;
  nicMultiQueue: boolean;
  sriov: boolean;
  supportsLocalSystemDisk: boolean;
  chargeType: string;
  tags: Tag[];
  dataDisks: { sizeGb: number }[];
  /** The system disk's snapshot first, then one per data disk; empty for every image but full-instance ones (and their copies). */
  snapshots: ImageSnapshotRecord[];
  copySource?: { region: Region; imageId: string };
  failReason: string;
  /** Account ids the image is shared with (same region only). */
  sharedWith: string[];
  pending?: PendingTransition;
}

export type { InstanceStatus } from '../api/instance-schemas';
export { INSTANCE_STATUSES } from '../api/instance-schemas';

/** A status change the API started (start, stop, rebuild, create): the lifecycle applies `to` once `dueMs` has passed. */
export interface InstancePendingTransition {
  to: 'Running' | 'Stopped';
  startMs: number;
  dueMs: number;
}

export interface InstanceDataDisk {
  /** `v-` and 8 characters. */
  id: string;
  sizeGb: number;
  /** A CDS type (src/api/instance-schemas.ts CDS_DISK_TYPES). */
  storageType: string;
}

/**
 * An instance: a seeded fixture, one made through the admin API, or one the
 * instance API created. Networks, security groups and key pairs are ids that
 * are stored and returned, nothing more.
 */
export interface InstanceRecord extends OsFacts {
  id: string;
  accountId: string;
  region: Region;
  name: string;
  hostname: string;
  status: InstanceStatus;
  /** The image it was made or last rebuilt from; it may since have been deleted. Empty for admin-made fixtures. */
  imageId: string;
  /** `bcc.{family}.c{cpus}m{memory GiB}`. */
  spec: string;
  instanceType: string;
  cpuCount: number;
  memoryGb: number;
  zoneName: string;
  paymentTiming: string;
  createTime: string;
  tags: Tag[];
  subnetId: string;
  securityGroupId: string;
  keypairId: string;
  /** `type` is what the image rules need (local or CDS); `rootDiskStorageType` the exact disk type. */
  systemDisk: { type: 'cds' | 'local'; sizeGb: number };
  rootDiskStorageType: string;
  dataDisks: InstanceDataDisk[];
  /** KMS key of the (encrypted) system disk, or empty. */
  encryptKey: string;
  /** Charge type its images inherit: the market provider's, WindowsLicence, or Free. */
  chargeType: string;
  /** Non-empty: images made from this instance end CreateFailed with this reason. */
  failImageCreation: string;
  /** Hex sha256 of the instance id and the admin password (never the password); empty when none was set. */
  adminPassHash: string;
  pending?: InstancePendingTransition;
}

export type SnapshotStatus = 'Available' | 'Creating';

export interface SnapshotRecord extends OsFacts {
  id: string;
  accountId: string;
  region: Region;
  name: string;
  status: SnapshotStatus;
  /** Snapshots are of CDS disks (local disks have none): a system-disk snapshot's images cannot use local system disks. */
  diskKind: 'system' | 'data';
  sizeGb: number;
  encryptKey: string;
  chargeType: string;
  failImageCreation: string;
}

export interface KmsKeyRecord {
  id: string;
  accountId: string;
  region: Region;
}

export interface ExportTaskRecord {
  taskId: string;
  accountId: string;
  region: Region;
  imageId: string;
  bosUrl: string;
  format: string;
  status: 'Running' | 'Succeeded' | 'Failed';
  objectUrl: string;
  failReason: string;
  createTime: string;
  startMs: number;
  dueMs: number;
}

/** The remembered answer of a mutating call made with a clientToken. */
export interface IdempotencyRecord {
  /** `{accountId}/{clientToken}`. */
  key: string;
  fingerprint: string;
  status: number;
  body: string;
  expiresMs: number;
}

/** Every stored kind with its record type; the journal writes `{op, kind, ...}` with these names. */
export interface RecordKinds {
  account: Account;
  image: ImageRecord;
  instance: InstanceRecord;
  snapshot: SnapshotRecord;
  kmsKey: KmsKeyRecord;
  task: ExportTaskRecord;
  idempotency: IdempotencyRecord;
}
export type Kind = keyof RecordKinds;
export const KINDS: readonly Kind[] = ['account', 'image', 'instance', 'snapshot', 'kmsKey', 'task', 'idempotency'];

export type JournalEntry =
  | { [K in Kind]: { op: 'put'; kind: K; value: RecordKinds[K] } }[Kind]
  | { op: 'del'; kind: Kind; id: string };
