/** Creating, importing, reading, renaming, modifying and deleting images: the rules of docs/api.md. */
import {
  IMPORT_ARCH_ALIASES, IMPORT_EXTENSIONS_TEXT, importFormatOf, type CreateImageRequest, type ImportImageWireRequest, type ModifyImageAttributesRequest, type OsInfoResponse, type RenameImageRequest,
} from '../api/schemas';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import { customImage, pendingCreate } from './custom-image';
import { snapshotsFor, type SnapshotDisk } from './image-snapshots';
import { ownCustomImage, ownInstance, ownSnapshot, requestedKmsKey, requireQuota } from './lookup';
import type { ImageRecord, InstanceRecord, OsFacts } from './model';

const NO_OS: OsFacts = { osType: '', osVersion: '', osArch: '', osName: '', osBuild: '', osLang: '', specialVersion: '' };
export const osOf = (source: OsFacts): OsFacts => ({
  osType: source.osType, osVersion: source.osVersion, osArch: source.osArch,
  osName: source.osName, osBuild: source.osBuild, osLang: source.osLang, specialVersion: source.specialVersion,
});

/** The key the new image is encrypted with: the requested one, else (absent or `""`) the source's. */
function encryptionFor(ctx: RequestContext, requested: string | undefined, sourceKey: string): string {
  return requestedKmsKey(ctx, requested, 'encryptKey') ?? sourceKey;
}

export function createImage(ctx: RequestContext, body: CreateImageRequest): { imageId: string } {
  const description = body.description ?? '';
  let image: ImageRecord;
  if (body.instanceId !== undefined) {
    image = imageFromInstance(ctx, body, ownInstance(ctx, body.instanceId), description);
  } else if (body.snapshotId !== undefined) {
    if (body.relateCds || body.dataDiskId !== undefined) {
      throw new ApiError('InvalidParameter', `${body.relateCds ? 'relateCds' : 'dataDiskId'}: requires instanceId`);
    }
    const snapshot = ownSnapshot(ctx, body.snapshotId);
    if (snapshot.status !== 'Available') {
      throw new ApiError('Image.SnapshotStatusForbidden', `snapshotId: snapshot ${snapshot.id} is ${snapshot.status}; it must be Available`);
    }
    if (snapshot.diskKind !== 'system') {
      throw new ApiError('Image.InvalidSnapshot', `snapshotId: snapshot ${snapshot.id} is of a data disk; images are made from system-disk snapshots`);
    }
    const encryptKey = encryptionFor(ctx, body.encryptKey, snapshot.encryptKey);
    requireQuota(ctx);
    image = customImage(ctx.state, ctx.now, {
      ownerId: ctx.account.id, region: ctx.region, name: body.imageName, desc: description, ...osOf(snapshot),
      sourceKind: 'snapshot', sourceId: snapshot.id, minDiskGb: snapshot.sizeGb, diskSize: snapshot.sizeGb, encryptKey,
      supportsLocalSystemDisk: false, chargeType: snapshot.chargeType, dataDisks: [],
      pending: pendingCreate(ctx.now, ctx.delays.createDelayMs, snapshot.failImageCreation),
    });
  } else {
    throw new ApiError('InvalidParameter', 'instanceId or snapshotId: one of them is required');
  }
  ctx.state.put('image', image);
  return { imageId: image.id };
}

function imageFromInstance(ctx: RequestContext, body: CreateImageRequest, instance: InstanceRecord, desc: string): ImageRecord {
  if (instance.status !== 'Running' && instance.status !== 'Stopped') {
    throw new ApiError('Image.InstanceStatusForbidden', `instanceId: instance ${instance.id} is ${instance.status}; it must be Running or Stopped`);
  }
  if (body.dataDiskId !== undefined && body.relateCds) {
    throw new ApiError('InvalidParameter', 'dataDiskId: cannot be combined with relateCds');
  }
  if (body.relateCds && body.encryptKey) {
    // BCC reference: a full-instance image cannot be encrypted with a key of the request.
    throw new ApiError('InvalidParameter', 'encryptKey: cannot be combined with relateCds: true; a full-instance image takes no encryptKey (send "" or leave it out)');
  }
  const dataDisk = body.dataDiskId === undefined ? undefined : instance.dataDisks.find((d) => d.id === body.dataDiskId);
  if (body.dataDiskId !== undefined && !dataDisk) {
    throw new ApiError('Image.InvalidDataDisk', `dataDiskId: volume ${body.dataDiskId} is not a data disk of instance ${instance.id}`);
  }
  const encryptKey = encryptionFor(ctx, body.encryptKey, instance.encryptKey);
  requireQuota(ctx);
  const common = {
    ownerId: ctx.account.id, region: ctx.region, name: body.imageName, desc, encryptKey, chargeType: instance.chargeType,
    pending: pendingCreate(ctx.now, ctx.delays.createDelayMs, instance.failImageCreation),
  };
  if (dataDisk) {
    // A data-disk image holds user data only: no OS, no system disk needed (minDiskGb 0).
    return customImage(ctx.state, ctx.now, {
      ...common, ...NO_OS, sourceKind: 'dataDisk', sourceId: dataDisk.id, minDiskGb: 0, diskSize: dataDisk.sizeGb,
      supportsLocalSystemDisk: true, dataDisks: [], chargeType: 'Free',
    });
  }
  const full = body.relateCds === true;
  const dataDisks = full ? instance.dataDisks.map((d) => ({ sizeGb: d.sizeGb })) : [];
  const image = customImage(ctx.state, ctx.now, {
    ...common, ...osOf(instance), sourceKind: full ? 'fullInstance' : 'instance', sourceId: instance.id,
    minDiskGb: instance.systemDisk.sizeGb,
    diskSize: instance.systemDisk.sizeGb + dataDisks.reduce((sum, d) => sum + d.sizeGb, 0),
    supportsLocalSystemDisk: instance.systemDisk.type !== 'cds', dataDisks,
  });
  if (!full) return image;
  // Snapshots are of CDS disks: a local system disk has none; data disks are CDS volumes.
  const disks: SnapshotDisk[] = [
    ...(instance.systemDisk.type === 'cds' ? [{ diskKind: 'system' as const, sizeGb: instance.systemDisk.sizeGb }] : []),
    ...instance.dataDisks.map((d) => ({ diskKind: 'data' as const, sizeGb: d.sizeGb })),
  ];
  return { ...image, snapshots: snapshotsFor(ctx.state, image, disks) };
}

/** The architecture an import's osArch names: the official SDK's "32" and "64" are i386 and x86_64. */
function importedArch(osArch: ImportImageWireRequest['osArch']): string {
  return osArch === '32' || osArch === '64' ? IMPORT_ARCH_ALIASES[osArch] : osArch;
}

/** Size the emulator assumes for an imported file: it never reads the bucket. */
const IMPORTED_DISK_GB = 40;

export function importImage(ctx: RequestContext, body: ImportImageWireRequest): { id: string } {
  const format = body.format ?? importFormatOf(body.bosUrl);
  if (!format) {
    throw new ApiError('InvalidParameter', `format: is required when bosUrl has no ${IMPORT_EXTENSIONS_TEXT} extension`);
  }
  const encryptKey = encryptionFor(ctx, body.encryptKey, '');
  requireQuota(ctx);
  const dataImage = body.imageKind === 'data';
  const image = customImage(ctx.state, ctx.now, {
    ownerId: ctx.account.id, region: ctx.region, name: body.name, desc: body.description ?? '',
    osType: body.osType, osVersion: body.osVersion, osArch: importedArch(body.osArch), osName: body.osName, osBuild: body.osVersion, osLang: 'ENG',
    specialVersion: '',
    sourceKind: 'import', sourceId: body.bosUrl, minDiskGb: dataImage ? 0 : IMPORTED_DISK_GB, diskSize: IMPORTED_DISK_GB,
    encryptKey, supportsLocalSystemDisk: true, chargeType: 'Free', dataDisks: [],
    pending: pendingCreate(ctx.now, ctx.delays.createDelayMs),
  });
  ctx.state.put('image', image);
  return { id: image.id };
}

export function renameImage(ctx: RequestContext, body: RenameImageRequest): void {
  const image = ownCustomImage(ctx, body.imageId, 'AccessDenied', 'rename');
  ctx.state.put('image', { ...image, name: body.name });
}

export function modifyImageAttributes(ctx: RequestContext, imageId: string, body: ModifyImageAttributesRequest): void {
  const image = ownCustomImage(ctx, imageId, 'AccessDenied', 'modify');
  const minMemoryMb = body.minMemoryMb ?? image.minMemoryMb;
  const maxMemoryMb = body.maxMemoryMb ?? image.maxMemoryMb;
  if (maxMemoryMb > 0 && minMemoryMb > maxMemoryMb) {
    throw new ApiError('InvalidParameter', `minMemoryMb: ${minMemoryMb} exceeds maxMemoryMb ${maxMemoryMb} (0 means no maximum)`);
  }
  ctx.state.put('image', {
    ...image,
    name: body.name ?? image.name,
    desc: body.description ?? image.desc,
    minMemoryMb,
    maxMemoryMb,
    nicMultiQueue: body.nicMultiQueue ?? image.nicMultiQueue,
    sriov: body.sriov ?? image.sriov,
  });
}

export function deleteImage(ctx: RequestContext, imageId: string): void {
  const image = ownCustomImage(ctx, imageId, 'Image.UnCustomImageCannotBeDeleted', 'delete');
  if (image.status === 'Creating') {
    throw new ApiError('Image.CreatingImageCannotBeDeleted', `image ${imageId} is being ${image.pending?.kind === 'copy' ? 'copied' : 'created'}; it cannot be deleted now`);
  }
  if (image.sharedWith.length > 0) {
    throw new ApiError('Image.ImageHasBeenSharedToOthers', `image ${imageId} is shared with ${image.sharedWith.length} account(s); unshare it first`);
  }
  const busy = busyWith(ctx, imageId);
  if (busy) throw new ApiError('Image.ImageStatusForbidden', `image ${imageId} is the source of ${busy} in progress; it cannot be deleted now`);
  ctx.state.del('image', imageId);
}

/** A copy or an export reading the image right now, described; undefined when none. */
function busyWith(ctx: RequestContext, imageId: string): string | undefined {
  for (const id of ctx.state.pendingImageIds) {
    const copy = ctx.state.get('image', id);
    if (copy?.copySource?.imageId === imageId) return `a copy to ${copy.region} (${copy.id})`;
  }
  for (const id of ctx.state.runningTaskIds) {
    const task = ctx.state.get('task', id);
    if (task?.imageId === imageId) return `export task ${task.taskId}`;
  }
  return undefined;
}

export function osInfo(ctx: RequestContext, instanceIds: readonly string[]): OsInfoResponse {
  return {
    osInfo: instanceIds.map((id) => {
      const instance = ownInstance(ctx, id);
      return {
        instanceId: instance.id, osType: instance.osType, osVersion: instance.osVersion,
        osArch: instance.osArch, osName: instance.osName, osLang: instance.osLang, specialVersion: instance.specialVersion,
      };
    }),
  };
}
