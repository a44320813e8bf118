/**
 * Naming accounts in shares, for both share resources: an entry is an
 * account id (32 hexadecimal digits) or a login name, and the service's
 * shared users carry both.
 */
import type { SharedUser, ShareImageRequest } from '../api/schemas';
import type { ImageClient } from '../client';
import { apiFailure, orNullWhenGone } from './errors';
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

/** The image's shared users; null when the image is gone. */
export async function listSharedUsers(client: ImageClient, imageId: string, signal: AbortSignal): Promise<SharedUser[] | null> {
  try {
    return (await orNullWhenGone(() => client.listSharedUsers(imageId, { signal })))?.users ?? null;
  } catch (error) {
    throw apiFailure(`reading the accounts image ${imageId} is shared with`, error, ['image_id'], signal);
  }
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

/**
 * The accounts each image was shared with by a create or update in this
 * provider process. Terraform runs one provider process per provider
 * configuration for a whole apply, so a replacement made with
 * `create_before_destroy` (or a share resource renamed without `moved`) is
 * created in the same process that then destroys the old object: that
 * destroy must not unshare what the new object has just claimed, or the
 * image would end up shared with nobody.
 */
const claimedShares = new Map<string, Set<string>>();

function claimKey(client: ImageClient, imageId: string): string {
  return `${client.region}/${imageId}`;
}

/** Records that a share resource owns these users' shares of the image now. */
export function claimShares(client: ImageClient, imageId: string, users: readonly SharedUser[]): void {
  const key = claimKey(client, imageId);
  const claimed = claimedShares.get(key) ?? new Set<string>();
  for (const user of users) claimed.add(user.accountId);
  claimedShares.set(key, claimed);
}

/** Did a create or update in this process claim this account id's share of the image? */
export function isClaimed(client: ImageClient, imageId: string, accountId: string): boolean {
  return claimedShares.get(claimKey(client, imageId))?.has(accountId) ?? false;
}
