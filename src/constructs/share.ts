/**
 * ImageShare: the complete set of accounts an image is shared with
 * (imagecloud_image_share, authoritative: accounts not listed are unshared).
 * Made in the image's region with that region's provider; it references the
 * image's id, so Terraform creates it after the image and destroys it first.
 */
import { Construct } from 'constructs';
import { LIMITS, ShareImageRequestSchema, type Region } from '../api/schemas';
import { ImageShare as ImageShareResource } from './bindings/image-share';
import { addBrand, brandSymbol, hasBrand } from './brands';
import { Lazy } from './cdktf';
import type { IImage } from './image';
import { ImageCloudProvider } from './provider';
import type { HasQuotaFacts, QuotaFacts } from './quota-aspect';
import { ImageCloudValidationError, isUnknown, schemaProblems, validateNowAndAtSynth } from './validation';

/** Settings of an {@link ImageShare}. */
export interface ImageShareProps {
  /** The image to share: a CustomImage, an ImageCopy (its destination image) or CustomImage.fromImageId. */
  readonly image: IImage;
  /**
   * Accounts to share with, each an account login name (1-64 characters) or an
   * account id (32 hexadecimal digits). At most 50, no account twice, never
   * the image's owner. More can be added with `addAccounts`.
   *
   * @default - none yet: an empty list until `addAccounts` (or `image.shareWith`) adds some
   */
  readonly accounts?: readonly string[];
  /**
   * Region of the provider to share with. The image's region is the only one
   * that works (sharing is regional); the quota aspect reports any other.
   *
   * @default - the image's region, with the image's provider
   */
  readonly region?: Region;
}

const IMAGE_SHARE_BRAND = brandSymbol('ImageShare');

/**
 * The complete list of accounts an image is shared with
 * (imagecloud_image_share): accounts not listed are unshared on apply, so an
 * image has one. `image.shareWith(...)` makes it and adds to it.
 */
export class ImageShare extends Construct implements HasQuotaFacts {
  /** The Terraform resource type, for cdktf's matchers: `expect(synth).toHaveResource(ImageShare)`. */
  public static readonly tfResourceType = ImageShareResource.tfResourceType;

  /**
   * True for an ImageShare made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageShare(x: unknown): x is ImageShare {
    return hasBrand(x, IMAGE_SHARE_BRAND);
  }

  /** The generated binding underneath, for settings this construct does not expose. */
  public readonly resource: ImageShareResource;
  /** The image shared. */
  public readonly image: IImage;
  /** The provider the share is made with: the image's, unless the `region` prop names another region. */
  public readonly provider: ImageCloudProvider;
  private readonly accountList: string[] = [];

  constructor(scope: Construct, id: string, props: ImageShareProps) {
    super(scope, id);
    this.image = props.image;
    addBrand(this, IMAGE_SHARE_BRAND);
    // The image's own provider (its account); another region only when asked, which the quota aspect then reports.
    this.provider = props.region === undefined ? props.image.provider : ImageCloudProvider.forRegion(this, props.region, props.image.provider);
    this.accountList.push(...(props.accounts ?? []));
    validateNowAndAtSynth(this, () => [...this.accountList], checkAccounts, true);
    this.resource = new ImageShareResource(this, 'Resource', {
      provider: this.provider,
      imageId: props.image.imageId,
      // Lazy: accounts added after construction (image.shareWith called again) still reach the synthesized JSON.
      accounts: Lazy.listValue({ produce: () => [...this.accountList] }),
    });
  }

  /** Adds accounts (names or ids); checked like the `accounts` prop. Returns this share. */
  addAccounts(...accounts: string[]): this {
    const problems = checkAccounts([...this.accountList, ...accounts]);
    if (problems.length > 0) throw new ImageCloudValidationError(this.node.path, problems);
    this.accountList.push(...accounts);
    return this;
  }

  /** The accounts as configured so far. */
  get accounts(): readonly string[] {
    return [...this.accountList];
  }

  /** What this share counts for in the {@link ImageQuotaAspect}: its image, regions and accounts. */
  get quotaFacts(): QuotaFacts {
    return {
      kind: 'share',
      image: this.image,
      imageId: this.image.imageId,
      imageRegion: this.image.region,
      shareRegion: this.provider.imageRegion,
      accounts: this.accounts,
      isOwner: (account) => this.provider.isOwnAccount(account),
    };
  }
}

/** One account against the API's share request schema: an account id, else a login name; `prop` names it in messages. */
export function accountProblems(account: string, prop: string): string[] {
  const asId = schemaProblems(ShareImageRequestSchema, { accountId: account }, () => prop);
  return asId.length === 0 ? [] : schemaProblems(ShareImageRequestSchema, { account }, () => prop);
}

/** Each account against the API's share request schema (an account id, else a login name), then the per-image limits. */
function checkAccounts(accounts: string[]): string[] {
  const problems = accounts.flatMap((account, index) => accountProblems(account, `accounts[${index}]`));
  const known = accounts.filter((account) => !isUnknown(account));
  const twice = [...new Set(known.filter((account, index) => known.indexOf(account) !== index))];
  if (twice.length > 0) problems.push(`accounts: lists ${twice.join(', ')} more than once`);
  if (accounts.length > LIMITS.accountsPerSharedImage) {
    problems.push(`accounts: lists ${accounts.length} accounts; an image can be shared with at most ${LIMITS.accountsPerSharedImage}`);
  }
  return problems;
}
