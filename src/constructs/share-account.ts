/**
 * ImageShareAccount: one account an image is shared with
 * (imagecloud_image_share_account, non-authoritative: the image's other
 * shares are left alone). Made in the image's region with that region's
 * provider; it references the image's id, so Terraform creates it after the
 * image and destroys it first.
 */
import { Construct } from 'constructs';
import type { Region } from '../api/schemas';
import { ImageShareAccount as ImageShareAccountResource } from './bindings/image-share-account';
import { addBrand, brandSymbol, hasBrand } from './brands';
import type { IImage } from './image';
import { ImageCloudProvider } from './provider';
import type { HasQuotaFacts, QuotaFacts } from './quota-aspect';
import { accountProblems } from './share';
import { validateNowAndAtSynth } from './validation';

/** Settings of an {@link ImageShareAccount}. */
export interface ImageShareAccountProps {
  /** The image to share: a CustomImage, an ImageCopy (its destination image) or CustomImage.fromImageId. */
  readonly image: IImage;
  /**
   * The account to share with: an account login name (1-64 characters) or an
   * account id (32 hexadecimal digits); never the image's owner. Changing it
   * replaces the grant.
   */
  readonly account: string;
  /**
   * Region of the provider to share with. The image's region is the only one
   * that works (sharing is regional); the quota aspect reports any other.
   *
   * @default - the image's region, with the image's provider
   */
  readonly region?: Region;
}

const IMAGE_SHARE_ACCOUNT_BRAND = brandSymbol('ImageShareAccount');

/**
 * One account an image is shared with (imagecloud_image_share_account):
 * other shares of the image, granted by other ImageShareAccounts or outside
 * Terraform, are left alone. `image.grantLaunch(account)` makes one. Do not
 * combine with an ImageShare of the same image, which would unshare them; the
 * quota aspect reports the mix.
 */
export class ImageShareAccount extends Construct implements HasQuotaFacts {
  /** The Terraform resource type, for cdktf's matchers: `expect(synth).toHaveResource(ImageShareAccount)`. */
  public static readonly tfResourceType = ImageShareAccountResource.tfResourceType;

  /**
   * True for an ImageShareAccount made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageShareAccount(x: unknown): x is ImageShareAccount {
    return hasBrand(x, IMAGE_SHARE_ACCOUNT_BRAND);
  }

  /** The generated binding underneath, for settings this construct does not expose. */
  public readonly resource: ImageShareAccountResource;
  /** The image shared. */
  public readonly image: IImage;
  /** The account granted, as written. */
  public readonly account: string;
  /** The provider the share is made with: the image's, unless the `region` prop names another region. */
  public readonly provider: ImageCloudProvider;

  constructor(scope: Construct, id: string, props: ImageShareAccountProps) {
    super(scope, id);
    this.image = props.image;
    this.account = props.account;
    addBrand(this, IMAGE_SHARE_ACCOUNT_BRAND);
    this.provider = props.region === undefined ? props.image.provider : ImageCloudProvider.forRegion(this, props.region, props.image.provider);
    validateNowAndAtSynth(this, () => props.account, (account) => accountProblems(account, 'account'));
    this.resource = new ImageShareAccountResource(this, 'Resource', {
      provider: this.provider,
      imageId: props.image.imageId,
      account: props.account,
    });
  }

  /** The account's id (32 hexadecimal digits), as the service reports it. */
  get accountId(): string {
    return this.resource.accountId;
  }

  get quotaFacts(): QuotaFacts {
    return {
      kind: 'share',
      image: this.image,
      imageId: this.image.imageId,
      imageRegion: this.image.region,
      shareRegion: this.provider.imageRegion,
      accounts: [this.account],
      authoritative: false,
      isOwner: (account) => this.provider.isOwnAccount(account),
    };
  }
}
