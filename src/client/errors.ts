/**
 * Every error the client throws, in one module. Callers branch on the class
 * (`instanceof QuotaExceededError`) or on the stable `code`: the BCC code for
 * answers of the service, a `Client.*` code for failures on this side.
 */
import type { SchemaViolation } from '../api/validate';
import { RETRYABLE_STATUSES, isTransientNetworkError } from './retry';

export interface ImageApiErrorDetails {
  code: string;
  message: string;
  /** HTTP status of the answer; undefined when no answer was received. */
  status?: number;
  /** The server's request id (body or `x-bce-request-id`); undefined when no answer was received. */
  requestId?: string;
  cause?: unknown;
}

/**
 * Base of every client error: `code`, `status`, `requestId` and a message;
 * for a write, its `clientToken` and whether it may have been applied.
 */
export class ImageApiError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  /**
   * The idempotency token of the failed write (undefined for reads). Sending
   * the same request with this token again is safe: the service answers with
   * the result of the first attempt that reached it, or runs it if none did.
   */
  readonly clientToken: string | undefined = undefined;
  /**
   * True when the write may have been applied although no answer said so: an
   * attempt was sent and its answer was lost, timed out or was a 5xx/429.
   * Retry with `clientToken` to learn the outcome (for a create: the image id).
   */
  readonly outcomeUnknown: boolean = false;

  constructor(details: ImageApiErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = details.code;
    this.status = details.status;
    this.requestId = details.requestId;
  }
}

/** 404 `Image.ImageNotExist`. */
export class ImageNotFoundError extends ImageApiError {}
/** 404 `Instance.InstanceNotExist`: no such instance of this account in the region. */
export class InstanceNotFoundError extends ImageApiError {}
/** 413 `Instance.InstanceQuotaExceedLimit`: the batch would pass the account's instances per region. */
export class InstanceQuotaExceededError extends ImageApiError {}
/** 413 `Image.ImageQuotaExceedLimit`: 20 custom images per account per region. */
export class QuotaExceededError extends ImageApiError {}
/** 409 `Image.ImageHasBeenSharedToOthers`: unshare before deleting. */
export class ImageSharedToOthersError extends ImageApiError {}
/** 409 `Image.AccountHasBeenShared`. */
export class AlreadySharedError extends ImageApiError {}
/** 403 `Image.CannotShareToOwner`. */
export class CannotShareToOwnerError extends ImageApiError {}
/** 409: the image, instance or snapshot is not in a status that allows the call. */
export class StatusForbiddenError extends ImageApiError {}
/** 429 `Throttling`, after the retries ran out. */
export class ThrottledError extends ImageApiError {}

/** The request broke its schema; nothing was sent. `problems` are `field: rule` sentences. */
export class RequestValidationError extends ImageApiError {
  readonly problems: readonly string[];
  constructor(operation: string, violation: SchemaViolation) {
    super({ code: 'Client.RequestValidation', message: `${operation}: ${violation.message}` });
    this.problems = violation.problems;
  }
}

/** Strict mode: the answer broke its schema. */
export class ResponseValidationError extends ImageApiError {
  readonly problems: readonly string[];
  constructor(operation: string, violation: SchemaViolation, status: number, requestId: string | undefined) {
    super({ code: 'Client.ResponseValidation', message: `${operation} answer: ${violation.message}`, status, requestId });
    this.problems = violation.problems;
  }
}

/** An attempt or a waiter ran out of time. */
export class TimeoutError extends ImageApiError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number, cause?: unknown) {
    super({ code: 'Client.Timeout', message, cause });
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A waiter's own deadline passed: the awaited state never came. Distinct from
 * a single request timing out inside the wait, which callers must not mistake
 * for it (a copy waiter cancels the copy only on this one).
 */
export class WaiterTimeoutError extends TimeoutError {}

/** A copy waiter timed out; `cancelled` says whether it cancelled the copy as asked. */
export class CopyTimeoutError extends WaiterTimeoutError {
  readonly region: string;
  readonly imageId: string;
  readonly cancelled: boolean;
  /** Why cancelling failed, when it was asked for and did not succeed. */
  readonly cancelError: unknown;
  constructor(timeout: WaiterTimeoutError, target: { region: string; imageId: string }, cancelled: boolean, cancelError?: unknown) {
    const outcome = cancelled ? 'the copy was cancelled' : cancelError ? 'cancelling the copy failed' : 'the copy continues';
    super(`${timeout.message}; ${outcome}`, timeout.timeoutMs, timeout);
    this.region = target.region;
    this.imageId = target.imageId;
    this.cancelled = cancelled;
    this.cancelError = cancelError;
  }
}

/** The caller's AbortSignal fired; `cause` is the signal's reason, `lastFailure` what failed before it (retries were under way). */
export class AbortedError extends ImageApiError {
  readonly lastFailure: unknown;
  constructor(operation: string, reason: unknown, lastFailure?: unknown) {
    const last = lastFailure === undefined ? '' : `; the last attempt had failed: ${describeFailure(lastFailure)}`;
    super({ code: 'Client.Aborted', message: `${operation} was aborted${last}`, cause: reason });
    this.lastFailure = lastFailure;
  }
}

/** The connection failed (reset, refused, closed) and the retries ran out. */
export class NetworkError extends ImageApiError {
  constructor(operation: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super({ code: 'Client.Network', message: `${operation}: connection failed: ${detail}`, cause });
  }
}

/** No credentials in the options nor in the environment. */
export class MissingCredentialsError extends ImageApiError {
  constructor() {
    super({
      code: 'Client.MissingCredentials',
      message:
        'no credentials: pass `credentials` to ImageClient or set BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY',
    });
  }
}

/** A waiter saw a terminal failure: the image or task ended failed, with the server's reason. */
export class WaiterFailedError extends ImageApiError {
  readonly resourceId: string;
  readonly resourceStatus: string;
  readonly failReason: string;
  constructor(what: string, resourceId: string, resourceStatus: string, failReason: string) {
    super({
      code: 'Client.WaiterFailed',
      message: `${what} ${resourceId} ended ${resourceStatus}${failReason ? `: ${failReason}` : ''}`,
    });
    this.resourceId = resourceId;
    this.resourceStatus = resourceStatus;
    this.failReason = failReason;
  }
}

type ApiErrorClass = new (details: ImageApiErrorDetails) => ImageApiError;

/** The BCC codes callers branch on, and their classes; every other code is a plain ImageApiError. */
const CLASS_BY_CODE: Readonly<Record<string, ApiErrorClass>> = {
  'Image.ImageNotExist': ImageNotFoundError,
  'Image.ImageQuotaExceedLimit': QuotaExceededError,
  'Image.ImageHasBeenSharedToOthers': ImageSharedToOthersError,
  'Image.AccountHasBeenShared': AlreadySharedError,
  'Image.CannotShareToOwner': CannotShareToOwnerError,
  'Image.ImageStatusForbidden': StatusForbiddenError,
  'Image.InstanceStatusForbidden': StatusForbiddenError,
  'Image.SnapshotStatusForbidden': StatusForbiddenError,
  'Image.CreatingImageCannotBeDeleted': StatusForbiddenError,
  'Instance.InstanceNotExist': InstanceNotFoundError,
  'Instance.InstanceQuotaExceedLimit': InstanceQuotaExceededError,
  'Instance.InstanceStatusForbidden': StatusForbiddenError,
  Throttling: ThrottledError,
};

/** The typed error for an error answer of the service. */
export function errorFromAnswer(details: ImageApiErrorDetails & { status: number }): ImageApiError {
  const Class = CLASS_BY_CODE[details.code] ?? (details.status === 429 ? ThrottledError : ImageApiError);
  return new Class(details);
}

/**
 * Whether the service refused the request itself (a 4xx answer): a write so
 * refused was not applied, and a retry with its clientToken is refused the
 * same. Not 429, and not the authentication refusals (401, 403), which come
 * before the service looks the clientToken up.
 */
export function isRefusal(error: unknown): boolean {
  if (!(error instanceof ImageApiError) || error.status === undefined) return false;
  const { status } = error;
  return status >= 400 && status < 500 && status !== 429 && status !== 401 && status !== 403;
}

/** Records on a write's error its token and whether it may have been applied (the client's pipeline calls this once). */
export function withWriteOutcome<E extends ImageApiError>(error: E, clientToken: string, outcomeUnknown: boolean): E {
  return Object.assign(error, { clientToken, outcomeUnknown });
}

/**
 * Whether a failure the client threw is transient, by the same rule the retry
 * loop uses: a retryable status (429, 5xx), throttling, a transient connection
 * failure, or one request timing out (a waiter's own deadline excluded).
 */
export function isRetryableFailure(error: unknown): boolean {
  if (error instanceof WaiterTimeoutError) return false;
  if (error instanceof TimeoutError || error instanceof ThrottledError) return true;
  if (error instanceof NetworkError) return isTransientNetworkError(error.cause);
  return error instanceof ImageApiError && error.status !== undefined && RETRYABLE_STATUSES.has(error.status);
}

/** `Code: message (request id …)`, for naming a failure in another error's message. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof ImageApiError)) return error instanceof Error ? error.message : String(error);
  return `${error.code}: ${error.message}${error.requestId ? ` (request id ${error.requestId})` : ''}`;
}
