/** imagecloud_image: one image, by id or by filters (the most recent match when asked). */
import type { Image } from '../../api/schemas';
import { defineDataSource } from '../framework';
import { ProviderError, attr, errorDiagnostic, oneOf, t, Unknown } from '../runtime';
import { apiFailure } from '../errors';
import { IMAGE_TYPE_CHOICES, imageTypeFilter, imageIdValidator, imageFactAttributes, imageFacts, tagMap } from '../common';
import { readImage } from '../image-reads';

export const imageDataSource = defineDataSource({
  name: 'imagecloud_image',
  description:
    'Looks up one image visible to the account in the provider\'s region: by `id`, or by `name`, `os_name` and `image_type`. ' +
    'Several matches are an error unless `most_recent = true`, which picks the newest.',
  example: `data "imagecloud_image" "centos" {
  image_type  = "public"
  os_name     = "CentOS"
  most_recent = true
}`,
  attributes: {
    id: attr.string({ optional: true, computed: true, description: 'Image id to look up; or the id of the image found by the filters.', validators: [imageIdValidator] }),
    name: attr.string({ optional: true, computed: true, description: 'Exact image name to match; or the name of the image found.' }),
    image_type: attr.string({
      optional: true,
      description: 'Kind of image to search: one of `public`, `custom`, `shared`, `integration`, `market`; all kinds when left out.',
      validators: [oneOf(...IMAGE_TYPE_CHOICES)],
    }),
    most_recent: attr.bool({ default: false, description: 'When several images match, take the most recently created instead of failing.' }),
    description: attr.string({ computed: true, description: 'The image\'s description.' }),
    tags: attr.map(t.string, { computed: true, description: 'The image\'s tags.' }),
    ...imageFactAttributes(false),
    os_name: attr.string({ optional: true, computed: true, description: 'Operating system name to match, e.g. `CentOS`; or that of the image found.' }),
  },

  validate(config) {
    // Only known values conflict: an unknown one may yet be null, and Terraform validates again once it is known.
    const filters = [config.name, config.os_name, config.image_type].some((value) => value !== null && value !== Unknown);
    if (config.id !== null && config.id !== Unknown && filters) {
      return [errorDiagnostic('Conflicting arguments', 'Look an image up by id, or by name, os_name and image_type, not both.', ['id'])];
    }
    return undefined;
  },

  async read(ctx, config) {
    let image: Image;
    try {
      if (config.id !== null) {
        // A missing image is read once more directly, for the server's own error (code and request id).
        image = (await readImage(ctx.client, config.id, ctx.signal)) ?? (await ctx.client.getImage(config.id, { signal: ctx.signal })).image;
      } else {
        const matches: Image[] = [];
        const filter = { imageType: imageTypeFilter(config.image_type), ...(config.name !== null ? { imageName: config.name } : {}) };
        for await (const candidate of ctx.client.listImages(filter, { signal: ctx.signal })) {
          if (config.os_name === null || candidate.osName === config.os_name) matches.push(candidate);
        }
        if (matches.length === 0) throw new ProviderError('No matching image', { detail: 'No image in this region matches the filters.' });
        if (matches.length > 1 && !config.most_recent) {
          throw new ProviderError('Several images match', {
            detail: `${matches.length} images match (${matches.slice(0, 5).map((m) => m.id).join(', ')}${matches.length > 5 ? ', ...' : ''}); narrow the filters or set most_recent = true.`,
          });
        }
        image = matches.reduce((newest, candidate) => (candidate.createTime > newest.createTime ? candidate : newest));
      }
    } catch (error) {
      throw apiFailure('looking up the image', error, config.id !== null ? ['id'] : undefined, ctx.signal);
    }
    return { ...config, id: image.id, name: image.name, description: image.desc, tags: tagMap(image.tags), most_recent: config.most_recent ?? false, ...imageFacts(image) };
  },
});
