/**
 * Naming accounts in shares, for both share resources: an entry is an
 * account id (32 hexadecimal digits) or a login name, and the service's
 * shared users carry both.
 */
import type { SharedUser, ShareImageRequest } from '../api/schemas';
import type { ImageClient } from '../client';
import { readImage } from './image-reads';

export const ACCOUNT_ID = /^[0-9a-f]{32}$/;

/** Does `written` (a name or an id) name this user? */
export function names(user: SharedUser, written: string): boolean {
  return ACCOUNT_ID.test(written) ? user.accountId === written : user.account === written;
}

/** The share (or unshare) request naming `written`: an account id, else a login name. */
export function accountRequest(written: string): ShareImageRequest {
  return ACCOUNT_ID.test(written) ? { accountId: written } : { account: written };
}

/** `alice (a000...02)` for messages. */
export function describeUser(user: SharedUser): string {
  return user.account ? `${user.account} (${user.accountId})` : user.accountId;
}

/** The image owner's account id, when the image is readable (ownerId is shown to the owner only). */
export async function ownerOf(client: ImageClient, imageId: string, signal: AbortSignal): Promise<string | undefined> {
  try {
    return (await readImage(client, imageId, signal))?.ownerId;
  } catch {
    // Plan-time help only: apply reports the real error.
    return undefined;
  }
}
