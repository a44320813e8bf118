/**
 * imagecloud_instance: an instance made from an image. Changing `image_id`
 * rebuilds (reinstalls) it in place, as baiducloud_instance does, unless
 * `replace_on_image_change` asks for a new instance; `state` starts or stops
 * it in place. The admin password is write-only: sent at create and at each
 * rebuild, never in plan or state.
 */
import { randomUUID } from 'node:crypto';
import {
  ADMIN_PASS_PATTERN,
  ADMIN_PASS_RULE,
  CDS_DISK_TYPES,
  DEFAULT_ROOT_DISK_TYPE,
  INSTANCE_LIMITS,
  INSTANCE_NAME_PATTERN,
  ROOT_DISK_TYPES,
  isLocalDiskType,
  type CreateInstanceRequest,
  type Instance,
  type RootDiskType,
} from '../../api/instance-schemas';
import { INSTANCE_SPEC_PATTERN, type Image } from '../../api/schemas';
import type { ImageClient } from '../../client';
import { InstanceNotFoundError, describeFailure, isRefusal } from '../../client/errors';
import { defineResource } from '../framework';
import {
  ProviderError,
  Unknown,
  attr,
  block,
  errorDiagnostic,
  numberBetween,
  oneOf,
  requiresReplace,
  stringMatches,
  t,
  timeoutsBlock,
  useStateForUnknown,
  type Model,
  type ResourceContext,
} from '../runtime';
import { apiFailure, orNullWhenGone, type RequestFields } from '../errors';
import { imageIdValidator, tagMap, tagsValidator, untilOperationEnds } from '../common';
import { outcomeUnknown, outcomeUnknownError, pendingId, pendingTokenOf, resolvePendingCreate, untilCreateTimeout } from '../pending-create';

const stable = { planModifiers: [useStateForUnknown()] };
const replaced = { planModifiers: [useStateForUnknown(), requiresReplace()] };

const dataDiskBlock = block.list({
  description: 'A CDS data disk made with the instance. Changing the list re-creates the instance.',
  maxItems: INSTANCE_LIMITS.maxDataDisks,
  attributes: {
    size_gb: attr.number({ required: true, description: 'Size in GB.', validators: [numberBetween(INSTANCE_LIMITS.minCdsGb, INSTANCE_LIMITS.maxCdsGb)] }),
    type: attr.string({ default: DEFAULT_ROOT_DISK_TYPE, description: `CDS type: one of ${CDS_DISK_TYPES.join(', ')}.`, validators: [oneOf(...CDS_DISK_TYPES)] }),
  },
  planModifiers: [requiresReplace()],
});

const attributes = {
  id: attr.string({ computed: true, description: 'Instance id.', ...stable }),
  image_id: attr.string({
    required: true,
    description: 'The image to boot: own, public, shared with the account, or market. Changing it rebuilds the instance in place (its OS follows the new image, data disks kept) unless `replace_on_image_change`.',
    validators: [imageIdValidator],
  }),
  replace_on_image_change: attr.bool({ default: false, description: 'Replace the instance instead of rebuilding it in place when `image_id` changes.' }),
  name: attr.string({
    optional: true,
    computed: true,
    description: 'Instance name; generated when left out. Changing it re-creates the instance.',
    validators: [stringMatches(new RegExp(INSTANCE_NAME_PATTERN), 'Must start with a letter and have 1-65 letters, digits or - _ / .')],
    ...replaced,
  }),
  spec: attr.string({
    optional: true,
    computed: true,
    description: 'Instance spec, `bcc.{family}.c{cpus}m{memory GiB}` (e.g. `bcc.g4.c2m8`); or set `cpu_count` and `memory_gb`. Changing it re-creates the instance.',
    validators: [stringMatches(new RegExp(INSTANCE_SPEC_PATTERN), 'Must be bcc.{family}.c{cpus}m{memory GiB}, e.g. bcc.g4.c2m8')],
    ...replaced,
  }),
  cpu_count: attr.number({ optional: true, computed: true, description: 'vCPUs, with `memory_gb` instead of `spec`.', validators: [numberBetween(INSTANCE_LIMITS.minCpuCount, INSTANCE_LIMITS.maxCpuCount)], ...replaced }),
  memory_gb: attr.number({ optional: true, computed: true, description: 'Memory in GiB; the image\'s memory bounds apply.', validators: [numberBetween(INSTANCE_LIMITS.minMemoryGb, INSTANCE_LIMITS.maxMemoryGb)], ...replaced }),
  root_disk_size_gb: attr.number({
    optional: true,
    computed: true,
    description: 'System disk size in GB; at least the image\'s minimum, which is the default.',
    validators: [numberBetween(INSTANCE_LIMITS.minRootDiskGb, INSTANCE_LIMITS.maxRootDiskGb)],
    ...replaced,
  }),
  root_disk_type: attr.string({
    default: DEFAULT_ROOT_DISK_TYPE,
    description: `System disk type: local (${ROOT_DISK_TYPES.filter(isLocalDiskType).join(', ')}) or CDS (${CDS_DISK_TYPES.join(', ')}). An image made from a CDS system disk cannot boot a local one.`,
    validators: [oneOf(...ROOT_DISK_TYPES)],
    planModifiers: [requiresReplace()],
  }),
  zone_name: attr.string({ optional: true, computed: true, description: 'Zone, e.g. `cn-bj-a`; the region\'s first zone by default.', ...replaced }),
  admin_pass: attr.string({
    optional: true,
    sensitive: true,
    writeOnly: true,
    description: `Administrator password, set at create and at every rebuild; write-only (Terraform 1.11+): never in plan or state. ${ADMIN_PASS_RULE}.`,
    validators: [stringMatches(new RegExp(ADMIN_PASS_PATTERN), `Must be ${ADMIN_PASS_RULE}`)],
  }),
  payment_timing: attr.string({ default: 'Postpaid', description: '`Postpaid` or `Prepaid`.', validators: [oneOf('Postpaid', 'Prepaid')], planModifiers: [requiresReplace()] }),
  subnet_id: attr.string({ optional: true, description: 'Subnet id (stored, not modelled by the emulator).', planModifiers: [requiresReplace()] }),
  security_group_id: attr.string({ optional: true, description: 'Security group id (stored, not modelled by the emulator).', planModifiers: [requiresReplace()] }),
  keypair_id: attr.string({ optional: true, description: 'Key pair id (stored, not modelled by the emulator).', planModifiers: [requiresReplace()] }),
  tags: attr.map(t.string, { optional: true, description: 'Tags. Changing them re-creates the instance.', validators: [tagsValidator], planModifiers: [requiresReplace()] }),
  state: attr.string({ default: 'Running', description: '`Running` or `Stopped`: starts or stops the instance in place.', validators: [oneOf('Running', 'Stopped')] }),
  status: attr.string({ computed: true, description: 'Status as the API reports it: `Starting`, `Running`, `Stopping`, `Stopped`, `Rebuilding`, `Expired`.' }),
  os_type: attr.string({ computed: true, description: 'OS type, from the image.' }),
  os_name: attr.string({ computed: true, description: 'OS name, from the image.' }),
  os_version: attr.string({ computed: true, description: 'OS version, from the image.' }),
  os_arch: attr.string({ computed: true, description: 'Architecture, from the image.' }),
  charge_type: attr.string({ computed: true, description: 'Charge type carried from the image: `Free`, `WindowsLicence` or the market provider\'s.', ...stable }),
  create_time: attr.string({ computed: true, description: 'Creation time, UTC.', ...stable }),
  data_disk_ids: attr.list(t.string, { computed: true, description: 'Ids of the data disks, in the order of `data_disk`.', ...stable }),
};

const blocks = { data_disk: dataDiskBlock, timeouts: timeoutsBlock(['create', 'update', 'delete']) };

type InstanceModel = Model<typeof attributes, typeof blocks>;

const REQUEST_FIELDS: RequestFields = {
  imageId: ['image_id'],
  name: ['name'],
  spec: ['spec'],
  cpuCount: ['cpu_count'],
  memoryCapacityInGB: ['memory_gb'],
  rootDiskSizeInGb: ['root_disk_size_gb'],
  rootDiskStorageType: ['root_disk_type'],
  zoneName: ['zone_name'],
  adminPass: ['admin_pass'],
};

export const instance = defineResource({
  name: 'imagecloud_instance',
  description:
    'An instance made from an image in the provider\'s region. Create waits until it is `Running` (or `Stopped`, with `state = "Stopped"`). ' +
    'Changing `image_id` rebuilds the instance in place: the OS is reinstalled from the new image and the data disks are kept ' +
    '(`replace_on_image_change = true` makes a new instance instead). Deleting the image an instance came from does not affect the instance.\n\n' +
    'The plan checks what it can against the image: a data-disk image cannot boot an instance, an image made from a CDS system disk cannot boot ' +
    'a local one, and the image\'s memory bounds apply. Lost answers are handled as for images: the create carries an idempotency token and is ' +
    'retried with it until `timeouts.create`; if no answer ever says whether it was made, the object is kept tainted as `pending-create:<token>` ' +
    'and the next apply resolves it by that token.',
  example: `resource "imagecloud_instance" "web" {
  image_id   = imagecloud_custom_image.web.id
  name       = "web-1"
  spec       = "bcc.g4.c2m8"
  admin_pass = var.admin_pass
  data_disk {
    size_gb = 100
  }
  tags = {
    team = "web"
  }
}`,
  importExample: 'terraform import imagecloud_instance.web i-AbCd1234',
  defaultTimeouts: { create: '20m', update: '20m', delete: '10m' },
  attributes,
  blocks,

  validate(config) {
    const given = (value: unknown) => value !== null && value !== Unknown;
    const sized = given(config.cpu_count) || given(config.memory_gb);
    if (given(config.spec) && sized) {
      return [errorDiagnostic('Conflicting sizes', 'Give either spec, or cpu_count with memory_gb, not both.', ['spec'])];
    }
    if (config.spec === null && (config.cpu_count === null) !== (config.memory_gb === null)) {
      return [errorDiagnostic('Incomplete size', 'cpu_count and memory_gb go together.', [config.cpu_count === null ? 'cpu_count' : 'memory_gb'])];
    }
    if (config.spec === null && config.cpu_count === null && config.memory_gb === null) {
      return [errorDiagnostic('Missing size', 'Set spec (e.g. "bcc.g4.c2m8"), or cpu_count and memory_gb.', ['spec'])];
    }
    return undefined;
  },

  async modifyPlan(ctx, { prior, planned }) {
    if (planned.image_id === Unknown) return undefined;
    const imageChanged = prior !== null && prior.image_id !== planned.image_id;
    if (prior === null || imageChanged) await checkImage(ctx, planned);
    if (imageChanged && planned.replace_on_image_change === true) return { requiresReplace: [['image_id']] };
    if (imageChanged) {
      // A rebuild changes the OS and the status on the way: known only after apply.
      return { planned: { ...planned, status: Unknown, os_type: Unknown, os_name: Unknown, os_version: Unknown, os_arch: Unknown } };
    }
    // Starting or stopping changes the status.
    if (prior !== null && prior.state !== planned.state) return { planned: { ...planned, status: Unknown } };
    return undefined;
  },

  async create(ctx, plan) {
    const client = ctx.client;
    const clientToken = randomUUID();
    let instanceId: string;
    try {
      const request = { ...requestOf(plan), ...(plan.admin_pass !== null ? { adminPass: plan.admin_pass } : {}) };
      [instanceId] = (await client.createInstance(request, untilCreateTimeout(clientToken, ctx.signal))).instanceIds as [string];
    } catch (error) {
      const failure = apiFailure(`creating instance from image ${plan.image_id}`, error, undefined, ctx.signal, REQUEST_FIELDS);
      if (!outcomeUnknown(error)) throw failure;
      throw outcomeUnknownError('Instance creation outcome unknown', failure, 'the instance was made', clientToken, placeholder(plan, pendingId(clientToken)));
    }
    try {
      let current = await client.waitForInstance(instanceId, untilOperationEnds(ctx.signal));
      if (plan.state === 'Stopped') current = await stop(client, instanceId, ctx.signal);
      return toState(plan, current);
    } catch (error) {
      const failure = apiFailure(`waiting for instance ${instanceId} to run`, error, undefined, ctx.signal);
      throw new ProviderError(failure.summary, {
        detail: `${failure.detail ?? ''} Instance ${instanceId} exists; it is kept in state marked tainted, so the next apply replaces it (nothing is orphaned).`.trim(),
        partialState: placeholder(plan, instanceId),
      });
    }
  },

  async read(ctx, state) {
    if (pendingTokenOf(state.id) !== undefined) {
      ctx.warn('Instance creation outcome unknown', `An apply sent this instance for creation (clientToken ${pendingTokenOf(state.id)}) but no answer said whether it was made; the next apply resolves it.`);
      return state;
    }
    try {
      const found = await orNullWhenGone(() => ctx.client.getInstance(state.id!, { signal: ctx.signal }));
      if (found === null) return null;
      // Drift: stopped or started outside Terraform shows as a change of `state`.
      const observed = found.instance.status === 'Running' || found.instance.status === 'Stopped' ? found.instance.status : state.state;
      return { ...toState(state, found.instance), state: observed };
    } catch (error) {
      throw apiFailure(`reading instance ${state.id}`, error, undefined, ctx.signal);
    }
  },

  async update(ctx, plan, prior) {
    const client = ctx.client;
    const instanceId = prior.id!;
    try {
      let current = (await client.getInstance(instanceId, { signal: ctx.signal })).instance;
      if (plan.image_id !== prior.image_id) {
        await client.rebuildInstance(instanceId, { imageId: plan.image_id, ...(plan.admin_pass !== null ? { adminPass: plan.admin_pass } : {}) }, { signal: ctx.signal });
        ctx.log.info('Rebuilding the instance from another image', { instance_id: instanceId, image_id: plan.image_id });
        current = await client.waitForInstance(instanceId, untilOperationEnds(ctx.signal));
      }
      if (plan.state === 'Stopped' && current.status !== 'Stopped') current = await stop(client, instanceId, ctx.signal);
      if (plan.state === 'Running' && current.status !== 'Running') {
        await client.startInstance(instanceId, { signal: ctx.signal });
        current = await client.waitForInstance(instanceId, untilOperationEnds(ctx.signal));
      }
      return toState(plan, current);
    } catch (error) {
      throw apiFailure(`updating instance ${instanceId}`, error, ['image_id'], ctx.signal, REQUEST_FIELDS);
    }
  },

  async delete(ctx, state) {
    const client = ctx.client;
    const pendingToken = pendingTokenOf(state.id);
    let instanceId = state.id!;
    try {
      if (pendingToken !== undefined) {
        const made = await resolvePendingCreate(async () => (await client.createInstance(requestOf(state), untilCreateTimeout(pendingToken, ctx.signal))).instanceIds[0]!);
        ctx.log.info('Resolved an instance create whose answer was lost', { client_token: pendingToken, instance_id: made ?? '' });
        if (made === null) return;
        instanceId = made;
      }
      await orNullWhenGone(() => client.deleteInstance(instanceId, { signal: ctx.signal }));
      await client.waitForInstanceDeleted(instanceId, untilOperationEnds(ctx.signal));
    } catch (error) {
      if (error instanceof InstanceNotFoundError) return;
      throw apiFailure(`deleting instance ${instanceId}`, error, undefined, ctx.signal);
    }
  },

  async importState(ctx, id) {
    if (!/^i-[A-Za-z0-9]{8}$/.test(id)) {
      throw new ProviderError('Invalid import id', { detail: `imagecloud_instance imports by instance id: \`i-\` and 8 letters or digits, e.g. i-AbCd1234; got "${id}".` });
    }
    const found = await orNullWhenGone(() => ctx.client.getInstance(id, { signal: ctx.signal }));
    if (found === null) throw new ProviderError('Cannot import a missing instance', { detail: `Region ${ctx.client.region} has no instance ${id} of this account.` });
    const { instance: current } = found;
    return {
      id,
      image_id: current.imageId,
      replace_on_image_change: false,
      root_disk_type: current.rootDiskStorageType,
      payment_timing: current.paymentTiming,
      state: current.status === 'Stopped' ? 'Stopped' : 'Running',
      data_disk: current.volumes.filter((volume) => !volume.isSystemVolume).map((volume) => ({ size_gb: volume.sizeInGB, type: volume.storageType })),
      subnet_id: current.subnetId || null,
      security_group_id: current.securityGroupId || null,
      keypair_id: current.keypairId || null,
      tags: current.tags.length > 0 ? tagMap(current.tags) : null,
    };
  },
});

/**
 * The create request for the plan, without the password: the same for the
 * first send and for the replay that resolves a lost answer (the password is
 * write-only, so a replay cannot have it, and it is not part of what the
 * service compares for the token).
 */
function requestOf(plan: InstanceModel): CreateInstanceRequest {
  return {
    imageId: plan.image_id,
    billing: { paymentTiming: plan.payment_timing as 'Postpaid' | 'Prepaid' },
    ...(plan.spec !== null ? { spec: plan.spec } : {}),
    ...(plan.spec === null && plan.cpu_count !== null ? { cpuCount: plan.cpu_count } : {}),
    ...(plan.spec === null && plan.memory_gb !== null ? { memoryCapacityInGB: plan.memory_gb } : {}),
    ...(plan.root_disk_size_gb !== null ? { rootDiskSizeInGb: plan.root_disk_size_gb } : {}),
    rootDiskStorageType: plan.root_disk_type as RootDiskType,
    ...(plan.data_disk.length > 0
      ? { createCdsList: plan.data_disk.map((disk) => ({ cdsSizeInGB: disk.size_gb, storageType: disk.type as (typeof CDS_DISK_TYPES)[number] })) }
      : {}),
    ...(plan.name !== null ? { name: plan.name } : {}),
    ...(plan.zone_name !== null ? { zoneName: plan.zone_name } : {}),
    ...(plan.subnet_id !== null ? { subnetId: plan.subnet_id } : {}),
    ...(plan.security_group_id !== null ? { securityGroupId: plan.security_group_id } : {}),
    ...(plan.keypair_id !== null ? { keypairId: plan.keypair_id } : {}),
    ...(plan.tags !== null ? { tags: Object.entries(plan.tags).map(([tagKey, tagValue]) => ({ tagKey, tagValue })) } : {}),
  };
}

/** How long the plan-time image read may retry before the check is skipped: the API refuses a bad image at apply anyway. */
const PLAN_CHECK_RETRY_MS = 10_000;

/**
 * Plan-time checks against the image: what the create or rebuild would be
 * refused for. Best effort: when the image cannot be read (the API is not
 * answering), the plan goes on with a warning and the service checks at apply.
 */
async function checkImage(ctx: ResourceContext<ImageClient>, planned: Record<string, unknown>): Promise<void> {
  const client = ctx.client;
  const imageId = planned.image_id as string;
  let image: Image | null;
  try {
    image = (await orNullWhenGone(() => client.getImage(imageId, { signal: ctx.signal, retryForMs: PLAN_CHECK_RETRY_MS })))?.image ?? null;
  } catch (error) {
    if (isRefusal(error) || ctx.signal.aborted) throw apiFailure(`reading image ${imageId}`, error, ['image_id'], ctx.signal);
    ctx.warn('Image not checked', `Image ${imageId} could not be read to check it at plan time (${describeFailure(error)}); the service checks it when the instance is made.`, ['image_id']);
    return;
  }
  const problem = (detail: string, path: string) => new ProviderError('Image cannot boot this instance', { detail, path: [path] });
  if (image === null) throw problem(`Region ${client.region} has no image ${imageId} that this account can see (own, public, market, or shared with it).`, 'image_id');
  if (image.minDiskGb === 0 || image.osType === '') throw problem(`Image ${imageId} is a data-disk image: it holds no OS and cannot boot an instance.`, 'image_id');
  const rootType = planned.root_disk_type;
  if (typeof rootType === 'string' && isLocalDiskType(rootType) && !image.supportsLocalSystemDisk) {
    throw problem(`Image ${imageId} was made from a CDS system disk and cannot boot a local system disk (${rootType}): use a CDS type such as ${DEFAULT_ROOT_DISK_TYPE}.`, 'root_disk_type');
  }
  const memoryGb = typeof planned.spec === 'string' ? specMemoryGb(planned.spec) : typeof planned.memory_gb === 'number' ? planned.memory_gb : undefined;
  if (memoryGb !== undefined) {
    const mb = memoryGb * 1024;
    if (mb < image.minMemoryMb || (image.maxMemoryMb > 0 && mb > image.maxMemoryMb)) {
      const bounds = `${image.minMemoryMb} MiB to ${image.maxMemoryMb > 0 ? `${image.maxMemoryMb} MiB` : 'no limit'}`;
      throw problem(`Image ${imageId} boots instances with ${bounds} of memory; this one has ${mb} MiB.`, typeof planned.spec === 'string' ? 'spec' : 'memory_gb');
    }
  }
}

function specMemoryGb(spec: string): number | undefined {
  const match = new RegExp(INSTANCE_SPEC_PATTERN).exec(spec);
  return match ? Number(match[2]) : undefined;
}

async function stop(client: ImageClient, instanceId: string, signal: AbortSignal): Promise<Instance> {
  await client.stopInstance(instanceId, {}, { signal });
  return client.waitForInstance(instanceId, { ...untilOperationEnds(signal), until: 'Stopped' });
}

function toState(base: InstanceModel, current: Instance): InstanceModel {
  const dataDisks = current.volumes.filter((volume) => !volume.isSystemVolume);
  return {
    ...base,
    id: current.id,
    image_id: current.imageId,
    name: current.name,
    spec: current.spec || null,
    cpu_count: current.cpuCount,
    memory_gb: current.memoryCapacityInGB,
    root_disk_size_gb: current.rootDiskSizeInGb,
    root_disk_type: current.rootDiskStorageType,
    zone_name: current.zoneName,
    admin_pass: null,
    tags: current.tags.length === 0 && base.tags === null ? null : tagMap(current.tags),
    state: base.state ?? (current.status === 'Stopped' ? 'Stopped' : 'Running'),
    status: current.status,
    os_type: current.osType,
    os_name: current.osName,
    os_version: current.osVersion,
    os_arch: current.osArch,
    charge_type: current.chargeType,
    create_time: current.createTime,
    data_disk_ids: dataDisks.map((volume) => volume.volumeId),
  };
}

/**
 * State for an instance whose facts are not known (its wait failed, or not
 * even its id). The configured values stay as planned (unset ones null): a
 * replay of a lost create rebuilds its request from them.
 */
function placeholder(plan: InstanceModel, id: string): InstanceModel {
  return {
    ...plan,
    id,
    admin_pass: null,
    status: '',
    os_type: '',
    os_name: '',
    os_version: '',
    os_arch: '',
    charge_type: '',
    create_time: '',
    data_disk_ids: [],
  };
}
