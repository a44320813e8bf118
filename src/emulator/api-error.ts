/**
 * The one error type business rules throw. The HTTP layer turns it into the BCC
 * error shape `{code, message, requestId}` with the status of src/api/errors.ts.
 */
import { statusOf, type ErrorCode } from '../api/errors';

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra answer headers, e.g. Retry-After on injected 429/503. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = statusOf(code);
  }
}
