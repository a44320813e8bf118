/**
 * The image-consuming slice of the BCC v2 instance API: create instances
 * from an image (in batches), read and list them, rebuild (reinstall) one
 * from another image, start, stop, delete. Field names are the official
 * SDK's (CreateInstanceArgs, RebuildInstanceArgs, InstanceModel); fields BCC
 * does not have are marked "extension". Networks, security groups and key
 * pairs are not modelled beyond ids that are stored and returned.
 */
import { Type, type Static } from '@sinclair/typebox';
import { INSTANCE_SPEC_PATTERN, RegionSchema, TagSchema } from './schemas';

export const INSTANCE_LIMITS = {
  /** Instances per account per region, the seeded fixtures included. */
  instancesPerAccountPerRegion: 50,
  /** Instances one create call makes at most (`purchaseCount`). */
  maxPurchaseCount: 20,
  instanceNameMaxLength: 65,
  minCpuCount: 1,
  maxCpuCount: 96,
  minMemoryGb: 1,
  maxMemoryGb: 768,
  minRootDiskGb: 20,
  maxRootDiskGb: 2048,
  minCdsGb: 5,
  maxCdsGb: 32765,
  maxDataDisks: 5,
  tagsPerInstance: 10,
} as const;

/** Local system disk types (the instance's own disks). */
export const LOCAL_DISK_TYPES = ['local', 'local-ssd', 'local-hdd', 'local-nvme'] as const;
/** Cloud disk (CDS) types. */
export const CDS_DISK_TYPES = ['cloud_hp1', 'hp1', 'std1', 'ssd', 'sata', 'hdd', 'enhanced_ssd_pl1', 'enhanced_ssd_pl2'] as const;
export const ROOT_DISK_TYPES = [...LOCAL_DISK_TYPES, ...CDS_DISK_TYPES] as const;
export type RootDiskType = (typeof ROOT_DISK_TYPES)[number];
export const DEFAULT_ROOT_DISK_TYPE: RootDiskType = 'cloud_hp1';

export function isLocalDiskType(type: string): boolean {
  return (LOCAL_DISK_TYPES as readonly string[]).includes(type);
}

export const INSTANCE_STATUSES = ['Starting', 'Running', 'Stopping', 'Stopped', 'Rebuilding', 'Expired'] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];

export const PAYMENT_TIMINGS = ['Postpaid', 'Prepaid'] as const;

/** BCC's admin password rule: 8-16 characters with letters, digits and symbols of !@#$%^*(). */
export const ADMIN_PASS_PATTERN = '^(?=.*[A-Za-z])(?=.*[0-9])(?=.*[!@#$%^*()])[A-Za-z0-9!@#$%^*()]{8,16}$';
export const ADMIN_PASS_RULE = '8-16 characters with at least one letter, one digit and one of !@#$%^*()';

export const INSTANCE_NAME_PATTERN = '^[A-Za-z\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5\\-_/.]{0,64}$';

const InstanceId = Type.String({ pattern: '^i-[A-Za-z0-9]{8}$', description: 'Instance id, `i-` and 8 characters.' });
const ImageId = Type.String({ pattern: '^m-[A-Za-z0-9]{8}$', description: 'Image id, `m-` and 8 characters.' });
const NetworkId = Type.String({ minLength: 1, maxLength: 64, description: 'Stored and returned; not modelled.' });
const rootDiskType = Type.Union(ROOT_DISK_TYPES.map((t) => Type.Literal(t)), {
  description: `System disk type: local (${LOCAL_DISK_TYPES.join(', ')}) or CDS (${CDS_DISK_TYPES.join(', ')}). Default ${DEFAULT_ROOT_DISK_TYPE}.`,
});

export const BillingSchema = Type.Object(
  {
    paymentTiming: Type.Union(PAYMENT_TIMINGS.map((t) => Type.Literal(t)), { description: 'Postpaid (default) or Prepaid.' }),
    reservation: Type.Optional(
      Type.Object({ reservationLength: Type.Integer({ minimum: 1, maximum: 36 }), reservationTimeUnit: Type.Optional(Type.Literal('month')) }),
    ),
  },
  { additionalProperties: false },
);

export const CreateCdsSchema = Type.Object(
  {
    cdsSizeInGB: Type.Integer({ minimum: INSTANCE_LIMITS.minCdsGb, maximum: INSTANCE_LIMITS.maxCdsGb }),
    storageType: Type.Optional(Type.Union(CDS_DISK_TYPES.map((t) => Type.Literal(t)))),
    snapshotId: Type.Optional(Type.String({ pattern: '^s-[A-Za-z0-9]{8}$' })),
  },
  { additionalProperties: false },
);

export const CreateInstanceRequestSchema = Type.Object(
  {
    imageId: ImageId,
    billing: Type.Optional(BillingSchema),
    instanceType: Type.Optional(Type.String({ maxLength: 32, description: 'Instance family (N1..N6, G1...): stored and returned.' })),
    spec: Type.Optional(Type.String({ pattern: INSTANCE_SPEC_PATTERN, description: 'Instance spec, bcc.{family}.c{cpus}m{memory GiB}; sets cpuCount and memoryCapacityInGB.' })),
    cpuCount: Type.Optional(Type.Integer({ minimum: INSTANCE_LIMITS.minCpuCount, maximum: INSTANCE_LIMITS.maxCpuCount })),
    memoryCapacityInGB: Type.Optional(Type.Integer({ minimum: INSTANCE_LIMITS.minMemoryGb, maximum: INSTANCE_LIMITS.maxMemoryGb })),
    rootDiskSizeInGb: Type.Optional(Type.Integer({ minimum: INSTANCE_LIMITS.minRootDiskGb, maximum: INSTANCE_LIMITS.maxRootDiskGb })),
    rootDiskStorageType: Type.Optional(rootDiskType),
    createCdsList: Type.Optional(Type.Array(CreateCdsSchema, { maxItems: INSTANCE_LIMITS.maxDataDisks })),
    purchaseCount: Type.Optional(Type.Integer({ minimum: 1, maximum: INSTANCE_LIMITS.maxPurchaseCount, description: 'Instances to make, all or none. Default 1.' })),
    name: Type.Optional(Type.String({ pattern: INSTANCE_NAME_PATTERN, description: 'Starts with a letter; 1-65 letters, digits, - _ / .' })),
    hostname: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-.]{1,62}$' })),
    adminPass: Type.Optional(Type.String({ pattern: ADMIN_PASS_PATTERN, description: `Never returned nor logged. ${ADMIN_PASS_RULE}.` })),
    zoneName: Type.Optional(Type.String({ pattern: '^cn-[a-z]+-[a-z]$', description: 'e.g. cn-bj-a; default the region\'s zone a.' })),
    subnetId: Type.Optional(NetworkId),
    securityGroupId: Type.Optional(NetworkId),
    keypairId: Type.Optional(NetworkId),
    userData: Type.Optional(Type.String({ maxLength: 16384 })),
    tags: Type.Optional(Type.Array(TagSchema, { maxItems: INSTANCE_LIMITS.tagsPerInstance })),
    // Always sent by the official SDK; accepted and ignored (renewal is not modelled).
    autoRenewTimeUnit: Type.Optional(Type.String({ maxLength: 16 })),
    autoRenewTime: Type.Optional(Type.Integer({ minimum: 0, maximum: 36 })),
    cdsAutoRenew: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateInstanceRequest = Static<typeof CreateInstanceRequestSchema>;

/**
 * `adminPass` as the official SDKs send it: they encrypt it before sending
 * (lowercase hex of AES-128-ECB with PKCS#5 padding, keyed by the first 16
 * characters of the caller's secret key), and the rebuild call sends `""` when
 * no new password is set. The service accepts that and the clear form.
 */
export const ADMIN_PASS_CIPHERTEXT_PATTERN = '^([0-9a-f]{32})+$';
const WireAdminPass = Type.Union(
  [
    Type.String({ pattern: ADMIN_PASS_PATTERN }),
    Type.String({ pattern: ADMIN_PASS_CIPHERTEXT_PATTERN, maxLength: 64 }),
    Type.Literal(''),
  ],
  { description: `Never returned nor logged. ${ADMIN_PASS_RULE}; or the SDKs' encrypted form (hex of AES-128-ECB under the secret key's first 16 characters); "" for none.` },
);
/** Ids the SDKs send as `""` when unset (fields without omitempty). */
const WireNetworkId = Type.Union([NetworkId, Type.Literal('')]);

/** What the service accepts on create (the operation's wireBody): the typed request plus the SDKs' encrypted adminPass. */
export const CreateInstanceWireRequestSchema = Type.Object(
  { ...CreateInstanceRequestSchema.properties, adminPass: Type.Optional(WireAdminPass), keypairId: Type.Optional(WireNetworkId) },
  { additionalProperties: false },
);
export type CreateInstanceWireRequest = Static<typeof CreateInstanceWireRequestSchema>;

export const CreateInstanceResponseSchema = Type.Object({
  instanceIds: Type.Array(InstanceId),
  warningList: Type.Optional(Type.Array(Type.String())),
});
export type CreateInstanceResponse = Static<typeof CreateInstanceResponseSchema>;

export const RebuildInstanceRequestSchema = Type.Object(
  {
    imageId: ImageId,
    adminPass: Type.Optional(Type.String({ pattern: ADMIN_PASS_PATTERN, description: `Never returned nor logged. ${ADMIN_PASS_RULE}.` })),
    keypairId: Type.Optional(NetworkId),
    isOpenHostEye: Type.Optional(Type.Boolean()),
    isPreserveData: Type.Optional(Type.Boolean({ description: 'Keep the data disks (default true).' })),
  },
  { additionalProperties: false },
);
export type RebuildInstanceRequest = Static<typeof RebuildInstanceRequestSchema>;

/** What the service accepts on rebuild: the official SDK always sends adminPass and keypairId (`""` when unset), adminPass encrypted. */
export const RebuildInstanceWireRequestSchema = Type.Object(
  { ...RebuildInstanceRequestSchema.properties, adminPass: Type.Optional(WireAdminPass), keypairId: Type.Optional(WireNetworkId) },
  { additionalProperties: false },
);
export type RebuildInstanceWireRequest = Static<typeof RebuildInstanceWireRequestSchema>;

export const StopInstanceRequestSchema = Type.Object(
  { forceStop: Type.Optional(Type.Boolean()), stopWithNoCharge: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type StopInstanceRequest = Static<typeof StopInstanceRequestSchema>;

export const VolumeSchema = Type.Object({
  volumeId: Type.String(),
  sizeInGB: Type.Integer(),
  storageType: Type.String(),
  isSystemVolume: Type.Boolean(),
});

export const InstanceSchema = Type.Object({
  id: InstanceId,
  name: Type.String(),
  hostname: Type.String(),
  instanceType: Type.String(),
  spec: Type.String(),
  desc: Type.String(),
  status: Type.Union(INSTANCE_STATUSES.map((s) => Type.Literal(s))),
  paymentTiming: Type.String(),
  createTime: Type.String({ description: 'UTC, yyyy-mm-ddThh:mm:ssZ.' }),
  cpuCount: Type.Integer(),
  memoryCapacityInGB: Type.Integer(),
  localDiskSizeInGB: Type.Integer({ description: 'Size of the local system disk; 0 with a CDS system disk.' }),
  imageId: Type.String({ description: 'The image the instance was made or last rebuilt from (it may since have been deleted).' }),
  zoneName: Type.String(),
  subnetId: Type.String(),
  vpcId: Type.String(),
  securityGroupId: Type.String(),
  keypairId: Type.String(),
  tags: Type.Array(TagSchema),
  deletionProtection: Type.Integer({ description: '0: off (not modelled).' }),
  volumes: Type.Array(VolumeSchema, { description: 'System disk first, then the data disks.' }),
  createdFrom: Type.String({ description: '`image`.' }),
  // Extensions below.
  region: RegionSchema,
  osType: Type.String(),
  osName: Type.String(),
  osVersion: Type.String(),
  osArch: Type.String(),
  rootDiskStorageType: Type.String({ description: 'Extension: the system disk type.' }),
  rootDiskSizeInGb: Type.Integer({ description: 'Extension: the system disk size.' }),
  chargeType: Type.String({ description: 'Extension: Free, WindowsLicence or the market provider\'s charge type, from the image.' }),
});
export type Instance = Static<typeof InstanceSchema>;

export const GetInstanceResponseSchema = Type.Object({ instance: InstanceSchema });
export type GetInstanceResponse = Static<typeof GetInstanceResponseSchema>;

export const ListInstancesQuerySchema = Type.Object({
  marker: Type.Optional(Type.String({ maxLength: 64 })),
  maxKeys: Type.Optional(Type.String({ pattern: '^(1000|[1-9][0-9]{0,2})$', description: 'An integer from 1 to 1000.' })),
  imageId: Type.Optional(Type.String({ pattern: '^m-[A-Za-z0-9]{8}$', description: 'Only instances made or rebuilt from this image (extension).' })),
  zoneName: Type.Optional(Type.String({ maxLength: 32 })),
  instanceNames: Type.Optional(Type.String({ maxLength: 1024, description: 'Comma-separated names.' })),
});
export type ListInstancesQuery = Static<typeof ListInstancesQuerySchema>;

export const ListInstancesResponseSchema = Type.Object({
  marker: Type.String(),
  isTruncated: Type.Boolean(),
  nextMarker: Type.Optional(Type.String()),
  maxKeys: Type.Integer(),
  instances: Type.Array(InstanceSchema),
});
export type ListInstancesResponse = Static<typeof ListInstancesResponseSchema>;
