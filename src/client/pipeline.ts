/**
 * The request pipeline every client method goes through (`call`): validate
 * the request against the operation's schema, attach a clientToken to
 * writes, then send signed attempts with retries, clock-skew correction and
 * a per-attempt timeout, and turn the answer into a value or a typed error.
 */
import { randomUUID } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { OPERATIONS, type Operation, type OperationName } from '../api/operations';
import { InstanceSchema } from '../api/instance-schemas';
import { ImageSchema, ListImagesQuerySchema } from '../api/schemas';
import { sha256Hex, uriEncode, type Credentials } from '../api/signer';
import { SchemaViolation, validate } from '../api/validate';
import { sleep } from './abort';
import type { EndpointSettings, RegionEndpoint } from './endpoints';
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
import { RETRYABLE_STATUSES, backoffDelayMs, isTransientNetworkError, parseRetryAfter, wasNeverSent, type RetryPolicy } from './retry';
import { headerText, isAttemptTimeout, sendOnce, type PreparedRequest, type RawAnswer } from './transport';

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

export interface CallInput {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
}

/** The settings and state a client shares with the clients of its other regions. */
export interface PipelineState extends EndpointSettings {
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
}

const CLIENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const IMAGE_ID_SCHEMA = ImageSchema.properties.id;
const INSTANCE_ID_SCHEMA = InstanceSchema.properties.id;
const REDACTED = '[redacted]';
const SECRET_HEADERS = new Set(['authorization', 'x-bce-security-token']);
/** The credentials of each shared state, out of reach of util.inspect, JSON.stringify and property enumeration. */
const SECRETS = new WeakMap<PipelineState, Readonly<Credentials>>();

function credentialsOf(shared: PipelineState): Readonly<Credentials> {
  const credentials = SECRETS.get(shared);
  if (!credentials) throw new Error('ImageClient: shared state without credentials (only withRegion() passes shared state)');
  return credentials;
}

/** Keeps the credentials of a client's state where only the pipeline reaches them. */
export function rememberCredentials(state: PipelineState, credentials: Readonly<Credentials>): void {
  SECRETS.set(state, credentials);
}

/** One region's pipeline: the state its clients share and where its requests go. */
export class Pipeline {
  constructor(
    private readonly shared: PipelineState,
    private readonly endpoint: RegionEndpoint,
  ) {}


  /** Runs one operation of the OPERATIONS table: the single place requests are made. */
  async call<T>(name: OperationName, input: CallInput, options: WriteOptions = {}): Promise<T> {
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
  } else if (key === 'instanceId') {
    const checked = validate(INSTANCE_ID_SCHEMA, value, 'instanceId');
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
