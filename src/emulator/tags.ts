/** Binding and unbinding tags on custom images (IMS limits: 10 per image). */
import { LIMITS, type TagsRequest } from '../api/schemas';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import { ownCustomImage } from './lookup';

export function bindTags(ctx: RequestContext, imageId: string, body: TagsRequest): void {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'tag');
  const tags = new Map(image.tags.map((t) => [t.tagKey, t.tagValue]));
  for (const t of body.changeTags) tags.set(t.tagKey, t.tagValue);
  if (tags.size > LIMITS.tagsPerImage) {
    throw new ApiError('Image.TagLimitExceeded', `changeTags: image ${imageId} would have ${tags.size} tags; at most ${LIMITS.tagsPerImage} are allowed`);
  }
  ctx.state.put('image', { ...image, tags: [...tags].map(([tagKey, tagValue]) => ({ tagKey, tagValue })) });
}

/** Removes the tags whose key and value both match; absent ones are a no-op. */
export function unbindTags(ctx: RequestContext, imageId: string, body: TagsRequest): void {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'untag');
  const remove = new Set(body.changeTags.map((t) => `${t.tagKey}\u0000${t.tagValue}`));
  const kept = image.tags.filter((t) => !remove.has(`${t.tagKey}\u0000${t.tagValue}`));
  if (kept.length === image.tags.length) return;
  ctx.state.put('image', { ...image, tags: kept });
}
