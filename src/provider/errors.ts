/**
 * Client errors as Terraform diagnostics: one place decides how an API
 * failure reads to a Terraform user (summary, the server's code and request
 * id, what to do), so every resource reports them the same way.
 */
import type { ValuePath } from './runtime';
import { ProviderError } from './runtime';
import {
  AbortedError,
  ImageApiError,
  ImageNotFoundError,
  MissingCredentialsError,
  QuotaExceededError,
  ThrottledError,
  TimeoutError,
  WaiterFailedError,
} from '../client/errors';

/** Why the handler's signal fired: the operation's timeout, or Terraform stopping (Ctrl-C). */
export function abortCause(signal: AbortSignal): 'timeout' | 'stopped' | undefined {
  if (!signal.aborted) return undefined;
  const reason = signal.reason as { name?: unknown } | undefined;
  return reason?.name === 'TimeoutError' ? 'timeout' : 'stopped';
}

/** Turns anything a client call threw into a ProviderError describing `action` ("creating image web"). */
export function apiFailure(action: string, error: unknown, path?: ValuePath, signal?: AbortSignal): ProviderError {
  if (error instanceof ProviderError) return error;
  const cause = signal ? abortCause(signal) : undefined;
  if (cause !== undefined || error instanceof AbortedError) {
    return new ProviderError(cause === 'timeout' ? `Timed out ${action}` : `Cancelled ${action}`, {
      detail:
        cause === 'timeout'
          ? 'The operation ran past its timeout. Raise it in the resource\'s timeouts block and apply again.'
          : 'Terraform stopped the provider (Ctrl-C) before the operation finished.',
      path,
      cause: error,
    });
  }
  if (error instanceof QuotaExceededError) {
    return new ProviderError('Custom image quota exceeded', {
      detail:
        `${capitalize(action)} failed: the account already has the maximum of 20 custom images in this region ` +
        `(images in every status count, failed ones and copies in progress included). ` +
        `Delete images you no longer need, or ask for a higher quota. ${serverSays(error)}`,
      path,
      cause: error,
    });
  }
  if (error instanceof MissingCredentialsError) {
    return new ProviderError('Missing credentials', {
      detail: 'Set access_key and secret_key in the provider block, or BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY in the environment.',
      cause: error,
    });
  }
  if (error instanceof WaiterFailedError) {
    return new ProviderError(`Failed ${action}`, { detail: error.message, path, cause: error });
  }
  if (error instanceof ThrottledError || error instanceof TimeoutError) {
    return new ProviderError(`Failed ${action}`, { detail: `${serverSays(error)} Try again later, or raise max_retries.`, path, cause: error });
  }
  if (error instanceof ImageApiError) {
    return new ProviderError(`Failed ${action}`, { detail: serverSays(error), path, cause: error });
  }
  return new ProviderError(`Failed ${action}`, { detail: error instanceof Error ? error.message : String(error), path, cause: error });
}

/** `Image.ImageQuotaExceedLimit: message (HTTP 413, request id ...)`. */
export function serverSays(error: ImageApiError): string {
  const facts = [error.status === undefined ? undefined : `HTTP ${error.status}`, error.requestId ? `request id ${error.requestId}` : undefined]
    .filter((fact) => fact !== undefined)
    .join(', ');
  return `${error.code}: ${error.message}${facts ? ` (${facts})` : ''}.`;
}

/** Runs a read that answers null when the image (or task) does not exist. */
export async function orNullWhenGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ImageNotFoundError) return null;
    if (error instanceof ImageApiError && error.status === 404) return null;
    throw error;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
