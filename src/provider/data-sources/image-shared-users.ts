/** imagecloud_image_shared_users: the accounts a custom image is shared with (owner only). */
import { defineDataSource } from '../framework';
import { attr, t } from '../runtime';
import { apiFailure } from '../errors';
import { imageIdValidator } from '../common';

export const imageSharedUsersDataSource = defineDataSource({
  name: 'imagecloud_image_shared_users',
  description: 'The accounts one of your custom images is shared with, however the shares were made.',
  example: `data "imagecloud_image_shared_users" "web" {
  image_id = imagecloud_custom_image.web.id
}`,
  attributes: {
    image_id: attr.string({ required: true, description: 'A custom image of this account.', validators: [imageIdValidator] }),
    account_ids: attr.list(t.string, { computed: true, description: 'Account ids, sorted.' }),
    users: attr.list(t.object({ account_id: t.string, account: t.string, uc_account: t.string }), {
      computed: true,
      description: 'Each account: `account_id`, `account` (login name) and `uc_account` (cloud account name), sorted by id.',
    }),
  },

  async read(ctx, config) {
    try {
      const { users } = await ctx.client.listSharedUsers(config.image_id, { signal: ctx.signal });
      const sorted = [...users].sort((a, b) => a.accountId.localeCompare(b.accountId));
      return {
        ...config,
        account_ids: sorted.map((user) => user.accountId),
        users: sorted.map((user) => ({ account_id: user.accountId, account: user.account, uc_account: user.ucAccount })),
      };
    } catch (error) {
      throw apiFailure(`reading the accounts image ${config.image_id} is shared with`, error, ['image_id'], ctx.signal);
    }
  },
});
