/**
 * What every image construct offers (IImage, ImageBase: share, copy, export),
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
import type { IResolvable } from './cdktf';
import { ImageExport, type ExportOptions } from './export';
import { ImageCloudProvider } from './provider';
import type { HasQuotaFacts, QuotaFacts } from './quota-aspect';
import { ImageShare } from './share';
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
  /** Copies the image to another region; the copy is an image of its own there. */
  copyTo(region: Region, options?: CopyOptions): ImageCopy;
  /** Exports the image to object storage. */
  exportTo(options: ExportOptions): ImageExport;
}

/** Shared behaviour of the image constructs. */
export abstract class ImageBase extends Construct implements IImage {
  abstract readonly imageId: string;
  abstract readonly region: Region;
  abstract readonly provider: ImageCloudProvider;
  private share?: ImageShare;

  shareWith(...accounts: string[]): ImageShare {
    this.share ??= new ImageShare(this, 'Share', { image: this });
    return this.share.addAccounts(...accounts);
  }

  copyTo(region: Region, options: CopyOptions = {}): ImageCopy {
    const id = `CopyTo-${region}`;
    if (this.node.tryFindChild(id)) {
      throw new Error(`[${this.node.path}] is already copied to ${region}; for a second copy there, use new ImageCopy(scope, id, { source, destinationRegion })`);
    }
    return new ImageCopy(this, id, { ...options, source: this, destinationRegion: region });
  }

  exportTo(options: ExportOptions): ImageExport {
    return new ImageExport(this, `Export-${this.node.children.filter((child) => child instanceof ImageExport).length + 1}`, { ...options, image: this });
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

/**
 * A copy of an image in another region (imagecloud_image_copy). The resource
 * is made with the source region's provider (the copy is requested there);
 * the copy itself is an image of the destination region, so shares and
 * copies of it use that region's provider.
 */
export class ImageCopy extends ImageBase implements HasQuotaFacts {
  /** The generated binding underneath, for settings this construct does not expose. */
  public readonly resource: ImageCopyResource;
  public readonly source: IImage;
  public readonly region: Region;

  constructor(scope: Construct, id: string, props: ImageCopyProps) {
    super(scope, id);
    this.source = props.source;
    this.region = props.destinationRegion;
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
