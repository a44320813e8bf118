/**
 * The rules an image must pass to boot an instance (create and rebuild alike),
 * and the request facts both need: the size form, the admin password in clear
 * or in the official SDKs' encrypted form, the disk encryption an image gives.
 * Each refusal answers its code of src/api/errors.ts (docs/api.md "Instances").
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { ADMIN_PASS_PATTERN, ADMIN_PASS_RULE, INSTANCE_LIMITS } from '../api/instance-schemas';
import { INSTANCE_SPEC_PATTERN } from '../api/schemas';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import { visibleImage } from './lookup';
import type { ImageRecord, InstanceStatus } from './model';
import { kmsKeyId } from './seeds';
import { isDataDiskImage } from './views';

const SPEC = new RegExp(INSTANCE_SPEC_PATTERN);
const ADMIN_PASS = new RegExp(ADMIN_PASS_PATTERN);
/** The family of the spec made up for a create that gives cpuCount and memoryCapacityInGB. */
const DEFAULT_SPEC_FAMILY = 'g4';

export interface Sizing {
  spec: string;
  cpuCount: number;
  memoryGb: number;
}

/** CPUs and memory from `spec` (`bcc.g4.c2m8`: 2 CPUs, 8 GiB) or from cpuCount + memoryCapacityInGB; one form is required. */
export function sizingOf(body: { spec?: string; cpuCount?: number; memoryCapacityInGB?: number }): Sizing {
  if (body.spec !== undefined) {
    const match = SPEC.exec(body.spec)!;
    const cpuCount = Number(match[1]);
    const memoryGb = Number(match[2]);
    if (cpuCount > INSTANCE_LIMITS.maxCpuCount || memoryGb > INSTANCE_LIMITS.maxMemoryGb) {
      throw new ApiError('InvalidParameter', `spec: ${body.spec} asks for ${cpuCount} CPUs and ${memoryGb} GiB; at most ${INSTANCE_LIMITS.maxCpuCount} CPUs and ${INSTANCE_LIMITS.maxMemoryGb} GiB`);
    }
    if ((body.cpuCount !== undefined && body.cpuCount !== cpuCount) || (body.memoryCapacityInGB !== undefined && body.memoryCapacityInGB !== memoryGb)) {
      throw new ApiError('InvalidParameter', `cpuCount, memoryCapacityInGB: disagree with spec ${body.spec} (${cpuCount} CPUs, ${memoryGb} GiB); give the spec alone or matching values`);
    }
    return { spec: body.spec, cpuCount, memoryGb };
  }
  if (body.cpuCount === undefined || body.memoryCapacityInGB === undefined) {
    const missing = [body.cpuCount === undefined ? 'cpuCount' : '', body.memoryCapacityInGB === undefined ? 'memoryCapacityInGB' : ''].filter(Boolean);
    throw new ApiError('InvalidParameter', `spec, or cpuCount and memoryCapacityInGB: give one of the two forms (missing ${missing.join(' and ')})`);
  }
  return { spec: `bcc.${DEFAULT_SPEC_FAMILY}.c${body.cpuCount}m${body.memoryCapacityInGB}`, cpuCount: body.cpuCount, memoryGb: body.memoryCapacityInGB };
}

/**
 * The password a request sets, in clear, or undefined for none (absent or
 * `""`). The official SDKs send it encrypted: lowercase hex of AES-128-ECB
 * (PKCS#5 padding) keyed by the first 16 characters of the caller's secret
 * key. Both forms must meet the password rule. Messages never quote it.
 */
export function requestedAdminPass(ctx: RequestContext, sent: string | undefined): string | undefined {
  if (sent === undefined || sent === '') return undefined;
  if (ADMIN_PASS.test(sent)) return sent;
  let clear: string;
  try {
    const decipher = createDecipheriv('aes-128-ecb', Buffer.from(ctx.account.secretAccessKey.slice(0, 16), 'utf8'), null);
    clear = Buffer.concat([decipher.update(sent, 'hex'), decipher.final()]).toString('utf8');
  } catch {
    throw new ApiError('InvalidParameter', 'adminPass: is neither a password nor one encrypted with the first 16 characters of your secret key (hex of AES-128-ECB)');
  }
  if (!ADMIN_PASS.test(clear)) throw new ApiError('InvalidParameter', `adminPass: the decrypted password breaks the rule: ${ADMIN_PASS_RULE}`);
  return clear;
}

/** What is stored of a password: a hash salted with the instance id, so equal passwords do not look equal. */
export function adminPassHash(instanceId: string, password: string): string {
  return createHash('sha256').update(`${instanceId}\n${password}`).digest('hex');
}

/** The instance an image is to boot (a new one, or the one being rebuilt). */
export interface BootTarget {
  /** The system disk type, local or a CDS type. */
  rootDiskStorageType: string;
  local: boolean;
  memoryGb: number;
  /** Undefined: not given (a create without rootDiskSizeInGb gets the image's minimum). */
  rootDiskSizeGb: number | undefined;
  /** How a message names the instance: `the new instance`, `instance i-...`. */
  described: string;
}

/**
 * The image, checked to boot `target`: visible to the caller in this region
 * (own, public, shared with it; 404 as for an unknown one, so a removed share
 * looks like no image), Available, holding an OS, allowing a local system
 * disk when the target has one, admitting its memory and fitting its disk.
 */
export function bootableImage(ctx: RequestContext, imageId: string, target: BootTarget): ImageRecord {
  const image = visibleImage(ctx, imageId);
  if (image.status !== 'Available') {
    throw new ApiError('Image.ImageStatusForbidden', `imageId: image ${imageId} is ${image.status}; instances are made from Available images`);
  }
  if (isDataDiskImage(image)) {
    throw new ApiError('Instance.DataDiskImageCannotBoot', `imageId: image ${imageId} is a data-disk image (no system disk); it cannot boot an instance`);
  }
  if (target.local && !image.supportsLocalSystemDisk) {
    throw new ApiError(
      'Instance.ImageNotSupportLocalSystemDisk',
      `rootDiskStorageType: image ${imageId} was made from a CDS system disk; it cannot boot ${target.described} with a local system disk (${target.rootDiskStorageType}); use a CDS type`,
    );
  }
  const memoryMb = target.memoryGb * 1024;
  if (memoryMb < image.minMemoryMb || (image.maxMemoryMb > 0 && memoryMb > image.maxMemoryMb)) {
    const bounds = `minMemoryMb ${image.minMemoryMb}, maxMemoryMb ${image.maxMemoryMb || 'none'}`;
    throw new ApiError('Instance.MemoryNotSupportedByImage', `memoryCapacityInGB: ${target.memoryGb} GiB (${memoryMb} MiB) of ${target.described} is outside image ${imageId}'s bounds (${bounds})`);
  }
  if (target.rootDiskSizeGb !== undefined && target.rootDiskSizeGb < image.minDiskGb) {
    throw new ApiError('Instance.RootDiskTooSmall', `rootDiskSizeInGb: ${target.rootDiskSizeGb} GB for ${target.described} is below image ${imageId}'s minimum system disk of ${image.minDiskGb} GB`);
  }
  return image;
}

/**
 * The KMS key of a system disk made from `image`: none for an unencrypted
 * image, the image's key for the owner's own image; another account's
 * encrypted image (shared) encrypts with the caller's own key of the region,
 * so the owner's key id never reaches another account (docs/api.md).
 */
export function systemDiskKey(ctx: RequestContext, image: ImageRecord): string {
  if (image.encryptKey === '') return '';
  return image.ownerId === ctx.account.id ? image.encryptKey : kmsKeyId(ctx.account.id, ctx.region);
}

/** 409 Instance.InstanceStatusForbidden unless the instance is in one of `allowed`. */
export function requireStatus(instance: { id: string; status: InstanceStatus }, allowed: readonly InstanceStatus[], action: string): void {
  if (allowed.includes(instance.status)) return;
  throw new ApiError('Instance.InstanceStatusForbidden', `instance ${instance.id} is ${instance.status}; it must be ${allowed.join(' or ')} to ${action} it`);
}
