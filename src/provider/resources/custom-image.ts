/**
 * imagecloud_custom_image: a custom image made from an instance's system
 * disk, a snapshot, one data disk, a whole instance, or imported from a file
 * in object storage. Create waits until the image is Available.
 */
import { IMPORT_EXTENSIONS_TEXT, LIMITS, importFormatOf, type Image, type Tag } from '../../api/schemas';
import { ImageApiError, ImageSharedToOthersError, WaiterFailedError } from '../../client/errors';
import { randomUUID } from 'node:crypto';
import type { ImageClient } from '../../client';
import { defineResource } from '../framework';
import {
  Unknown,
  ProviderError,
  attr,
  block,
  errorDiagnostic,
  numberBetween,
  oneOf,
  requiresReplace,
  stringLengthBetween,
  stringMatches,
  t,
  timeoutsBlock,
  useStateForUnknown,
  type Diagnostic,
  type Model,
} from '../runtime';
import { abortCause, apiFailure, orNullWhenGone, type RequestFields } from '../errors';
import { bosObjectUrlValidator, imageFactAttributes, imageFacts, imageNameValidator, importedImage, keepPriorValue, kmsKeyValidator, tagMap, tagsValidator, untilOperationEnds } from '../common';
import { readImage, sharedWaitReads } from '../image-reads';
import { outcomeUnknown, outcomeUnknownError, pendingId, pendingTokenOf, resolvePendingCreate, sendCreation, type ImageCreation } from '../pending-create';

const importBlock = block.single({
  description: 'Import the image from a file in object storage (qcow2, vhd, vmdk, raw) or an ISO.',
  attributes: {
    bos_url: attr.string({ required: true, description: 'The file, `bos://bucket/key`.', validators: [bosObjectUrlValidator] }),
    format: attr.string({ optional: true, description: 'File format; defaults to the key\'s extension.', validators: [oneOf('qcow2', 'vhd', 'vmdk', 'raw', 'iso')] }),
    os_type: attr.string({ required: true, description: 'Operating system type.', validators: [oneOf('linux', 'windows')] }),
    os_name: attr.string({ required: true, description: 'Operating system name, e.g. `CentOS`.', validators: [stringLengthBetween(1, 64)] }),
    os_version: attr.string({ required: true, description: 'Operating system version, e.g. `7.9`.', validators: [stringLengthBetween(1, 64)] }),
    os_arch: attr.string({ required: true, description: 'Architecture.', validators: [oneOf('x86_64', 'aarch64', 'i386')] }),
    image_kind: attr.string({ optional: true, description: '`system` (the default) or `data` for a data-disk image.', validators: [oneOf('system', 'data')] }),
  },
});

const sourceBlock = block.single({
  description:
    'What the image is made from; exactly one of `instance_id` (optionally with `data_disk_id` or `full_instance`), `snapshot_id` or an `import` block. Any change re-creates the image.',
  attributes: {
    instance_id: attr.string({
      optional: true,
      description: 'Instance (Running or Stopped) whose system disk the image is made from; with `data_disk_id` or `full_instance`, see those.',
      validators: [stringMatches(/^i-[A-Za-z0-9]{8}$/, 'Must be an instance id: `i-` and 8 letters or digits')],
    }),
    snapshot_id: attr.string({
      optional: true,
      description: 'Available system-disk snapshot the image is made from.',
      validators: [stringMatches(/^s-[A-Za-z0-9]{8}$/, 'Must be a snapshot id: `s-` and 8 letters or digits')],
    }),
    data_disk_id: attr.string({
      optional: true,
      description: 'With `instance_id`: make an image of this data disk of the instance.',
      validators: [stringMatches(/^v-[A-Za-z0-9]{8}$/, 'Must be a volume id: `v-` and 8 letters or digits')],
    }),
    full_instance: attr.bool({ optional: true, description: 'With `instance_id`: a full-instance image, the system disk and every data disk.' }),
  },
  blocks: { import: importBlock },
  planModifiers: [requiresReplace()],
});

const attributes = {
  id: attr.string({ computed: true, description: 'Image id.', planModifiers: [useStateForUnknown()] }),
  name: attr.string({ required: true, description: 'Image name; changes in place.', validators: [imageNameValidator] }),
  description: attr.string({ optional: true, description: 'Free text; changes in place.', validators: [stringLengthBetween(1, LIMITS.descriptionMaxLength)] }),
  min_memory_mb: attr.number({
    optional: true,
    computed: true,
    description: 'Smallest memory (MiB) of instances made from the image; changes in place.',
    validators: [numberBetween(0, LIMITS.maxMemoryMb)],
    planModifiers: [useStateForUnknown()],
  }),
  max_memory_mb: attr.number({
    optional: true,
    computed: true,
    description: 'Largest memory (MiB) of instances made from the image, 0 for no limit; changes in place.',
    validators: [numberBetween(0, LIMITS.maxMemoryMb)],
    planModifiers: [useStateForUnknown()],
  }),
  nic_multi_queue: attr.bool({ optional: true, computed: true, description: 'NIC multi-queue support; changes in place.', planModifiers: [useStateForUnknown()] }),
  sriov: attr.bool({ optional: true, computed: true, description: 'SR-IOV support; changes in place.', planModifiers: [useStateForUnknown()] }),
  tags: attr.map(t.string, { optional: true, description: 'Tags; change in place.', validators: [tagsValidator] }),
  encrypt_key: attr.string({
    optional: true,
    computed: true,
    description:
      'KMS key id (in the provider\'s region) to encrypt the image with. Left out, an image of an encrypted source is encrypted with the source\'s key, shown here. Changing it re-creates the image.',
    validators: [kmsKeyValidator],
    planModifiers: [keepPriorValue(), requiresReplace()],
  }),
  force_unshare: attr.bool({
    default: false,
    description: 'On destroy, stop sharing the image with every account first. Without it, destroying a shared image fails and names the accounts.',
  }),
  ...imageFactAttributes(true),
};

const blocks = { source: sourceBlock, timeouts: timeoutsBlock(['create', 'update', 'delete']) };

type CustomImage = Model<typeof attributes, typeof blocks>;
type Source = NonNullable<CustomImage['source']>;

/** Request fields of create, import, modify and tag calls, and the attribute each comes from. */
const REQUEST_FIELDS: RequestFields = {
  imageName: ['name'],
  name: ['name'],
  description: ['description'],
  instanceId: ['source', 'instance_id'],
  snapshotId: ['source', 'snapshot_id'],
  dataDiskId: ['source', 'data_disk_id'],
  relateCds: ['source', 'full_instance'],
  bosUrl: ['source', 'import', 'bos_url'],
  format: ['source', 'import', 'format'],
  encryptKey: ['encrypt_key'],
  minMemoryMb: ['min_memory_mb'],
  maxMemoryMb: ['max_memory_mb'],
  changeTags: ['tags'],
};

export const customImage = defineResource({
  name: 'imagecloud_custom_image',
  description:
    'A custom image in the provider\'s region, made from an instance (system disk, one data disk, or the full instance), a snapshot, or a file imported from object storage. ' +
    'Create waits until the image is `Available`; when it ends `CreateFailed` the error gives the server\'s reason and the failed image is deleted, so it does not hold quota. ' +
    'When the wait times out or is interrupted the image is kept in state marked tainted, and the next apply replaces it.\n\n' +
    'The create request carries an idempotency token and is retried with it until `timeouts.create`. If no answer arrives by then, ' +
    'whether the image was made is unknown: the object is kept tainted with the id `pending-create:<token>`, and the next apply (or destroy) ' +
    'sends the same request with that token, which answers with the image the lost attempt made without making a second, and deletes it ' +
    'before creating the replacement. Nothing is orphaned or duplicated, provided that apply runs within 24 hours (how long the service remembers a token).\n\n' +
    'Destroying an image that is still shared fails with the list of accounts, unless `force_unshare = true`.\n\n' +
    'Import takes the image id. The API does not tell which instance a data-disk image came from, so it imports with a `source` of `data_disk_id` alone, ' +
    'which adopts it as it is (`-generate-config-out` writes that and plans clean); only a new data-disk image needs `instance_id`. ' +
    'Nor does it tell the format of an imported file, so such images import with `source.import.format` empty; if your configuration sets it, ' +
    'add `lifecycle { ignore_changes = [source] }` to adopt them without a replacement.',
  example: `resource "imagecloud_custom_image" "web" {
  name        = "web-2024-06"
  description = "Web tier, June build"
  source {
    instance_id = "i-AbCd1234"
  }
  min_memory_mb = 2048
  tags = {
    team = "web"
  }
  timeouts {
    create = "30m"
  }
}

resource "imagecloud_custom_image" "imported" {
  name = "imported-centos"
  source {
    import {
      bos_url    = "bos://images/centos-7.9.qcow2"
      os_type    = "linux"
      os_name    = "CentOS"
      os_version = "7.9"
      os_arch    = "x86_64"
    }
  }
}`,
  importExample: 'terraform import imagecloud_custom_image.web m-AbCd1234',
  defaultTimeouts: { create: '30m', update: '10m', delete: '30m' },
  attributes,
  blocks,

  validate(config) {
    const diagnostics: Diagnostic[] = [];
    const source = config.source;
    if (source === null) {
      return [errorDiagnostic('Missing source', 'A `source` block is required: set one of instance_id, snapshot_id or an import block.', ['source'])];
    }
    if (source === Unknown) return [];
    // Null is not set, and an unknown value (a module variable at validate, a
    // value known only after apply) may yet be null: Terraform validates again
    // at plan with the values known by then, so only known values decide.
    const given = (value: unknown) => value !== null && value !== Unknown;
    // A data disk alone is how an imported data-disk image reads (the API does not say which instance
    // the disk was attached to): it adopts the image; modifyPlan refuses it for a new image.
    const diskAlone = given(source.data_disk_id) && source.instance_id === null;
    const kinds = [
      given(source.instance_id) && 'instance_id',
      diskAlone && 'data_disk_id',
      given(source.snapshot_id) && 'snapshot_id',
      given(source.import) && 'import',
    ].filter((kind): kind is string => kind !== false);
    // Planned types only the top level as possibly unknown; nested values can be unknown too.
    const undecided = ([source.instance_id, source.snapshot_id, source.import] as unknown[]).some((value) => value === Unknown);
    if (kinds.length > 1 || (kinds.length === 0 && !undecided)) {
      diagnostics.push(
        errorDiagnostic(
          'Invalid source',
          kinds.length === 0
            ? 'Set exactly one of source.instance_id, source.snapshot_id or a source.import block.'
            : `Set exactly one of source.instance_id, source.snapshot_id or a source.import block; this one sets ${kinds.join(' and ')}.`,
          ['source', kinds[1] ?? kinds[0] ?? 'instance_id'],
        ),
      );
    }
    const file: unknown = source.import;
    if (file !== null && file !== Unknown) {
      const { bos_url: bosUrl, format } = file as { bos_url: unknown; format: unknown };
      if (typeof bosUrl === 'string' && format === null && importFormatOf(bosUrl) === undefined) {
        diagnostics.push(
          errorDiagnostic(
            'Missing import format',
            `bos_url ${JSON.stringify(bosUrl)} has no ${IMPORT_EXTENSIONS_TEXT} extension to take the format from: set format.`,
            ['source', 'import', 'format'],
          ),
        );
      }
    }
    if (source.full_instance === true && source.instance_id === null) {
      diagnostics.push(errorDiagnostic('Invalid source', 'full_instance needs instance_id.', ['source', 'full_instance']));
    }
    if (source.full_instance === true && given(source.data_disk_id)) {
      diagnostics.push(errorDiagnostic('Invalid source', 'An image is either of one data disk or of the full instance, not both.', ['source', 'full_instance']));
    }
    const { min_memory_mb: min, max_memory_mb: max } = config;
    if (typeof min === 'number' && typeof max === 'number' && max !== 0 && max < min) {
      diagnostics.push(errorDiagnostic('Invalid memory range', `max_memory_mb (${max}) is below min_memory_mb (${min}).`, ['max_memory_mb']));
    }
    return diagnostics;
  },

  modifyPlan(_ctx, { prior, planned }) {
    const source = planned.source;
    if (source === null || source === Unknown) return undefined;
    // Planned types only the top level as possibly unknown; nested values can be unknown too.
    const disk: unknown = source.data_disk_id;
    if (disk === null || disk === Unknown || source.instance_id !== null) return undefined;
    // Only a new image (a create, or the replacement a changed source forces) is made from the disk.
    const adopted = prior !== null && JSON.stringify(prior.source) === JSON.stringify(source);
    if (adopted) return undefined;
    throw new ProviderError('Invalid source', {
      detail: 'data_disk_id needs the instance_id of the instance the disk is attached to: set source.instance_id too.',
      path: ['source', 'instance_id'],
    });
  },

  async create(ctx, plan) {
    const client = ctx.client;
    const imageId = await startCreation(client, plan, ctx.signal);
    ctx.log.info('Image creation started', { image_id: imageId });
    let image: Image;
    try {
      image = await client.waitForImage(imageId, { ...untilOperationEnds(ctx.signal), ...sharedWaitReads(client) });
    } catch (error) {
      if (error instanceof WaiterFailedError) {
        const cleanup = await deleteQuietly(client, imageId);
        throw new ProviderError('Image creation failed', {
          detail: `Image ${imageId} ended ${error.resourceStatus}: ${error.failReason || 'the server gave no reason'}. ${cleanup}`,
          path: ['source'],
        });
      }
      throw keepTainted(`waiting for image ${imageId} to become Available`, error, ctx.signal, plan, imageId);
    }
    try {
      return toState(plan, await applyChanges(client, plan, image, {}, ctx.signal));
    } catch (error) {
      throw keepTainted(`setting the attributes of image ${imageId}`, error, ctx.signal, plan, imageId, image);
    }
  },

  async read(ctx, state) {
    const pendingToken = pendingTokenOf(state.id);
    if (pendingToken !== undefined) {
      // Resolving it means sending the create again: that is for the apply that replaces it, not for a plan.
      ctx.warn(
        'Image creation outcome unknown',
        `An apply sent "${state.name}" for creation (clientToken ${pendingToken}) but no answer said whether it was made. ` +
          'The next apply resolves that create by its token, deletes the image it made, if any, and creates the replacement.',
      );
      return state;
    }
    const imageId = state.id!;
    try {
      const image = await readImage(ctx.client, imageId, ctx.signal);
      return image === null ? null : toState(state, image);
    } catch (error) {
      throw apiFailure(`reading image ${imageId}`, error, undefined, ctx.signal);
    }
  },

  async update(ctx, plan, prior) {
    const imageId = prior.id!;
    if (pendingTokenOf(imageId) !== undefined) {
      throw new ProviderError('Image creation outcome unknown', {
        detail: 'This object stands for a create whose answer was lost, and cannot be updated: run `terraform taint` on it (it was untainted), then apply to replace it.',
      });
    }
    try {
      const { image } = await ctx.client.getImage(imageId, { signal: ctx.signal });
      return toState(plan, await applyChanges(ctx.client, plan, image, tagMap(image.tags), ctx.signal));
    } catch (error) {
      throw apiFailure(`updating image ${imageId}`, error, undefined, ctx.signal, REQUEST_FIELDS);
    }
  },

  async delete(ctx, state) {
    const client = ctx.client;
    const pendingToken = pendingTokenOf(state.id);
    let imageId = state.id!;
    try {
      if (pendingToken !== undefined) {
        const made = await resolvePendingCreate(() => sendCreation(client, creationOf(state), pendingToken, ctx.signal));
        ctx.log.info('Resolved a create whose answer was lost', { client_token: pendingToken, image_id: made ?? '' });
        if (made === null) return;
        imageId = made;
      }
      const found = await orNullWhenGone(() => client.getImage(imageId, { signal: ctx.signal }));
      if (found === null) return;
      if (found.image.status === 'Creating') {
        // A create that timed out left the image tainted: it can only be deleted once creation ends.
        ctx.log.info('Waiting for the image to finish creating before deleting it', { image_id: imageId });
        await client.waitForImage(imageId, untilOperationEnds(ctx.signal)).catch((error: unknown) => {
          if (!(error instanceof WaiterFailedError)) throw error;
        });
      }
      const { users } = await client.listSharedUsers(imageId, { signal: ctx.signal });
      if (users.length > 0) {
        if (!state.force_unshare) throw stillShared(imageId, users.map((user) => `${user.account} (${user.accountId})`));
        for (const user of users) await client.unshareImage(imageId, { accountId: user.accountId }, { signal: ctx.signal });
        ctx.log.info('Unshared the image before deleting it', { image_id: imageId, accounts: users.length });
      }
      await orNullWhenGone(() => client.deleteImage(imageId, { signal: ctx.signal }));
    } catch (error) {
      if (error instanceof ImageSharedToOthersError) throw stillShared(imageId, []);
      const action = pendingTokenOf(imageId) === undefined ? `deleting image ${imageId}` : `resolving the lost create of image ${state.name} (clientToken ${pendingToken})`;
      throw apiFailure(action, error, undefined, ctx.signal);
    }
  },

  async importState(ctx, id) {
    const image = await importedImage(ctx.client, id, 'imagecloud_custom_image', 'm-AbCd1234', ctx.signal);
    if (image.sourceKind === 'copy') {
      throw new ProviderError('Cannot import a copy as imagecloud_custom_image', {
        detail: `Image ${id} is a copy of ${image.copySource?.imageId ?? image.sourceId}; import it as imagecloud_image_copy with the id ${ctx.client.region}/${id}.`,
      });
    }
    return { id, force_unshare: false };
  },
});

/** The create (or import) call for the planned source. */
function creationOf(plan: CustomImage): ImageCreation {
  const source = plan.source as Source;
  const extras = {
    ...(plan.encrypt_key !== null ? { encryptKey: plan.encrypt_key } : {}),
    ...(plan.description !== null ? { description: plan.description } : {}),
  };
  if (source.import !== null) {
    const file = source.import;
    return {
      operation: 'importImage',
      request: {
        name: plan.name,
        bosUrl: file.bos_url,
        osType: file.os_type as 'linux' | 'windows',
        osName: file.os_name,
        osVersion: file.os_version,
        osArch: file.os_arch as 'x86_64' | 'aarch64' | 'i386',
        ...(file.format !== null ? { format: file.format as 'qcow2' | 'vhd' | 'vmdk' | 'raw' | 'iso' } : {}),
        ...(file.image_kind !== null ? { imageKind: file.image_kind as 'system' | 'data' } : {}),
        ...extras,
      },
    };
  }
  return {
    operation: 'createImage',
    request: {
      imageName: plan.name,
      ...(source.instance_id !== null ? { instanceId: source.instance_id } : {}),
      ...(source.snapshot_id !== null ? { snapshotId: source.snapshot_id } : {}),
      ...(source.data_disk_id !== null ? { dataDiskId: source.data_disk_id } : {}),
      ...(source.full_instance === true ? { relateCds: true } : {}),
      ...extras,
    },
  };
}

/**
 * Sends the create (or import) call for the planned source; the new image id.
 * When no answer settles whether it made an image, the object is kept
 * tainted with an id naming the call's token (pending-create.ts).
 */
async function startCreation(client: ImageClient, plan: CustomImage, signal: AbortSignal): Promise<string> {
  const creation = creationOf(plan);
  const clientToken = randomUUID();
  try {
    return await sendCreation(client, creation, clientToken, signal);
  } catch (error) {
    const failure = apiFailure(`creating image ${plan.name}`, error, error instanceof ImageApiError && error.status === 413 ? undefined : ['source'], signal, REQUEST_FIELDS);
    if (!outcomeUnknown(error)) throw failure;
    throw outcomeUnknownError('Image creation outcome unknown', failure, 'the image was made', clientToken, placeholderState(plan, pendingId(clientToken)));
  }
}

/** Sends one modifyAttribute call for whatever configured attribute differs from the image. */
/**
 * Gives the image the plan's attributes and tags; answers the image as it is
 * then: read again only when something was changed (an apply of many images
 * that set nothing after creation sends no further read each).
 */
async function applyChanges(client: ImageClient, plan: CustomImage, image: Image, currentTags: Record<string, string>, signal: AbortSignal): Promise<Image> {
  const attributesChanged = await applyAttributes(client, image.id, plan, image, signal);
  const tagsChanged = await applyTags(client, image.id, plan.tags ?? {}, currentTags, signal);
  return attributesChanged || tagsChanged ? (await client.getImage(image.id, { signal })).image : image;
}

/** Answers whether anything was changed. */
async function applyAttributes(client: ImageClient, imageId: string, plan: CustomImage, image: Image, signal: AbortSignal): Promise<boolean> {
  const change: Record<string, string | number | boolean> = {};
  if (plan.name !== image.name) change.name = plan.name;
  if ((plan.description ?? '') !== image.desc) change.description = plan.description ?? '';
  if (plan.min_memory_mb !== null && plan.min_memory_mb !== image.minMemoryMb) change.minMemoryMb = plan.min_memory_mb;
  if (plan.max_memory_mb !== null && plan.max_memory_mb !== image.maxMemoryMb) change.maxMemoryMb = plan.max_memory_mb;
  if (plan.nic_multi_queue !== null && plan.nic_multi_queue !== image.nicMultiQueue) change.nicMultiQueue = plan.nic_multi_queue;
  if (plan.sriov !== null && plan.sriov !== image.sriov) change.sriov = plan.sriov;
  if (Object.keys(change).length === 0) return false;
  await client.modifyImageAttributes(imageId, change, { signal });
  return true;
}

/** Binds and unbinds tags so the image carries exactly `wanted`; answers whether anything was changed. */
async function applyTags(client: ImageClient, imageId: string, wanted: Record<string, string>, current: Record<string, string>, signal: AbortSignal): Promise<boolean> {
  const removed: Tag[] = Object.entries(current)
    .filter(([key]) => !(key in wanted))
    .map(([tagKey, tagValue]) => ({ tagKey, tagValue }));
  const bound: Tag[] = Object.entries(wanted)
    .filter(([key, value]) => current[key] !== value)
    .map(([tagKey, tagValue]) => ({ tagKey, tagValue }));
  if (removed.length > 0) await client.unbindTags(imageId, { changeTags: removed }, { signal });
  if (bound.length > 0) await client.bindTags(imageId, { changeTags: bound }, { signal });
  return removed.length > 0 || bound.length > 0;
}

/**
 * State from the image. What the configuration may leave out keeps its
 * configured form ('' description and no tags read as null unless written so);
 * the source is a creation parameter: kept from state, or derived on import.
 */
function toState(base: CustomImage, image: Image): CustomImage {
  const tags = tagMap(image.tags);
  return {
    ...base,
    id: image.id,
    name: image.name,
    description: image.desc === '' && base.description !== '' ? null : image.desc,
    min_memory_mb: image.minMemoryMb,
    max_memory_mb: image.maxMemoryMb,
    nic_multi_queue: image.nicMultiQueue,
    sriov: image.sriov,
    tags: Object.keys(tags).length === 0 && base.tags === null ? null : tags,
    encrypt_key: image.encryptKey === '' ? null : image.encryptKey,
    force_unshare: base.force_unshare ?? false,
    source: base.source ?? sourceOf(image),
    ...imageFacts(image),
  };
}

/** The source block an imported image was made from, as far as the image tells. */
function sourceOf(image: Image): Source {
  const none: Source = { instance_id: null, snapshot_id: null, data_disk_id: null, full_instance: null, import: null };
  switch (image.sourceKind) {
    case 'instance':
      return { ...none, instance_id: image.sourceId };
    case 'fullInstance':
      return { ...none, instance_id: image.sourceId, full_instance: true };
    case 'snapshot':
      return { ...none, snapshot_id: image.sourceId };
    case 'dataDisk':
      // The image records the disk, not the instance it was attached to.
      return { ...none, data_disk_id: image.sourceId };
    case 'import':
      return {
        ...none,
        import: {
          bos_url: image.sourceId,
          format: null,
          os_type: image.osType,
          os_name: image.osName,
          os_version: image.osVersion,
          os_arch: image.osArch,
          image_kind: image.minDiskGb === 0 ? 'data' : null,
        },
      };
    default:
      throw new ProviderError('Not a custom image made by this resource', {
        detail: `Image ${image.id} was made by ${image.sourceKind}; import copies with imagecloud_image_copy.`,
      });
  }
}

function stillShared(imageId: string, accounts: string[]): ProviderError {
  const who = accounts.length > 0 ? `with ${accounts.join(', ')}` : 'with other accounts';
  return new ProviderError('Image is still shared', {
    detail:
      `Image ${imageId} is shared ${who}, and a shared image cannot be deleted. ` +
      'Remove those accounts from its imagecloud_image_share (or destroy that resource) and apply, ' +
      'or set force_unshare = true on this image to stop sharing it on destroy.',
  });
}

/** Deletes an image that failed; says in words what happened, for the error detail. */
async function deleteQuietly(client: ImageClient, imageId: string): Promise<string> {
  try {
    await orNullWhenGone(() => client.deleteImage(imageId, { signal: AbortSignal.timeout(60_000) }));
    return 'The failed image was deleted, so it does not count against the quota.';
  } catch (error) {
    return `Deleting the failed image also failed (${error instanceof Error ? error.message : String(error)}); delete ${imageId} by hand.`;
  }
}

/** State for an image whose facts are not known yet (still creating, or not even its id). */
function placeholderState(plan: CustomImage, imageId: string): CustomImage {
  return {
    ...plan,
    id: imageId,
    min_memory_mb: plan.min_memory_mb ?? 0,
    max_memory_mb: plan.max_memory_mb ?? 0,
    nic_multi_queue: plan.nic_multi_queue ?? false,
    sriov: plan.sriov ?? false,
    status: pendingTokenOf(imageId) === undefined ? 'Creating' : '',
    type: 'Custom',
    os_type: '',
    os_name: '',
    os_version: '',
    os_arch: '',
    size_gb: 0,
    min_disk_gb: 0,
    encrypted: plan.encrypt_key !== null,
    create_time: '',
    supports_local_system_disk: false,
    data_disk_sizes: [],
  };
}

/**
 * The image exists but create could not finish: keep it in state (Terraform
 * marks it tainted and replaces it on the next apply) rather than orphan it.
 */
function keepTainted(action: string, error: unknown, signal: AbortSignal, plan: CustomImage, imageId: string, image?: Image): ProviderError {
  const failure = apiFailure(action, error, undefined, signal);
  const partial = image ? toState(plan, image) : placeholderState(plan, imageId);
  const cause = abortCause(signal);
  const why = cause === 'timeout' ? 'timed out' : cause === 'stopped' ? 'was interrupted' : 'failed';
  return new ProviderError(failure.summary, {
    detail: `${failure.detail ?? ''} Image ${imageId} exists but its creation ${why}; it is kept in state marked tainted, so the next apply replaces it (nothing is orphaned).`.trim(),
    partialState: partial,
  });
}
