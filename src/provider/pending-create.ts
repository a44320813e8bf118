/**
 * Creates whose outcome is unknown, for every resource that makes an object
 * (images, copies, instances). A create is sent with a clientToken and
 * retried with it until the resource's create timeout; if the timeout passes
 * (or Terraform stops) while no answer has said whether the object was made,
 * the resource is saved tainted, its id `pending-create:<clientToken>` and
 * its other attributes the plan the request was made from. The next apply
 * destroys that tainted object first: it sends the same request (rebuilt
 * from those attributes) with the same token, which the service answers with
 * the object the first attempt made (or makes it now, if no attempt got
 * through), and deletes it. So a lost answer never leaves an object outside
 * state nor a second one beside it. The marker is in the state, not
 * in private state, because Terraform plans the replacement of a tainted
 * object without its private state. See docs/reliability.md.
 */
import type { CreateImageRequest, ImportImageRequest } from '../api/schemas';
import type { ImageClient, WriteOptions } from '../client';
import { ImageApiError, isRefusal } from '../client/errors';
import { ProviderError } from './runtime';

/** The create call a resource sends, as replayed: operation, request body, token. */
export type ImageCreation =
  | { operation: 'createImage'; request: CreateImageRequest }
  | { operation: 'importImage'; request: ImportImageRequest };

/** The id a pending object carries in state. */
const PENDING_ID_PREFIX = 'pending-create:';

export function pendingId(clientToken: string): string {
  return PENDING_ID_PREFIX + clientToken;
}

/** The clientToken of a pending object's create, or undefined when `id` is an image id. */
export function pendingTokenOf(id: string | null): string | undefined {
  return id?.startsWith(PENDING_ID_PREFIX) ? id.slice(PENDING_ID_PREFIX.length) : undefined;
}

/** A create's call options: one token, retried until the operation's own deadline (its signal carries the create timeout). */
export function untilCreateTimeout(clientToken: string, signal: AbortSignal): WriteOptions {
  return { clientToken, signal, retryForMs: Number.POSITIVE_INFINITY };
}

/** Sends the creation with `clientToken`, retrying until `signal` aborts; the new image id. */
export async function sendCreation(client: ImageClient, creation: ImageCreation, clientToken: string, signal: AbortSignal): Promise<string> {
  const options = untilCreateTimeout(clientToken, signal);
  if (creation.operation === 'importImage') return (await client.importImage(creation.request, options)).id;
  return (await client.createImage(creation.request, options)).imageId;
}

/** True when `error` leaves it open whether the creation made its object. */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ImageApiError && error.outcomeUnknown;
}

/**
 * The error of a create whose outcome is unknown, keeping the object tainted
 * under its pending id. `made` says what is unknown: `the image was made`.
 */
export function outcomeUnknownError(
  summary: string, failure: ProviderError, made: string, clientToken: string, partialState: Record<string, unknown>,
): ProviderError {
  return new ProviderError(summary, {
    detail:
      `${failure.detail ?? failure.summary} No answer said whether ${made}. The resource is kept in state marked tainted, ` +
      `with the id ${pendingId(clientToken)}: the next apply sends the same request with that clientToken, ` +
      'which answers with what the lost attempt made (or makes it then) without making a second, removes it and creates the replacement. ' +
      'Run it within 24 hours, while the service remembers the token; until then do not remove the resource from state.',
    partialState,
  });
}

/**
 * Learns what a pending create made by sending it again (`replay`, with the
 * pending token): what it answers, or null when the service refuses it (then
 * nothing was made). Throws when the answer is lost again.
 */
export async function resolvePendingCreate<T>(replay: () => Promise<T>): Promise<T | null> {
  try {
    return await replay();
  } catch (error) {
    // A mismatch means the rebuilt request is not the one first sent: nothing is learnt from it.
    if (isRefusal(error) && !(error instanceof ImageApiError && error.code === 'IdempotentParameterMismatch')) return null;
    throw error;
  }
}
