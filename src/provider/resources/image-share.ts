/**
 * imagecloud_image_share: the complete set of accounts an image is shared
 * with. Authoritative: apply shares and unshares exactly the difference, and
 * read reports the real shared users, so shares made or removed elsewhere
 * show up as drift; before the first apply, which has no refresh to show
 * them, the plan warns about the accounts it would unshare. A change that
 * fails part-way saves the real shared users (see partlyApplied).
 * imagecloud_image_share_account is the per-account alternative.
 */
import { LIMITS, type SharedUser } from '../../api/schemas';
import { CannotShareToOwnerError, ImageApiError } from '../../client/errors';
import type { ImageClient } from '../../client';
import { defineResource } from '../framework';
import { ProviderError, Unknown, attr, errorDiagnostic, requiresReplace, t, useStateForUnknown, type Diagnostic, type ResourceContext, type Validator } from '../runtime';
import { apiFailure, orNullWhenGone, type RequestFields } from '../errors';
import { imageIdValidator } from '../common';
import { accountRequest, claimShares, describeUser, isClaimed, listSharedUsers, names, ownerOf } from '../share-accounts';

const accountsValidator: Validator<string[]> = {
  description: `At most ${LIMITS.accountsPerSharedImage} accounts; each an account name or a 32-hex-digit account id.`,
  validate(accounts) {
    if (accounts.length > LIMITS.accountsPerSharedImage) {
      return `lists ${accounts.length} accounts; an image can be shared with at most ${LIMITS.accountsPerSharedImage}`;
    }
    const bad = accounts.find((account) => account.length < 1 || account.length > 64);
    return bad === undefined ? undefined : `has ${JSON.stringify(bad)}, which is not an account name (1-64 characters) or id`;
  },
};

const attributes = {
  id: attr.string({ computed: true, description: 'The image id.', planModifiers: [useStateForUnknown()] }),
  image_id: attr.string({
    required: true,
    description: 'The custom image to share; it must be `Available`.',
    validators: [imageIdValidator],
    planModifiers: [requiresReplace()],
  }),
  accounts: attr.set(t.string, {
    required: true,
    description:
      'Every account the image is shared with, each by account name or by account id (32 hexadecimal digits). Accounts not listed are unshared. An empty set shares with nobody.',
    validators: [accountsValidator],
  }),
};

/** What ctx.private keeps: the shared users as last read, to relate names and ids at plan time. */
interface SharePrivate {
  users?: SharedUser[];
}

export const imageShare = defineResource({
  name: 'imagecloud_image_share',
  description:
    'Shares a custom image with other accounts of the same region. This resource owns the image\'s complete list of accounts ' +
    '(authoritative): apply adds and removes exactly the difference, and a refresh reads the real shared users, so accounts added or removed ' +
    'outside Terraform appear in the plan. When it is created for an image already shared with accounts it does not list, the first ' +
    'plan warns that apply will unshare them. Destroying it stops sharing the image with everyone, except accounts another share ' +
    'resource shared in the same apply (so a `create_before_destroy` replacement keeps the image shared).\n\n' +
    'Use it when Terraform should decide who has the image, and nobody else. To grant accounts one by one (one resource per ' +
    'account, `for_each`, modules that each add their own account) and leave other shares alone, use ' +
    '`imagecloud_image_share_account` instead. Never use both for one image: each apply of this resource would unshare the ' +
    'accounts the other grants.\n\n' +
    'Before it changes anything, apply checks what can be checked: duplicates, the image\'s owner, the 50-account limit and ' +
    'that every new account exists. If a change still fails part-way, the accounts really shared are saved in state with the error.\n\n' +
    'Accounts are written by name or by id; Terraform keeps each in the form you wrote. An account cannot be listed twice ' +
    '(once by name and once by id) and the image\'s owner cannot be listed; both are reported at plan time when the ' +
    'provider can tell. After `terraform import`, accounts read back by name.',
  example: `resource "imagecloud_image_share" "web" {
  image_id = imagecloud_custom_image.web.id
  accounts = ["alice", "b0000000000000000000000000000003"]
}`,
  importExample: 'terraform import imagecloud_image_share.web m-AbCd1234',
  attributes,

  async modifyPlan(ctx, { config, planned, prior }) {
    if (planned.image_id === Unknown || config.accounts === Unknown || config.accounts === null) return undefined;
    // Elements may still be unknown (computed elsewhere in the same apply); check the known ones.
    const accounts = (config.accounts as unknown[]).filter((account): account is string => typeof account === 'string');
    if (prior === null) {
      // A create's plan shows only additions: read the image's shares now, so the accounts apply would remove are shown too.
      const existing = await sharedUsersIfReadable(ctx.client, planned.image_id, ctx.signal);
      (ctx.private as SharePrivate).users = existing;
      const removed = existing.filter((user) => !accounts.some((entry) => names(user, entry)));
      if (removed.length > 0 && accounts.length === (config.accounts as unknown[]).length) {
        ctx.warn(
          'Apply will unshare accounts this configuration does not list',
          `Image ${planned.image_id} is already shared with ${removed.map(describeUser).join(', ')}. imagecloud_image_share owns the image's ` +
            'whole list, so creating it unshares them. To keep them, add them to accounts; to grant accounts one by one without ' +
            'touching the others, use imagecloud_image_share_account instead.',
          ['accounts'],
        );
      }
    }
    const diagnostics = checkAccounts(accounts, (ctx.private as SharePrivate).users ?? []);
    const owner = await ownerOf(ctx.client, planned.image_id, ctx.signal);
    if (owner !== undefined && accounts.includes(owner)) {
      diagnostics.push(errorDiagnostic('Cannot share an image with its owner', `${owner} owns image ${planned.image_id}; remove it from accounts.`, ['accounts']));
    }
    if (diagnostics.length > 0) throw new ProviderError(diagnostics[0]!.summary, { detail: diagnostics[0]!.detail, path: diagnostics[0]!.path });
    return undefined;
  },

  async create(ctx, plan) {
    return applyAccounts(ctx, plan);
  },

  async read(ctx, state) {
    const found = await orNullWhenGone(() => ctx.client.listSharedUsers(state.image_id, { signal: ctx.signal }));
    if (found === null) return null;
    (ctx.private as SharePrivate).users = found.users;
    return { ...state, id: state.image_id, accounts: inWrittenForm(found.users, state.accounts ?? []) };
  },

  async update(ctx, plan) {
    return applyAccounts(ctx, plan);
  },

  async delete(ctx, state) {
    const kept = await reconcile(ctx.client, state.image_id, [], ctx.signal, {
      goneIsFine: true,
      keep: (user) => isClaimed(ctx.client, state.image_id, user.accountId),
    });
    if (kept.length > 0) {
      // Terraform shows no diagnostics of a destroy that succeeds; the log says why shares stayed.
      ctx.log.info('Kept shares another share resource claimed in this apply (a create_before_destroy replacement, or a renamed resource)', {
        image_id: state.image_id,
        accounts: kept.map(describeUser).join(', '),
      });
    }
  },

  importState: (_ctx, id) => ({ id, image_id: id, accounts: [] }),
});

/**
 * Each shared user in the form the configuration (or prior state) wrote it;
 * users it does not mention by name, by their name.
 */
function inWrittenForm(users: readonly SharedUser[], written: readonly string[]): string[] {
  return users.map((user) => written.find((entry) => names(user, entry)) ?? (user.account || user.accountId)).sort();
}

/** Duplicates by name and id, resolved through the users last read; path-carrying diagnostics. */
function checkAccounts(accounts: readonly string[], knownUsers: readonly SharedUser[]): Diagnostic[] {
  const byAccount = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of accounts) {
    const user = knownUsers.find((candidate) => names(candidate, entry));
    const key = user?.accountId ?? entry;
    const earlier = byAccount.get(key);
    if (earlier !== undefined) {
      diagnostics.push(errorDiagnostic('Duplicate account', `"${earlier}" and "${entry}" are the same account (${key}); list it once.`, ['accounts']));
    }
    byAccount.set(key, entry);
  }
  return diagnostics;
}

/** The image's shared users for plan-time help; none when they cannot be read (apply reports why). */
async function sharedUsersIfReadable(client: ImageClient, imageId: string, signal: AbortSignal): Promise<SharedUser[]> {
  try {
    return (await client.listSharedUsers(imageId, { signal })).users;
  } catch {
    return [];
  }
}

type ShareModel = { id: string | null; image_id: string; accounts: string[] | null };

/** Create and update: make the image shared with exactly the planned accounts; the state after. */
async function applyAccounts<M extends ShareModel>(ctx: ResourceContext<ImageClient>, plan: M): Promise<M> {
  const wanted = plan.accounts ?? [];
  const stateOf = (users: SharedUser[]): M => ({ ...plan, id: plan.image_id, accounts: inWrittenForm(users, wanted) });
  const users = await reconcile(ctx.client, plan.image_id, wanted, ctx.signal, { partialStateOf: stateOf });
  claimShares(ctx.client, plan.image_id, users);
  (ctx.private as SharePrivate).users = users;
  return stateOf(users);
}

interface ReconcileOptions {
  /** Delete: an image that is gone has no shares left to remove. */
  goneIsFine?: boolean;
  /** The state to save when a change fails part-way, from the shared users as they then are. */
  partialStateOf?: (users: SharedUser[]) => Record<string, unknown>;
  /** Shared users to leave shared although `wanted` does not list them. */
  keep?: (user: SharedUser) => boolean;
}

/**
 * Makes the image shared with exactly `wanted`: one listing, checks of
 * everything that can be checked without changing anything, then only the
 * shares and unshares of the difference. Returns the shared users after.
 */
async function reconcile(client: ImageClient, imageId: string, wanted: readonly string[], signal: AbortSignal, options: ReconcileOptions = {}): Promise<SharedUser[]> {
  const current = await listSharedUsers(client, imageId, signal);
  if (current === null) {
    if (options.goneIsFine) return [];
    throw new ProviderError('Image not found', { detail: `Image ${imageId} does not exist in this region.`, path: ['image_id'] });
  }
  const problems = checkAccounts(wanted, current);
  if (problems.length > 0) throw new ProviderError(problems[0]!.summary, { detail: problems[0]!.detail, path: ['accounts'] });
  const toUnshare = current.filter((user) => !wanted.some((entry) => names(user, entry)) && !options.keep?.(user));
  const toShare = wanted.filter((entry) => !current.some((user) => names(user, entry)));
  if (toShare.length > 0) await checkBeforeSharing(client, imageId, current.length - toUnshare.length + toShare.length, toShare, signal);

  const unshare = async () => {
    for (const user of toUnshare) {
      await changed(`unsharing image ${imageId} with ${user.account || user.accountId}`, () =>
        client.unshareImage(imageId, { accountId: user.accountId }, { signal }),
      );
    }
  };
  const share = async () => {
    for (const entry of toShare) {
      await changed(`sharing image ${imageId} with "${entry}"`, async () => {
        try {
          await client.shareImage(imageId, accountRequest(entry), { signal });
        } catch (error) {
          if (error instanceof CannotShareToOwnerError) {
            throw new ProviderError('Cannot share an image with its owner', { detail: `"${entry}" owns image ${imageId}; remove it from accounts.`, path: ['accounts'] });
          }
          throw error;
        }
      });
    }
  };
  try {
    // Granting before revoking keeps every account that stays listed working throughout;
    // only when the image would pass 50 accounts on the way do the removals go first.
    if (current.length + toShare.length > LIMITS.accountsPerSharedImage) {
      await unshare();
      await share();
    } else {
      await share();
      await unshare();
    }
  } catch (failure) {
    throw await partlyApplied(client, imageId, failure as ProviderError, signal, options.partialStateOf);
  }
  if (toShare.length === 0 && toUnshare.length === 0) return current;
  return (await listSharedUsers(client, imageId, signal)) ?? [];

  async function changed(action: string, call: () => Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      throw apiFailure(action, error, ['accounts'], signal, ACCOUNT_FIELDS);
    }
  }
}

/** Share and unshare request fields all come from `accounts`. */
const ACCOUNT_FIELDS: RequestFields = { account: ['accounts'], accountId: ['accounts'], ucAccount: ['accounts'] };

/**
 * What can be known before the first share: the image is Available and not
 * shared with its owner's id, the image stays within 50 accounts, and every
 * new account exists. The last is asked with an unshare of each new account:
 * the service checks that the account exists (Image.InvalidAccount) before it
 * answers that the image is not shared with it, so the probe changes nothing.
 * All unknown accounts are reported together.
 */
async function checkBeforeSharing(client: ImageClient, imageId: string, finalCount: number, toShare: readonly string[], signal: AbortSignal): Promise<void> {
  if (finalCount > LIMITS.accountsPerSharedImage) {
    throw new ProviderError('Too many accounts', {
      detail: `Image ${imageId} would be shared with ${finalCount} accounts; at most ${LIMITS.accountsPerSharedImage} are allowed. Remove some from accounts.`,
      path: ['accounts'],
    });
  }
  let image;
  try {
    ({ image } = await client.getImage(imageId, { signal }));
  } catch (error) {
    throw apiFailure(`reading image ${imageId}`, error, ['image_id'], signal);
  }
  if (image.status !== 'Available') {
    throw new ProviderError('Image not Available', { detail: `Image ${imageId} is ${image.status}; only Available images can be shared. Apply again once it is.`, path: ['image_id'] });
  }
  if (image.ownerId !== undefined && toShare.includes(image.ownerId)) {
    throw new ProviderError('Cannot share an image with its owner', { detail: `${image.ownerId} owns image ${imageId}; remove it from accounts.`, path: ['accounts'] });
  }
  const unknown: string[] = [];
  for (const entry of toShare) {
    try {
      await client.unshareImage(imageId, accountRequest(entry), { signal });
    } catch (error) {
      if (error instanceof ImageApiError && error.code === 'Image.InvalidAccount') unknown.push(entry);
      else if (!(error instanceof ImageApiError && error.code === 'Image.AccountHasNotBeenShared')) {
        throw apiFailure(`checking account "${entry}"`, error, ['accounts'], signal);
      }
    }
  }
  if (unknown.length > 0) {
    throw new ProviderError(unknown.length === 1 ? 'Unknown account' : 'Unknown accounts', {
      detail:
        `No account ${unknown.map((entry) => `"${entry}"`).join(', ')} exists; nothing was shared or unshared. ` +
        'Every entry of accounts must be an existing account name or a 32-hex-digit account id: correct or remove these.',
      path: ['accounts'],
    });
  }
}

/**
 * A share or unshare failed after others succeeded: the error, carrying the
 * state as it now is (when it can be read) so Terraform saves the accounts
 * that really are shared instead of nothing (create) or the old list (update).
 */
async function partlyApplied(
  client: ImageClient,
  imageId: string,
  failure: ProviderError,
  signal: AbortSignal,
  partialStateOf: ReconcileOptions['partialStateOf'],
): Promise<ProviderError> {
  if (!partialStateOf) return failure;
  let users: SharedUser[] | null;
  try {
    users = await listSharedUsers(client, imageId, signal);
  } catch {
    return failure;
  }
  const now = users ?? [];
  const sharedWith = now.length === 0 ? 'nobody' : now.map(describeUser).sort().join(', ');
  return new ProviderError(failure.summary, {
    detail: `${failure.detail ?? ''} Image ${imageId} is now shared with ${sharedWith}; Terraform saves that, so the next plan shows what is left to do.`.trim(),
    path: failure.path,
    cause: failure,
    partialState: partialStateOf(now),
  });
}
