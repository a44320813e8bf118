/** imagecloud_images: every image matching the filters, across the image types. */
import { defineDataSource } from '../framework';
import { Unknown, attr, errorDiagnostic, oneOf, t } from '../runtime';
import { apiFailure } from '../errors';
import { IMAGE_TYPE_CHOICES, imageTypeFilter, tagMap } from '../common';

const imageObject = t.object({
  id: t.string,
  name: t.string,
  description: t.string,
  type: t.string,
  status: t.string,
  os_type: t.string,
  os_name: t.string,
  os_version: t.string,
  os_arch: t.string,
  size_gb: t.number,
  encrypted: t.bool,
  create_time: t.string,
  tags: t.map(t.string),
});

export const imagesDataSource = defineDataSource({
  name: 'imagecloud_images',
  description: 'Lists the images visible to the account in the provider\'s region, filtered by kind, exact name and tag, ordered by id.',
  example: `data "imagecloud_images" "team" {
  image_type = "custom"
  tag_key    = "team"
  tag_value  = "web"
}`,
  attributes: {
    image_type: attr.string({
      optional: true,
      description: 'Kind of images: one of `public`, `custom`, `shared`, `integration`, `market`; all kinds when left out.',
      validators: [oneOf(...IMAGE_TYPE_CHOICES)],
    }),
    name: attr.string({ optional: true, description: 'Exact image name.' }),
    tag_key: attr.string({ optional: true, description: 'Only images with this tag.' }),
    tag_value: attr.string({ optional: true, description: 'With `tag_key`: only images whose tag has this value.' }),
    ids: attr.list(t.string, { computed: true, description: 'Ids of the images found, in order.' }),
    images: attr.list(imageObject, { computed: true, description: 'The images found, in order.' }),
  },

  validate(config) {
    // The API filters by tag value only together with a key; alone it would be ignored and every image listed.
    if (config.tag_value !== null && config.tag_value !== Unknown && config.tag_key === null) {
      return [errorDiagnostic('Missing tag_key', 'tag_value filters by the value of the tag named in tag_key: set tag_key too, or remove tag_value.', ['tag_value'])];
    }
    return undefined;
  },

  async read(ctx, config) {
    const filter = {
      imageType: imageTypeFilter(config.image_type),
      ...(config.name !== null ? { imageName: config.name } : {}),
      ...(config.tag_key !== null ? { tagKey: config.tag_key } : {}),
      ...(config.tag_value !== null ? { tagValue: config.tag_value } : {}),
    };
    const images = [];
    try {
      for await (const image of ctx.client.listImages(filter, { signal: ctx.signal })) {
        images.push({
          id: image.id,
          name: image.name,
          description: image.desc,
          type: image.type,
          status: image.status,
          os_type: image.osType,
          os_name: image.osName,
          os_version: image.osVersion,
          os_arch: image.osArch,
          size_gb: image.diskSize,
          encrypted: image.encrypted,
          create_time: image.createTime,
          tags: tagMap(image.tags),
        });
      }
    } catch (error) {
      throw apiFailure('listing images', error, undefined, ctx.signal);
    }
    return { ...config, ids: images.map((image) => image.id), images };
  },
});
