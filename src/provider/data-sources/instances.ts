/** imagecloud_instances: the account's instances in the provider's region, optionally those made from one image. */
import type { Instance } from '../../api/instance-schemas';
import { defineDataSource } from '../framework';
import { attr, t } from '../runtime';
import { apiFailure } from '../errors';
import { imageIdValidator } from '../common';
import { instanceFactAttributes, instanceFacts } from './instance';

export const instancesDataSource = defineDataSource({
  name: 'imagecloud_instances',
  description: 'Lists the account\'s instances in the provider\'s region (all pages), optionally only those made or last rebuilt from `image_id`.',
  example: `data "imagecloud_instances" "fleet" {
  image_id = imagecloud_custom_image.web.id
}`,
  attributes: {
    image_id: attr.string({ optional: true, description: 'Only instances made or last rebuilt from this image.', validators: [imageIdValidator] }),
    ids: attr.list(t.string, { computed: true, description: 'Ids of the instances found, in list order.' }),
    instances: attr.list(t.object({ id: t.string, ...objectTypes() }), { computed: true, description: 'The instances found, with the attributes of the imagecloud_instance data source.' }),
  },
  async read(ctx, config) {
    const found: Instance[] = [];
    try {
      for await (const instance of ctx.client.listInstances(config.image_id !== null ? { imageId: config.image_id } : {}, { signal: ctx.signal })) found.push(instance);
    } catch (error) {
      throw apiFailure('listing instances', error, undefined, ctx.signal);
    }
    return { ...config, ids: found.map((instance) => instance.id), instances: found.map((instance) => ({ id: instance.id, ...instanceFacts(instance) })) };
  },
});

/** The element type of `instances`: each fact attribute's type. */
function objectTypes() {
  return Object.fromEntries(Object.entries(instanceFactAttributes()).map(([name, definition]) => [name, definition.type])) as {
    [K in keyof ReturnType<typeof instanceFactAttributes>]: ReturnType<typeof instanceFactAttributes>[K]['type'];
  };
}
