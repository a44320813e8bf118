/**
 * ImageQuotaAspect: the service's quotas and sharing rules checked across the
 * whole app at synth, before anything is planned. Per-construct props are
 * checked by the constructs themselves; what only shows when the app is seen
 * as a whole is checked here:
 * - more than 20 custom images per account and region (CustomImage and copy
 *   destinations, every stack of the app counted together);
 * - more than 50 accounts on one image (all shares of the image together);
 * - more than one ImageShare for one image (each owns the full account list,
 *   so two would undo each other on every apply), an ImageShare beside
 *   ImageShareAccount grants of the same image (it would unshare them), and
 *   one account granted twice by ImageShareAccount;
 * - an account receiving more than 20 shared images (the service counts them
 *   across regions);
 * - sharing across regions (sharing is regional: copy the image first);
 * - sharing with the account that owns the image (when the provider's
 *   accountId/accountName says who that is);
 * - more than 50 instances per account and region (every Instance of the
 *   app; the account's existing instances count against the same quota, and
 *   only the service knows them);
 * - an instance of another account than its image's, when no share of the
 *   image in the app grants that account (an account boots only its own,
 *   public or shared images). Checked only for images the app creates and
 *   instance providers whose accountId/accountName say who they are: an
 *   existing image may be shared outside the app.
 *
 * ImageCloudProvider adds one to its stack. Each stack's aspect reports the
 * findings about constructs of its own stack, as validation errors naming the
 * construct path, so `Testing.synth(stack, true)` and `cdktf synth` both fail.
 *
 * The aspect knows constructs only through `quotaFacts` (see QuotaFacts), so
 * it depends on no construct class.
 */
import type { IConstruct } from 'constructs';
import { INSTANCE_LIMITS } from '../api/instance-schemas';
import { LIMITS } from '../api/schemas';
import { TerraformStack, type IAspect } from './cdktf';
import { isUnknown } from './validation';

/** What one construct means for the quotas. */
export type QuotaFacts =
  | {
      /** The construct creates a custom image owned by `account` in `region`. */
      readonly kind: 'image';
      readonly account: string;
      readonly region: string;
    }
  | {
      /** The construct shares `image` with `accounts`. */
      readonly kind: 'share';
      /** The shared image's construct: shares of the same construct are shares of the same image. */
      readonly image: IConstruct;
      /** The image id, when known at synth (two references to one existing image are the same image). */
      readonly imageId: string;
      readonly imageRegion: string;
      /** Region of the provider the share is made with. */
      readonly shareRegion: string;
      readonly accounts: readonly string[];
      /**
       * False for a per-account grant (ImageShareAccount), which leaves the
       * image's other shares alone; true (the default) for a share that owns
       * the image's whole account list (ImageShare).
       */
      readonly authoritative?: boolean;
      /** True for an account name or id that is the image owner's, as far as the provider's props tell. */
      readonly isOwner: (account: string) => boolean;
    }
  | {
      /** The construct creates an instance owned by `account` in `region`, booting `image`. */
      readonly kind: 'instance';
      readonly account: string;
      readonly region: string;
      /** The image construct booted; undefined for an image given by id. */
      readonly image?: IConstruct;
      /** True for an account name or id of the instance's account; undefined when its provider's props do not say who that is. */
      readonly isOwnAccount?: (account: string) => boolean;
    };

/** A construct the aspect counts. */
export interface HasQuotaFacts extends IConstruct {
  readonly quotaFacts: QuotaFacts;
}

function hasQuotaFacts(node: IConstruct): node is HasQuotaFacts {
  return 'quotaFacts' in node;
}

type ShareFacts = Extract<QuotaFacts, { kind: 'share' }>;
type InstanceFacts = Extract<QuotaFacts, { kind: 'instance' }>;

/**
 * The service's quotas and sharing rules checked across the whole app at
 * synth (custom images and instances per account and region, accounts per
 * image, images per receiving account, regional and self shares, instances
 * of images not shared with their account), each finding reported
 * as a validation error at the construct to blame.
 * ImageCloudProvider adds one to its stack: there is no need to add it yourself.
 */
export class ImageQuotaAspect implements IAspect {
  /** Findings already turned into validations, so a second synth of the same app does not add them twice. */
  private readonly reported = new Set<string>();

  /** Checks the app once per stack, when cdktf visits the stack; other constructs are skipped. */
  visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node)) return;
    const subjects = node.node.root.node.findAll().filter(hasQuotaFacts);
    for (const [construct, message] of findings(subjects)) {
      if (TerraformStack.of(construct) !== node) continue;
      const key = `${construct.node.path}\n${message}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      construct.node.addValidation({ validate: () => [message] });
    }
  }
}

/** Every quota or sharing-rule finding of the app, as [construct to blame, message]. */
function findings(subjects: HasQuotaFacts[]): [IConstruct, string][] {
  const out: [IConstruct, string][] = [];
  const imagesByAccountAndRegion = new Map<string, HasQuotaFacts[]>();
  const sharesByImage = new Map<string, { image: IConstruct; shares: HasQuotaFacts[] }>();
  const imagesReceivedByAccount = new Map<string, HasQuotaFacts[]>();
  const instancesByAccountAndRegion = new Map<string, HasQuotaFacts[]>();
  const instances: [HasQuotaFacts, InstanceFacts][] = [];

  for (const subject of subjects) {
    const facts = subject.quotaFacts;
    if (facts.kind === 'image') {
      push(imagesByAccountAndRegion, `${facts.account}\n${facts.region}`, subject);
      continue;
    }
    if (facts.kind === 'instance') {
      push(instancesByAccountAndRegion, `${facts.account}\n${facts.region}`, subject);
      instances.push([subject, facts]);
      continue;
    }
    const imageKey = isUnknown(facts.imageId) ? facts.image.node.path : facts.imageId;
    const group = sharesByImage.get(imageKey) ?? { image: facts.image, shares: [] };
    group.shares.push(subject);
    sharesByImage.set(imageKey, group);
    for (const account of facts.accounts) if (!isUnknown(account)) push(imagesReceivedByAccount, account, subject);
    if (facts.shareRegion !== facts.imageRegion) {
      out.push([
        subject,
        `region: shares image ${facts.image.node.path} of region ${facts.imageRegion} through the ${facts.shareRegion} provider; sharing is regional: copy the image to ${facts.shareRegion} (image.copyTo('${facts.shareRegion}')) and share the copy`,
      ]);
    }
    for (const account of facts.accounts.filter((account) => !isUnknown(account) && facts.isOwner(account))) {
      out.push([subject, `accounts: ${account} owns the image; an image cannot be shared with its owner`]);
    }
  }

  for (const [key, images] of imagesByAccountAndRegion) {
    const limit = LIMITS.customImagesPerAccountPerRegion;
    if (images.length <= limit) continue;
    const [account, region] = key.split('\n');
    for (const image of images.slice(limit)) {
      out.push([
        image,
        `quota: the app creates ${images.length} custom images for ${account} in ${region} (CustomImage and copy destinations); the limit is ${limit} per account and region`,
      ]);
    }
  }

  for (const { image, shares } of sharesByImage.values()) {
    const isAuthoritative = (share: HasQuotaFacts) => (share.quotaFacts as ShareFacts).authoritative !== false;
    const owners = shares.filter(isAuthoritative);
    const grants = shares.filter((share) => !isAuthoritative(share));
    for (const share of owners.slice(1)) {
      out.push([
        share,
        `image: ${image.node.path} is already shared by ${owners[0]!.node.path}; an ImageShare owns the image's whole account list, so use one per image (image.shareWith adds to it)`,
      ]);
    }
    if (owners.length > 0 && grants.length > 0) {
      out.push([
        owners[0]!,
        `image: ${image.node.path} also has per-account grants (${grants[0]!.node.path}); an ImageShare owns the image's whole account list and would unshare them: use image.shareWith or image.grantLaunch for one image, not both`,
      ]);
    }
    const granted = new Map<string, HasQuotaFacts>();
    for (const grant of grants) {
      for (const account of (grant.quotaFacts as ShareFacts).accounts.filter((account) => !isUnknown(account))) {
        const earlier = granted.get(account);
        if (earlier) out.push([grant, `account: ${account} is already granted image ${image.node.path} by ${earlier.node.path}; grant each account once`]);
        else granted.set(account, grant);
      }
    }
    const accounts = new Set(shares.flatMap((share) => (share.quotaFacts as ShareFacts).accounts.filter((account) => !isUnknown(account))));
    if (shares.length > 1 && accounts.size > LIMITS.accountsPerSharedImage) {
      out.push([shares[0]!, `accounts: image ${image.node.path} is shared with ${accounts.size} accounts in all; the limit is ${LIMITS.accountsPerSharedImage}`]);
    }
  }

  for (const [key, launched] of instancesByAccountAndRegion) {
    const limit = INSTANCE_LIMITS.instancesPerAccountPerRegion;
    if (launched.length <= limit) continue;
    const [account, region] = key.split('\n');
    for (const instance of launched.slice(limit)) {
      out.push([
        instance,
        `quota: the app creates ${launched.length} instances for ${account} in ${region}; the limit is ${limit} per account and region, the account's existing instances included`,
      ]);
    }
  }
  out.push(...unsharedImageFindings(instances, subjects));

  for (const [account, shares] of imagesReceivedByAccount) {
    const limit = LIMITS.receivedSharedImagesPerAccount;
    if (shares.length <= limit) continue;
    for (const share of shares.slice(limit)) {
      out.push([share, `accounts: ${account} would receive ${shares.length} shared images from this app; an account accepts at most ${limit} (across regions)`]);
    }
  }
  return out;
}

/** Instances of another account than their image's (an image the app creates) that no share of the image in the app grants. */
function unsharedImageFindings(instances: [HasQuotaFacts, InstanceFacts][], subjects: HasQuotaFacts[]): [IConstruct, string][] {
  const out: [IConstruct, string][] = [];
  for (const [instance, facts] of instances) {
    const { image, isOwnAccount } = facts;
    if (image === undefined || isOwnAccount === undefined || !hasQuotaFacts(image)) continue;
    const imageFacts = image.quotaFacts;
    if (imageFacts.kind !== 'image' || imageFacts.account === facts.account) continue;
    const granted = subjects.some((subject) => {
      const share = subject.quotaFacts;
      return share.kind === 'share' && share.image === image && share.accounts.some((account) => isUnknown(account) || isOwnAccount(account));
    });
    if (!granted) {
      out.push([
        instance,
        `image: ${image.node.path} belongs to ${imageFacts.account} and no share in this app grants it to ${facts.account}; an account boots only its own, public or shared images: share it first (image.shareWith('${facts.account}') or image.grantLaunch('${facts.account}'))`,
      ]);
    }
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
