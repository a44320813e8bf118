/**
 * imagecloud_image_export: exports a custom image to object storage and waits
 * for the export task. The exported file belongs to the bucket: destroying
 * the resource only forgets the task.
 */
import type { ExportTask } from '../../api/schemas';
import { defineResource } from '../framework';
import { ProviderError, Unknown, attr, oneOf, requiresReplace, timeoutsBlock, useStateForUnknown, type Model } from '../runtime';
import { readImage } from '../image-reads';
import { apiFailure, orNullWhenGone, type RequestFields } from '../errors';
import { bosPrefixUrlValidator, imageIdValidator, untilOperationEnds } from '../common';

const attributes = {
  id: attr.string({ computed: true, description: 'The export task id.', planModifiers: [useStateForUnknown()] }),
  image_id: attr.string({ required: true, description: 'The custom image to export; it must be `Available` and not encrypted.', validators: [imageIdValidator], planModifiers: [requiresReplace()] }),
  bos_url: attr.string({
    required: true,
    description: 'Destination, `bos://bucket` or `bos://bucket/prefix`.',
    validators: [bosPrefixUrlValidator],
    planModifiers: [requiresReplace()],
  }),
  format: attr.string({ required: true, description: 'File format of the export.', validators: [oneOf('qcow2', 'vhd', 'vmdk')], planModifiers: [requiresReplace()] }),
  task_id: attr.string({ computed: true, description: 'The export task id.', planModifiers: [useStateForUnknown()] }),
  object_url: attr.string({ computed: true, description: 'The exported object, `bos://bucket/prefix/<image id>.<format>`.', planModifiers: [useStateForUnknown()] }),
  status: attr.string({ computed: true, description: 'Task status: `Running`, `Succeeded` or `Failed`.', planModifiers: [useStateForUnknown()] }),
};

const blocks = { timeouts: timeoutsBlock(['create']) };

type Export = Model<typeof attributes, typeof blocks>;

/** Request fields of the export call, and the attribute each comes from. */
const REQUEST_FIELDS: RequestFields = { bosUrl: ['bos_url'], format: ['format'] };

export const imageExport = defineResource({
  name: 'imagecloud_image_export',
  description:
    'Exports a custom image to an object storage bucket and waits until the export task succeeds. ' +
    'Any change exports again. Destroying this resource only removes it from state: the exported object stays in the bucket.',
  example: `resource "imagecloud_image_export" "web" {
  image_id = imagecloud_custom_image.web.id
  bos_url  = "bos://exports/images"
  format   = "qcow2"
}`,
  importExample: 'terraform import imagecloud_image_export.web <task id>',
  defaultTimeouts: { create: '60m' },
  attributes,
  blocks,

  async modifyPlan(ctx, { prior, planned }) {
    // Known at plan: an encrypted image cannot be exported, so say so before anything is changed.
    const imageId = planned.image_id;
    if (imageId === Unknown || (prior !== null && prior.image_id === imageId)) return undefined;
    const image = await readImage(ctx.client, imageId, ctx.signal);
    if (image?.encrypted) {
      throw new ProviderError('Cannot export an encrypted image', {
        detail: `Image ${imageId} is encrypted (KMS key ${image.encryptKey}), and encrypted images cannot be exported. Export an unencrypted replica of it instead (replicateImage without an encryptKey).`,
        path: ['image_id'],
      });
    }
    return undefined;
  },

  async create(ctx, plan) {
    let taskId: string;
    try {
      ({ taskId } = await ctx.client.exportImage(plan.image_id, { bosUrl: plan.bos_url, format: plan.format as 'qcow2' | 'vhd' | 'vmdk' }, { signal: ctx.signal }));
    } catch (error) {
      throw apiFailure(`exporting image ${plan.image_id}`, error, ['image_id'], ctx.signal, REQUEST_FIELDS);
    }
    try {
      return toState(plan, await ctx.client.waitForExportTask(taskId, untilOperationEnds(ctx.signal)));
    } catch (error) {
      const failure = apiFailure(`waiting for export task ${taskId}`, error, undefined, ctx.signal);
      throw new ProviderError(failure.summary, { detail: `${failure.detail ?? ''} The export task ${taskId} was not cancelled (exports cannot be); its object may still appear in the bucket.`.trim() });
    }
  },

  async read(ctx, state) {
    const found = await orNullWhenGone(() => ctx.client.getTask(state.id!, { signal: ctx.signal }));
    return found === null ? null : toState(state, found.task);
  },

  // Nothing to delete on the service: the object in the bucket is the user's.
  delete: () => undefined,

  importState: (_ctx, id) => ({ id }),
});

function toState(base: Export, task: ExportTask): Export {
  return {
    ...base,
    id: task.taskId,
    task_id: task.taskId,
    image_id: task.imageId,
    bos_url: task.bosUrl,
    format: task.format,
    object_url: task.objectUrl,
    status: task.status,
  };
}
