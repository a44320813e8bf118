/**
 * Retry policy in the spirit of the AWS SDK's standard mode: exponential
 * backoff with full jitter (a larger base for throttling), a cap, and the
 * server's Retry-After honoured. Reads stop after a number of attempts;
 * writes, which carry a clientToken and so can be repeated safely, go on
 * until a deadline: giving up early is what leaves a caller not knowing
 * whether its image was made.
 */

export interface RetryOptions {
  /** Attempts in total of a read, the first included. Default 3. */
  maxAttempts?: number;
  /**
   * How long a write keeps retrying transient failures (throttling, 5xx,
   * lost answers) from its start, however many attempts that takes; each
   * retry repeats the write's clientToken. `Infinity`: until the call's
   * `signal` aborts. Default 120 000 (2 minutes).
   */
  writeDeadlineMs?: number;
  /**
   * When set, reads too retry transient failures until this long from their
   * start instead of stopping after `maxAttempts`. Default: unset.
   */
  readDeadlineMs?: number;
  /** Backoff base for errors other than throttling. Default 100 ms. */
  baseDelayMs?: number;
  /** Backoff base after a 429. Default 500 ms. */
  throttleBaseDelayMs?: number;
  /** No wait is longer, Retry-After included. Default 20 s. */
  maxDelayMs?: number;
}

export type RetryPolicy = Required<Omit<RetryOptions, 'readDeadlineMs'>> & Pick<RetryOptions, 'readDeadlineMs'>;

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 3,
  writeDeadlineMs: 120_000,
  baseDelayMs: 100,
  throttleBaseDelayMs: 500,
  maxDelayMs: 20_000,
};

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...options };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be a whole number >= 1, got ${policy.maxAttempts}`);
  }
  for (const key of ['writeDeadlineMs', 'readDeadlineMs'] as const) {
    const value = policy[key];
    if (value !== undefined && !(value >= 0)) throw new RangeError(`retry.${key} must be a duration in ms >= 0 (or Infinity), got ${value}`);
  }
  return policy;
}

/** HTTP statuses worth another attempt: throttling and transient server failures. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Error codes of undici and Node for connections that failed, were reset or could not be made in time. */
const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** Failures to connect at all: the request never left, so a write certainly was not applied. */
const NOT_SENT_NETWORK_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

export function wasNeverSent(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NOT_SENT_NETWORK_CODES.has(code);
}

export function isTransientNetworkError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TRANSIENT_NETWORK_CODES.has(code);
}

/**
 * The wait before attempt `failedAttempt + 1`: full jitter over
 * min(cap, base * 2^(failedAttempt-1)); a Retry-After from the server is a floor.
 */
export function backoffDelayMs(
  policy: RetryPolicy,
  failedAttempt: number,
  throttled: boolean,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const base = throttled ? policy.throttleBaseDelayMs : policy.baseDelayMs;
  const ceiling = Math.min(policy.maxDelayMs, base * 2 ** (failedAttempt - 1));
  const jittered = random() * ceiling;
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}

/** Retry-After as delta-seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unparsable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
