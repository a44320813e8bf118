/**
 * imagecloud_image_copy: a copy of a custom image in another region. The
 * provider's region holds the source; the destination region is an attribute,
 * so one provider block copies anywhere.
 */
import { REGIONS, type Image } from '../../api/schemas';
import { randomUUID } from 'node:crypto';
import { StatusForbiddenError } from '../../client/errors';
import type { ImageClient } from '../../client';
import { defineResource } from '../framework';
import { ProviderError, attr, requiresReplace, timeoutsBlock, useStateForUnknown, type HandlerContext, type Model } from '../runtime';
import { abortCause, abortDetail, apiFailure, fieldProblem, orNullWhenGone, type RequestFields } from '../errors';
import { imageIdValidator, imageNameValidator, importedImage, kmsKeyValidator, regionValidator, untilOperationEnds } from '../common';
import { readImage, sharedWaitReads } from '../image-reads';
import { outcomeUnknown, outcomeUnknownError, pendingId, pendingTokenOf, resolvePendingCreate, untilCreateTimeout } from '../pending-create';

const attributes = {
  id: attr.string({ computed: true, description: '`<destination_region>/<image_id>`.', planModifiers: [useStateForUnknown()] }),
  source_image_id: attr.string({
    required: true,
    description: 'The custom image to copy, in the provider\'s region; it must be `Available`.',
    validators: [imageIdValidator],
    planModifiers: [requiresReplace()],
  }),
  destination_region: attr.string({
    required: true,
    description: 'Region to copy the image to; not the provider\'s region.',
    validators: [regionValidator],
    planModifiers: [requiresReplace()],
  }),
  name: attr.string({
    optional: true,
    computed: true,
    description: 'Name of the copy; defaults to the source image\'s name. Changes in place.',
    validators: [imageNameValidator],
    planModifiers: [useStateForUnknown()],
  }),
  encrypt_key: attr.string({
    optional: true,
    description: 'KMS key id in the destination region to encrypt the copy with; required when the source is encrypted (KMS keys are regional).',
    validators: [kmsKeyValidator],
    planModifiers: [requiresReplace()],
  }),
  image_id: attr.string({ computed: true, description: 'Id of the copy in the destination region.', planModifiers: [useStateForUnknown()] }),
  status: attr.string({ computed: true, description: 'Status of the copy.', planModifiers: [useStateForUnknown()] }),
  encrypted: attr.bool({ computed: true, description: 'Whether the copy is encrypted.', planModifiers: [useStateForUnknown()] }),
};

const blocks = { timeouts: timeoutsBlock(['create', 'delete']) };

type Copy = Model<typeof attributes, typeof blocks>;

/** Request fields of the copy and rename calls (`encryptKeys.<region>` included), and the attribute each comes from. */
const REQUEST_FIELDS: RequestFields = { name: ['name'], encryptKeys: ['encrypt_key'], destRegion: ['destination_region'] };

export const imageCopy = defineResource({
  name: 'imagecloud_image_copy',
  description:
    'A copy of a custom image in another region. Create starts the copy and waits until the copy is `Available`. ' +
    'When the create timeout passes (or Terraform is interrupted) the copy is cancelled, so no half-made image is left ' +
    'holding quota in the destination region. If no answer to the copy request arrives before that timeout, whether a copy was started is unknown: ' +
    'the object is kept tainted with the id `pending-create:<token>`, and the next apply (or destroy) repeats the request with that token, which answers ' +
    'with the copy the lost attempt started without starting a second, and removes it before creating the replacement. Destroy deletes the copy. Copies carry the tags and attributes of the source, not its shares.',
  example: `resource "imagecloud_image_copy" "web_gz" {
  source_image_id    = imagecloud_custom_image.web.id
  destination_region = "gz"
  name               = "web-gz"
  timeouts {
    create = "60m"
  }
}`,
  importExample: 'terraform import imagecloud_image_copy.web_gz gz/m-AbCd1234',
  defaultTimeouts: { create: '60m', delete: '10m' },
  attributes,
  blocks,

  async create(ctx, plan) {
    const client = ctx.client;
    const destRegion = plan.destination_region;
    const clientToken = randomUUID();
    let destImageId: string;
    try {
      destImageId = await startCopy(client, plan, clientToken, ctx.signal);
    } catch (error) {
      const failure = apiFailure(`copying image ${plan.source_image_id} to ${destRegion}`, error, ['source_image_id'], ctx.signal, REQUEST_FIELDS);
      if (!outcomeUnknown(error)) throw failure;
      throw outcomeUnknownError('Image copy outcome unknown', failure, 'the copy was started', clientToken, {
        ...plan, id: pendingId(clientToken), image_id: '', status: '', encrypted: plan.encrypt_key !== null,
      });
    }
    ctx.log.info('Copy started', { destination_region: destRegion, image_id: destImageId });
    const destination = client.withRegion(destRegion);
    try {
      const image = await destination.waitForImage(destImageId, { ...untilOperationEnds(ctx.signal), ...sharedWaitReads(destination), onProgress: copyProgressLog(ctx.log, destRegion, destImageId) });
      return toState(plan, destRegion, image);
    } catch (error) {
      if (ctx.signal.aborted) throw await cancelled(destination, destImageId, ctx.signal);
      // The copy exists but its wait failed (it ended failed, or the API stopped answering):
      // keep it in state marked tainted, so the next apply removes and replaces it.
      const failure = apiFailure(`waiting for the copy ${destImageId} in ${destRegion}`, error, undefined, ctx.signal);
      throw new ProviderError(failure.summary, {
        detail: `${failure.detail ?? ''} The copy ${destImageId} in ${destRegion} is kept in state marked tainted; the next apply removes and replaces it (nothing is orphaned).`.trim(),
        partialState: { ...plan, id: `${destRegion}/${destImageId}`, image_id: destImageId, name: plan.name ?? '', status: 'Unknown', encrypted: plan.encrypt_key !== null },
      });
    }
  },

  modifyPlan(ctx, { planned }) {
    // The provider's region is known only once it is configured, so this is a plan-time check, not validation.
    if (planned.destination_region === ctx.client.region) {
      throw new ProviderError('Invalid destination region', {
        detail: `The provider manages region ${ctx.client.region}; a copy goes to another region.`,
        path: ['destination_region'],
      });
    }
    if (typeof planned.destination_region === 'string') {
      try {
        ctx.client.withRegion(planned.destination_region);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new ProviderError('No endpoint for the destination region', {
          detail: `${error.message}. In the provider block, set endpoint to a template with {region}, or endpoints.${planned.destination_region}.`,
          path: ['destination_region'],
        });
      }
    }
    return undefined;
  },

  async read(ctx, state) {
    const pendingToken = pendingTokenOf(state.id);
    if (pendingToken !== undefined) {
      ctx.warn(
        'Image copy outcome unknown',
        `An apply started a copy of ${state.source_image_id} to ${state.destination_region} (clientToken ${pendingToken}) but no answer said whether it began. ` +
          'The next apply resolves it by its token, removes the copy it started, if any, and creates the replacement.',
      );
      return state;
    }
    const destination = ctx.client.withRegion(state.destination_region);
    const image = await readImage(destination, state.image_id!, ctx.signal);
    return image === null ? null : toState(state, state.destination_region, image);
  },

  async update(ctx, plan, prior) {
    const destination = ctx.client.withRegion(prior.destination_region);
    const imageId = prior.image_id!;
    try {
      if (plan.name !== null && plan.name !== prior.name) await destination.renameImage({ imageId, name: plan.name }, { signal: ctx.signal });
      const { image } = await destination.getImage(imageId, { signal: ctx.signal });
      return toState(plan, prior.destination_region, image);
    } catch (error) {
      throw apiFailure(`renaming the copy ${imageId} in ${prior.destination_region}`, error, ['name'], ctx.signal, REQUEST_FIELDS);
    }
  },

  async delete(ctx, state) {
    const destination = ctx.client.withRegion(state.destination_region);
    const pendingToken = pendingTokenOf(state.id);
    let imageId = state.image_id!;
    try {
      if (pendingToken !== undefined) {
        const started = await resolvePendingCreate(() =>
          startCopy(ctx.client, state, pendingToken, ctx.signal).catch((error: unknown) => {
            // The region's entry of the answer refused the copy: none was started there.
            if (error instanceof ProviderError) return null;
            throw error;
          }),
        );
        ctx.log.info('Resolved a copy whose answer was lost', { client_token: pendingToken, image_id: started ?? '' });
        if (started === null) return;
        imageId = started;
      }
      const found = await orNullWhenGone(() => destination.getImage(imageId, { signal: ctx.signal }));
      if (found === null) return;
      if (found.image.copying) await destination.cancelRemoteCopy(imageId, { signal: ctx.signal });
      else await orNullWhenGone(() => destination.deleteImage(imageId, { signal: ctx.signal }));
    } catch (error) {
      throw apiFailure(`deleting the copy ${imageId} in ${state.destination_region}`, error, undefined, ctx.signal);
    }
  },

  async importState(ctx, id) {
    const match = /^([a-z0-9-]+)\/(m-[A-Za-z0-9]{8})$/.exec(id);
    if (!match || !(REGIONS as readonly string[]).includes(match[1]!)) {
      throw new ProviderError('Invalid import id', {
        detail: `imagecloud_image_copy imports by <destination_region>/<image_id>, a region and the id of the copy there, e.g. gz/m-AbCd1234; got "${id}".`,
      });
    }
    const [, region, imageId] = match as unknown as [string, string, string];
    const image = await importedImage(ctx.client.withRegion(region), imageId, 'imagecloud_image_copy', 'gz/m-AbCd1234', ctx.signal);
    if (image.sourceKind !== 'copy') {
      // Adopting an ordinary image as a copy would delete it on the next replacement or destroy.
      throw new ProviderError('Cannot import an image that is not a copy', {
        detail: `Image ${imageId} in ${region} was not made by copying another region's image (it was made from ${image.sourceKind}); import it as imagecloud_custom_image with a provider for ${region}.`,
      });
    }
    return { id, destination_region: region, image_id: imageId };
  },
});

/**
 * Sends the copy with `clientToken`, retrying until `signal` aborts (the
 * create timeout); the copy's id in the destination region. A refusal for
 * that region is a ProviderError saying why.
 */
async function startCopy(client: ImageClient, plan: Copy, clientToken: string, signal: AbortSignal): Promise<string> {
  const destRegion = plan.destination_region;
  const { result } = await client.remoteCopyImage(
    plan.source_image_id,
    {
      destRegion: [destRegion as never],
      ...(plan.name !== null ? { name: plan.name } : {}),
      ...(plan.encrypt_key !== null ? { encryptKeys: { [destRegion]: plan.encrypt_key } } : {}),
    },
    untilCreateTimeout(clientToken, signal),
  );
  const entry = result.find((candidate) => candidate.region === destRegion);
  if (!entry || entry.code !== '' || entry.imageId === '') {
    const quota = entry?.code === 'Image.ImageQuotaExceedLimit';
    const problem = entry ? fieldProblem({ code: entry.code, message: entry.errMsg }, REQUEST_FIELDS) : undefined;
    throw new ProviderError(quota ? 'Custom image quota exceeded' : 'Copy refused', {
      detail: quota
        ? `Region ${destRegion} already has the maximum of 20 custom images for this account (copies in progress count). Delete images there, or ask for a higher quota. ${entry?.code}: ${entry?.errMsg}`
        : `Region ${destRegion} refused the copy: ${problem?.detail ?? (entry ? `${entry.code}: ${entry.errMsg}.` : 'no answer for this region.')}`,
      path: quota ? undefined : problem?.path ?? ['destination_region'],
    });
  }
  return entry.imageId;
}

function toState(base: Copy, destRegion: string, image: Image): Copy {
  return {
    ...base,
    id: `${destRegion}/${image.id}`,
    destination_region: destRegion,
    image_id: image.id,
    name: image.name,
    status: image.status,
    encrypted: image.encrypted,
    // Import learns the source from the copy itself.
    source_image_id: base.source_image_id ?? image.copySource?.imageId ?? image.sourceId,
    // Import learns the key from the copy, so an encrypted copy imports without a replacement.
    encrypt_key: base.encrypt_key ?? (image.encryptKey || null),
  };
}

/**
 * Logs the copy's progress at INFO (TF_LOG_PROVIDER=INFO shows it) each time
 * its percentage or status changes: a long copy otherwise shows only
 * Terraform's "Still creating...".
 */
function copyProgressLog(log: HandlerContext['log'], destRegion: string, destImageId: string): (image: Image) => void {
  let last = '';
  return (image) => {
    const now = `${image.status} ${image.progress}`;
    if (now === last) return;
    last = now;
    log.info('Copy progress', { destination_region: destRegion, image_id: destImageId, status: image.status, progress_percent: image.progress });
  };
}

/** The wait was cut short: cancel the copy so nothing is left behind, and say what happened. */
async function cancelled(destination: ImageClient, destImageId: string, signal: AbortSignal): Promise<ProviderError> {
  const why = abortCause(signal) === 'timeout' ? 'did not finish in time' : 'was interrupted';
  try {
    // The operation's signal has fired; the cancel gets its own short budget.
    await destination.cancelRemoteCopy(destImageId, { signal: AbortSignal.timeout(60_000) });
    return new ProviderError('Image copy cancelled', {
      detail: `The copy ${destImageId} in ${destination.region} ${why}, so it was cancelled and nothing is left behind. ${abortDetail(signal)}`,
    });
  } catch (error) {
    if (error instanceof StatusForbiddenError) {
      // It finished (or failed) between the timeout and the cancel: remove it, it is not in state.
      await orNullWhenGone(() => destination.deleteImage(destImageId, { signal: AbortSignal.timeout(60_000) })).catch(() => undefined);
    }
    return new ProviderError('Image copy timed out', {
      detail: `The copy ${destImageId} in ${destination.region} ${why}, and cancelling it failed (${error instanceof Error ? error.message : String(error)}). Delete ${destImageId} in ${destination.region} by hand if it still exists. ${abortDetail(signal)}`,
    });
  }
}
