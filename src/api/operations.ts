/**
 * The operations of the image API, declared once. The emulator routes by this
 * table and the client derives its calls from it, so method, path, action flag,
 * schemas and idempotency rules cannot drift apart.
 */
import type { TSchema } from '@sinclair/typebox';
import * as I from './instance-schemas';
import * as S from './schemas';

export interface Operation {
  /** Method name in the client, and the operation name in logs. */
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the region root; `{imageId}` / `{taskId}` are parameters. */
  path: string;
  /** The value-less query flag selecting the action (`?share`), if any. */
  action?: string;
  body?: TSchema;
  /** Schema of the query parameters with values (all strings), for operations that take any. */
  query?: TSchema;
  /**
   * The body the service accepts, when wider than `body`: forms other clients
   * (the official SDKs) send. The emulator validates against it; typed clients
   * send `body`.
   */
  wireBody?: TSchema;
  /** Schema of the JSON answer; absent for empty answers and for CSV. */
  response?: TSchema;
  /** Changes state: carries a clientToken, retried only with it. */
  mutating: boolean;
  /** The answer is text/csv instead of JSON. */
  csv?: boolean;
}

const op = <T extends Operation>(o: T) => o;

export const OPERATIONS = {
  createImage: op({ name: 'createImage', method: 'POST', path: '/v2/image', body: S.CreateImageRequestSchema, response: S.CreateImageResponseSchema, mutating: true }),
  importImage: op({ name: 'importImage', method: 'POST', path: '/v2/image/import', body: S.ImportImageRequestSchema, wireBody: S.ImportImageWireRequestSchema, response: S.ImportImageResponseSchema, mutating: true }),
  listImages: op({ name: 'listImages', method: 'GET', path: '/v2/image', query: S.ListImagesQuerySchema, response: S.ListImagesResponseSchema, mutating: false }),
  exportImageList: op({ name: 'exportImageList', method: 'GET', path: '/v2/image/csv', query: S.ListImagesQuerySchema, mutating: false, csv: true }),
  getAvailableImagesBySpec: op({ name: 'getAvailableImagesBySpec', method: 'GET', path: '/v2/image/getAvailableImagesBySpec', query: S.AvailableImagesBySpecQuerySchema, response: S.AvailableImagesBySpecResponseSchema, mutating: false }),
  getImage: op({ name: 'getImage', method: 'GET', path: '/v2/image/{imageId}', response: S.GetImageResponseSchema, mutating: false }),
  deleteImage: op({ name: 'deleteImage', method: 'DELETE', path: '/v2/image/{imageId}', mutating: true }),
  renameImage: op({ name: 'renameImage', method: 'PUT', path: '/v2/image/rename', body: S.RenameImageRequestSchema, mutating: true }),
  modifyImageAttributes: op({ name: 'modifyImageAttributes', method: 'PUT', path: '/v2/image/{imageId}', action: 'modifyAttribute', body: S.ModifyImageAttributesRequestSchema, mutating: true }),
  shareImage: op({ name: 'shareImage', method: 'POST', path: '/v2/image/{imageId}', action: 'share', body: S.ShareImageRequestSchema, mutating: true }),
  unshareImage: op({ name: 'unshareImage', method: 'POST', path: '/v2/image/{imageId}', action: 'unshare', body: S.ShareImageRequestSchema, mutating: true }),
  listSharedUsers: op({ name: 'listSharedUsers', method: 'GET', path: '/v2/image/{imageId}/sharedUsers', response: S.SharedUsersResponseSchema, mutating: false }),
  remoteCopyImage: op({ name: 'remoteCopyImage', method: 'POST', path: '/v2/image/{imageId}', action: 'remoteCopy', body: S.RemoteCopyRequestSchema, response: S.RemoteCopyResponseSchema, mutating: true }),
  cancelRemoteCopy: op({ name: 'cancelRemoteCopy', method: 'POST', path: '/v2/image/{imageId}', action: 'cancelRemoteCopy', mutating: true }),
  replicateImage: op({ name: 'replicateImage', method: 'POST', path: '/v2/image/{imageId}', action: 'replicate', body: S.ReplicateImageRequestSchema, response: S.CreateImageResponseSchema, mutating: true }),
  exportImage: op({ name: 'exportImage', method: 'POST', path: '/v2/image/{imageId}', action: 'export', body: S.ExportImageRequestSchema, response: S.ExportImageResponseSchema, mutating: true }),
  getTask: op({ name: 'getTask', method: 'GET', path: '/v2/image/task/{taskId}', response: S.GetTaskResponseSchema, mutating: false }),
  bindTags: op({ name: 'bindTags', method: 'PUT', path: '/v2/image/{imageId}/tag', action: 'bind', body: S.TagsRequestSchema, mutating: true }),
  unbindTags: op({ name: 'unbindTags', method: 'PUT', path: '/v2/image/{imageId}/tag', action: 'unbind', body: S.TagsRequestSchema, mutating: true }),
  // Instances: the image-consuming slice of the BCC instance API (src/api/instance-schemas.ts).
  createInstance: op({ name: 'createInstance', method: 'POST', path: '/v2/instance', body: I.CreateInstanceRequestSchema, wireBody: I.CreateInstanceWireRequestSchema, response: I.CreateInstanceResponseSchema, mutating: true }),
  listInstances: op({ name: 'listInstances', method: 'GET', path: '/v2/instance', query: I.ListInstancesQuerySchema, response: I.ListInstancesResponseSchema, mutating: false }),
  getInstance: op({ name: 'getInstance', method: 'GET', path: '/v2/instance/{instanceId}', response: I.GetInstanceResponseSchema, mutating: false }),
  rebuildInstance: op({ name: 'rebuildInstance', method: 'PUT', path: '/v2/instance/{instanceId}', action: 'rebuild', body: I.RebuildInstanceRequestSchema, wireBody: I.RebuildInstanceWireRequestSchema, mutating: true }),
  startInstance: op({ name: 'startInstance', method: 'PUT', path: '/v2/instance/{instanceId}', action: 'start', mutating: true }),
  stopInstance: op({ name: 'stopInstance', method: 'PUT', path: '/v2/instance/{instanceId}', action: 'stop', body: I.StopInstanceRequestSchema, mutating: true }),
  deleteInstance: op({ name: 'deleteInstance', method: 'DELETE', path: '/v2/instance/{instanceId}', mutating: true }),
  getOsInfo: op({ name: 'getOsInfo', method: 'POST', path: '/v2/image/os', body: S.OsInfoRequestSchema, response: S.OsInfoResponseSchema, mutating: false }),
} as const satisfies Record<string, Operation>;

export type OperationName = keyof typeof OPERATIONS;

/**
 * How a client addresses a region of the emulator: every region is served by
 * one process under `/region/{region}`; the real service is one host per region.
 */
export const REAL_ENDPOINT_TEMPLATE = 'https://bcc.{region}.baidubce.com';
export const EMULATOR_REGION_PREFIX = '/region/';

export function endpointFor(template: string, region: string): string {
  return template.replace(/\{region\}/g, region).replace(/\/+$/, '');
}
