/**
 * Every error the client throws, in one module. Callers branch on the class
 * (`instanceof QuotaExceededError`) or on the stable `code`: the BCC code for
 * answers of the service, a `Client.*` code for failures on this side.
 */
import type { SchemaViolation } from '../api/validate';

export interface ImageApiErrorDetails {
  code: string;
  message: string;
  /** HTTP status of the answer; undefined when no answer was received. */
  status?: number;
  /** The server's request id (body or `x-bce-request-id`); undefined when no answer was received. */
  requestId?: string;
  cause?: unknown;
}

/** Base of every client error: `code`, `status`, `requestId` and a message. */
export class ImageApiError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;

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

/** The caller's AbortSignal fired; `cause` is the signal's reason. */
export class AbortedError extends ImageApiError {
  constructor(operation: string, reason: unknown) {
    super({ code: 'Client.Aborted', message: `${operation} was aborted`, cause: reason });
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
  Throttling: ThrottledError,
};

/** The typed error for an error answer of the service. */
export function errorFromAnswer(details: ImageApiErrorDetails & { status: number }): ImageApiError {
  const Class = CLASS_BY_CODE[details.code] ?? (details.status === 429 ? ThrottledError : ImageApiError);
  return new Class(details);
}
