/** Cross-region copy, its cancellation, and in-region replication (encrypted <-> unencrypted). */
import type { Region, RemoteCopyRequest, RemoteCopyResult, ReplicateImageRequest } from '../api/schemas';
import { ApiError } from './api-error';
import type { ErrorCode } from '../api/errors';
import type { RequestContext } from './context';
import { customImage, pendingCreate, type NewCustomImage } from './custom-image';
import { disksOf, snapshotsFor } from './image-snapshots';
import { findKmsKey, ownCustomImage, quotaProblem, requestedKmsKey, requireQuota } from './lookup';
import type { ImageRecord } from './model';

/** The fields a copy or replica takes over from its source (no shares, no id, no status). */
function inherited(source: ImageRecord): Omit<NewCustomImage, 'region' | 'name' | 'sourceKind' | 'sourceId' | 'encryptKey' | 'pending'> {
  return {
    ownerId: source.ownerId, desc: source.desc, osType: source.osType, osVersion: source.osVersion, osArch: source.osArch,
    osName: source.osName, osBuild: source.osBuild, osLang: source.osLang, specialVersion: source.specialVersion, minDiskGb: source.minDiskGb,
    diskSize: source.diskSize, supportsLocalSystemDisk: source.supportsLocalSystemDisk, chargeType: source.chargeType,
    dataDisks: source.dataDisks.map((d) => ({ ...d })),
  };
}

function attributesOf(source: ImageRecord): Partial<ImageRecord> {
  return {
    minMemoryMb: source.minMemoryMb, maxMemoryMb: source.maxMemoryMb, nicMultiQueue: source.nicMultiQueue,
    sriov: source.sriov,
  };
}

function copyableImage(ctx: RequestContext, imageId: string): ImageRecord {
  const image = ownCustomImage(ctx, imageId, 'Image.ImageNotSupportCopy', 'copy');
  if (image.status !== 'Available') {
    throw new ApiError('Image.ImageStatusForbidden', `image ${imageId} is ${image.status}; only Available images can be copied`);
  }
  return image;
}

export function remoteCopyImage(ctx: RequestContext, imageId: string, body: RemoteCopyRequest): { result: RemoteCopyResult[] } {
  const source = copyableImage(ctx, imageId);
  const keys = body.encryptKeys ?? {};
  for (const region of Object.keys(keys)) {
    if (!body.destRegion.includes(region as Region)) {
      throw new ApiError('InvalidParameter', `encryptKeys.${region}: is not one of the destination regions ${body.destRegion.join(', ')}`);
    }
  }
  const result = body.destRegion.map((region): RemoteCopyResult => {
    const failed = (code: ErrorCode, errMsg: string): RemoteCopyResult => ({ region, imageId: '', errMsg, code });
    if (region === ctx.region) return failed('Image.RegionNotSupportCopy', `${region}: an image cannot be copied to its own region`);
    // `""` asks for no key, as an absent entry does.
    const key = keys[region] === '' ? undefined : keys[region];
    if (source.encryptKey !== '' && key === undefined) {
      return failed('Image.EncryptKeyRequired', `encryptKeys.${region}: the image is encrypted and KMS keys are regional; name a key of ${region}`);
    }
    if (key !== undefined && !findKmsKey(ctx, key, region)) {
      return failed('Image.InvalidEncryptKey', `encryptKeys.${region}: KMS key ${key} does not exist in region ${region}`);
    }
    const quota = quotaProblem(ctx, region);
    if (quota) return failed('Image.ImageQuotaExceedLimit', quota);
    const copy = customImage(
      ctx.state,
      ctx.now,
      {
        ...inherited(source), region, name: body.name ?? source.name, sourceKind: 'copy', sourceId: source.id,
        encryptKey: key ?? '',
        pending: { kind: 'copy', startMs: ctx.now, dueMs: ctx.now + ctx.delays.copyDelayMs, failReason: '' },
      },
      { ...attributesOf(source), tags: source.tags.map((t) => ({ ...t })), copySource: { region: ctx.region, imageId: source.id } },
    );
    ctx.state.put('image', { ...copy, snapshots: snapshotsFor(ctx.state, copy, disksOf(source)) });
    return { region, imageId: copy.id, errMsg: '', code: '' };
  });
  return { result };
}

export function cancelRemoteCopy(ctx: RequestContext, imageId: string): void {
  const image = ownCustomImage(ctx, imageId, 'Image.ImageStatusForbidden', 'cancel the copy of');
  if (image.pending?.kind !== 'copy') {
    throw new ApiError('Image.ImageStatusForbidden', `image ${imageId} is not being copied (status ${image.status}); send cancelRemoteCopy to the destination image id in its region`);
  }
  ctx.state.del('image', imageId);
}

export function replicateImage(ctx: RequestContext, imageId: string, body: ReplicateImageRequest): { imageId: string } {
  const source = copyableImage(ctx, imageId);
  const encryptKey = requestedKmsKey(ctx, body.encryptKey, 'encryptKey') ?? '';
  requireQuota(ctx);
  const replica = customImage(
    ctx.state,
    ctx.now,
    {
      ...inherited(source), region: ctx.region, name: body.name, desc: body.description ?? source.desc,
      sourceKind: 'replicate', sourceId: source.id, encryptKey,
      pending: pendingCreate(ctx.now, ctx.delays.createDelayMs),
    },
    { ...attributesOf(source), tags: source.tags.map((t) => ({ ...t })) },
  );
  ctx.state.put('image', { ...replica, snapshots: snapshotsFor(ctx.state, replica, disksOf(source)) });
  return { imageId: replica.id };
}
