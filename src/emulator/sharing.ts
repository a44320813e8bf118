/** Sharing custom images with other accounts: the seed rules, each answering its BCC code. */
import { LIMITS, type ShareImageRequest, type SharedUsersResponse } from '../api/schemas';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import { ownCustomImage, visibleImage } from './lookup';
import type { Account, ImageRecord } from './model';

/** The account the body names; every field given must name the same one. */
function namedAccount(ctx: RequestContext, body: ShareImageRequest): Account {
  const fields: Array<[string, string | undefined]> = [['account', body.account], ['accountId', body.accountId], ['ucAccount', body.ucAccount]];
  const given = fields.filter((pair): pair is [string, string] => pair[1] !== undefined);
  if (given.length === 0) throw new ApiError('Image.AccountListIsEmpty', 'account, accountId, ucAccount: name the account to share with in one of them');
  let found: Account | undefined;
  for (const [field, value] of given) {
    const account = findAccount(ctx, field, value);
    if (!account) throw new ApiError('Image.InvalidAccount', `${field}: no account ${value}`);
    if (found && found.id !== account.id) throw new ApiError('Image.InvalidAccount', `${given.map(([f]) => f).join(', ')}: name different accounts`);
    found = account;
  }
  return found!;
}

function findAccount(ctx: RequestContext, field: string, value: string): Account | undefined {
  if (field === 'accountId') return ctx.state.get('account', value);
  for (const account of ctx.state.all('account')) {
    if ((field === 'account' ? account.name : account.ucAccount) === value) return account;
  }
  return undefined;
}

function sharableImage(ctx: RequestContext, imageId: string, action: 'share' | 'unshare'): ImageRecord {
  return ownCustomImage(ctx, imageId, 'Image.UnCustomImageCannotBeShared', action);
}

export function shareImage(ctx: RequestContext, imageId: string, body: ShareImageRequest): void {
  visibleImage(ctx, imageId);
  const recipient = namedAccount(ctx, body);
  const image = sharableImage(ctx, imageId, 'share');
  if (image.status !== 'Available') {
    throw new ApiError('Image.ImageStatusForbidden', `image ${imageId} is ${image.status}; only Available images can be shared`);
  }
  if (recipient.id === ctx.account.id) throw new ApiError('Image.CannotShareToOwner', 'an image cannot be shared with its owner');
  if (image.sharedWith.includes(recipient.id)) {
    throw new ApiError('Image.AccountHasBeenShared', `image ${imageId} is already shared with account ${recipient.id}`);
  }
  if (image.sharedWith.length >= LIMITS.accountsPerSharedImage) {
    throw new ApiError('Image.ExceedSharedToUserNumQuota', `image ${imageId} is already shared with ${LIMITS.accountsPerSharedImage} accounts, the most allowed`);
  }
  const received = ctx.state.receivedShares(recipient.id);
  if (received >= LIMITS.receivedSharedImagesPerAccount) {
    throw new ApiError('Image.ExceedAcceptSharedImageNumQuota', `account ${recipient.id} already receives ${received} shared images, the most allowed`);
  }
  ctx.state.put('image', { ...image, sharedWith: [...image.sharedWith, recipient.id] });
}

export function unshareImage(ctx: RequestContext, imageId: string, body: ShareImageRequest): void {
  visibleImage(ctx, imageId);
  const recipient = namedAccount(ctx, body);
  const image = sharableImage(ctx, imageId, 'unshare');
  if (!image.sharedWith.includes(recipient.id)) {
    throw new ApiError('Image.AccountHasNotBeenShared', `image ${imageId} is not shared with account ${recipient.id}`);
  }
  ctx.state.put('image', { ...image, sharedWith: image.sharedWith.filter((id) => id !== recipient.id) });
}

export function sharedUsers(ctx: RequestContext, imageId: string): SharedUsersResponse {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'list the shares of');
  return {
    users: image.sharedWith.map((id) => {
      const account = ctx.state.get('account', id);
      return { accountId: id, account: account?.name ?? '', ucAccount: account?.ucAccount ?? '' };
    }),
  };
}
