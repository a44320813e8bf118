/**
 * Lookups over the provider's data sources, read at plan time: the latest
 * public image of an OS, a filtered image list, the accounts an image is
 * shared with. Each uses the provider of the region it names (default: the
 * stack's).
 */
import { Construct } from 'constructs';
import type { Region } from '../api/schemas';
import { DataImagecloudImage } from './bindings/data-imagecloud-image';
import { DataImagecloudImageSharedUsers } from './bindings/data-imagecloud-image-shared-users';
import { DataImagecloudImages } from './bindings/data-imagecloud-images';
import { addBrand, brandSymbol, hasBrand } from './brands';
import type { IImage } from './image';
import { ImageCloudProvider } from './provider';

/** Image kinds the data sources filter by. */
export type ImageKind = 'public' | 'custom' | 'shared' | 'integration' | 'market';

/** What {@link PublicImage.latest} looks for. */
export interface LatestImageQuery {
  /** Operating system name to match exactly, e.g. `Ubuntu`, `CentOS`. */
  readonly osName: string;
  /**
   * Exact image name.
   *
   * @default - any name
   */
  readonly name?: string;
  /**
   * Kind of image.
   *
   * @default 'public' (the service's System images)
   */
  readonly kind?: ImageKind;
  /**
   * Region to look in.
   *
   * @default - the stack's provider's region
   */
  readonly region?: Region;
}

const PUBLIC_IMAGE_BRAND = brandSymbol('PublicImage');
const IMAGE_LIST_BRAND = brandSymbol('ImageList');
const IMAGE_SHARED_USERS_BRAND = brandSymbol('ImageSharedUsers');

/** A public (or other non-custom) image found by OS: for instances, not for sharing or copying. */
export class PublicImage extends Construct {
  /** The Terraform data source type, for cdktf's matchers: `expect(synth).toHaveDataSource(PublicImage)`. */
  public static readonly tfResourceType = DataImagecloudImage.tfResourceType;

  /**
   * True for a PublicImage made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isPublicImage(x: unknown): x is PublicImage {
    return hasBrand(x, PUBLIC_IMAGE_BRAND);
  }

  /** The generated data source underneath. */
  public readonly dataSource: DataImagecloudImage;
  /** The region looked in. */
  public readonly region: Region;
  /** The provider of that region: instances launched from the image use its account unless given another. */
  public readonly provider: ImageCloudProvider;

  /**
   * The most recently created image of `query.kind` (default public) with that OS name; the plan fails when none matches.
   *
   * @param query the OS name to match, and optionally name, kind and region
   */
  static latest(scope: Construct, id: string, query: LatestImageQuery): PublicImage {
    return new PublicImage(scope, id, query);
  }

  private constructor(scope: Construct, id: string, query: LatestImageQuery) {
    super(scope, id);
    addBrand(this, PUBLIC_IMAGE_BRAND);
    this.provider = query.region === undefined ? ImageCloudProvider.of(this) : ImageCloudProvider.forRegion(this, query.region);
    this.region = this.provider.imageRegion;
    this.dataSource = new DataImagecloudImage(this, 'Lookup', {
      provider: this.provider,
      osName: query.osName,
      name: query.name,
      imageType: query.kind ?? 'public',
      mostRecent: true,
    });
  }

  /** Id of the image found. */
  get imageId(): string {
    return this.dataSource.id;
  }

  /** Name of the image found. */
  get name(): string {
    return this.dataSource.name;
  }

  /** Operating system version of the image found. */
  get osVersion(): string {
    return this.dataSource.osVersion;
  }

  /** Architecture of the image found. */
  get osArch(): string {
    return this.dataSource.osArch;
  }
}

/** The filter of an {@link ImageList}; every field left out matches all images. */
export interface ImageListQuery {
  /**
   * Kind of images.
   *
   * @default - every kind
   */
  readonly kind?: ImageKind;
  /**
   * Exact image name.
   *
   * @default - any name
   */
  readonly name?: string;
  /**
   * Only images with this tag key.
   *
   * @default - tagged or not
   */
  readonly tagKey?: string;
  /**
   * With tagKey: only images whose tag has this value.
   *
   * @default - any value of tagKey
   */
  readonly tagValue?: string;
  /**
   * Region to list.
   *
   * @default - the stack's provider's region
   */
  readonly region?: Region;
}

/** The images matching a filter (imagecloud_images). */
export class ImageList extends Construct {
  /** The Terraform data source type, for cdktf's matchers: `expect(synth).toHaveDataSource(ImageList)`. */
  public static readonly tfResourceType = DataImagecloudImages.tfResourceType;

  /**
   * True for an ImageList made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageList(x: unknown): x is ImageList {
    return hasBrand(x, IMAGE_LIST_BRAND);
  }

  /** The generated data source underneath. */
  public readonly dataSource: DataImagecloudImages;

  constructor(scope: Construct, id: string, query: ImageListQuery = {}) {
    super(scope, id);
    addBrand(this, IMAGE_LIST_BRAND);
    this.dataSource = new DataImagecloudImages(this, 'Lookup', {
      provider: query.region === undefined ? ImageCloudProvider.of(this) : ImageCloudProvider.forRegion(this, query.region),
      imageType: query.kind,
      name: query.name,
      tagKey: query.tagKey,
      tagValue: query.tagValue,
    });
  }

  /** Ids of the images found, in order. */
  get imageIds(): string[] {
    return this.dataSource.ids;
  }
}

/** The accounts an image of this account is shared with, as the service reports them (imagecloud_image_shared_users). */
export class ImageSharedUsers extends Construct {
  /** The Terraform data source type, for cdktf's matchers: `expect(synth).toHaveDataSource(ImageSharedUsers)`. */
  public static readonly tfResourceType = DataImagecloudImageSharedUsers.tfResourceType;

  /**
   * True for an ImageSharedUsers made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageSharedUsers(x: unknown): x is ImageSharedUsers {
    return hasBrand(x, IMAGE_SHARED_USERS_BRAND);
  }

  /** The generated data source underneath. */
  public readonly dataSource: DataImagecloudImageSharedUsers;

  /** @param image an image of the provider's account (a CustomImage, an ImageCopy or an existing image) */
  constructor(scope: Construct, id: string, image: IImage) {
    super(scope, id);
    addBrand(this, IMAGE_SHARED_USERS_BRAND);
    this.dataSource = new DataImagecloudImageSharedUsers(this, 'Lookup', { provider: image.provider, imageId: image.imageId });
  }

  /** Account ids, sorted. */
  get accountIds(): string[] {
    return this.dataSource.accountIds;
  }
}
