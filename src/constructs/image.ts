/**
 * What every image construct offers (IImage, ImageBase: share, copy, export, launch),
 * and ImageCopy, the image a copy makes in another region.
 *
 * Everything derived from an image references the image's id attribute, never
 * a copied string, so Terraform orders creation and destruction by itself:
 * shares, copies and exports are created after their image and destroyed
 * before it.
 */
import { Construct, type IConstruct } from 'constructs';
import { RemoteCopyRequestSchema, type Region } from '../api/schemas';
import { ImageCopy as ImageCopyResource } from './bindings/image-copy';
import { addBrand, brandSymbol, hasBrand } from './brands';
import type { IResolvable } from './cdktf';
import { ImageExport, type ExportOptions } from './export';
import { Instance, type LaunchOptions } from './instance';
import { ImageCloudProvider } from './provider';
import type { HasQuotaFacts, QuotaFacts } from './quota-aspect';
import { ImageShare } from './share';
import { ImageShareAccount } from './share-account';
import { schemaProblems, validateNowAndAtSynth } from './validation';

/** An image: one this app creates (CustomImage, ImageCopy) or an existing one (CustomImage.fromImageId). */
export interface IImage extends IConstruct {
  /** The image id (a Terraform reference until apply). */
  readonly imageId: string;
  /** The region the image lives in. */
  readonly region: Region;
  /** The provider of the image's region, in this image's stack. */
  readonly provider: ImageCloudProvider;
  /** Shares the image with accounts (names or ids); every call adds to the image's one ImageShare, which it returns. */
  shareWith(...accounts: string[]): ImageShare;
  /**
   * Shares the image with one account (name or id) without owning the image's
   * account list: an ImageShareAccount, which it returns. Use either this or
   * shareWith for one image, not both.
   */
  grantLaunch(account: string): ImageShareAccount;
  /** Copies the image to another region; the copy is an image of its own there. */
  copyTo(region: Region, options?: CopyOptions): ImageCopy;
  /** Exports the image to object storage. */
  exportTo(options: ExportOptions): ImageExport;
  /** Launches an instance from the image, in the image's region (with `options.provider`'s account when given). */
  launch(scope: Construct, id: string, options: LaunchOptions): Instance;
}

/** Shared behaviour of the image constructs: sharing, copying, exporting and launching an image. */
export abstract class ImageBase extends Construct implements IImage {
  abstract readonly imageId: string;
  abstract readonly region: Region;
  abstract readonly provider: ImageCloudProvider;
  private share?: ImageShare;

  /** Shares the image with accounts (names or ids); every call adds to the image's one ImageShare (made on the first call), which it returns. */
  shareWith(...accounts: string[]): ImageShare {
    this.share ??= new ImageShare(this, 'Share', { image: this });
    return this.share.addAccounts(...accounts);
  }

  /** Shares the image with one account, leaving other shares alone (an ImageShareAccount with id `Grant-<account>`); granting an account again returns the same one. */
  grantLaunch(account: string): ImageShareAccount {
    const id = `Grant-${account}`;
    const existing = this.node.tryFindChild(id);
    return ImageShareAccount.isImageShareAccount(existing) ? existing : new ImageShareAccount(this, id, { image: this, account });
  }

  /** Copies the image to another region (an ImageCopy with id `CopyTo-<region>`); one copy per region, use `new ImageCopy` for more. */
  copyTo(region: Region, options: CopyOptions = {}): ImageCopy {
    const id = `CopyTo-${region}`;
    if (this.node.tryFindChild(id)) {
      throw new Error(`[${this.node.path}] is already copied to ${region}; for a second copy there, use new ImageCopy(scope, id, { source, destinationRegion })`);
    }
    return new ImageCopy(this, id, { ...options, source: this, destinationRegion: region });
  }

  /** Exports the image to object storage (an ImageExport with id `Export-<n>`). */
  exportTo(options: ExportOptions): ImageExport {
    const exports = this.node.children.filter((child) => ImageExport.isImageExport(child)).length;
    return new ImageExport(this, `Export-${exports + 1}`, { ...options, image: this });
  }

  /**
   * Launches an instance from the image (an {@link Instance} at `scope`/`id`), in
   * the image's region: with the image's provider, or with the provider of
   * that region for `options.provider`'s account (e.g. an account the image
   * is shared with).
   *
   * @param scope where the instance construct goes (any scope: an instance is not part of its image)
   * @param id the instance construct's id in `scope`
   * @param options the instance's settings; a size (spec, or cpuCount with memoryGb) is required
   */
  launch(scope: Construct, id: string, options: LaunchOptions): Instance {
    return new Instance(scope, id, { ...options, image: this });
  }
}

/** Settings of a copy made with `image.copyTo(region, options)`. */
export interface CopyOptions {
  /**
   * Name of the copy; same rule as image names. Changes in place.
   *
   * @default - the source image's name
   */
  readonly name?: string;
  /**
   * KMS key id (a UUID) in the destination region to encrypt the copy with.
   * Required when the source is encrypted: KMS keys are regional. Changing it
   * replaces the copy.
   *
   * @default - not encrypted; the service refuses to copy an encrypted source without a key
   */
  readonly encryptKey?: string;
  /**
   * How long Terraform waits for the copy, as a Go duration (e.g. `45m`); on timeout the copy is cancelled.
   *
   * @default - the provider's create timeout
   */
  readonly createTimeout?: string;
}

/** Settings of an {@link ImageCopy}: a copy's options plus what to copy and where. */
export interface ImageCopyProps extends CopyOptions {
  /** The image to copy: a custom image of the provider's account, Available. */
  readonly source: IImage;
  /** Region to copy to; not the source's region. */
  readonly destinationRegion: Region;
}

const IMAGE_COPY_BRAND = brandSymbol('ImageCopy');

/**
 * A copy of an image in another region (imagecloud_image_copy). The resource
 * is made with the source region's provider (the copy is requested there);
 * the copy itself is an image of the destination region, so shares and
 * copies of it use that region's provider.
 */
export class ImageCopy extends ImageBase implements HasQuotaFacts {
  /** The Terraform resource type, for cdktf's matchers: `expect(synth).toHaveResource(ImageCopy)`. */
  public static readonly tfResourceType = ImageCopyResource.tfResourceType;

  /**
   * True for an ImageCopy made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageCopy(x: unknown): x is ImageCopy {
    return hasBrand(x, IMAGE_COPY_BRAND);
  }

  /** The generated binding underneath, for settings this construct does not expose. */
  public readonly resource: ImageCopyResource;
  /** The image copied. */
  public readonly source: IImage;
  /** The destination region: where the copy lives. */
  public readonly region: Region;

  constructor(scope: Construct, id: string, props: ImageCopyProps) {
    super(scope, id);
    this.source = props.source;
    this.region = props.destinationRegion;
    addBrand(this, IMAGE_COPY_BRAND);
    validateNowAndAtSynth(
      this,
      () => ({ name: props.name, encryptKey: props.encryptKey, destinationRegion: props.destinationRegion, sourceRegion: props.source.region }),
      checkCopy,
    );
    this.resource = new ImageCopyResource(this, 'Resource', {
      provider: props.source.provider,
      sourceImageId: props.source.imageId,
      destinationRegion: props.destinationRegion,
      name: props.name,
      encryptKey: props.encryptKey,
      ...(props.createTimeout !== undefined ? { timeouts: { create: props.createTimeout } } : {}),
    });
  }

  /** Id of the copy in the destination region. */
  get imageId(): string {
    return this.resource.imageId;
  }

  /** The destination region's provider for the source's account: shares and copies of the copy use it. */
  get provider(): ImageCloudProvider {
    return ImageCloudProvider.forRegion(this, this.region, this.source.provider);
  }

  /** Status of the copy (Available once the copy finished). */
  get status(): string {
    return this.resource.status;
  }

  /** Whether the copy is encrypted. */
  get encrypted(): IResolvable {
    return this.resource.encrypted;
  }

  /** What this copy counts for in the {@link ImageQuotaAspect}: one custom image of the source's account in the destination region. */
  get quotaFacts(): QuotaFacts {
    return { kind: 'image', account: this.source.provider.accountKey, region: this.region };
  }
}

interface CopyCheck {
  name?: string;
  encryptKey?: string;
  destinationRegion: string;
  sourceRegion: string;
}

/** The props as the API's remote copy request (one destination), plus the rule that a copy leaves its region. */
function checkCopy(props: CopyCheck): string[] {
  const request = {
    name: props.name,
    destRegion: [props.destinationRegion],
    encryptKeys: props.encryptKey === undefined ? undefined : { [props.destinationRegion]: props.encryptKey },
  };
  const problems = schemaProblems(RemoteCopyRequestSchema, request, (field) =>
    field.startsWith('destRegion') ? 'destinationRegion' : field.startsWith('encryptKeys') ? 'encryptKey' : field,
  );
  if (props.destinationRegion === props.sourceRegion) {
    problems.push(`destinationRegion: ${props.destinationRegion} is the source image's region; a copy goes to another region`);
  }
  return problems;
}
