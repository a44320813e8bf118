/** Finding the resources a request names, with the BCC code when they are not the caller's to use. */
import { LIMITS } from '../api/schemas';
import type { ErrorCode } from '../api/errors';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import type { ImageRecord, InstanceRecord, KmsKeyRecord, SnapshotRecord } from './model';
import { isVisibleTo } from './views';
import type { Region } from '../api/schemas';

/** An image of this region the caller can see (public, own, or shared with it). */
export function visibleImage(ctx: RequestContext, imageId: string): ImageRecord {
  const image = ctx.state.get('image', imageId);
  if (!image || image.region !== ctx.region || !isVisibleTo(image, ctx.account.id)) {
    throw new ApiError('Image.ImageNotExist', `imageId: image ${imageId} does not exist in region ${ctx.region}`);
  }
  return image;
}

/** A visible image that must be the caller's own custom image; otherwise `code`. */
export function ownCustomImage(ctx: RequestContext, imageId: string, code: ErrorCode, action: string): ImageRecord {
  const image = visibleImage(ctx, imageId);
  if (image.type !== 'Custom' || image.ownerId !== ctx.account.id) {
    throw new ApiError(code, `image ${imageId}: only the owner of a custom image can ${action} it`);
  }
  return image;
}

export function ownInstance(ctx: RequestContext, instanceId: string): InstanceRecord {
  const instance = ctx.state.get('instance', instanceId);
  if (!instance || instance.accountId !== ctx.account.id || instance.region !== ctx.region) {
    throw new ApiError('Instance.InstanceNotExist', `instanceId: instance ${instanceId} does not exist in region ${ctx.region}`);
  }
  return instance;
}

export function ownSnapshot(ctx: RequestContext, snapshotId: string): SnapshotRecord {
  const snapshot = ctx.state.get('snapshot', snapshotId);
  if (!snapshot || snapshot.accountId !== ctx.account.id || snapshot.region !== ctx.region) {
    throw new ApiError('Snapshot.SnapshotNotExist', `snapshotId: snapshot ${snapshotId} does not exist in region ${ctx.region}`);
  }
  return snapshot;
}

/** A KMS key of the caller in `region`, or undefined. */
export function findKmsKey(ctx: RequestContext, keyId: string, region: Region): KmsKeyRecord | undefined {
  const key = ctx.state.get('kmsKey', keyId);
  return key && key.accountId === ctx.account.id && key.region === region ? key : undefined;
}

/**
 * The key id a request's `field` asks for, checked to be the caller's in this
 * region (400 Image.InvalidEncryptKey); undefined when it asks for none: the
 * field absent or `""` (what the official SDK sends when not encrypting).
 */
export function requestedKmsKey(ctx: RequestContext, keyId: string | undefined, field: string): string | undefined {
  if (keyId === undefined || keyId === '') return undefined;
  const key = findKmsKey(ctx, keyId, ctx.region);
  if (!key) throw new ApiError('Image.InvalidEncryptKey', `${field}: KMS key ${keyId} does not exist in region ${ctx.region}`);
  return key.id;
}

/** Why the caller cannot own one more custom image in `region`, or undefined. */
export function quotaProblem(ctx: RequestContext, region: Region): string | undefined {
  const used = ctx.state.ownedImageCount(ctx.account.id, region);
  const limit = LIMITS.customImagesPerAccountPerRegion;
  return used >= limit
    ? `custom image quota exceeded: ${used} of ${limit} custom images in region ${region} (images being created or copied count)`
    : undefined;
}

export function requireQuota(ctx: RequestContext): void {
  const problem = quotaProblem(ctx, ctx.region);
  if (problem) throw new ApiError('Image.ImageQuotaExceedLimit', problem);
}
