/**
 * Creates whose outcome is unknown (of images here; copies use the same
 * marker in image-copy.ts). A create is sent with a clientToken and
 * retried with it until the resource's create timeout; if the timeout passes
 * (or Terraform stops) while no answer has said whether the image was made,
 * the resource is saved tainted, its id `pending-create:<clientToken>` and
 * its other attributes the plan the request was made from. The next apply
 * destroys that tainted object first: it sends the same request (rebuilt
 * from those attributes) with the same token, which the service answers with
 * the image the first attempt made (or makes it now, if no attempt got
 * through), and deletes that image. So a lost answer never leaves an image
 * outside state nor a second one beside it. The marker is in the state, not
 * in private state, because Terraform plans the replacement of a tainted
 * object without its private state. See docs/reliability.md.
 */
import type { CreateImageRequest, ImportImageRequest } from '../api/schemas';
import type { ImageClient } from '../client';
import { ImageApiError, isRefusal } from '../client/errors';

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

/** Sends the creation with `clientToken`, retrying until `signal` aborts; the new image id. */
export async function sendCreation(client: ImageClient, creation: ImageCreation, clientToken: string, signal: AbortSignal): Promise<string> {
  // Until the operation's own deadline: its signal carries the create timeout.
  const options = { clientToken, signal, retryForMs: Number.POSITIVE_INFINITY };
  if (creation.operation === 'importImage') return (await client.importImage(creation.request, options)).id;
  return (await client.createImage(creation.request, options)).imageId;
}

/** True when `error` leaves it open whether the creation made an image. */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ImageApiError && error.outcomeUnknown;
}

/**
 * Learns what a pending create made: the image id, or null when the service
 * refused it (then no image was made). Throws when the answer is lost again.
 */
export async function resolvePendingCreate(client: ImageClient, creation: ImageCreation, clientToken: string, signal: AbortSignal): Promise<string | null> {
  try {
    return await sendCreation(client, creation, clientToken, signal);
  } catch (error) {
    // A mismatch means the rebuilt request is not the one first sent: nothing is learnt from it.
    if (isRefusal(error) && !(error instanceof ImageApiError && error.code === 'IdempotentParameterMismatch')) return null;
    throw error;
  }
}
