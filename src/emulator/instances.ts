/**
 * The image-consuming slice of the BCC instance API: create instances from an
 * image (a batch is all or nothing), rebuild one from another image, start,
 * stop, delete (docs/api.md "Instances"). Status changes are asynchronous like
 * image creation: a pending transition with a due time, applied by
 * lifecycle.ts, taking the create delay (`createDelayMs`).
 */
import {
  DEFAULT_ROOT_DISK_TYPE, INSTANCE_LIMITS, isLocalDiskType, type CreateInstanceResponse, type CreateInstanceWireRequest, type RebuildInstanceWireRequest,
} from '../api/instance-schemas';
import { ApiError } from './api-error';
import type { RequestContext } from './context';
import { apiTime, randomId } from './ids';
import { osOf } from './images';
import { adminPassHash, bootableImage, requestedAdminPass, requireStatus, sizingOf, systemDiskKey } from './instance-rules';
import { ownInstance, ownSnapshot } from './lookup';
import type { InstanceDataDisk, InstancePendingTransition, InstanceRecord } from './model';
import { defaultHostname, defaultZone } from './seeds';
import type { State } from './state';

/** The instance family stored when the request names none (stored and returned, not modelled). */
const DEFAULT_INSTANCE_TYPE = 'N4';

function pendingTo(ctx: RequestContext, to: InstancePendingTransition['to']): InstancePendingTransition {
  return { to, startMs: ctx.now, dueMs: ctx.now + ctx.delays.createDelayMs };
}

function newInstanceId(state: State, taken: ReadonlySet<string>): string {
  for (;;) {
    const id = randomId('i');
    if (!taken.has(id) && !state.get('instance', id)) return id;
  }
}

/** 413 unless `count` more instances fit the caller's quota in this region (seeded instances count). */
function requireInstanceQuota(ctx: RequestContext, count: number): void {
  const used = ctx.state.instanceIdsOf(ctx.account.id, ctx.region).length;
  const limit = INSTANCE_LIMITS.instancesPerAccountPerRegion;
  const free = Math.max(0, limit - used);
  if (count > free) {
    throw new ApiError(
      'Instance.InstanceQuotaExceedLimit',
      `purchaseCount: ${count} instance(s) asked for, ${free} free: the quota is ${limit} instances per account per region and ${used} are used in region ${ctx.region}; none was created`,
    );
  }
}

function requireZone(ctx: RequestContext, zoneName: string): void {
  if (!zoneName.startsWith(`cn-${ctx.region}-`)) {
    throw new ApiError('InvalidParameter', `zoneName: ${zoneName} is not a zone of region ${ctx.region}; zones are cn-${ctx.region}-a, cn-${ctx.region}-b, ...`);
  }
}

/**
 * Checks run in this order: size form, zone, password, image (visible,
 * Available, bootable, local disk, memory, disk size), snapshots of the data
 * disks, quota. Nothing is created unless all of them pass.
 */
export function createInstance(ctx: RequestContext, body: CreateInstanceWireRequest): CreateInstanceResponse {
  const sizing = sizingOf(body);
  const zoneName = body.zoneName ?? defaultZone(ctx.region);
  requireZone(ctx, zoneName);
  const password = requestedAdminPass(ctx, body.adminPass);
  const rootDiskStorageType = body.rootDiskStorageType ?? DEFAULT_ROOT_DISK_TYPE;
  const local = isLocalDiskType(rootDiskStorageType);
  const image = bootableImage(ctx, body.imageId, {
    rootDiskStorageType, local, memoryGb: sizing.memoryGb, rootDiskSizeGb: body.rootDiskSizeInGb, described: 'the new instance',
  });
  const rootDiskSizeGb = body.rootDiskSizeInGb ?? Math.max(INSTANCE_LIMITS.minRootDiskGb, image.minDiskGb);
  for (const cds of body.createCdsList ?? []) if (cds.snapshotId !== undefined) ownSnapshot(ctx, cds.snapshotId);
  const count = body.purchaseCount ?? 1;
  requireInstanceQuota(ctx, count);

  // A full-instance image brings its data disks; the request's come after them.
  const dataDiskSpecs = [
    ...image.dataDisks.map((d) => ({ sizeGb: d.sizeGb, storageType: DEFAULT_ROOT_DISK_TYPE as string })),
    ...(body.createCdsList ?? []).map((c) => ({ sizeGb: c.cdsSizeInGB, storageType: c.storageType ?? DEFAULT_ROOT_DISK_TYPE })),
  ];
  const instanceIds: string[] = [];
  const taken = new Set<string>();
  for (let n = 0; n < count; n++) {
    const id = newInstanceId(ctx.state, taken);
    taken.add(id);
    const dataDisks: InstanceDataDisk[] = dataDiskSpecs.map((d) => ({ id: randomId('v'), ...d }));
    const instance: InstanceRecord = {
      id, accountId: ctx.account.id, region: ctx.region,
      // Decision: every instance of a batch takes the same name and host name (BCC's sequence suffixes are not modelled).
      name: body.name ?? defaultHostname(id), hostname: body.hostname ?? defaultHostname(id),
      status: 'Starting', pending: pendingTo(ctx, 'Running'),
      imageId: image.id, ...osOf(image), chargeType: image.chargeType, encryptKey: systemDiskKey(ctx, image),
      spec: sizing.spec, instanceType: body.instanceType ?? DEFAULT_INSTANCE_TYPE, cpuCount: sizing.cpuCount, memoryGb: sizing.memoryGb,
      zoneName, paymentTiming: body.billing?.paymentTiming ?? 'Postpaid', createTime: apiTime(ctx.now),
      tags: (body.tags ?? []).map((t) => ({ ...t })),
      subnetId: body.subnetId ?? '', securityGroupId: body.securityGroupId ?? '', keypairId: body.keypairId ?? '',
      systemDisk: { type: local ? 'local' : 'cds', sizeGb: rootDiskSizeGb }, rootDiskStorageType, dataDisks,
      failImageCreation: '', adminPassHash: password === undefined ? '' : adminPassHash(id, password),
    };
    ctx.state.put('instance', instance);
    instanceIds.push(id);
  }
  return { instanceIds };
}

/**
 * Reinstalls from an image: the OS fields, imageId, charge type and disk
 * encryption follow it; the data disks stay unless isPreserveData is false
 * (a full-instance image's data disks are not added). Rebuilding → Running.
 */
export function rebuildInstance(ctx: RequestContext, instanceId: string, body: RebuildInstanceWireRequest): void {
  const instance = ownInstance(ctx, instanceId);
  requireStatus(instance, ['Running', 'Stopped'], 'rebuild');
  const password = requestedAdminPass(ctx, body.adminPass);
  const image = bootableImage(ctx, body.imageId, {
    rootDiskStorageType: instance.rootDiskStorageType, local: instance.systemDisk.type === 'local', memoryGb: instance.memoryGb,
    rootDiskSizeGb: instance.systemDisk.sizeGb, described: `instance ${instance.id}`,
  });
  ctx.state.put('instance', {
    ...instance, ...osOf(image), imageId: image.id, chargeType: image.chargeType, encryptKey: systemDiskKey(ctx, image),
    keypairId: body.keypairId || instance.keypairId,
    adminPassHash: password === undefined ? instance.adminPassHash : adminPassHash(instance.id, password),
    dataDisks: body.isPreserveData === false ? [] : instance.dataDisks,
    status: 'Rebuilding', pending: pendingTo(ctx, 'Running'),
  });
}

export function startInstance(ctx: RequestContext, instanceId: string): void {
  const instance = ownInstance(ctx, instanceId);
  requireStatus(instance, ['Stopped'], 'start');
  ctx.state.put('instance', { ...instance, status: 'Starting', pending: pendingTo(ctx, 'Running') });
}

export function stopInstance(ctx: RequestContext, instanceId: string): void {
  const instance = ownInstance(ctx, instanceId);
  requireStatus(instance, ['Running'], 'stop');
  ctx.state.put('instance', { ...instance, status: 'Stopping', pending: pendingTo(ctx, 'Stopped') });
}

/** Decision: not while a status change is in progress (Starting, Stopping, Rebuilding). */
export function deleteInstance(ctx: RequestContext, instanceId: string): void {
  const instance = ownInstance(ctx, instanceId);
  requireStatus(instance, ['Running', 'Stopped', 'Expired'], 'delete');
  ctx.state.del('instance', instance.id);
}
