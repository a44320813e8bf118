/**
 * How a caller sees a stored image: recipients see someone else's custom image
 * as `Sharing` and never its owner; progress is computed from the clock. The
 * JSON of settled images is cached per image version and perspective, which
 * keeps get and list cheap (the list answer is a join of cached strings).
 */
import type { Image, ImageType } from '../api/schemas';
import { snapshotViews } from './image-snapshots';
import type { ImageRecord } from './model';
import type { State } from './state';

export function isVisibleTo(image: ImageRecord, accountId: string): boolean {
  return image.ownerId === '' || image.ownerId === accountId || image.sharedWith.includes(accountId);
}

/**
 * A data-disk image holds user data and no system disk: made from a data disk
 * (no OS fields) or imported with `imageKind: data` (minDiskGb 0). It cannot
 * boot an instance.
 */
export function isDataDiskImage(image: ImageRecord): boolean {
  return image.osType === '' || image.minDiskGb === 0;
}

export function typeSeenBy(image: ImageRecord, accountId: string): ImageType {
  return image.type === 'Custom' && image.ownerId !== accountId ? 'Sharing' : image.type;
}

function progressOf(image: ImageRecord, now: number): number {
  if (image.status === 'Available') return 100;
  const pending = image.pending;
  if (!pending) return 0;
  const span = pending.dueMs - pending.startMs;
  return span <= 0 ? 99 : Math.min(99, Math.floor(((now - pending.startMs) / span) * 100));
}

export function imageView(image: ImageRecord, accountId: string, now: number): Image {
  const own = image.ownerId !== '' && image.ownerId === accountId;
  // A recipient of a shared image sees what it can launch, not the owner's internals
  // (the owner's KMS key id, instance id or bucket, copy origin, and the snapshots in
  // the owner's account, with their ids and tags): docs/api.md "Owner-only fields".
  // The disk layout stays visible in dataDisks.
  const ownerOnly = image.ownerId !== '' && !own;
  return {
    id: image.id,
    name: image.name,
    type: typeSeenBy(image, accountId),
    osType: image.osType,
    osVersion: image.osVersion,
    osArch: image.osArch,
    osName: image.osName,
    osBuild: image.osBuild,
    osLang: image.osLang,
    specialVersion: image.specialVersion,
    status: image.status,
    createTime: image.createTime,
    desc: image.desc,
    minDiskGb: image.minDiskGb,
    diskSize: image.diskSize,
    encrypted: image.encryptKey !== '',
    package: image.package,
    snapshots: ownerOnly ? [] : snapshotViews(image),
    region: image.region,
    ...(own ? { ownerId: image.ownerId } : {}),
    sourceKind: image.sourceKind,
    sourceId: ownerOnly ? '' : image.sourceId,
    encryptKey: ownerOnly ? '' : image.encryptKey,
    minMemoryMb: image.minMemoryMb,
    maxMemoryMb: image.maxMemoryMb,
    nicMultiQueue: image.nicMultiQueue,
    sriov: image.sriov,
    supportsLocalSystemDisk: image.supportsLocalSystemDisk,
    chargeType: image.chargeType,
    tags: image.tags.map((t) => ({ ...t })),
    dataDisks: image.dataDisks.map((d) => ({ ...d })),
    copying: image.pending?.kind === 'copy',
    progress: progressOf(image, now),
    ...(image.copySource && !ownerOnly ? { copySource: { ...image.copySource } } : {}),
    failReason: image.failReason,
  };
}

interface CachedJson {
  version: number;
  owner?: string;
  other?: string;
}

export class ImageJsonCache {
  /** Keyed by record, so entries of deleted images go with them. */
  private readonly entries = new WeakMap<ImageRecord, CachedJson>();

  constructor(private readonly state: State) {}

  json(image: ImageRecord, accountId: string, now: number): string {
    if (image.pending) return JSON.stringify(imageView(image, accountId, now));
    const version = this.state.imageVersion(image.id);
    let entry = this.entries.get(image);
    if (!entry || entry.version !== version) this.entries.set(image, (entry = { version }));
    const perspective = image.ownerId !== '' && image.ownerId === accountId ? 'owner' : 'other';
    return (entry[perspective] ??= JSON.stringify(imageView(image, accountId, now)));
  }
}
