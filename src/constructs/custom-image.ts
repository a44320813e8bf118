/**
 * CustomImage: a custom image made from an instance (its system disk, one
 * data disk, or the whole instance), a snapshot, or a file imported from
 * object storage (imagecloud_custom_image), and CustomImage.fromImageId for
 * images that already exist.
 */
import { Type } from '@sinclair/typebox';
import type { Construct } from 'constructs';
import {
  CreateImageRequestSchema,
  IMPORT_FORMATS,
  ImportImageRequestSchema,
  ModifyImageAttributesRequestSchema,
  RenameImageRequestSchema,
  TagsRequestSchema,
  type ImportImageRequest,
  type Region,
} from '../api/schemas';
import { CustomImage as CustomImageResource, type CustomImageSource } from './bindings/custom-image';
import { DataImagecloudImage } from './bindings/data-imagecloud-image';
import type { IResolvable } from './cdktf';
import { addBrand, brandSymbol, hasBrand } from './brands';
import { ImageBase } from './image';
import { ImageCloudProvider } from './provider';
import type { HasQuotaFacts, QuotaFacts } from './quota-aspect';
import { isUnknown, schemaProblems, tagPropName, validateNowAndAtSynth } from './validation';

/** The system disk of an instance (Running or Stopped). */
export interface InstanceSource {
  readonly kind: 'instance';
  /** Instance id, `i-` and 8 letters or digits. */
  readonly instanceId: string;
}

/** An Available snapshot of a system disk. */
export interface SnapshotSource {
  readonly kind: 'snapshot';
  /** Snapshot id, `s-` and 8 letters or digits. */
  readonly snapshotId: string;
}

/** One data disk of an instance: the image holds user data only (no OS fields). */
export interface DataDiskSource {
  readonly kind: 'dataDisk';
  /** Instance the disk is attached to, `i-` and 8 letters or digits. */
  readonly instanceId: string;
  /** The data disk (CDS volume) id, `v-` and 8 letters or digits. */
  readonly dataDiskId: string;
}

/** A whole instance: its system disk and every data disk in one image. */
export interface FullInstanceSource {
  readonly kind: 'fullInstance';
  /** Instance id, `i-` and 8 letters or digits. */
  readonly instanceId: string;
}

/** File format of an imported image: a disk image file or an ISO. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Operating system type of an imported image. */
export type OsType = ImportImageRequest['osType'];

/** Processor architecture of an imported image. */
export type OsArch = ImportImageRequest['osArch'];

/** A disk image file (qcow2, vhd, vmdk, raw) or an ISO in object storage. */
export interface ImportSource {
  readonly kind: 'import';
  /** The file, `bos://bucket/key`. */
  readonly bosUrl: string;
  /**
   * File format.
   *
   * @default - from the key's extension (`.img` is raw)
   */
  readonly format?: ImportFormat;
  /** Operating system type of the image. */
  readonly osType: OsType;
  /** Operating system name, e.g. `CentOS` (1-64 characters). */
  readonly osName: string;
  /** Operating system version, e.g. `7.9` (1-64 characters). */
  readonly osVersion: string;
  /** Architecture. */
  readonly osArch: OsArch;
  /**
   * `system` for a system-disk image, `data` for a data-disk image.
   *
   * @default 'system'
   */
  readonly imageKind?: 'system' | 'data';
}

/** What an image is made from. Any change to it replaces the image. */
export type ImageSource = InstanceSource | SnapshotSource | DataDiskSource | FullInstanceSource | ImportSource;

/** How long Terraform waits for each operation on a custom image, as Go durations (e.g. `30m`, `1h30m`). */
export interface CustomImageTimeouts {
  /**
   * Creating the image, until it is Available.
   *
   * @default '30m'
   */
  readonly create?: string;
  /**
   * Changing the image in place (name, description, attributes, tags).
   *
   * @default '10m'
   */
  readonly update?: string;
  /**
   * Deleting the image.
   *
   * @default '30m'
   */
  readonly delete?: string;
}

/** Settings of a {@link CustomImage}. */
export interface CustomImageProps {
  /** Image name: starts with a letter; 1-65 letters, digits or `- _ / .`. Names need not be unique. Changes in place. */
  readonly name: string;
  /** What the image is made from; see ImageSource. Changing it replaces the image. */
  readonly source: ImageSource;
  /**
   * Free text, at most 1024 characters. Changes in place.
   *
   * @default - no description
   */
  readonly description?: string;
  /**
   * KMS key id (a UUID) in the image's region to encrypt the image with.
   * Changing it replaces the image.
   *
   * @default - an image of an encrypted source is encrypted with the source's key; others are not encrypted
   */
  readonly encryptKey?: string;
  /**
   * Smallest memory, MiB (0-524288), of instances made from the image. Changes in place.
   *
   * @default - not managed: the image keeps the value the service gives it
   */
  readonly minMemoryMb?: number;
  /**
   * Largest memory, MiB (0-524288, 0 for no limit); not below minMemoryMb. Changes in place.
   *
   * @default - not managed: the image keeps the value the service gives it
   */
  readonly maxMemoryMb?: number;
  /**
   * Whether instances made from the image get NIC multi-queue. Changes in place.
   *
   * @default - not managed: the image keeps the value the service gives it
   */
  readonly nicMultiQueue?: boolean;
  /**
   * Whether the image supports SR-IOV. Changes in place.
   *
   * @default - not managed: the image keeps the value the service gives it
   */
  readonly sriov?: boolean;
  /**
   * Tags: at most 10; keys 1-36 characters, values at most 43. Change in place.
   *
   * @default - no tags
   */
  readonly tags?: Record<string, string>;
  /**
   * Stop sharing the image with every account before destroying it. When
   * false, destroying a shared image fails and names the accounts (shares
   * made with this library are destroyed first anyway).
   *
   * @default false
   */
  readonly forceUnshare?: boolean;
  /**
   * How long Terraform waits for create, update and delete.
   *
   * @default - the provider's: 30m create, 10m update, 30m delete
   */
  readonly timeouts?: CustomImageTimeouts;
  /**
   * Region to create the image in; another region than the provider's gets an
   * aliased provider with the same settings (ImageCloudProvider.forRegion).
   *
   * @default - the provider's region
   */
  readonly region?: Region;
  /**
   * The provider (account) to create the image with, e.g. one for a second account.
   *
   * @default - the stack's ImageCloudProvider (ImageCloudProvider.of)
   */
  readonly provider?: ImageCloudProvider;
}

const CUSTOM_IMAGE_BRAND = brandSymbol('CustomImage');
const EXISTING_IMAGE_BRAND = brandSymbol('ExistingImage');

/**
 * A custom image this app creates (imagecloud_custom_image): from an
 * instance's system disk, a snapshot, one data disk, a whole instance, or a
 * file imported from object storage. Share it with `shareWith`, copy it to
 * other regions with `copyTo`, export it with `exportTo`.
 */
export class CustomImage extends ImageBase implements HasQuotaFacts {
  /** The Terraform resource type, for cdktf's matchers: `expect(synth).toHaveResource(CustomImage)`. */
  public static readonly tfResourceType = CustomImageResource.tfResourceType;

  /**
   * True for a CustomImage made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isCustomImage(x: unknown): x is CustomImage {
    return hasBrand(x, CUSTOM_IMAGE_BRAND);
  }

  /** The generated binding underneath, for settings this construct does not expose. */
  public readonly resource: CustomImageResource;
  /** What the image is made from, as given. */
  public readonly source: ImageSource;
  /** The region the image is created in. */
  public readonly region: Region;
  /** The provider the image is created with: the `provider` prop's, or the stack's, for the image's region. */
  public readonly provider: ImageCloudProvider;

  /**
   * References an image that already exists (one this app does not create),
   * through the imagecloud_image data source: the plan fails if the image is
   * missing, and its facts (status, OS...) are attributes. It can be shared,
   * copied and exported like any image.
   *
   * @param imageId the image's id, `m-` and 8 characters
   * @param region the image's region; default: the stack's provider's
   */
  static fromImageId(scope: Construct, id: string, imageId: string, region?: Region): ExistingImage {
    return new ExistingImage(scope, id, imageId, region);
  }

  constructor(scope: Construct, id: string, props: CustomImageProps) {
    super(scope, id);
    const provider = props.provider ?? ImageCloudProvider.of(this);
    this.provider = props.region === undefined ? provider : ImageCloudProvider.forRegion(this, props.region, provider);
    this.region = this.provider.imageRegion;
    this.source = props.source;
    addBrand(this, CUSTOM_IMAGE_BRAND);
    validateNowAndAtSynth(this, () => ({ ...props, provider: undefined }), checkCustomImage);
    this.resource = new CustomImageResource(this, 'Resource', {
      provider: this.provider,
      name: props.name,
      source: sourceBlock(props.source),
      description: props.description,
      encryptKey: props.encryptKey,
      minMemoryMb: props.minMemoryMb,
      maxMemoryMb: props.maxMemoryMb,
      nicMultiQueue: props.nicMultiQueue,
      sriov: props.sriov,
      tags: props.tags,
      forceUnshare: props.forceUnshare,
      timeouts: props.timeouts,
    });
  }

  /**
   * Adopts an existing image instead of creating one: synthesizes a Terraform
   * `import` block (Terraform >= 1.5), so the next apply takes `imageId` into
   * state under this construct. The props should describe the image as it is.
   *
   * @param imageId id of the image to adopt, `m-` and 8 characters
   */
  importFrom(imageId: string): this {
    this.resource.importFrom(imageId, this.provider);
    return this;
  }

  /** Image id, `m-` and 8 characters. */
  get imageId(): string {
    return this.resource.id;
  }

  /** Creating, CreateFailed, Available, NotAvailable or Error. */
  get status(): string {
    return this.resource.status;
  }

  /** Image type as this account sees it (Custom). */
  get imageType(): string {
    return this.resource.type;
  }

  /** linux or windows; empty for data-disk images. */
  get osType(): string {
    return this.resource.osType;
  }

  /** Operating system name, e.g. `CentOS`; empty for data-disk images. */
  get osName(): string {
    return this.resource.osName;
  }

  /** Operating system version, e.g. `7.9`; empty for data-disk images. */
  get osVersion(): string {
    return this.resource.osVersion;
  }

  /** Architecture, e.g. `x86_64`; empty for data-disk images. */
  get osArch(): string {
    return this.resource.osArch;
  }

  /** Size of the image, GB. */
  get sizeGb(): number {
    return this.resource.sizeGb;
  }

  /** Smallest system disk, GB, an instance made from the image needs. */
  get minDiskGb(): number {
    return this.resource.minDiskGb;
  }

  /** Whether the image is encrypted (a boolean known after apply). */
  get encrypted(): IResolvable {
    return this.resource.encrypted;
  }

  /** Creation time, UTC `yyyy-mm-ddThh:mm:ssZ`. */
  get createTime(): string {
    return this.resource.createTime;
  }

  /** False for images of a CDS system disk: they cannot create instances with local system disks. */
  get supportsLocalSystemDisk(): IResolvable {
    return this.resource.supportsLocalSystemDisk;
  }

  /** What this image counts for in the {@link ImageQuotaAspect}: one custom image of its account in its region. */
  get quotaFacts(): QuotaFacts {
    return { kind: 'image', account: this.provider.accountKey, region: this.region };
  }
}

/** An image that exists outside this app, read with the imagecloud_image data source. Made by `CustomImage.fromImageId`. */
export class ExistingImage extends ImageBase {
  /** The Terraform data source type, for cdktf's matchers: `expect(synth).toHaveDataSource(ExistingImage)`. */
  public static readonly tfResourceType = DataImagecloudImage.tfResourceType;

  /**
   * True for an ExistingImage made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isExistingImage(x: unknown): x is ExistingImage {
    return hasBrand(x, EXISTING_IMAGE_BRAND);
  }

  /** The generated data source underneath. */
  public readonly dataSource: DataImagecloudImage;
  /** The region the image lives in. */
  public readonly region: Region;
  /** The provider of the image's region. */
  public readonly provider: ImageCloudProvider;

  private readonly givenImageId: string;

  /**
   * @param imageId the image's id, `m-` and 8 characters
   * @param region the image's region; default: the stack's provider's
   */
  constructor(scope: Construct, id: string, imageId: string, region?: Region) {
    super(scope, id);
    this.givenImageId = imageId;
    addBrand(this, EXISTING_IMAGE_BRAND);
    this.provider = ImageCloudProvider.forRegion(this, region ?? ImageCloudProvider.of(this).imageRegion);
    this.region = this.provider.imageRegion;
    validateNowAndAtSynth(this, () => ({ imageId }), (request) => schemaProblems(IMAGE_ID_SCHEMA, request, () => 'imageId'));
    this.dataSource = new DataImagecloudImage(this, 'Lookup', { provider: this.provider, id: imageId });
  }

  /**
   * The id as given, not the data source's attribute: shares and copies of
   * the image then name it plainly in plans, and two references to one image
   * are recognizably the same (the quota aspect relies on that). The data
   * source is still read at every plan, which fails if the image is gone.
   */
  get imageId(): string {
    return this.givenImageId;
  }

  /** Status of the image as read at plan time, e.g. `Available`. */
  get status(): string {
    return this.dataSource.status;
  }

  /** Name of the image as read at plan time. */
  get name(): string {
    return this.dataSource.name;
  }

  /** Operating system name of the image as read at plan time. */
  get osName(): string {
    return this.dataSource.osName;
  }
}

function sourceBlock(source: ImageSource): CustomImageSource {
  switch (source.kind) {
    case 'instance':
      return { instanceId: source.instanceId };
    case 'snapshot':
      return { snapshotId: source.snapshotId };
    case 'dataDisk':
      return { instanceId: source.instanceId, dataDiskId: source.dataDiskId };
    case 'fullInstance':
      return { instanceId: source.instanceId, fullInstance: true };
    case 'import':
      return {
        import: {
          bosUrl: source.bosUrl,
          format: source.format,
          osType: source.osType,
          osName: source.osName,
          osVersion: source.osVersion,
          osArch: source.osArch,
          imageKind: source.imageKind,
        },
      };
  }
}

/** The image id rule, taken from the one request schema that has nothing but a name and an id. */
const IMAGE_ID_SCHEMA = Type.Pick(RenameImageRequestSchema, ['imageId']);

const SOURCE_KINDS: readonly ImageSource['kind'][] = ['instance', 'snapshot', 'dataDisk', 'fullInstance', 'import'];

/** API field → prop, for the create and import requests the props become. */
const CREATE_FIELDS: Record<string, string> = {
  imageName: 'name',
  name: 'name',
  instanceId: 'source.instanceId',
  snapshotId: 'source.snapshotId',
  dataDiskId: 'source.dataDiskId',
  bosUrl: 'source.bosUrl',
  format: 'source.format',
  osType: 'source.osType',
  osName: 'source.osName',
  osVersion: 'source.osVersion',
  osArch: 'source.osArch',
  imageKind: 'source.imageKind',
};

/**
 * The props as the API requests they become: create (or import) for the name,
 * source, key and description; modify-attributes for memory and flags; bind
 * tags for the tags. Plus what no single request states: the source kind and
 * the memory range.
 */
function checkCustomImage(props: CustomImageProps): string[] {
  const source = props.source as ImageSource | undefined;
  if (source === undefined || !SOURCE_KINDS.includes(source.kind)) {
    return [`source.kind: must be one of ${SOURCE_KINDS.join(', ')}`];
  }
  const common = { encryptKey: props.encryptKey, description: props.description };
  const propName = (field: string) => CREATE_FIELDS[field] ?? field;
  let problems: string[];
  if (source.kind === 'import') {
    const { kind: _kind, ...file } = source;
    problems = schemaProblems(ImportImageRequestSchema, { ...file, name: props.name, ...common }, propName);
  } else {
    problems = schemaProblems(CreateImageRequestSchema, { ...sourceRequest(source), imageName: props.name, ...common }, propName);
  }

  const attributes = { minMemoryMb: props.minMemoryMb, maxMemoryMb: props.maxMemoryMb, nicMultiQueue: props.nicMultiQueue, sriov: props.sriov };
  if (Object.values(attributes).some((value) => value !== undefined)) {
    problems.push(...schemaProblems(ModifyImageAttributesRequestSchema, attributes, (field) => field));
  }
  const { minMemoryMb: min, maxMemoryMb: max } = props;
  if (typeof min === 'number' && typeof max === 'number' && !isUnknown(min) && !isUnknown(max) && max !== 0 && max < min) {
    problems.push(`maxMemoryMb: ${max} is below minMemoryMb (${min}); use 0 for no limit`);
  }

  const tags = Object.entries(props.tags ?? {});
  if (tags.length > 0) {
    const changeTags = tags.map(([tagKey, tagValue]) => ({ tagKey, tagValue }));
    problems.push(
      ...schemaProblems(TagsRequestSchema, { changeTags }, (field) => tagPropName(tags, field.replace(/^changeTags/, ''))),
    );
  }
  return problems;
}

function sourceRequest(source: Exclude<ImageSource, ImportSource>): Record<string, unknown> {
  switch (source.kind) {
    case 'instance':
      return { instanceId: source.instanceId };
    case 'snapshot':
      return { snapshotId: source.snapshotId };
    case 'dataDisk':
      return { instanceId: source.instanceId, dataDiskId: source.dataDiskId };
    case 'fullInstance':
      return { instanceId: source.instanceId, relateCds: true };
  }
}
