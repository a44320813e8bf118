/**
 * The typed image API client. The core is one pipeline (`call`): validate the
 * request against the operation's schema, attach a clientToken to writes,
 * then send signed attempts with retries, clock-skew correction and a
 * per-attempt timeout, and turn the answer into a value or a typed error.
 * Every public method is a thin, typed front of that pipeline, derived from
 * the OPERATIONS table shared with the emulator.
 */
import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { Agent, type Dispatcher } from 'undici';
import { OPERATIONS, REAL_ENDPOINT_TEMPLATE, type Operation, type OperationName } from '../api/operations';
import {
  ImageSchema,
  ListImagesQuerySchema,
  type AvailableImagesBySpecQuery,
  type AvailableImagesBySpecResponse,
  type CreateImageRequest,
  type CreateImageResponse,
  type ExportImageRequest,
  type ExportImageResponse,
  type ExportTask,
  type GetImageResponse,
  type GetTaskResponse,
  type Image,
  type ImportImageRequest,
  type ImportImageResponse,
  type ListImagesQuery,
  type ListImagesResponse,
  type ModifyImageAttributesRequest,
  type OsInfoRequest,
  type OsInfoResponse,
  type RemoteCopyRequest,
  type RemoteCopyResponse,
  type RenameImageRequest,
  type ReplicateImageRequest,
  type ShareImageRequest,
  type SharedUsersResponse,
  type TagsRequest,
} from '../api/schemas';
import { sha256Hex, uriEncode, type Credentials } from '../api/signer';
import { SchemaViolation, validate } from '../api/validate';
import { sleep } from './abort';
import { resolveCredentials } from './credentials';
import { lookupWithLocalhost, regionEndpoint, type EndpointSettings, type RegionEndpoint } from './endpoints';
import {
  AbortedError,
  ImageApiError,
  NetworkError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  errorFromAnswer,
  isRefusal,
  withWriteOutcome,
} from './errors';
import {
  RETRYABLE_STATUSES,
  backoffDelayMs,
  isTransientNetworkError,
  parseRetryAfter,
  retryPolicy,
  wasNeverSent,
  type RetryOptions,
  type RetryPolicy,
} from './retry';
import { headerText, isAttemptTimeout, sendOnce, type PreparedRequest, type RawAnswer } from './transport';
import {
  waitForCopy,
  waitForExportTask,
  waitForImage,
  waitForImageDeleted,
  type CopyWaitOptions,
  type ImageWaitOptions,
  type TaskWaitOptions,
  type WaitOptions,
} from './waiters';

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

/** What the onRequest hook sees of one attempt. Never contains a secret. */
export interface RequestEvent {
  operation: string;
  method: string;
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** Undefined when no answer arrived (network failure, timeout, abort). */
  status: number | undefined;
  durationMs: number;
  requestId: string | undefined;
  /** Request headers as sent, with Authorization and x-bce-security-token redacted. */
  headers: Record<string, string>;
  /** Why the attempt failed without an answer. */
  error?: string;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /**
   * Retry transient failures of this call for this long from its start,
   * however many attempts it takes (`Infinity`: until `signal` aborts).
   * Default: `retry.writeDeadlineMs` for writes; for reads `retry.readDeadlineMs`, else `retry.maxAttempts` attempts.
   */
  retryForMs?: number;
}

export interface WriteOptions extends ReadOptions {
  /** Idempotency token; generated when absent and reused by every retry of this call. */
  clientToken?: string;
}

export type ListImagesPageQuery = Omit<ListImagesQuery, 'maxKeys'> & { maxKeys?: number };
export type AvailableImagesBySpecPageQuery = Omit<AvailableImagesBySpecQuery, 'maxKeys'> & { maxKeys?: number };
export type ListImagesFilter = Omit<ListImagesPageQuery, 'marker'>;
export type ImageListFilter = Omit<ListImagesFilter, 'maxKeys'>;
/** Optional extras of the create helpers. */
export type CreateImageExtras = Pick<CreateImageRequest, 'encryptKey' | 'description'>;

interface CallInput {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
}

/** State shared by a client and the clients withRegion() derives from it (passed only by withRegion()). */
export interface SharedClientState extends EndpointSettings {
  /** The access key id only: the secret key and session token live in SECRETS, never on an enumerable or inspectable property. */
  readonly accessKeyId: string;
  readonly policy: RetryPolicy;
  readonly timeoutMs: number;
  readonly dispatcher: Dispatcher;
  readonly ownsDispatcher: boolean;
  readonly strict: boolean;
  readonly onRequest: ((event: RequestEvent) => void) | undefined;
  /** Mutable: corrected by RequestExpired answers, seen by every region's client. */
  clockOffsetMs: number;
  /** The clients withRegion() made, one per region, so a region's client keeps its identity. */
  readonly regionClients: Map<string, ImageClient>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const CLIENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const IMAGE_ID_SCHEMA = ImageSchema.properties.id;
const REDACTED = '[redacted]';
const SECRET_HEADERS = new Set(['authorization', 'x-bce-security-token']);
/** The credentials of each shared state, out of reach of util.inspect, JSON.stringify and property enumeration. */
const SECRETS = new WeakMap<SharedClientState, Readonly<Credentials>>();

function credentialsOf(shared: SharedClientState): Readonly<Credentials> {
  const credentials = SECRETS.get(shared);
  if (!credentials) throw new Error('ImageClient: shared state without credentials (only withRegion() passes shared state)');
  return credentials;
}

/** A short form of the access key id (not a secret, but no need to print it whole). */
function shortKeyId(accessKeyId: string): string {
  return accessKeyId.length > 8 ? `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}` : accessKeyId;
}

export class ImageClient {
  readonly region: string;
  private readonly shared: SharedClientState;
  private readonly endpoint: RegionEndpoint;

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
    if (credentials) SECRETS.set(this.shared, credentials);
    this.endpoint = regionEndpoint(this.shared, this.region);
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
    return this.call('createImage', { body: request }, options);
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
    return this.call('importImage', { body: request }, options);
  }

  getImage(imageId: string, options?: ReadOptions): Promise<GetImageResponse> {
    return this.call('getImage', { params: { imageId } }, options);
  }

  /** One page of the list call; `nextMarker` leads to the next. */
  listImagesPage(query: ListImagesPageQuery = {}, options?: ReadOptions): Promise<ListImagesResponse> {
    const { maxKeys, ...rest } = query;
    return this.call('listImages', { query: { ...rest, maxKeys: maxKeys === undefined ? undefined : String(maxKeys) } }, options);
  }

  /** Every image matching the filter, across all pages (`maxKeys` is the page size). */
  async *listImages(filter: ListImagesFilter = {}, options?: ReadOptions): AsyncGenerator<Image, void, undefined> {
    let marker: string | undefined;
    do {
      const page = await this.listImagesPage({ ...filter, marker }, options);
      yield* page.images;
      marker = page.isTruncated ? page.nextMarker : undefined;
    } while (marker !== undefined);
  }

  /** One page of the images an instance of `spec` (`bcc.g4.c2m8`) can boot; `nextMarker` leads to the next. */
  getAvailableImagesBySpec(query: AvailableImagesBySpecPageQuery, options?: ReadOptions): Promise<AvailableImagesBySpecResponse> {
    const { maxKeys, ...rest } = query;
    return this.call('getAvailableImagesBySpec', { query: { ...rest, maxKeys: maxKeys === undefined ? undefined : String(maxKeys) } }, options);
  }

  /** The region's image list as CSV text (IMS "export image list"). */
  exportImageList(filter: ImageListFilter = {}, options?: ReadOptions): Promise<string> {
    return this.call('exportImageList', { query: { ...filter } }, options);
  }

  deleteImage(imageId: string, options?: WriteOptions): Promise<void> {
    return this.call('deleteImage', { params: { imageId } }, options);
  }

  renameImage(request: RenameImageRequest, options?: WriteOptions): Promise<void> {
    return this.call('renameImage', { body: request }, options);
  }

  modifyImageAttributes(imageId: string, request: ModifyImageAttributesRequest, options?: WriteOptions): Promise<void> {
    return this.call('modifyImageAttributes', { params: { imageId }, body: request }, options);
  }

  // ---------- sharing ----------

  shareImage(imageId: string, request: ShareImageRequest, options?: WriteOptions): Promise<void> {
    return this.call('shareImage', { params: { imageId }, body: request }, options);
  }

  unshareImage(imageId: string, request: ShareImageRequest, options?: WriteOptions): Promise<void> {
    return this.call('unshareImage', { params: { imageId }, body: request }, options);
  }

  listSharedUsers(imageId: string, options?: ReadOptions): Promise<SharedUsersResponse> {
    return this.call('listSharedUsers', { params: { imageId } }, options);
  }

  // ---------- copies, replicas, exports ----------

  /** Starts copies to other regions; each result entry names the destination image id or the region's error. */
  remoteCopyImage(imageId: string, request: RemoteCopyRequest, options?: WriteOptions): Promise<RemoteCopyResponse> {
    return this.call('remoteCopyImage', { params: { imageId }, body: request }, options);
  }

  /** Cancels a copy in progress; call it on the destination region's client with the destination image id. */
  cancelRemoteCopy(destImageId: string, options?: WriteOptions): Promise<void> {
    return this.call('cancelRemoteCopy', { params: { imageId: destImageId } }, options);
  }

  replicateImage(imageId: string, request: ReplicateImageRequest, options?: WriteOptions): Promise<CreateImageResponse> {
    return this.call('replicateImage', { params: { imageId }, body: request }, options);
  }

  exportImage(imageId: string, request: ExportImageRequest, options?: WriteOptions): Promise<ExportImageResponse> {
    return this.call('exportImage', { params: { imageId }, body: request }, options);
  }

  getTask(taskId: string, options?: ReadOptions): Promise<GetTaskResponse> {
    return this.call('getTask', { params: { taskId } }, options);
  }

  // ---------- tags, OS ----------

  bindTags(imageId: string, request: TagsRequest, options?: WriteOptions): Promise<void> {
    return this.call('bindTags', { params: { imageId }, body: request }, options);
  }

  unbindTags(imageId: string, request: TagsRequest, options?: WriteOptions): Promise<void> {
    return this.call('unbindTags', { params: { imageId }, body: request }, options);
  }

  getOsInfo(request: OsInfoRequest, options?: ReadOptions): Promise<OsInfoResponse> {
    return this.call('getOsInfo', { body: request }, options);
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

  // ---------- the pipeline ----------

  /** Runs one operation of the OPERATIONS table: the single place requests are made. */
  private async call<T>(name: OperationName, input: CallInput, options: WriteOptions = {}): Promise<T> {
    const operation: Operation = OPERATIONS[name];
    const { signal } = options;
    if (signal?.aborted) throw new AbortedError(name, signal.reason);
    const clientToken = operation.mutating ? options.clientToken ?? randomUUID() : undefined;
    const request = this.prepare(operation, input, clientToken);
    if (clientToken === undefined) return this.send<T>(operation, request, options, undefined);
    // A write may have been applied once an attempt left without a definite
    // answer; its error says so, with the token that learns the outcome.
    const progress = { mayHaveApplied: false };
    try {
      return await this.send<T>(operation, request, options, progress);
    } catch (error) {
      if (!(error instanceof ImageApiError)) throw error;
      throw withWriteOutcome(error, clientToken, progress.mayHaveApplied && !isRefusal(error));
    }
  }

  /**
   * Sends the attempts of one call. Reads are always safe to repeat; writes
   * are because their clientToken makes the server answer a repeat with the
   * first result. Reads stop after `maxAttempts`, writes (and calls given
   * `retryForMs`) at their deadline.
   */
  private async send<T>(operation: Operation, request: PreparedRequest, options: ReadOptions, progress: { mayHaveApplied: boolean } | undefined): Promise<T> {
    const { name } = operation;
    const { signal } = options;
    const { policy } = this.shared;
    const retryForMs = options.retryForMs ?? (operation.mutating ? policy.writeDeadlineMs : policy.readDeadlineMs);
    const retryUntil = retryForMs === undefined ? undefined : Date.now() + retryForMs;

    let attempt = 0;
    let failures = 0;
    let skewCorrected = false;
    for (;;) {
      attempt++;
      const outcome = await this.attempt(request, attempt, signal, progress);
      if (outcome.kind === 'answer' && outcome.answer.status < 300) return this.decode<T>(operation, outcome.answer);

      let failure: ImageApiError;
      let retryAfterMs: number | undefined;
      let throttled = false;
      if (outcome.kind === 'answer') {
        const { answer } = outcome;
        failure = errorFromBody(answer);
        if (failure.code === 'RequestExpired' && !skewCorrected && this.correctClock(answer)) {
          skewCorrected = true;
          continue;
        }
        if (!RETRYABLE_STATUSES.has(answer.status)) throw failure;
        if (progress) progress.mayHaveApplied = true;
        throttled = answer.status === 429;
        retryAfterMs = parseRetryAfter(headerText(answer.headers, 'retry-after'), Date.now());
      } else if (outcome.kind === 'timeout') {
        failure = new TimeoutError(`${name}: no answer within ${this.shared.timeoutMs} ms`, this.shared.timeoutMs, outcome.error);
      } else if (isTransientNetworkError(outcome.error)) {
        failure = new NetworkError(name, outcome.error);
      } else {
        throw new NetworkError(name, outcome.error);
      }

      failures++;
      const delayMs = backoffDelayMs(policy, failures, throttled, retryAfterMs);
      const exhausted = retryUntil === undefined ? failures >= policy.maxAttempts : Date.now() + delayMs > retryUntil;
      if (exhausted) throw failure;
      try {
        await sleep(delayMs, signal);
      } catch (reason) {
        throw new AbortedError(name, reason, failure);
      }
    }
  }

  /** Everything about a call that stays the same across its attempts. */
  private prepare(operation: Operation, input: CallInput, clientToken: string | undefined): PreparedRequest {
    const name = operation.name;
    if (clientToken !== undefined && !CLIENT_TOKEN_PATTERN.test(clientToken)) {
      throw new RequestValidationError(name, new SchemaViolation(['clientToken: must be 1-64 letters, digits, - or _']));
    }
    // The action flag is sent value-less (`?share`) and signed as `share=`.
    const query: Array<[string, string]> = [];
    if (input.query) {
      const given = Object.fromEntries(Object.entries(input.query).filter(([, v]) => v !== undefined));
      const checked = validate(operation.query ?? ListImagesQuerySchema, given, 'query');
      if (!checked.ok) throw new RequestValidationError(name, checked.violation);
      for (const [k, v] of Object.entries(given)) query.push([k, v as string]);
    }
    if (clientToken !== undefined) query.push(['clientToken', clientToken]);

    let rawPath = operation.path;
    let wirePath = operation.path;
    if (input.params) {
      for (const [key, value] of Object.entries(input.params)) {
        checkPathParam(name, key, value);
        rawPath = rawPath.replace(`{${key}}`, value);
        wirePath = wirePath.replace(`{${key}}`, encodeURIComponent(value));
      }
    }

    const headers: Record<string, string> = { host: this.endpoint.host };
    let body: string | undefined;
    if (operation.body) {
      const checked = validate(operation.body, input.body, 'body');
      if (!checked.ok) throw new RequestValidationError(name, checked.violation);
      body = JSON.stringify(input.body);
      headers['content-type'] = 'application/json';
      headers['x-bce-content-sha256'] = sha256Hex(body);
    }
    const { sessionToken } = credentialsOf(this.shared);
    if (sessionToken) headers['x-bce-security-token'] = sessionToken;

    const pairs = query.map(([k, v]) => `${uriEncode(k, false)}=${uriEncode(v, false)}`);
    if (operation.action) {
      pairs.unshift(uriEncode(operation.action, false));
      query.push([operation.action, '']);
    }
    const queryText = pairs.join('&');
    return {
      operation: name,
      method: operation.method,
      origin: this.endpoint.origin,
      target: this.endpoint.encodedBasePath + wirePath + (queryText ? `?${queryText}` : ''),
      signable: { method: operation.method, path: this.endpoint.basePath + rawPath, query, headers },
      headers,
      body,
    };
  }

  private async attempt(
    request: PreparedRequest, attempt: number, signal: AbortSignal | undefined, progress: { mayHaveApplied: boolean } | undefined,
  ): Promise<AttemptOutcome> {
    const started = performance.now();
    let outcome: AttemptOutcome;
    try {
      const nowMs = Date.now() + this.shared.clockOffsetMs;
      const answer = await sendOnce(this.shared.dispatcher, request, credentialsOf(this.shared), nowMs, this.shared.timeoutMs, signal);
      outcome = { kind: 'answer', answer };
    } catch (error) {
      // Cut off in flight, the request may have reached the server.
      if (progress && !wasNeverSent(error)) progress.mayHaveApplied = true;
      if (signal?.aborted) {
        this.report(request, attempt, started, undefined, 'aborted');
        throw new AbortedError(request.operation, signal.reason);
      }
      outcome = isAttemptTimeout(error) ? { kind: 'timeout', error } : { kind: 'network', error };
    }
    if (this.shared.onRequest) {
      if (outcome.kind === 'answer') this.report(request, attempt, started, outcome.answer);
      else this.report(request, attempt, started, undefined, outcome.kind === 'timeout' ? 'timeout' : describe(outcome.error));
    }
    return outcome;
  }

  private report(request: PreparedRequest, attempt: number, started: number, answer: RawAnswer | undefined, error?: string): void {
    const hook = this.shared.onRequest;
    if (!hook) return;
    const headers: Record<string, string> = {};
    const sent = answer?.sentHeaders ?? request.headers;
    for (const [k, v] of Object.entries(sent)) headers[k] = SECRET_HEADERS.has(k) ? REDACTED : v;
    const event: RequestEvent = {
      operation: request.operation,
      method: request.method,
      url: request.origin + request.target,
      attempt,
      status: answer?.status,
      durationMs: performance.now() - started,
      requestId: answer ? headerText(answer.headers, 'x-bce-request-id') : undefined,
      headers,
    };
    if (error !== undefined) event.error = error;
    hook(event);
  }

  /** On RequestExpired: adopt the server's clock from its Date header. False when there is none. */
  private correctClock(answer: RawAnswer): boolean {
    const serverNow = Date.parse(headerText(answer.headers, 'date') ?? '');
    if (Number.isNaN(serverNow)) return false;
    this.shared.clockOffsetMs = serverNow - Date.now();
    return true;
  }

  private decode<T>(operation: Operation, answer: RawAnswer): T {
    if (operation.csv) return answer.text as T;
    if (!operation.response) return undefined as T;
    const requestId = headerText(answer.headers, 'x-bce-request-id');
    let value: unknown;
    try {
      value = JSON.parse(answer.text);
    } catch {
      throw new ResponseValidationError(operation.name, new SchemaViolation(['response: is not JSON']), answer.status, requestId);
    }
    if (this.shared.strict) {
      const checked = validate(operation.response, value, 'response');
      if (!checked.ok) throw new ResponseValidationError(operation.name, checked.violation, answer.status, requestId);
    }
    return value as T;
  }
}

type AttemptOutcome =
  | { kind: 'answer'; answer: RawAnswer }
  | { kind: 'timeout'; error: unknown }
  | { kind: 'network'; error: unknown };

/** Ids go into the path: check them so nothing malformed is sent (and nothing needs encoding). */
function checkPathParam(operation: string, key: string, value: string): void {
  if (key === 'imageId') {
    const checked = validate(IMAGE_ID_SCHEMA, value, 'imageId');
    if (!checked.ok) throw new RequestValidationError(operation, checked.violation);
  } else if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new RequestValidationError(operation, new SchemaViolation([`${key}: must be 1-64 letters, digits, - or _`]));
  }
}

function errorFromBody(answer: RawAnswer): ImageApiError {
  const headerRequestId = headerText(answer.headers, 'x-bce-request-id');
  let parsed: { code?: unknown; message?: unknown; requestId?: unknown } = {};
  try {
    parsed = JSON.parse(answer.text) as typeof parsed;
  } catch {
    // Not a BCE error body (a proxy's HTML page, say): described from the status below.
  }
  return errorFromAnswer({
    status: answer.status,
    code: typeof parsed.code === 'string' ? parsed.code : `Http${answer.status}`,
    message: typeof parsed.message === 'string' ? parsed.message : `HTTP ${answer.status} ${answer.text.slice(0, 200)}`.trim(),
    requestId: typeof parsed.requestId === 'string' ? parsed.requestId : headerRequestId,
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
