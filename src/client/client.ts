/**
 * The typed image API client. Every public method is a thin, typed front of
 * one request pipeline (pipeline.ts), derived from the OPERATIONS table
 * shared with the emulator; the client itself holds what its regions share.
 */
import { inspect } from 'node:util';
import { Agent, type Dispatcher } from 'undici';
import { REAL_ENDPOINT_TEMPLATE } from '../api/operations';
import type {
  AvailableImagesBySpecQuery,
  AvailableImagesBySpecResponse,
  CreateImageRequest,
  CreateImageResponse,
  ExportImageRequest,
  ExportImageResponse,
  ExportTask,
  GetImageResponse,
  GetTaskResponse,
  Image,
  ImportImageRequest,
  ImportImageResponse,
  ListImagesQuery,
  ListImagesResponse,
  ModifyImageAttributesRequest,
  OsInfoRequest,
  OsInfoResponse,
  RemoteCopyRequest,
  RemoteCopyResponse,
  RenameImageRequest,
  ReplicateImageRequest,
  ShareImageRequest,
  SharedUsersResponse,
  TagsRequest,
} from '../api/schemas';
import type {
  CreateInstanceRequest,
  CreateInstanceResponse,
  GetInstanceResponse,
  Instance,
  ListInstancesQuery,
  ListInstancesResponse,
  RebuildInstanceRequest,
  StopInstanceRequest,
} from '../api/instance-schemas';
import type { Credentials } from '../api/signer';
import { resolveCredentials } from './credentials';
import { lookupWithLocalhost, regionEndpoint, type RegionEndpoint } from './endpoints';
import { Pipeline, rememberCredentials, type PipelineState, type ReadOptions, type RequestEvent, type WriteOptions } from './pipeline';
import { retryPolicy, type RetryOptions } from './retry';
import {
  waitForCopy,
  waitForExportTask,
  waitForImage,
  waitForImageDeleted,
  waitForInstance,
  waitForInstanceDeleted,
  type CopyWaitOptions,
  type ImageWaitOptions,
  type InstanceWaitOptions,
  type TaskWaitOptions,
  type WaitOptions,
} from './waiters';

export type { ReadOptions, RequestEvent, WriteOptions } from './pipeline';

export interface ImageClientOptions {
  region: string;
  /**
   * Where requests go: a template with `{region}` (`https://bcc.{region}.baidubce.com`, the default;
   * `http://{region}.localhost:4566` or `http://127.0.0.1:4566/region/{region}` for the emulator),
   * or the URL of this client's region alone (`http://bj.localhost:4566`). A path prefix is kept and signed.
   */
  endpoint?: string;
  /**
   * Per-region URLs, ahead of `endpoint` (the emulator's `--region-ports`, say:
   * `{ bj: 'http://127.0.0.1:4567', gz: 'http://127.0.0.1:4568' }`).
   */
  endpoints?: Readonly<Partial<Record<string, string>>>;
  /** Default: BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY / BCE_SESSION_TOKEN from the environment. */
  credentials?: Credentials;
  retry?: RetryOptions;
  /**
   * Limit for one attempt: for the answer's headers, and for each pause in its
   * body (undici's headersTimeout/bodyTimeout; connecting has undici's own 10 s). Default 30 s.
   */
  timeoutMs?: number;
  /**
   * Connection pool to use; default: an undici Agent owned (and closed) by this client, which
   * connects `localhost` and `*.localhost` hosts to the loopback address (RFC 6761) whatever the
   * system resolver says.
   */
  dispatcher?: Dispatcher;
  /** Validate answers against the schemas too. Default false. */
  strict?: boolean;
  /** Called after every attempt; credentials are redacted from `headers`. */
  onRequest?: (event: RequestEvent) => void;
  /**
   * Added to the local clock when signing. Corrected automatically from the
   * server's Date header when it answers RequestExpired.
   */
  clockOffsetMs?: number;
}

export type ListImagesPageQuery = Omit<ListImagesQuery, 'maxKeys'> & { maxKeys?: number };
export type AvailableImagesBySpecPageQuery = Omit<AvailableImagesBySpecQuery, 'maxKeys'> & { maxKeys?: number };
export type ListImagesFilter = Omit<ListImagesPageQuery, 'marker'>;
export type ImageListFilter = Omit<ListImagesFilter, 'maxKeys'>;
export type ListInstancesPageQuery = Omit<ListInstancesQuery, 'maxKeys'> & { maxKeys?: number };
/** Optional extras of the create helpers. */
export type CreateImageExtras = Pick<CreateImageRequest, 'encryptKey' | 'description'>;

/** State shared by a client and the clients withRegion() derives from it (passed only by withRegion()). */
export interface SharedClientState extends PipelineState {
  /** The clients withRegion() made, one per region, so a region's client keeps its identity. */
  readonly regionClients: Map<string, ImageClient>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The items of every page of a marker-paged list, fetched one page at a time as they are consumed. */
async function* everyPage<P extends { isTruncated: boolean; nextMarker?: string }, T>(
  fetchPage: (marker: string | undefined) => Promise<P>,
  itemsOf: (page: P) => T[],
): AsyncGenerator<T, void, undefined> {
  let marker: string | undefined;
  do {
    const page = await fetchPage(marker);
    yield* itemsOf(page);
    marker = page.isTruncated ? page.nextMarker : undefined;
  } while (marker !== undefined);
}

/** A short form of the access key id (not a secret, but no need to print it whole). */
function shortKeyId(accessKeyId: string): string {
  return accessKeyId.length > 8 ? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}` : accessKeyId;
}

export class ImageClient {
  readonly region: string;
  private readonly shared: SharedClientState;
  private readonly endpoint: RegionEndpoint;
  private readonly pipeline: Pipeline;

  /** `shared` is internal: withRegion() passes its connections, credentials and clock. */
  constructor(options: ImageClientOptions, shared?: SharedClientState) {
    if (!/^[a-z0-9-]+$/.test(options.region)) throw new RangeError(`invalid region ${JSON.stringify(options.region)}`);
    this.region = options.region;
    let credentials: Credentials | undefined;
    if (!shared) {
      const given = resolveCredentials(options.credentials);
      // A copy: the caller's object stays theirs; ours is frozen and reachable only through SECRETS.
      credentials = Object.freeze(given.sessionToken
        ? { accessKeyId: given.accessKeyId, secretAccessKey: given.secretAccessKey, sessionToken: given.sessionToken }
        : { accessKeyId: given.accessKeyId, secretAccessKey: given.secretAccessKey });
    }
    this.shared = shared ?? {
      endpointTemplate: options.endpoint ?? REAL_ENDPOINT_TEMPLATE,
      endpoints: { ...options.endpoints },
      homeRegion: options.region,
      accessKeyId: credentials!.accessKeyId,
      policy: retryPolicy(options.retry),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      dispatcher: options.dispatcher ?? new Agent({ keepAliveTimeout: 10_000, connect: { lookup: lookupWithLocalhost } }),
      ownsDispatcher: options.dispatcher === undefined,
      strict: options.strict ?? false,
      onRequest: options.onRequest,
      clockOffsetMs: options.clockOffsetMs ?? 0,
      regionClients: new Map(),
    };
    if (credentials) rememberCredentials(this.shared, credentials);
    this.endpoint = regionEndpoint(this.shared, this.region);
    this.pipeline = new Pipeline(this.shared, this.endpoint);
    if (!this.shared.regionClients.has(this.region)) this.shared.regionClients.set(this.region, this);
  }

  /** The client of another region, sharing this one's connections, credentials and settings (the same object every time). */
  withRegion(region: string): ImageClient {
    return region === this.region ? this : (this.shared.regionClients.get(region) ?? new ImageClient({ region }, this.shared));
  }

  /** What console.log / util.inspect show: region, endpoint and a shortened access key id, never the secret or token. */
  [inspect.custom](): string {
    return `ImageClient ${inspect(this.toJSON())}`;
  }

  /** What JSON.stringify shows: the same summary as inspect (no secret, no session token, no connection pool). */
  toJSON(): { region: string; endpoint: string; accessKeyId: string } {
    return { region: this.region, endpoint: this.endpoint.origin + this.endpoint.basePath, accessKeyId: shortKeyId(this.shared.accessKeyId) };
  }

  toString(): string {
    return `ImageClient(${this.region})`;
  }

  /** Closes the connection pool this client created (shared with its withRegion() clients). */
  async close(): Promise<void> {
    if (this.shared.ownsDispatcher) await this.shared.dispatcher.close();
  }

  // ---------- images ----------

  createImage(request: CreateImageRequest, options?: WriteOptions): Promise<CreateImageResponse> {
    return this.pipeline.call('createImage', { body: request }, options);
  }

  /** A system-disk image of an instance (Running or Stopped). */
  createImageFromInstance(instanceId: string, imageName: string, extras: CreateImageExtras = {}, options?: WriteOptions) {
    return this.createImage({ imageName, instanceId, ...extras }, options);
  }

  /** A system-disk image of an Available system-disk snapshot. */
  createImageFromSnapshot(snapshotId: string, imageName: string, extras: CreateImageExtras = {}, options?: WriteOptions) {
    return this.createImage({ imageName, snapshotId, ...extras }, options);
  }

  /** An image of one data disk attached to the instance. */
  createDataDiskImage(
    instanceId: string,
    dataDiskId: string,
    imageName: string,
    extras: CreateImageExtras = {},
    options?: WriteOptions,
  ) {
    return this.createImage({ imageName, instanceId, dataDiskId, ...extras }, options);
  }

  /** A full-instance image: system disk and every data disk. */
  createFullInstanceImage(instanceId: string, imageName: string, extras: CreateImageExtras = {}, options?: WriteOptions) {
    return this.createImage({ imageName, instanceId, relateCds: true, ...extras }, options);
  }

  importImage(request: ImportImageRequest, options?: WriteOptions): Promise<ImportImageResponse> {
    return this.pipeline.call('importImage', { body: request }, options);
  }

  getImage(imageId: string, options?: ReadOptions): Promise<GetImageResponse> {
    return this.pipeline.call('getImage', { params: { imageId } }, options);
  }

  /** One page of the list call; `nextMarker` leads to the next. */
  listImagesPage(query: ListImagesPageQuery = {}, options?: ReadOptions): Promise<ListImagesResponse> {
    const { maxKeys, ...rest } = query;
    return this.pipeline.call('listImages', { query: { ...rest, maxKeys: maxKeys === undefined ? undefined : String(maxKeys) } }, options);
  }

  /** Every image matching the filter, across all pages (`maxKeys` is the page size). */
  listImages(filter: ListImagesFilter = {}, options?: ReadOptions): AsyncGenerator<Image, void, undefined> {
    return everyPage((marker) => this.listImagesPage({ ...filter, marker }, options), (page) => page.images);
  }

  /** One page of the images an instance of `spec` (`bcc.g4.c2m8`) can boot; `nextMarker` leads to the next. */
  getAvailableImagesBySpec(query: AvailableImagesBySpecPageQuery, options?: ReadOptions): Promise<AvailableImagesBySpecResponse> {
    const { maxKeys, ...rest } = query;
    return this.pipeline.call('getAvailableImagesBySpec', { query: { ...rest, maxKeys: maxKeys === undefined ? undefined : String(maxKeys) } }, options);
  }

  /** The region's image list as CSV text (IMS "export image list"). */
  exportImageList(filter: ImageListFilter = {}, options?: ReadOptions): Promise<string> {
    return this.pipeline.call('exportImageList', { query: { ...filter } }, options);
  }

  deleteImage(imageId: string, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('deleteImage', { params: { imageId } }, options);
  }

  renameImage(request: RenameImageRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('renameImage', { body: request }, options);
  }

  modifyImageAttributes(imageId: string, request: ModifyImageAttributesRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('modifyImageAttributes', { params: { imageId }, body: request }, options);
  }

  // ---------- sharing ----------

  shareImage(imageId: string, request: ShareImageRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('shareImage', { params: { imageId }, body: request }, options);
  }

  unshareImage(imageId: string, request: ShareImageRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('unshareImage', { params: { imageId }, body: request }, options);
  }

  listSharedUsers(imageId: string, options?: ReadOptions): Promise<SharedUsersResponse> {
    return this.pipeline.call('listSharedUsers', { params: { imageId } }, options);
  }

  // ---------- copies, replicas, exports ----------

  /** Starts copies to other regions; each result entry names the destination image id or the region's error. */
  remoteCopyImage(imageId: string, request: RemoteCopyRequest, options?: WriteOptions): Promise<RemoteCopyResponse> {
    return this.pipeline.call('remoteCopyImage', { params: { imageId }, body: request }, options);
  }

  /** Cancels a copy in progress; call it on the destination region's client with the destination image id. */
  cancelRemoteCopy(destImageId: string, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('cancelRemoteCopy', { params: { imageId: destImageId } }, options);
  }

  replicateImage(imageId: string, request: ReplicateImageRequest, options?: WriteOptions): Promise<CreateImageResponse> {
    return this.pipeline.call('replicateImage', { params: { imageId }, body: request }, options);
  }

  exportImage(imageId: string, request: ExportImageRequest, options?: WriteOptions): Promise<ExportImageResponse> {
    return this.pipeline.call('exportImage', { params: { imageId }, body: request }, options);
  }

  getTask(taskId: string, options?: ReadOptions): Promise<GetTaskResponse> {
    return this.pipeline.call('getTask', { params: { taskId } }, options);
  }

  // ---------- tags, OS ----------

  bindTags(imageId: string, request: TagsRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('bindTags', { params: { imageId }, body: request }, options);
  }

  unbindTags(imageId: string, request: TagsRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('unbindTags', { params: { imageId }, body: request }, options);
  }

  getOsInfo(request: OsInfoRequest, options?: ReadOptions): Promise<OsInfoResponse> {
    return this.pipeline.call('getOsInfo', { body: request }, options);
  }

  // ---------- instances made from images ----------

  /** Creates `purchaseCount` instances (default 1), all or none; they start `Starting`, then `Running`. */
  createInstance(request: CreateInstanceRequest, options?: WriteOptions): Promise<CreateInstanceResponse> {
    return this.pipeline.call('createInstance', { body: request }, options);
  }

  getInstance(instanceId: string, options?: ReadOptions): Promise<GetInstanceResponse> {
    return this.pipeline.call('getInstance', { params: { instanceId } }, options);
  }

  /** One page of the account's instances in the region; `nextMarker` leads to the next. */
  listInstancesPage(query: ListInstancesPageQuery = {}, options?: ReadOptions): Promise<ListInstancesResponse> {
    const { maxKeys, ...rest } = query;
    return this.pipeline.call('listInstances', { query: { ...rest, maxKeys: maxKeys === undefined ? undefined : String(maxKeys) } }, options);
  }

  /** Every instance matching the filter, across all pages (`maxKeys` is the page size). */
  listInstances(filter: Omit<ListInstancesPageQuery, 'marker'> = {}, options?: ReadOptions): AsyncGenerator<Instance, void, undefined> {
    return everyPage((marker) => this.listInstancesPage({ ...filter, marker }, options), (page) => page.instances);
  }

  /** Reinstalls the instance from another image (Running or Stopped); its OS follows the image. */
  rebuildInstance(instanceId: string, request: RebuildInstanceRequest, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('rebuildInstance', { params: { instanceId }, body: request }, options);
  }

  startInstance(instanceId: string, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('startInstance', { params: { instanceId } }, options);
  }

  stopInstance(instanceId: string, request: StopInstanceRequest = {}, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('stopInstance', { params: { instanceId }, body: request }, options);
  }

  deleteInstance(instanceId: string, options?: WriteOptions): Promise<void> {
    return this.pipeline.call('deleteInstance', { params: { instanceId } }, options);
  }

  // ---------- waiters (src/client/waiters.ts) ----------

  waitForImage(imageId: string, options?: ImageWaitOptions): Promise<Image> {
    return waitForImage(this, imageId, options);
  }

  waitForImageDeleted(imageId: string, options?: WaitOptions<Image>): Promise<void> {
    return waitForImageDeleted(this, imageId, options);
  }

  waitForCopy(destRegion: string, destImageId: string, options?: CopyWaitOptions): Promise<Image> {
    return waitForCopy(this, destRegion, destImageId, options);
  }

  waitForExportTask(taskId: string, options?: TaskWaitOptions): Promise<ExportTask> {
    return waitForExportTask(this, taskId, options);
  }

  waitForInstance(instanceId: string, options?: InstanceWaitOptions): Promise<Instance> {
    return waitForInstance(this, instanceId, options);
  }

  waitForInstanceDeleted(instanceId: string, options?: WaitOptions<Instance>): Promise<void> {
    return waitForInstanceDeleted(this, instanceId, options);
  }
}
