/** Validators, conversions and attribute sets shared by resources and data sources. */
import { IMAGE_ID_PATTERN, IMAGE_NAME_PATTERN, IMAGE_NAME_RULE, LIMITS, REGIONS, type Image, type Tag } from '../api/schemas';
import type { ImageClient } from '../client';
import { orNullWhenGone } from './errors';
import { ProviderError, Unknown, attr, oneOf, stringMatches, t, useStateForUnknown, type PlanModifier, type Validator } from './runtime';

export const imageNameValidator = stringMatches(new RegExp(IMAGE_NAME_PATTERN), IMAGE_NAME_RULE);
const IMAGE_ID = new RegExp(IMAGE_ID_PATTERN);
export const imageIdValidator = stringMatches(IMAGE_ID, 'Must be an image id: `m-` and 8 letters or digits');
export const kmsKeyValidator = stringMatches(
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  'Must be a KMS key id (a lowercase UUID)',
);
export const regionValidator = oneOf(...REGIONS);

/** Object storage's bucket naming rule, named in the errors of every bos:// URL. */
const BUCKET_RULE = 'the bucket name is 3-63 lowercase letters, digits or hyphens, starting with a letter or digit';
export const bosObjectUrlValidator = stringMatches(/^bos:\/\/[a-z0-9][a-z0-9-]{2,62}\/.+$/, `Must be bos://bucket/key, where ${BUCKET_RULE}`);
export const bosPrefixUrlValidator = stringMatches(/^bos:\/\/[a-z0-9][a-z0-9-]{2,62}(\/.*)?$/, `Must be bos://bucket or bos://bucket/prefix, where ${BUCKET_RULE}`);

export const tagsValidator: Validator<Record<string, string>> = {
  description: `At most ${LIMITS.tagsPerImage} tags; keys 1-${LIMITS.tagKeyMaxLength} characters, values at most ${LIMITS.tagValueMaxLength}.`,
  validate(tags) {
    const keys = Object.keys(tags);
    if (keys.length > LIMITS.tagsPerImage) return `has ${keys.length} tags; an image takes at most ${LIMITS.tagsPerImage}`;
    const longKey = keys.find((key) => key.length < 1 || key.length > LIMITS.tagKeyMaxLength);
    if (longKey !== undefined) return `has a key of ${longKey.length} characters (${JSON.stringify(longKey)}); keys are 1-${LIMITS.tagKeyMaxLength}`;
    const longValue = keys.find((key) => (tags[key] ?? '').length > LIMITS.tagValueMaxLength);
    if (longValue !== undefined) return `has a value of more than ${LIMITS.tagValueMaxLength} characters under ${JSON.stringify(longValue)}`;
    return undefined;
  },
};

export function tagMap(tags: readonly Tag[]): Record<string, string> {
  return Object.fromEntries(tags.map((tag) => [tag.tagKey, tag.tagValue]));
}

/** `Image.*` facts every image has; read-only. Shared by the custom image resource and the image data sources. */
export function imageFacts(image: Image) {
  return {
    status: image.status,
    type: image.type,
    os_type: image.osType,
    os_name: image.osName,
    os_version: image.osVersion,
    os_arch: image.osArch,
    size_gb: image.diskSize,
    min_disk_gb: image.minDiskGb,
    encrypted: image.encrypted,
    create_time: image.createTime,
    supports_local_system_disk: image.supportsLocalSystemDisk,
    data_disk_sizes: image.dataDisks.map((disk) => disk.sizeGb),
  };
}

/** The read-only attributes matching imageFacts(), declared once. */
export function imageFactAttributes(stable: boolean) {
  // In a resource, facts fixed at creation keep their value across in-place updates instead of showing "(known after apply)".
  const keep = stable ? { planModifiers: [useStateForUnknown()] } : {};
  return {
    status: attr.string({ computed: true, description: 'Lifecycle status: `Creating`, `CreateFailed`, `Available`, `NotAvailable` or `Error`.', ...keep }),
    type: attr.string({ computed: true, description: 'Image type as this account sees it: `System`, `Custom`, `Sharing`, `Integration` or `Market`.', ...keep }),
    os_type: attr.string({ computed: true, description: 'Operating system type: `linux` or `windows` (empty for data-disk images).', ...keep }),
    os_name: attr.string({ computed: true, description: 'Operating system name, e.g. `CentOS`.', ...keep }),
    os_version: attr.string({ computed: true, description: 'Operating system version, e.g. `7.9`.', ...keep }),
    os_arch: attr.string({ computed: true, description: 'Architecture, e.g. `x86_64`.', ...keep }),
    size_gb: attr.number({ computed: true, description: 'Size of the image in GB.', ...keep }),
    min_disk_gb: attr.number({ computed: true, description: 'Smallest system disk, in GB, an instance made from the image needs.', ...keep }),
    encrypted: attr.bool({ computed: true, description: 'Whether the image is encrypted with a KMS key.', ...keep }),
    create_time: attr.string({ computed: true, description: 'Creation time, UTC (`yyyy-mm-ddThh:mm:ssZ`).', ...keep }),
    supports_local_system_disk: attr.bool({
      computed: true,
      description: 'False when the image was made from a CDS system disk: it cannot create instances with local system disks.',
      ...keep,
    }),
    data_disk_sizes: attr.list(t.number, { computed: true, description: 'Sizes in GB of the data disks of a full-instance image.', ...keep }),
  };
}

/** Image kinds as Terraform users write them, and the API's list filter for each. */
const IMAGE_TYPE_FILTER = {
  public: 'System',
  custom: 'Custom',
  shared: 'Sharing',
  integration: 'Integration',
  market: 'Market',
} as const;
export const IMAGE_TYPE_CHOICES = Object.keys(IMAGE_TYPE_FILTER) as (keyof typeof IMAGE_TYPE_FILTER)[];

export function imageTypeFilter(choice: string | null): (typeof IMAGE_TYPE_FILTER)[keyof typeof IMAGE_TYPE_FILTER] | 'All' {
  return choice === null ? 'All' : IMAGE_TYPE_FILTER[choice as keyof typeof IMAGE_TYPE_FILTER];
}

/**
 * For optional + computed creation parameters: while the configuration leaves
 * the attribute out, plan the prior value, null included (useStateForUnknown
 * keeps only non-null values, which would make a null "(known after apply)"
 * and, with requiresReplace, force a needless replacement).
 */
export function keepPriorValue(): PlanModifier {
  return {
    description: 'Left out of the configuration, the value stays what it is.',
    modify: ({ state, planned, config, resourceExists }) => (planned === Unknown && config === null && resourceExists ? { planned: state } : {}),
  };
}

/**
 * Options for a client waiter inside a resource operation. The operation's
 * signal carries the resource's timeout (`timeouts.create` and so on), so the
 * waiter sets no deadline of its own: its defaults (30 or 60 minutes) would
 * otherwise cut short every longer timeout.
 */
export function untilOperationEnds(signal: AbortSignal): { signal: AbortSignal; timeoutMs: number } {
  return { signal, timeoutMs: Number.POSITIVE_INFINITY };
}

/**
 * The image an import id names, refused unless this account owns it: an image
 * only shared with the account (type Sharing), public or market image would
 * be adopted, and then fail to update or destroy. Malformed ids are refused
 * with what the id must be instead of reaching the API.
 */
export async function importedImage(client: ImageClient, id: string, resourceType: string, example: string, signal: AbortSignal): Promise<Image> {
  if (!IMAGE_ID.test(id)) {
    throw new ProviderError('Invalid import id', { detail: `${resourceType} imports by image id: \`m-\` and 8 letters or digits, e.g. ${example}; got "${id}".` });
  }
  const found = await orNullWhenGone(() => client.getImage(id, { signal }));
  if (found === null) {
    throw new ProviderError('Cannot import a missing image', { detail: `Region ${client.region} has no image ${id} that this account can see.` });
  }
  if (found.image.type !== 'Custom') {
    throw new ProviderError('Cannot import an image this account does not own', {
      detail:
        `Image ${id} is of type ${found.image.type}` +
        (found.image.type === 'Sharing' ? ', shared with this account by its owner' : '') +
        `: only custom images of this account can be managed (and destroyed) by ${resourceType}. Read it with the imagecloud_image data source instead.`,
    });
  }
  return found.image;
}
