/**
 * One handler per operation of src/api/operations.ts. Bodies arrive validated
 * against the operation's schema; handlers call the business rules and return
 * the answer text (JSON, empty, or CSV for the image list export). Image rules
 * live in images.ts and its neighbours, instance rules in instances.ts.
 */
import type * as I from '../api/instance-schemas';
import type { OperationName } from '../api/operations';
import type * as S from '../api/schemas';
import type { RequestContext } from './context';
import { cancelRemoteCopy, remoteCopyImage, replicateImage } from './copies';
import { exportImage, getTask } from './exports';
import { createImage, deleteImage, importImage, modifyImageAttributes, osInfo, renameImage } from './images';
import { instanceView, listInstances } from './instance-views';
import { createInstance, deleteInstance, rebuildInstance, startInstance, stopInstance } from './instances';
import { imageListCsv, imagesForSpec, type ListAnswerCache } from './listing';
import { ownInstance, visibleImage } from './lookup';
import { sharedUsers, shareImage, unshareImage } from './sharing';
import { bindTags, unbindTags } from './tags';
import type { ImageJsonCache } from './views';

export interface HandlerInput {
  ctx: RequestContext;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  images: ImageJsonCache;
  lists: ListAnswerCache;
}

export interface Answer {
  body: string | Buffer;
  contentType: 'application/json; charset=utf-8' | 'text/csv; charset=utf-8';
}

const json = (value: unknown): Answer => ({ body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' });
const jsonText = (body: string | Buffer): Answer => ({ body, contentType: 'application/json; charset=utf-8' });
const EMPTY: Answer = jsonText('');

export const HANDLERS: Record<OperationName, (input: HandlerInput) => Answer> = {
  createImage: ({ ctx, body }) => json(createImage(ctx, body as S.CreateImageRequest)),
  importImage: ({ ctx, body }) => json(importImage(ctx, body as S.ImportImageWireRequest)),
  listImages: ({ ctx, query, lists }) => jsonText(lists.answer(ctx, query as S.ListImagesQuery)),
  exportImageList: ({ ctx, query }) => ({ body: imageListCsv(ctx, query), contentType: 'text/csv; charset=utf-8' }),
  getAvailableImagesBySpec: ({ ctx, query }) => json(imagesForSpec(ctx, query as S.AvailableImagesBySpecQuery)),
  getImage: ({ ctx, params, images }) => jsonText(`{"image":${images.json(visibleImage(ctx, params.imageId!), ctx.account.id, ctx.now)}}`),
  deleteImage: ({ ctx, params }) => (deleteImage(ctx, params.imageId!), EMPTY),
  renameImage: ({ ctx, body }) => (renameImage(ctx, body as S.RenameImageRequest), EMPTY),
  modifyImageAttributes: ({ ctx, params, body }) => (modifyImageAttributes(ctx, params.imageId!, body as S.ModifyImageAttributesRequest), EMPTY),
  shareImage: ({ ctx, params, body }) => (shareImage(ctx, params.imageId!, body as S.ShareImageRequest), EMPTY),
  unshareImage: ({ ctx, params, body }) => (unshareImage(ctx, params.imageId!, body as S.ShareImageRequest), EMPTY),
  listSharedUsers: ({ ctx, params }) => json(sharedUsers(ctx, params.imageId!)),
  remoteCopyImage: ({ ctx, params, body }) => json(remoteCopyImage(ctx, params.imageId!, body as S.RemoteCopyRequest)),
  cancelRemoteCopy: ({ ctx, params }) => (cancelRemoteCopy(ctx, params.imageId!), EMPTY),
  replicateImage: ({ ctx, params, body }) => json(replicateImage(ctx, params.imageId!, body as S.ReplicateImageRequest)),
  exportImage: ({ ctx, params, body }) => json(exportImage(ctx, params.imageId!, body as S.ExportImageRequest)),
  getTask: ({ ctx, params }) => json(getTask(ctx, params.taskId!)),
  bindTags: ({ ctx, params, body }) => (bindTags(ctx, params.imageId!, body as S.TagsRequest), EMPTY),
  unbindTags: ({ ctx, params, body }) => (unbindTags(ctx, params.imageId!, body as S.TagsRequest), EMPTY),
  createInstance: ({ ctx, body }) => json(createInstance(ctx, body as I.CreateInstanceWireRequest)),
  listInstances: ({ ctx, query }) => json(listInstances(ctx, query as I.ListInstancesQuery)),
  getInstance: ({ ctx, params }) => json({ instance: instanceView(ownInstance(ctx, params.instanceId!)) }),
  rebuildInstance: ({ ctx, params, body }) => (rebuildInstance(ctx, params.instanceId!, body as I.RebuildInstanceWireRequest), EMPTY),
  startInstance: ({ ctx, params }) => (startInstance(ctx, params.instanceId!), EMPTY),
  stopInstance: ({ ctx, params }) => (stopInstance(ctx, params.instanceId!), EMPTY),
  deleteInstance: ({ ctx, params }) => (deleteInstance(ctx, params.instanceId!), EMPTY),
  getOsInfo: ({ ctx, body }) => json(osInfo(ctx, (body as S.OsInfoRequest).instanceIds)),
};
