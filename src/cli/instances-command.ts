/**
 * `imagecloud instances <subcommand>`: instances made from images, over the
 * typed client — list, show, create (a batch), rebuild from another image,
 * start, stop, delete. The admin password is read from the environment
 * (IMAGECLOUD_ADMIN_PASS), never from the command line, where any user of
 * the machine could read it in the process list.
 */
import type { CreateInstanceRequest, Instance, RootDiskType } from '../api/instance-schemas';
import { integerOption, json, out, parse, runSubcommand, subcommandsUsage, fieldTable, withClient, type Subcommand } from './api-command';
import { UsageError, parseDuration } from './args';
import { formatTable } from './output';

const ADMIN_PASS_VARIABLE = 'IMAGECLOUD_ADMIN_PASS';

function instanceRows(instances: Instance[]): string {
  return formatTable(
    ['ID', 'NAME', 'STATUS', 'IMAGE', 'SPEC', 'OS', 'CREATED'],
    instances.map((i) => [i.id, i.name, i.status, i.imageId, i.spec, `${i.osName} ${i.osVersion}`.trim(), i.createTime]),
  );
}

const LIST_USAGE = `Usage: imagecloud instances list [--image-id M] [--name N[,N...]] [--json]

Lists the account's instances in the region, all pages.
  --image-id M   only instances made or last rebuilt from image M
  --name N       only instances with these names (comma-separated)
  --json         print the instances as a JSON array`;

async function list(argv: string[]): Promise<void> {
  const args = parse(argv, { 'image-id': { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } } as const, LIST_USAGE, 0);
  if (!args) return;
  const { values } = args;
  await withClient(values, async (client) => {
    const instances: Instance[] = [];
    for await (const instance of client.listInstances({ imageId: values['image-id'], instanceNames: values.name })) instances.push(instance);
    if (values.json) json(instances);
    else out(instanceRows(instances));
  });
}

const GET_USAGE = `Usage: imagecloud instances get INSTANCE_ID [--json]

Shows one instance.`;

async function get(argv: string[]): Promise<void> {
  const args = parse(argv, { json: { type: 'boolean' } }, GET_USAGE, 1);
  if (!args) return;
  await withClient(args.values, async (client) => {
    const { instance } = await client.getInstance(args.positionals[0]!);
    if (args.values.json) json(instance);
    else out(fieldTable(instance));
  });
}

const WAIT_HELP = `  --wait         wait until the instance is Running
  --timeout D    with --wait: give up after D (default 10m)`;

const CREATE_USAGE = `Usage: imagecloud instances create --image-id M (--spec S | --cpu N --memory-gb N) [options]

Creates instances from an image: all of --count or none.
  --image-id M        the image (own, public, shared with the account, market)
  --spec S            instance spec, e.g. bcc.g4.c2m8 (2 vCPUs, 8 GiB)
  --cpu N             vCPUs, with --memory-gb instead of --spec
  --memory-gb N       memory in GiB
  --count N           how many (default 1)
  --name N            instance name
  --root-disk-gb N    system disk size (default: the image's minimum)
  --root-disk-type T  cloud_hp1 (default), ssd, ... or local, local-ssd, ...
  --zone Z            zone, e.g. cn-bj-a
${WAIT_HELP}
  --json              print the created instance ids as JSON
The admin password, if any, comes from $${ADMIN_PASS_VARIABLE}.`;

async function create(argv: string[]): Promise<void> {
  const spec = {
    'image-id': { type: 'string' },
    spec: { type: 'string' },
    cpu: { type: 'string' },
    'memory-gb': { type: 'string' },
    count: { type: 'string' },
    name: { type: 'string' },
    'root-disk-gb': { type: 'string' },
    'root-disk-type': { type: 'string' },
    zone: { type: 'string' },
    wait: { type: 'boolean' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  } as const;
  const args = parse(argv, spec, CREATE_USAGE, 0);
  if (!args) return;
  const { values } = args;
  if (values['image-id'] === undefined) throw new UsageError('--image-id is required', CREATE_USAGE);
  const sized = values.cpu !== undefined || values['memory-gb'] !== undefined;
  if ((values.spec === undefined) === !sized) throw new UsageError('give either --spec or --cpu with --memory-gb', CREATE_USAGE);
  if (sized && (values.cpu === undefined || values['memory-gb'] === undefined)) throw new UsageError('--cpu and --memory-gb go together', CREATE_USAGE);
  const adminPass = process.env[ADMIN_PASS_VARIABLE];
  const request: CreateInstanceRequest = {
    imageId: values['image-id'],
    ...(values.spec !== undefined ? { spec: values.spec } : {}),
    ...(values.cpu !== undefined ? { cpuCount: integerOption(values.cpu, '--cpu', CREATE_USAGE) } : {}),
    ...(values['memory-gb'] !== undefined ? { memoryCapacityInGB: integerOption(values['memory-gb'], '--memory-gb', CREATE_USAGE) } : {}),
    ...(values.count !== undefined ? { purchaseCount: integerOption(values.count, '--count', CREATE_USAGE) } : {}),
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values['root-disk-gb'] !== undefined ? { rootDiskSizeInGb: integerOption(values['root-disk-gb'], '--root-disk-gb', CREATE_USAGE) } : {}),
    ...(values['root-disk-type'] !== undefined ? { rootDiskStorageType: values['root-disk-type'] as RootDiskType } : {}),
    ...(values.zone !== undefined ? { zoneName: values.zone } : {}),
    ...(adminPass ? { adminPass } : {}),
  };
  const timeoutMs = values.timeout === undefined ? 10 * 60_000 : parseDuration(values.timeout, '--timeout');
  await withClient(values, async (client) => {
    const { instanceIds } = await client.createInstance(request);
    if (values.wait) await Promise.all(instanceIds.map((id) => client.waitForInstance(id, { timeoutMs })));
    if (values.json) json(instanceIds);
    else out(instanceIds.map((id) => `created ${id}${values.wait ? ' (Running)' : ''}\n`).join(''));
  });
}

const REBUILD_USAGE = `Usage: imagecloud instances rebuild INSTANCE_ID --image-id M [--discard-data] [--wait [--timeout D]]

Reinstalls the instance from image M (it must be Running or Stopped): its OS
follows the image. Data disks are kept unless --discard-data.
${WAIT_HELP}
The new admin password, if any, comes from $${ADMIN_PASS_VARIABLE}.`;

async function rebuild(argv: string[]): Promise<void> {
  const spec = { 'image-id': { type: 'string' }, 'discard-data': { type: 'boolean' }, wait: { type: 'boolean' }, timeout: { type: 'string' } } as const;
  const args = parse(argv, spec, REBUILD_USAGE, 1);
  if (!args) return;
  const { values } = args;
  if (values['image-id'] === undefined) throw new UsageError('--image-id is required', REBUILD_USAGE);
  const instanceId = args.positionals[0]!;
  const adminPass = process.env[ADMIN_PASS_VARIABLE];
  const timeoutMs = values.timeout === undefined ? 10 * 60_000 : parseDuration(values.timeout, '--timeout');
  await withClient(values, async (client) => {
    await client.rebuildInstance(instanceId, {
      imageId: values['image-id']!,
      ...(adminPass ? { adminPass } : {}),
      ...(values['discard-data'] ? { isPreserveData: false } : {}),
    });
    if (values.wait) await client.waitForInstance(instanceId, { timeoutMs });
  });
  out(`rebuilding ${instanceId} from ${values['image-id']}${values.wait ? ': Running' : ''}\n`);
}

function lifecycle(verb: 'start' | 'stop' | 'delete', summary: string): Subcommand['run'] {
  const usage = `Usage: imagecloud instances ${verb} INSTANCE_ID${verb === 'stop' ? ' [--force]' : ''}\n\n${summary}.`;
  return async (argv) => {
    const args = parse(argv, verb === 'stop' ? { force: { type: 'boolean' } } : {}, usage, 1);
    if (!args) return;
    const instanceId = args.positionals[0]!;
    await withClient(args.values, (client) => {
      if (verb === 'start') return client.startInstance(instanceId);
      if (verb === 'stop') return client.stopInstance(instanceId, (args.values as { force?: boolean }).force ? { forceStop: true } : {});
      return client.deleteInstance(instanceId);
    });
    out(`${verb === 'delete' ? 'deleted' : verb === 'start' ? 'starting' : 'stopping'} ${instanceId}\n`);
  };
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  list: { summary: 'list instances (table or --json)', run: list },
  get: { summary: 'show one instance', run: get },
  create: { summary: 'create instances from an image', run: create },
  rebuild: { summary: 'reinstall an instance from another image', run: rebuild },
  start: { summary: 'start a stopped instance', run: lifecycle('start', 'Starts a Stopped instance') },
  stop: { summary: 'stop a running instance', run: lifecycle('stop', 'Stops a Running instance') },
  delete: { summary: 'delete an instance', run: lifecycle('delete', 'Deletes the instance (its images are not affected)') },
};

export const INSTANCES_USAGE = subcommandsUsage('instances', SUBCOMMANDS);

export function runInstancesCommand(argv: string[]): Promise<void> {
  return runSubcommand('instances', SUBCOMMANDS, INSTANCES_USAGE, argv);
}
