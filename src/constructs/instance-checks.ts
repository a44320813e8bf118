/**
 * The synth-time checks of an Instance's props (see validation.ts): the
 * create request they become against the API's schema, and the rules the
 * schema cannot state.
 */
import { ADMIN_PASS_RULE, CDS_DISK_TYPES, CreateInstanceRequestSchema, INSTANCE_LIMITS } from '../api/instance-schemas';
import { INSTANCE_SPEC_PATTERN } from '../api/schemas';
import type { InstanceProps } from './instance';
import { isUnknown, schemaProblems, tagPropName } from './validation';

/** An instance's props as checked: the image as its id and facts, the region resolved. */
export interface InstanceCheck extends Omit<InstanceProps, 'image' | 'provider' | 'region'> {
  imageId: string;
  region: string;
  imageRegion?: string;
  dataDiskImage: boolean;
}

/** API field of the create request → prop, where they differ. */
const CREATE_FIELDS: Record<string, string> = {
  imageId: 'image',
  memoryCapacityInGB: 'memoryGb',
  rootDiskSizeInGb: 'rootDiskSizeGb',
  rootDiskStorageType: 'rootDiskType',
  createCdsList: 'dataDisks',
  'billing.paymentTiming': 'paymentTiming',
};

/**
 * The props as the create request they become (ids, name, sizes, disks,
 * zone, tags, billing), plus what the request schema cannot say: one way to
 * size the instance, a spec within the limits, a zone of the region, the
 * image's region, an image that can boot, and no literal password.
 */
export function checkInstance(props: InstanceCheck): string[] {
  const tags = Object.entries(props.tags ?? {});
  const request = {
    imageId: props.imageId,
    name: props.name,
    spec: props.spec,
    cpuCount: props.cpuCount,
    memoryCapacityInGB: props.memoryGb,
    rootDiskSizeInGb: props.rootDiskSizeGb,
    rootDiskStorageType: props.rootDiskType,
    // The type is checked below: the schema's union of CDS types has no description to quote.
    createCdsList: props.dataDisks?.map((disk) => ({ cdsSizeInGB: disk.sizeGb })),
    zoneName: props.zoneName,
    subnetId: props.subnetId,
    securityGroupId: props.securityGroupId,
    keypairId: props.keypairId,
    tags: props.tags === undefined ? undefined : tags.map(([tagKey, tagValue]) => ({ tagKey, tagValue })),
    billing: props.paymentTiming === undefined ? undefined : { paymentTiming: props.paymentTiming },
  };
  const problems = schemaProblems(CreateInstanceRequestSchema, request, (field) => {
    const disk = /^createCdsList\[(\d+)\]\.cdsSizeInGB$/.exec(field);
    if (disk) return `dataDisks[${disk[1]}].sizeGb`;
    if (field.startsWith('tags[')) return tagPropName(tags, field.replace(/^tags/, ''));
    return CREATE_FIELDS[field] ?? field;
  });
  problems.push(...sizeProblems(props));
  (props.dataDisks ?? []).forEach((disk, index) => {
    if (disk.type !== undefined && !isUnknown(disk.type) && !(CDS_DISK_TYPES as readonly string[]).includes(disk.type)) {
      problems.push(`dataDisks[${index}].type: "${disk.type}" is not a CDS type; one of ${CDS_DISK_TYPES.join(', ')}`);
    }
  });
  const zone = props.zoneName;
  if (zone !== undefined && !isUnknown(zone) && problems.every((problem) => !problem.startsWith('zoneName')) && !zone.startsWith(`cn-${props.region}-`)) {
    problems.push(`zoneName: ${zone} is not a zone of ${props.region}, the instance's region; its zones are cn-${props.region}-a, cn-${props.region}-b, ...`);
  }
  if (props.imageRegion !== undefined && props.imageRegion !== props.region) {
    problems.push(
      `region: the image is in ${props.imageRegion}; an instance boots from an image of its own region: copy the image to ${props.region} (image.copyTo('${props.region}')) and launch the copy`,
    );
  }
  if (props.dataDiskImage) problems.push('image: a data-disk image holds no operating system and cannot boot an instance; use a system-disk image');
  if (props.adminPassword !== undefined && !isUnknown(props.adminPassword)) {
    problems.push(
      `adminPassword: a literal password would be written in clear into cdktf.out; pass a token, e.g. a sensitive TerraformVariable (its value: ${ADMIN_PASS_RULE})`,
    );
  }
  if (props.state !== undefined && !isUnknown(props.state) && props.state !== 'Running' && props.state !== 'Stopped') {
    problems.push(`state: "${String(props.state)}" is not a state; Running or Stopped`);
  }
  return problems;
}

/** Either spec or cpuCount with memoryGb; a spec's own cpus and memory within the limits. */
function sizeProblems(props: InstanceCheck): string[] {
  const { spec, cpuCount, memoryGb } = props;
  if (spec !== undefined && (cpuCount !== undefined || memoryGb !== undefined)) {
    return [`spec: give either spec, or cpuCount with memoryGb, not both (${cpuCount !== undefined ? 'cpuCount' : 'memoryGb'} is set too)`];
  }
  if (spec === undefined && cpuCount === undefined && memoryGb === undefined) {
    return ['spec: set spec (e.g. "bcc.g4.c2m8"), or cpuCount and memoryGb'];
  }
  if (spec === undefined && (cpuCount === undefined || memoryGb === undefined)) {
    return [cpuCount === undefined ? 'cpuCount: memoryGb is set without it; cpuCount and memoryGb go together' : 'memoryGb: cpuCount is set without it; cpuCount and memoryGb go together'];
  }
  const sized = spec === undefined || isUnknown(spec) ? null : new RegExp(INSTANCE_SPEC_PATTERN).exec(spec);
  if (!sized) return [];
  const [cpus, memory] = [Number(sized[1]), Number(sized[2])];
  const problems: string[] = [];
  if (cpus > INSTANCE_LIMITS.maxCpuCount) problems.push(`spec: ${spec} has ${cpus} vCPUs; at most ${INSTANCE_LIMITS.maxCpuCount}`);
  if (memory > INSTANCE_LIMITS.maxMemoryGb) problems.push(`spec: ${spec} has ${memory} GiB of memory; at most ${INSTANCE_LIMITS.maxMemoryGb}`);
  return problems;
}
