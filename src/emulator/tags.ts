/**
 * Binding and unbinding tags on custom images (IMS limits: 10 per image). With
 * attachRelatedResourceTag the same change applies to the image's snapshots
 * (image-snapshots.ts), each held to the same limit.
 */
import type { TagsRequest } from '../api/schemas';
import type { RequestContext } from './context';
import { withTagsBound, withTagsUnbound } from './image-snapshots';
import { ownCustomImage } from './lookup';

export function bindTags(ctx: RequestContext, imageId: string, body: TagsRequest): void {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'tag');
  const tags = withTagsBound(image.tags, body.changeTags, `image ${imageId}`);
  const snapshots = body.attachRelatedResourceTag
    ? image.snapshots.map((s) => ({ ...s, tags: withTagsBound(s.tags, body.changeTags, `snapshot ${s.id} of image ${imageId}`) }))
    : image.snapshots;
  ctx.state.put('image', { ...image, tags, snapshots });
}

/** Removes the tags whose key and value both match; absent ones are a no-op. */
export function unbindTags(ctx: RequestContext, imageId: string, body: TagsRequest): void {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'untag');
  const tags = withTagsUnbound(image.tags, body.changeTags);
  const snapshots = body.attachRelatedResourceTag
    ? image.snapshots.map((s) => ({ ...s, tags: withTagsUnbound(s.tags, body.changeTags) }))
    : image.snapshots;
  const changed = tags.length !== image.tags.length || snapshots.some((s, i) => s.tags.length !== image.snapshots[i]!.tags.length);
  if (!changed) return;
  ctx.state.put('image', { ...image, tags, snapshots });
}
