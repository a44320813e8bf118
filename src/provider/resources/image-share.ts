/**
 * imagecloud_image_share: the complete set of accounts an image is shared
 * with. Authoritative: apply shares and unshares exactly the difference, and
 * read reports the real shared users, so shares made or removed elsewhere
 * show up as drift.
 */
import { LIMITS, type SharedUser } from '../../api/schemas';
import { CannotShareToOwnerError } from '../../client/errors';
import type { ImageClient } from '../../client';
import { defineResource } from '../framework';
import { ProviderError, Unknown, attr, errorDiagnostic, requiresReplace, t, useStateForUnknown, type Diagnostic, type Validator } from '../runtime';
import { apiFailure, orNullWhenGone } from '../errors';
import { imageIdValidator } from '../common';
import { readImage } from '../image-reads';

const ACCOUNT_ID = /^[0-9a-f]{32}$/;

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
    'Shares a custom image with other accounts of the same region. This resource owns the image\'s complete list of accounts: ' +
    'apply adds and removes exactly the difference, and a refresh reads the real shared users, so accounts added or removed ' +
    'outside Terraform appear in the plan. Destroying it stops sharing the image with everyone.\n\n' +
    'Accounts are written by name or by id; Terraform keeps each in the form you wrote. An account cannot be listed twice ' +
    '(once by name and once by id) and the image\'s owner cannot be listed; both are reported at plan time when the ' +
    'provider can tell. After `terraform import`, accounts read back by name.',
  example: `resource "imagecloud_image_share" "web" {
  image_id = imagecloud_custom_image.web.id
  accounts = ["alice", "b0000000000000000000000000000003"]
}`,
  importExample: 'terraform import imagecloud_image_share.web m-AbCd1234',
  attributes,

  async modifyPlan(ctx, { config, planned }) {
    if (planned.image_id === Unknown || config.accounts === Unknown || config.accounts === null) return undefined;
    // Elements may still be unknown (computed elsewhere in the same apply); check the known ones.
    const accounts = (config.accounts as unknown[]).filter((account): account is string => typeof account === 'string');
    const diagnostics = checkAccounts(accounts, (ctx.private as SharePrivate).users ?? []);
    const owner = await ownerOf(ctx.client, planned.image_id, ctx.signal);
    if (owner !== undefined && accounts.includes(owner)) {
      diagnostics.push(errorDiagnostic('Cannot share an image with its owner', `${owner} owns image ${planned.image_id}; remove it from accounts.`, ['accounts']));
    }
    if (diagnostics.length > 0) throw new ProviderError(diagnostics[0]!.summary, { detail: diagnostics[0]!.detail, path: diagnostics[0]!.path });
    return undefined;
  },

  async create(ctx, plan) {
    const users = await reconcile(ctx.client, plan.image_id, plan.accounts ?? [], ctx.signal);
    (ctx.private as SharePrivate).users = users;
    return { ...plan, id: plan.image_id, accounts: inWrittenForm(users, plan.accounts ?? []) };
  },

  async read(ctx, state) {
    const found = await orNullWhenGone(() => ctx.client.listSharedUsers(state.image_id, { signal: ctx.signal }));
    if (found === null) return null;
    (ctx.private as SharePrivate).users = found.users;
    return { ...state, id: state.image_id, accounts: inWrittenForm(found.users, state.accounts ?? []) };
  },

  async update(ctx, plan) {
    const users = await reconcile(ctx.client, plan.image_id, plan.accounts ?? [], ctx.signal);
    (ctx.private as SharePrivate).users = users;
    return { ...plan, id: plan.image_id, accounts: inWrittenForm(users, plan.accounts ?? []) };
  },

  async delete(ctx, state) {
    await reconcile(ctx.client, state.image_id, [], ctx.signal, true);
  },

  importState: (_ctx, id) => ({ id, image_id: id, accounts: [] }),
});

/** Does `written` (a name or an id) name this user? */
function names(user: SharedUser, written: string): boolean {
  return ACCOUNT_ID.test(written) ? user.accountId === written : user.account === written;
}

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

/** The image owner's account id, when the image is readable (ownerId is shown to the owner only). */
async function ownerOf(client: ImageClient, imageId: string, signal: AbortSignal): Promise<string | undefined> {
  try {
    return (await readImage(client, imageId, signal))?.ownerId;
  } catch {
    // Plan-time help only: apply reports the real error.
    return undefined;
  }
}

/**
 * Makes the image shared with exactly `wanted`: one listing, then only the
 * shares and unshares of the difference. Returns the shared users after.
 */
async function reconcile(client: ImageClient, imageId: string, wanted: readonly string[], signal: AbortSignal, goneIsFine = false): Promise<SharedUser[]> {
  let current: SharedUser[];
  try {
    const listed = await orNullWhenGone(() => client.listSharedUsers(imageId, { signal }));
    if (listed === null) {
      if (goneIsFine) return [];
      throw new ProviderError('Image not found', { detail: `Image ${imageId} does not exist in this region.`, path: ['image_id'] });
    }
    current = listed.users;
  } catch (error) {
    throw apiFailure(`reading the accounts image ${imageId} is shared with`, error, ['image_id'], signal);
  }
  const problems = checkAccounts(wanted, current);
  if (problems.length > 0) throw new ProviderError(problems[0]!.summary, { detail: problems[0]!.detail, path: ['accounts'] });
  const toUnshare = current.filter((user) => !wanted.some((entry) => names(user, entry)));
  const toShare = wanted.filter((entry) => !current.some((user) => names(user, entry)));
  for (const user of toUnshare) {
    try {
      await client.unshareImage(imageId, { accountId: user.accountId }, { signal });
    } catch (error) {
      throw apiFailure(`unsharing image ${imageId} with ${user.account}`, error, ['accounts'], signal);
    }
  }
  for (const entry of toShare) {
    try {
      await client.shareImage(imageId, ACCOUNT_ID.test(entry) ? { accountId: entry } : { account: entry }, { signal });
    } catch (error) {
      if (error instanceof CannotShareToOwnerError) {
        throw new ProviderError('Cannot share an image with its owner', { detail: `"${entry}" owns image ${imageId}; remove it from accounts.`, path: ['accounts'] });
      }
      throw apiFailure(`sharing image ${imageId} with "${entry}"`, error, ['accounts'], signal);
    }
  }
  if (toShare.length === 0 && toUnshare.length === 0) return current;
  try {
    return (await client.listSharedUsers(imageId, { signal })).users;
  } catch (error) {
    throw apiFailure(`reading the accounts image ${imageId} is shared with`, error, ['image_id'], signal);
  }
}
