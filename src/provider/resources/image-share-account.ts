/**
 * imagecloud_image_share_account: one account an image is shared with.
 * Non-authoritative: it shares and unshares its own account and never reads
 * or touches the image's other shares, so any number of them (for_each, one
 * per module) can share one image side by side, in parallel.
 */
import type { SharedUser } from '../../api/schemas';
import { AlreadySharedError, CannotShareToOwnerError, ImageApiError } from '../../client/errors';
import type { ImageClient } from '../../client';
import { defineResource } from '../framework';
import { ProviderError, Unknown, attr, requiresReplace, useStateForUnknown, type Model } from '../runtime';
import { apiFailure, orNullWhenGone, type RequestFields } from '../errors';
import { imageIdValidator } from '../common';
import { ACCOUNT_ID, accountRequest, claimShares, isClaimed, listSharedUsers, names, ownerOf } from '../share-accounts';

const attributes = {
  id: attr.string({ computed: true, description: '`<image_id>/<account>`, the account as written.', planModifiers: [useStateForUnknown()] }),
  image_id: attr.string({
    required: true,
    description: 'The custom image to share; it must be `Available`.',
    validators: [imageIdValidator],
    planModifiers: [requiresReplace()],
  }),
  account: attr.string({
    required: true,
    description: 'The account to share the image with: an account name, or an account id (32 hexadecimal digits). Terraform keeps the form you wrote.',
    validators: [
      {
        description: 'An account name (1-64 characters) or a 32-hex-digit account id.',
        validate: (account: string) => (account.length >= 1 && account.length <= 64 ? undefined : 'must be an account name (1-64 characters) or a 32-hex-digit account id'),
      },
    ],
    planModifiers: [requiresReplace()],
  }),
  account_id: attr.string({ computed: true, description: 'The account\'s id (32 hexadecimal digits).', planModifiers: [useStateForUnknown()] }),
  account_name: attr.string({ computed: true, description: 'The account\'s login name.', planModifiers: [useStateForUnknown()] }),
  uc_account: attr.string({ computed: true, description: 'The account\'s cloud (UC) account name.', planModifiers: [useStateForUnknown()] }),
};

type ShareAccount = Model<typeof attributes>;

/** Share and unshare request fields all come from `account`. */
const REQUEST_FIELDS: RequestFields = { account: ['account'], accountId: ['account'], ucAccount: ['account'] };

export const imageShareAccount = defineResource({
  name: 'imagecloud_image_share_account',
  description:
    'Shares a custom image with one account of the same region (non-authoritative). It manages only its own account: other ' +
    'shares of the image, made by other `imagecloud_image_share_account` resources, by hand or by other tools, are left alone. ' +
    'Destroying it unshares that one account, unless another share resource shared it in the same apply (a `create_before_destroy` ' +
    'replacement). If the image is already shared with the account, create adopts that share (with a ' +
    'warning), and destroy will unshare it.\n\n' +
    'Use it to grant accounts one by one: with `for_each` over a set of accounts, or from several modules that each add their own ' +
    'account. To have Terraform own the complete list (and unshare everyone else), use `imagecloud_image_share` instead. Never use ' +
    'both for one image: the authoritative resource would unshare the accounts these grant on every apply.',
  example: `resource "imagecloud_image_share_account" "web" {
  for_each = toset(["alice", "bob", "c0000000000000000000000000000004"])
  image_id = imagecloud_custom_image.web.id
  account  = each.key
}`,
  importExample: 'terraform import \'imagecloud_image_share_account.web["alice"]\' m-AbCd1234/alice',
  attributes,

  async modifyPlan(ctx, { planned, prior }) {
    if (prior !== null || planned.image_id === Unknown || typeof planned.account !== 'string' || !ACCOUNT_ID.test(planned.account)) return undefined;
    // By id, sharing with the owner is known before apply; by name, only the service can tell.
    if ((await ownerOf(ctx.client, planned.image_id, ctx.signal)) === planned.account) {
      throw new ProviderError('Cannot share an image with its owner', {
        detail: `${planned.account} owns image ${planned.image_id}; set account to another account.`,
        path: ['account'],
      });
    }
    return undefined;
  },

  async create(ctx, plan) {
    const { image_id: imageId, account } = plan;
    try {
      await ctx.client.shareImage(imageId, accountRequest(account), { signal: ctx.signal });
    } catch (error) {
      if (error instanceof AlreadySharedError) {
        ctx.warn(
          'Image was already shared with this account',
          `Image ${imageId} was already shared with "${account}"; this resource now manages that share, and destroying it unshares the account.`,
          ['account'],
        );
      } else if (error instanceof CannotShareToOwnerError) {
        throw new ProviderError('Cannot share an image with its owner', { detail: `"${account}" owns image ${imageId}; set account to another account.`, path: ['account'] });
      } else {
        throw apiFailure(`sharing image ${imageId} with "${account}"`, error, ['account'], ctx.signal, REQUEST_FIELDS);
      }
    }
    const user = await sharedUser(ctx.client, imageId, account, ctx.signal);
    if (user === null) {
      throw new ProviderError('Share not found after sharing', {
        detail: `Image ${imageId} was shared with "${account}", but its shared users do not list it; something unshared it meanwhile. Apply again.`,
        path: ['account'],
      });
    }
    claimShares(ctx.client, imageId, [user]);
    return toState(plan, user);
  },

  async read(ctx, state) {
    const user = await sharedUser(ctx.client, state.image_id, state.account, ctx.signal);
    return user === null ? null : toState(state, user);
  },

  async delete(ctx, state) {
    const { image_id: imageId, account } = state;
    if (state.account_id && isClaimed(ctx.client, imageId, state.account_id)) {
      // Terraform shows no diagnostics of a destroy that succeeds; the log says why the share stayed.
      ctx.log.info('Kept a share another share resource claimed in this apply (a create_before_destroy replacement, or a renamed resource)', {
        image_id: imageId,
        account,
      });
      return;
    }
    try {
      // The id read back is the stable name of the account; the written name is the fallback for state without it.
      await orNullWhenGone(() => ctx.client.unshareImage(imageId, accountRequest(state.account_id ?? account), { signal: ctx.signal }));
    } catch (error) {
      if (error instanceof ImageApiError && error.code === 'Image.AccountHasNotBeenShared') return;
      throw apiFailure(`unsharing image ${imageId} with "${account}"`, error, ['account'], ctx.signal, REQUEST_FIELDS);
    }
  },

  importState(_ctx, id) {
    const match = /^(m-[A-Za-z0-9]{8})\/(.{1,64})$/.exec(id);
    if (!match) {
      throw new ProviderError('Invalid import id', {
        detail: `Expected <image_id>/<account>, the account by name or by 32-hex-digit id, e.g. m-AbCd1234/alice; got "${id}".`,
      });
    }
    return { id, image_id: match[1]!, account: match[2]! };
  },
});

/** The shared user `account` names on the image; null when the image is gone or not shared with it. */
async function sharedUser(client: ImageClient, imageId: string, account: string, signal: AbortSignal): Promise<SharedUser | null> {
  return (await listSharedUsers(client, imageId, signal))?.find((user) => names(user, account)) ?? null;
}

function toState(base: ShareAccount, user: SharedUser): ShareAccount {
  return {
    ...base,
    id: `${base.image_id}/${base.account}`,
    account_id: user.accountId,
    account_name: user.account,
    uc_account: user.ucAccount,
  };
}
