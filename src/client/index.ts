/** The typed image API client: `new ImageClient({ region })`, its errors and waiters. */
export {
  ImageClient,
  type ImageClientOptions,
  type RequestEvent,
  type ReadOptions,
  type WriteOptions,
  type ListImagesPageQuery,
  type AvailableImagesBySpecPageQuery,
  type ListInstancesPageQuery,
  type ListImagesFilter,
  type ImageListFilter,
  type CreateImageExtras,
} from './client';
export * from './errors';
export {
  waitForImage,
  waitForImageDeleted,
  waitForCopy,
  waitForExportTask,
  waitForInstance,
  waitForInstanceDeleted,
  type WaitOptions,
  type InstanceWaitOptions,
  type ImageWaitOptions,
  type CopyWaitOptions,
  type TaskWaitOptions,
} from './waiters';
export { DEFAULT_RETRY, type RetryOptions } from './retry';
export type { Credentials } from '../api/signer';
export type {
  Image,
  ImageStatus,
  ExportTask,
  SharedUser,
  RemoteCopyResult,
  Tag,
  CreateImageRequest,
  ImportImageRequest,
  ModifyImageAttributesRequest,
  ShareImageRequest,
  RemoteCopyRequest,
  ReplicateImageRequest,
  ExportImageRequest,
} from '../api/schemas';
export type {
  Instance,
  InstanceStatus,
  CreateInstanceRequest,
  CreateInstanceResponse,
  RebuildInstanceRequest,
  StopInstanceRequest,
} from '../api/instance-schemas';
