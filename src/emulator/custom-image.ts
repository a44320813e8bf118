/** Building a new custom image record: the fields every way of making one shares. */
import type { Region } from '../api/schemas';
import { apiTime, randomId } from './ids';
import type { ImageRecord, OsFacts, PendingTransition, SourceKind } from './model';
import type { State } from './state';

export interface NewCustomImage extends OsFacts {
  ownerId: string;
  region: Region;
  name: string;
  desc: string;
  sourceKind: SourceKind;
  sourceId: string;
  minDiskGb: number;
  diskSize: number;
  encryptKey: string;
  supportsLocalSystemDisk: boolean;
  chargeType: string;
  dataDisks: { sizeGb: number }[];
  pending: PendingTransition;
}

/** A fresh image id not used by any image yet. */
export function newImageId(state: State): string {
  for (;;) {
    const id = randomId('m');
    if (!state.get('image', id)) return id;
  }
}

export function customImage(state: State, now: number, fields: NewCustomImage, extra: Partial<ImageRecord> = {}): ImageRecord {
  return {
    id: newImageId(state),
    type: 'Custom',
    status: 'Creating',
    createTime: apiTime(now),
    package: false,
    minMemoryMb: 0,
    maxMemoryMb: 0,
    nicMultiQueue: true,
    sriov: false,
    tags: [],
    snapshots: [],
    failReason: '',
    sharedWith: [],
    ...fields,
    ...extra,
  };
}

export function pendingCreate(now: number, delayMs: number, failReason = ''): PendingTransition {
  return { kind: 'create', startMs: now, dueMs: now + delayMs, failReason };
}
