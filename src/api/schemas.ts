/**
 * The image API contract as data: every request body, response body and model
 * of docs/api.md is declared here once with TypeBox, which yields both the JSON
 * Schema (validated by ajv in the emulator and the client) and the TypeScript
 * type (Static<typeof X>). Field names follow the BCC v2 wire format; fields
 * the BCC reference does not have are marked "extension" in their description.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** Regions the service knows. Images are regional resources. */
export const REGIONS = ['bj', 'gz', 'su', 'bd', 'fwh', 'hkg'] as const;
export type Region = (typeof REGIONS)[number];

/** Limits from the seed documents and the BCC reference. */
export const LIMITS = {
  customImagesPerAccountPerRegion: 20,
  accountsPerSharedImage: 50,
  receivedSharedImagesPerAccount: 20,
  maxKeys: 1000,
  defaultMaxKeys: 1000,
  tagsPerImage: 10,
  tagKeyMaxLength: 36,
  tagValueMaxLength: 43,
  imageNameMaxLength: 65,
  descriptionMaxLength: 1024,
  maxBodyBytes: 1024 * 1024,
  /** Objects and arrays inside one another in a request body; the API's deepest body needs 3. */
  maxJsonDepth: 32,
  maxMemoryMb: 524288,
} as const;

export const IMAGE_STATUSES = ['Creating', 'CreateFailed', 'Available', 'NotAvailable', 'Error'] as const;
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

/** Image types as stored; `Sharing` is how a recipient sees someone else's custom image. */
export const IMAGE_TYPES = ['System', 'Custom', 'Sharing', 'Integration', 'Market'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/** `imageType` filter values of the list call (BCC also has GPU/FPGA/BBC variants; none are seeded). */
export const IMAGE_TYPE_FILTERS = [
  'All', 'System', 'Custom', 'Integration', 'Sharing', 'Market',
  'GpuBccSystem', 'GpuBccCustom', 'FpgaBccSystem', 'FpgaBccCustom', 'BbcSystem', 'BbcCustom',
] as const;

export const IMPORT_FORMATS = ['qcow2', 'vhd', 'vmdk', 'raw', 'iso'] as const;

/** An import without `format` takes it from the URL's extension (case-insensitive); other extensions need `format`. */
export const IMPORT_FORMAT_BY_EXTENSION: Readonly<Record<string, (typeof IMPORT_FORMATS)[number]>> = {
  qcow2: 'qcow2', vhd: 'vhd', vmdk: 'vmdk', raw: 'raw', img: 'raw', iso: 'iso',
};

/** `.qcow2, .vhd, .vmdk, .raw, .img or .iso`: the extensions that imply a format, for messages. */
export const IMPORT_EXTENSIONS_TEXT = Object.keys(IMPORT_FORMAT_BY_EXTENSION)
  .map((extension) => `.${extension}`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/**
 * The format an import URL implies, or undefined when its extension implies none.
 * The extension is the object key's: a query or fragment of an https URL is not part of it.
 */
export function importFormatOf(bosUrl: string): (typeof IMPORT_FORMATS)[number] | undefined {
  const key = bosUrl.replace(/[?#].*$/, '');
  const extension = /\.([A-Za-z0-9]+)$/.exec(key)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : IMPORT_FORMAT_BY_EXTENSION[extension];
}

/**
 * Where an import reads its file: `bos://bucket/key`, or the object's https
 * (or http) URL on the BOS endpoint of a region, `https://bucket.bj.bcebos.com/key`
 * (the form the official SDK's example sends).
 */
export const IMPORT_URL_PATTERN =
  `^(bos://[a-z0-9][a-z0-9-]{2,62}/.+|https?://[a-z0-9][a-z0-9-]{2,62}\\.(${REGIONS.join('|')})\\.bcebos\\.com/.+)$`;

/** `osArch` values of an import as the official SDK's example sends them, and the architecture each means. */
export const IMPORT_ARCH_ALIASES = { '32': 'i386', '64': 'x86_64' } as const;
export const EXPORT_FORMATS = ['qcow2', 'vhd', 'vmdk'] as const;

/** How an image came to be (extension). */
export const IMAGE_SOURCE_KINDS = [
  'system', 'instance', 'snapshot', 'dataDisk', 'fullInstance', 'import', 'copy', 'replicate',
] as const;

/**
 * Image names: start with a letter; letters, digits, CJK, and - _ / . after;
 * 1-65 characters (BCC reference).
 */
export const IMAGE_NAME_PATTERN = '^[A-Za-z\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5\\-_/.]{0,64}$';
export const IMAGE_NAME_RULE =
  'must start with a letter and contain 1-65 letters, digits or the characters - _ / .';

const ImageName = Type.String({
  pattern: IMAGE_NAME_PATTERN,
  description: `Image name; ${IMAGE_NAME_RULE}.`,
});
/** An image id: `m-` and 8 letters or digits. */
export const IMAGE_ID_PATTERN = '^m-[A-Za-z0-9]{8}$';
const ImageId = Type.String({ pattern: IMAGE_ID_PATTERN, description: 'Image id, `m-` and 8 characters.' });
const InstanceId = Type.String({ pattern: '^i-[A-Za-z0-9]{8}$', description: 'Instance id, `i-` and 8 characters.' });
const SnapshotId = Type.String({ pattern: '^s-[A-Za-z0-9]{8}$', description: 'Snapshot id, `s-` and 8 characters.' });
const VolumeId = Type.String({ pattern: '^v-[A-Za-z0-9]{8}$', description: 'CDS volume id, `v-` and 8 characters.' });
const AccountId = Type.String({ pattern: '^[0-9a-f]{32}$', description: 'Account id: 32 lowercase hexadecimal characters.' });
/**
 * A requested KMS key: a key id (a UUID), or `""`, which asks for no key as
 * if the field were absent (the official SDK always sends `encryptKey`, empty
 * when not encrypting).
 */
const KmsKeyId = Type.String({
  pattern: '^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$',
  description: 'KMS key id (a UUID) in the image\'s region, or empty for none.',
});
const Description = Type.String({ maxLength: LIMITS.descriptionMaxLength, description: 'Free text, at most 1024 characters.' });
const MemoryMb = Type.Integer({ minimum: 0, maximum: LIMITS.maxMemoryMb, description: 'Memory in MiB, 0 to 524288.' });
export const RegionSchema = Type.Union(REGIONS.map((r) => Type.Literal(r)), { description: `Region: one of ${REGIONS.join(', ')}.` });
export const TagSchema = Type.Object(
  {
    tagKey: Type.String({ minLength: 1, maxLength: LIMITS.tagKeyMaxLength, description: 'Tag key, 1-36 characters.' }),
    tagValue: Type.String({ maxLength: LIMITS.tagValueMaxLength, description: 'Tag value, at most 43 characters.' }),
  },
  { additionalProperties: false },
);
export type Tag = Static<typeof TagSchema>;

const stringEnum = <T extends readonly string[]>(values: T, description: string) =>
  Type.Union(values.map((v) => Type.Literal(v)), { description: `${description} One of ${values.join(', ')}.` });

/** Snapshot statuses as the BCC snapshot model spells them (`CreatedFailed` included). */
export const IMAGE_SNAPSHOT_STATUSES = ['Creating', 'CreatedFailed', 'Available', 'NotAvailable'] as const;

/**
 * A snapshot made for an image: a full-instance image (`relateCds: true`) has
 * one per disk, the system disk first. Fields as the official SDK's snapshot
 * model reads them.
 */
export const ImageSnapshotSchema = Type.Object({
  id: SnapshotId,
  name: Type.String(),
  sizeInGB: Type.Integer(),
  createTime: Type.String({ description: 'UTC, yyyy-mm-ddThh:mm:ssZ.' }),
  status: stringEnum(IMAGE_SNAPSHOT_STATUSES, 'Follows the image: Creating while it is, Available when it is, CreatedFailed when it failed.'),
  desc: Type.String(),
  encrypted: Type.Boolean(),
  diskKind: Type.Union([Type.Literal('system'), Type.Literal('data')], { description: 'Extension: the disk the snapshot is of.' }),
  tags: Type.Array(TagSchema, { description: 'Extension: tags bound with attachRelatedResourceTag.' }),
});
export type ImageSnapshot = Static<typeof ImageSnapshotSchema>;

export const ImageSchema = Type.Object({
  id: ImageId,
  name: Type.String(),
  type: stringEnum(IMAGE_TYPES, 'Image type as the caller sees it.'),
  osType: Type.String({ description: 'linux or windows.' }),
  osVersion: Type.String(),
  osArch: Type.String(),
  osName: Type.String(),
  osBuild: Type.String(),
  osLang: Type.String(),
  specialVersion: Type.String(),
  status: stringEnum(IMAGE_STATUSES, 'Lifecycle status.'),
  createTime: Type.String({ description: 'UTC, yyyy-mm-ddThh:mm:ssZ.' }),
  desc: Type.String(),
  minDiskGb: Type.Integer(),
  diskSize: Type.Integer({ description: 'Size of the image in GB.' }),
  encrypted: Type.Boolean(),
  package: Type.Boolean({ description: 'True for integration/market package images.' }),
  snapshots: Type.Array(ImageSnapshotSchema, {
    description: 'Snapshots made for the image (full-instance images); empty when none, and always empty for recipients of a shared image.',
  }),
  // Extensions below.
  region: RegionSchema,
  ownerId: Type.Optional(AccountId),
  sourceKind: stringEnum(IMAGE_SOURCE_KINDS, 'Extension: how the image was made.'),
  sourceId: Type.String({ description: 'Extension: instance, snapshot, volume, bucket URL or image the image was made from; empty for system images and for recipients of a shared image.' }),
  encryptKey: Type.String({ description: 'Extension: KMS key id when encrypted, else empty; always empty for recipients of a shared image.' }),
  minMemoryMb: Type.Integer(),
  maxMemoryMb: Type.Integer(),
  nicMultiQueue: Type.Boolean(),
  sriov: Type.Boolean(),
  supportsLocalSystemDisk: Type.Boolean({
    description: 'Extension: false when made from a CDS system disk (cannot create instances with local system disks).',
  }),
  chargeType: Type.String({ description: 'Extension: Free, WindowsLicence, or the market provider\'s charge type.' }),
  tags: Type.Array(TagSchema),
  dataDisks: Type.Array(Type.Object({ sizeGb: Type.Integer() }), { description: 'Extension: data disks of a full-instance image.' }),
  copying: Type.Boolean({ description: 'Extension: true while this image is the destination of a remote copy in progress.' }),
  progress: Type.Integer({ minimum: 0, maximum: 100, description: 'Extension: percent done while Creating or copying.' }),
  copySource: Type.Optional(Type.Object({ region: RegionSchema, imageId: ImageId })),
  failReason: Type.String({ description: 'Extension: why the image is CreateFailed, else empty.' }),
});
export type Image = Static<typeof ImageSchema>;

// ---------- requests ----------

export const CreateImageRequestSchema = Type.Object(
  {
    imageName: ImageName,
    instanceId: Type.Optional(InstanceId),
    snapshotId: Type.Optional(SnapshotId),
    relateCds: Type.Optional(Type.Boolean({ description: 'With instanceId: a full-instance image (system and data disks).' })),
    dataDiskId: Type.Optional(VolumeId),
    encryptKey: Type.Optional(KmsKeyId),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);
export type CreateImageRequest = Static<typeof CreateImageRequestSchema>;

export const ImportImageRequestSchema = Type.Object(
  {
    name: ImageName,
    osName: Type.String({ minLength: 1, maxLength: 64 }),
    osArch: Type.Union([Type.Literal('x86_64'), Type.Literal('aarch64'), Type.Literal('i386')], {
      description: 'x86_64, aarch64 or i386.',
    }),
    osType: Type.Union([Type.Literal('linux'), Type.Literal('windows')], { description: 'linux or windows.' }),
    osVersion: Type.String({ minLength: 1, maxLength: 64 }),
    bosUrl: Type.String({ pattern: '^bos://[a-z0-9][a-z0-9-]{2,62}/.+$', description: 'Object URL, bos://bucket/key.' }),
    format: Type.Optional(stringEnum(IMPORT_FORMATS, 'Extension: file format; defaults to the URL\'s extension.')),
    imageKind: Type.Optional(Type.Union([Type.Literal('system'), Type.Literal('data')], { description: 'Extension: system (default) or data.' })),
    encryptKey: Type.Optional(KmsKeyId),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);
export type ImportImageRequest = Static<typeof ImportImageRequestSchema>;

/**
 * What the service accepts for an import: the request above plus the forms
 * the official SDK sends, an https object URL and osArch "32" or "64"
 * (IMPORT_ARCH_ALIASES). Typed clients send the canonical request.
 */
export const ImportImageWireRequestSchema = Type.Object(
  {
    ...ImportImageRequestSchema.properties,
    osArch: Type.Union(
      [Type.Literal('x86_64'), Type.Literal('aarch64'), Type.Literal('i386'), Type.Literal('32'), Type.Literal('64')],
      { description: 'x86_64, aarch64 or i386 (or the official SDK\'s 32 and 64: i386 and x86_64).' },
    ),
    bosUrl: Type.String({ pattern: IMPORT_URL_PATTERN, description: 'Object URL, bos://bucket/key or https://bucket.{region}.bcebos.com/key.' }),
  },
  { additionalProperties: false },
);
export type ImportImageWireRequest = Static<typeof ImportImageWireRequestSchema>;

export const RenameImageRequestSchema = Type.Object({ name: ImageName, imageId: ImageId }, { additionalProperties: false });
export type RenameImageRequest = Static<typeof RenameImageRequestSchema>;

export const ModifyImageAttributesRequestSchema = Type.Object(
  {
    name: Type.Optional(ImageName),
    description: Type.Optional(Description),
    minMemoryMb: Type.Optional(MemoryMb),
    maxMemoryMb: Type.Optional(MemoryMb),
    nicMultiQueue: Type.Optional(Type.Boolean()),
    sriov: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ModifyImageAttributesRequest = Static<typeof ModifyImageAttributesRequestSchema>;

export const ShareImageRequestSchema = Type.Object(
  {
    account: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Account (login) name.' })),
    accountId: Type.Optional(AccountId),
    ucAccount: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Cloud account name.' })),
  },
  { additionalProperties: false },
);
export type ShareImageRequest = Static<typeof ShareImageRequestSchema>;

export const RemoteCopyRequestSchema = Type.Object(
  {
    name: Type.Optional(ImageName),
    destRegion: Type.Array(RegionSchema, { minItems: 1, uniqueItems: true, description: 'Destination regions.' }),
    encryptKeys: Type.Optional(
      Type.Record(Type.String(), KmsKeyId, {
        description: 'Extension: KMS key id per destination region; required for every region when the source is encrypted.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RemoteCopyRequest = Static<typeof RemoteCopyRequestSchema>;

export const ReplicateImageRequestSchema = Type.Object(
  {
    name: ImageName,
    encryptKey: Type.Optional(KmsKeyId),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);
export type ReplicateImageRequest = Static<typeof ReplicateImageRequestSchema>;

export const ExportImageRequestSchema = Type.Object(
  {
    bosUrl: Type.String({ pattern: '^bos://[a-z0-9][a-z0-9-]{2,62}(/.*)?$', description: 'Destination, bos://bucket[/prefix].' }),
    format: stringEnum(EXPORT_FORMATS, 'Exported file format.'),
  },
  { additionalProperties: false },
);
export type ExportImageRequest = Static<typeof ExportImageRequestSchema>;

export const TagsRequestSchema = Type.Object(
  {
    changeTags: Type.Array(TagSchema, { minItems: 1, maxItems: LIMITS.tagsPerImage }),
    attachRelatedResourceTag: Type.Optional(
      Type.Boolean({ description: 'True: the tags are also bound to (unbound from) the image\'s snapshots. Default false.' }),
    ),
  },
  { additionalProperties: false },
);
export type TagsRequest = Static<typeof TagsRequestSchema>;

export const OsInfoRequestSchema = Type.Object(
  { instanceIds: Type.Array(InstanceId, { minItems: 1, maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);
export type OsInfoRequest = Static<typeof OsInfoRequestSchema>;

/** Query of the list call (all values arrive as strings). */
export const ListImagesQuerySchema = Type.Object({
  marker: Type.Optional(Type.String({ maxLength: 64 })),
  maxKeys: Type.Optional(Type.String({ pattern: '^(100[0]|[1-9][0-9]{0,2})$', description: 'An integer from 1 to 1000.' })),
  imageType: Type.Optional(stringEnum(IMAGE_TYPE_FILTERS, 'Image type filter.')),
  imageName: Type.Optional(Type.String({ minLength: 1, maxLength: 65 })),
  tagKey: Type.Optional(Type.String({ minLength: 1, maxLength: LIMITS.tagKeyMaxLength })),
  tagValue: Type.Optional(Type.String({ maxLength: LIMITS.tagValueMaxLength })),
});
export type ListImagesQuery = Static<typeof ListImagesQuerySchema>;

/**
 * An instance spec, `bcc.{family}.c{cpus}m{memory GiB}` with an optional
 * suffix (`bcc.g4.c2m8`, `bcc.gn5.c8m32.1v100-16g`).
 */
export const INSTANCE_SPEC_PATTERN = '^bcc\\.[a-z0-9]+\\.c([1-9][0-9]*)m([1-9][0-9]*)(\\.[a-z0-9-]+)?$';

/** Query of getAvailableImagesBySpec. */
export const AvailableImagesBySpecQuerySchema = Type.Object({
  spec: Type.String({ pattern: INSTANCE_SPEC_PATTERN, description: 'Instance spec, bcc.{family}.c{cpus}m{memory GiB}[.suffix], e.g. bcc.g4.c2m8.' }),
  osName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  marker: Type.Optional(Type.String({ maxLength: 64 })),
  maxKeys: Type.Optional(Type.String({ pattern: '^(100[0]|[1-9][0-9]{0,2})$', description: 'An integer from 1 to 1000.' })),
});
export type AvailableImagesBySpecQuery = Static<typeof AvailableImagesBySpecQuerySchema>;

// ---------- responses ----------

export const GetImageResponseSchema = Type.Object({ image: ImageSchema });
export type GetImageResponse = Static<typeof GetImageResponseSchema>;

export const ListImagesResponseSchema = Type.Object({
  marker: Type.String(),
  isTruncated: Type.Boolean(),
  nextMarker: Type.Optional(Type.String()),
  maxKeys: Type.Integer(),
  images: Type.Array(ImageSchema),
});
export type ListImagesResponse = Static<typeof ListImagesResponseSchema>;

/** An image usable with a spec, in the official SDK's shape (not the image model). */
export const SpecImageSchema = Type.Object({
  imageId: ImageId,
  imageName: Type.String(),
  osType: Type.String(),
  osVersion: Type.String(),
  osArch: Type.String(),
  osName: Type.String(),
  osLang: Type.String(),
  minSizeInGiB: Type.Integer({ description: 'Minimum system disk, GiB (the image\'s minDiskGb).' }),
});
export type SpecImage = Static<typeof SpecImageSchema>;
export const AvailableImagesBySpecResponseSchema = Type.Object({
  marker: Type.String(),
  isTruncated: Type.Boolean(),
  nextMarker: Type.Optional(Type.String()),
  maxKeys: Type.Integer(),
  images: Type.Array(SpecImageSchema),
});
export type AvailableImagesBySpecResponse = Static<typeof AvailableImagesBySpecResponseSchema>;

export const CreateImageResponseSchema = Type.Object({ imageId: ImageId });
export type CreateImageResponse = Static<typeof CreateImageResponseSchema>;

export const ImportImageResponseSchema = Type.Object({ id: ImageId });
export type ImportImageResponse = Static<typeof ImportImageResponseSchema>;

export const SharedUserSchema = Type.Object({ accountId: AccountId, account: Type.String(), ucAccount: Type.String() });
export type SharedUser = Static<typeof SharedUserSchema>;
export const SharedUsersResponseSchema = Type.Object({ users: Type.Array(SharedUserSchema) });
export type SharedUsersResponse = Static<typeof SharedUsersResponseSchema>;

export const RemoteCopyResultSchema = Type.Object({
  region: Type.String(),
  imageId: Type.String({ description: 'Destination image id; empty when this region failed.' }),
  errMsg: Type.String(),
  code: Type.String({ description: 'Empty on success, else the error code for this region.' }),
});
export type RemoteCopyResult = Static<typeof RemoteCopyResultSchema>;
export const RemoteCopyResponseSchema = Type.Object({ result: Type.Array(RemoteCopyResultSchema) });
export type RemoteCopyResponse = Static<typeof RemoteCopyResponseSchema>;

export const ExportTaskSchema = Type.Object({
  taskId: Type.String(),
  imageId: ImageId,
  bosUrl: Type.String(),
  format: Type.String(),
  status: Type.Union([Type.Literal('Running'), Type.Literal('Succeeded'), Type.Literal('Failed')]),
  progress: Type.Integer(),
  objectUrl: Type.String({ description: 'The exported object once Succeeded.' }),
  failReason: Type.String(),
  createTime: Type.String(),
});
export type ExportTask = Static<typeof ExportTaskSchema>;
export const ExportImageResponseSchema = Type.Object({ taskId: Type.String() });
export type ExportImageResponse = Static<typeof ExportImageResponseSchema>;
export const GetTaskResponseSchema = Type.Object({ task: ExportTaskSchema });
export type GetTaskResponse = Static<typeof GetTaskResponseSchema>;

export const OsInfoResponseSchema = Type.Object({
  osInfo: Type.Array(
    Type.Object({
      instanceId: Type.String(),
      osType: Type.String(),
      osVersion: Type.String(),
      osArch: Type.String(),
      osName: Type.String(),
      osLang: Type.String(),
      specialVersion: Type.String(),
    }),
  ),
});
export type OsInfoResponse = Static<typeof OsInfoResponseSchema>;

export const ErrorResponseSchema = Type.Object({ code: Type.String(), message: Type.String(), requestId: Type.String() });
export type ErrorResponse = Static<typeof ErrorResponseSchema>;

export type { TSchema, Static };
