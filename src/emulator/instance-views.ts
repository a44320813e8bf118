/** How an instance is answered (get and list): every field of InstanceSchema, never its password hash. */
import type { Instance, ListInstancesQuery, ListInstancesResponse } from '../api/instance-schemas';
import { LIMITS } from '../api/schemas';
import type { RequestContext } from './context';
import { seededId } from './ids';
import { lowerBound } from './listing';
import type { InstanceRecord } from './model';

export function instanceView(instance: InstanceRecord): Instance {
  const { systemDisk } = instance;
  return {
    id: instance.id,
    name: instance.name,
    hostname: instance.hostname,
    instanceType: instance.instanceType,
    spec: instance.spec,
    desc: '',
    status: instance.status,
    paymentTiming: instance.paymentTiming,
    createTime: instance.createTime,
    cpuCount: instance.cpuCount,
    memoryCapacityInGB: instance.memoryGb,
    localDiskSizeInGB: systemDisk.type === 'local' ? systemDisk.sizeGb : 0,
    imageId: instance.imageId,
    zoneName: instance.zoneName,
    subnetId: instance.subnetId,
    vpcId: '',
    securityGroupId: instance.securityGroupId,
    keypairId: instance.keypairId,
    tags: instance.tags.map((t) => ({ ...t })),
    deletionProtection: 0,
    volumes: [
      // The system volume's id is derived from the instance's: stable, and never stored.
      { volumeId: seededId('v', `system/${instance.id}`), sizeInGB: systemDisk.sizeGb, storageType: instance.rootDiskStorageType, isSystemVolume: true },
      ...instance.dataDisks.map((d) => ({ volumeId: d.id, sizeInGB: d.sizeGb, storageType: d.storageType, isSystemVolume: false })),
    ],
    createdFrom: 'image',
    region: instance.region,
    osType: instance.osType,
    osName: instance.osName,
    osVersion: instance.osVersion,
    osArch: instance.osArch,
    rootDiskStorageType: instance.rootDiskStorageType,
    rootDiskSizeInGb: systemDisk.sizeGb,
    chargeType: instance.chargeType,
  };
}

/**
 * The caller's instances in the region, in id order, paged as the image list
 * is (`marker`: the first id >= it; `nextMarker` only when truncated), with
 * the filters imageId, zoneName and instanceNames (comma-separated, exact).
 */
export function listInstances(ctx: RequestContext, query: ListInstancesQuery): ListInstancesResponse {
  const maxKeys = query.maxKeys === undefined ? LIMITS.defaultMaxKeys : Number(query.maxKeys);
  const marker = query.marker ?? '';
  const names = query.instanceNames === undefined ? undefined : new Set(query.instanceNames.split(',').map((n) => n.trim()).filter(Boolean));
  const matches = (instance: InstanceRecord) =>
    (query.imageId === undefined || instance.imageId === query.imageId) &&
    (query.zoneName === undefined || instance.zoneName === query.zoneName) &&
    (names === undefined || names.has(instance.name));
  const ids = ctx.state.instanceIdsOf(ctx.account.id, ctx.region);
  const instances: Instance[] = [];
  for (let i = marker ? lowerBound(ids, marker) : 0; i < ids.length; i++) {
    const instance = ctx.state.get('instance', ids[i]!)!;
    if (!matches(instance)) continue;
    if (instances.length === maxKeys) return { marker, isTruncated: true, nextMarker: instance.id, maxKeys, instances };
    instances.push(instanceView(instance));
  }
  return { marker, isTruncated: false, maxKeys, instances };
}
