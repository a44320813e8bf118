/**
 * The snapshots made for full-instance images (`relateCds: true`): one per
 * CDS disk of the instance (local disks have no snapshots), the system disk
 * first. They live inside the image record, are removed with it, and are the
 * image's "related resources" that tag binding with attachRelatedResourceTag
 * reaches. A copy or replica of such an image gets snapshots of its own.
 */
import { LIMITS, type ImageSnapshot, type ImageStatus, type Tag } from '../api/schemas';
import { ApiError } from './api-error';
import { randomId } from './ids';
import type { ImageRecord, ImageSnapshotRecord } from './model';
import type { State } from './state';

export interface SnapshotDisk {
  diskKind: 'system' | 'data';
  sizeGb: number;
  /** Tags the new snapshot starts with (a copy takes its source snapshot's). */
  tags?: Tag[];
}

/** Snapshots for `image`'s disks, with fresh ids, dated with the image. */
export function snapshotsFor(state: State, image: ImageRecord, disks: readonly SnapshotDisk[]): ImageSnapshotRecord[] {
  const taken = new Set<string>();
  let dataDiskNumber = 0;
  return disks.map((disk) => {
    let id: string;
    do id = randomId('s');
    while (taken.has(id) || state.get('snapshot', id));
    taken.add(id);
    const diskName = disk.diskKind === 'system' ? 'system' : `data${++dataDiskNumber}`;
    return {
      id, name: `${image.id}-${diskName}`, diskKind: disk.diskKind, sizeGb: disk.sizeGb, createTime: image.createTime,
      desc: `${disk.diskKind} disk snapshot made for image ${image.id}`, tags: (disk.tags ?? []).map((t) => ({ ...t })),
    };
  });
}

/** The disks of a source image's snapshots, for a copy or replica to get its own. */
export const disksOf = (source: ImageRecord): SnapshotDisk[] =>
  source.snapshots.map((s) => ({ diskKind: s.diskKind, sizeGb: s.sizeGb, tags: s.tags }));

/** A snapshot's status follows its image's (in the snapshot model's spelling). */
const SNAPSHOT_STATUS: Record<ImageStatus, ImageSnapshot['status']> = {
  Creating: 'Creating', Available: 'Available', CreateFailed: 'CreatedFailed', NotAvailable: 'NotAvailable', Error: 'NotAvailable',
};

export function snapshotViews(image: ImageRecord): ImageSnapshot[] {
  return image.snapshots.map((s) => ({
    id: s.id, name: s.name, sizeInGB: s.sizeGb, createTime: s.createTime, status: SNAPSHOT_STATUS[image.status], desc: s.desc,
    encrypted: image.encryptKey !== '', diskKind: s.diskKind, tags: s.tags.map((t) => ({ ...t })),
  }));
}

/** The tags of `current` with `bound` bound (an existing key takes the new value); 400 past the per-resource limit. */
export function withTagsBound(current: readonly Tag[], bound: readonly Tag[], resource: string): Tag[] {
  const tags = new Map(current.map((t) => [t.tagKey, t.tagValue]));
  for (const t of bound) tags.set(t.tagKey, t.tagValue);
  if (tags.size > LIMITS.tagsPerImage) {
    throw new ApiError('Image.TagLimitExceeded', `changeTags: ${resource} would have ${tags.size} tags; at most ${LIMITS.tagsPerImage} are allowed`);
  }
  return [...tags].map(([tagKey, tagValue]) => ({ tagKey, tagValue }));
}

/** The tags of `current` but those whose key and value both match one of `unbound`. */
export function withTagsUnbound(current: readonly Tag[], unbound: readonly Tag[]): Tag[] {
  const remove = new Set(unbound.map((t) => `${t.tagKey}\u0000${t.tagValue}`));
  return current.filter((t) => !remove.has(`${t.tagKey}\u0000${t.tagValue}`));
}
