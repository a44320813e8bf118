/**
 * `imagecloud images <subcommand>`: the image API for scripts and people,
 * over the typed client. Each subcommand parses its own options (so `--help`
 * works everywhere) and writes results to stdout, progress to stderr.
 */
import type { Image, ListImagesQuery, Region, ShareImageRequest } from '../api/schemas';
import { booleanOption, fieldTable, integerOption, json, out, parse, runSubcommand, subcommandsUsage, withClient, type Subcommand } from './api-command';
import { UsageError, parseDuration } from './args';
import { formatTable } from './output';
import { CopyProgressDisplay } from './progress';

function imageRows(images: Image[]): string {
  return formatTable(
    ['ID', 'NAME', 'TYPE', 'STATUS', 'OS', 'CREATED'],
    images.map((i) => [i.id, i.name, i.type, i.status, `${i.osName} ${i.osVersion} ${i.osArch}`.trim(), i.createTime]),
  );
}

/** Option values are checked by the client's request validation before anything is sent. */
type ImageTypeFilter = ListImagesQuery['imageType'];

const FILTER_HELP = `  --type T       All (default), System, Custom, Integration, Market, Sharing, ...
  --name N       exact image name
  --tag-key K    images carrying a tag with key K
  --tag-value V  with --tag-key: only where that tag's value is V`;

const LIST_USAGE = `Usage: imagecloud images list [--type T] [--name N] [--tag-key K [--tag-value V]] [--json]

Lists the images visible in the region, all pages.
${FILTER_HELP}
  --json         print the images as a JSON array`;

/** The list filters; --tag-value alone would silently list everything, so it is refused. */
function listFilter(values: { type?: string; name?: string; 'tag-key'?: string; 'tag-value'?: string }, usage: string) {
  if (values['tag-value'] !== undefined && values['tag-key'] === undefined) throw new UsageError('--tag-value needs --tag-key', usage);
  return { imageType: values.type as ImageTypeFilter, imageName: values.name, tagKey: values['tag-key'], tagValue: values['tag-value'] };
}

async function list(argv: string[]): Promise<void> {
  const spec = {
    type: { type: 'string' },
    name: { type: 'string' },
    'tag-key': { type: 'string' },
    'tag-value': { type: 'string' },
    json: { type: 'boolean' },
  } as const;
  const args = parse(argv, spec, LIST_USAGE, 0);
  if (!args) return;
  const { values } = args;
  const filter = listFilter(values, LIST_USAGE);
  await withClient(values, async (client) => {
    const images: Image[] = [];
    for await (const image of client.listImages(filter)) images.push(image);
    if (values.json) json(images);
    else out(imageRows(images));
  });
}

const GET_USAGE = `Usage: imagecloud images get IMAGE_ID [--json]

Shows one image.`;

async function get(argv: string[]): Promise<void> {
  const args = parse(argv, { json: { type: 'boolean' } }, GET_USAGE, 1);
  if (!args) return;
  await withClient(args.values, async (client) => {
    const { image } = await client.getImage(args.positionals[0]!);
    if (args.values.json) return json(image);
    out(fieldTable(image));
  });
}

const CSV_USAGE = `Usage: imagecloud images csv [--type T] [--name N] [--tag-key K [--tag-value V]]

Prints the region's image list as CSV (the IMS "export image list").
${FILTER_HELP}`;

async function csv(argv: string[]): Promise<void> {
  const spec = { type: { type: 'string' }, name: { type: 'string' }, 'tag-key': { type: 'string' }, 'tag-value': { type: 'string' } } as const;
  const args = parse(argv, spec, CSV_USAGE, 0);
  if (!args) return;
  const filter = listFilter(args.values, CSV_USAGE);
  await withClient(args.values, async (client) => {
    out(await client.exportImageList(filter));
  });
}

const DELETE_USAGE = `Usage: imagecloud images delete IMAGE_ID

Deletes a custom image (unshare it first if it is shared).`;

async function remove(argv: string[]): Promise<void> {
  const args = parse(argv, {}, DELETE_USAGE, 1);
  if (!args) return;
  const imageId = args.positionals[0]!;
  await withClient(args.values, (client) => client.deleteImage(imageId));
  out(`deleted ${imageId}\n`);
}

const ACCOUNT_OPTIONS = {
  account: { type: 'string' },
  'account-id': { type: 'string' },
  'uc-account': { type: 'string' },
} as const;

function accountOf(values: { account?: string; 'account-id'?: string; 'uc-account'?: string }, usage: string): ShareImageRequest {
  const request: ShareImageRequest = {};
  if (values.account !== undefined) request.account = values.account;
  if (values['account-id'] !== undefined) request.accountId = values['account-id'];
  if (values['uc-account'] !== undefined) request.ucAccount = values['uc-account'];
  if (Object.keys(request).length === 0) throw new UsageError('name the account: --account, --account-id or --uc-account', usage);
  return request;
}

const sharingUsage = (verb: 'share' | 'unshare') => `Usage: imagecloud images ${verb} IMAGE_ID (--account NAME | --account-id ID | --uc-account NAME)

${verb === 'share' ? 'Shares the image with' : 'Stops sharing the image with'} another account of the region.`;

function sharing(verb: 'share' | 'unshare'): Subcommand['run'] {
  return async (argv) => {
    const usage = sharingUsage(verb);
    const args = parse(argv, ACCOUNT_OPTIONS, usage, 1);
    if (!args) return;
    const imageId = args.positionals[0]!;
    const account = accountOf(args.values, usage);
    await withClient(args.values, (client) =>
      verb === 'share' ? client.shareImage(imageId, account) : client.unshareImage(imageId, account),
    );
    out(`${verb === 'share' ? 'shared' : 'unshared'} ${imageId} ${verb === 'share' ? 'with' : 'from'} ${Object.values(account).join(' / ')}\n`);
  };
}

const SHARED_USERS_USAGE = `Usage: imagecloud images shared-users IMAGE_ID [--json]

Lists the accounts a custom image is shared with.`;

async function sharedUsers(argv: string[]): Promise<void> {
  const args = parse(argv, { json: { type: 'boolean' } }, SHARED_USERS_USAGE, 1);
  if (!args) return;
  await withClient(args.values, async (client) => {
    const { users } = await client.listSharedUsers(args.positionals[0]!);
    if (args.values.json) return json(users);
    out(formatTable(['ACCOUNT_ID', 'ACCOUNT', 'UC_ACCOUNT'], users.map((u) => [u.accountId, u.account, u.ucAccount])));
  });
}

const COPY_USAGE = `Usage: imagecloud images copy IMAGE_ID --to REGION[,REGION...] [--name N] [--wait [--timeout 60m] [--cancel-on-timeout]]
       imagecloud images copy cancel DEST_IMAGE_ID --region DEST_REGION

Copies a custom image to other regions. Each region gets its own image id.
  --to R,R             destination regions
  --name N             name of the copies (default: the source's name)
  --wait               wait until every copy is Available, showing progress on stderr
  --timeout D          with --wait: give up after D (90s, 10m, 1h; default 60m)
  --cancel-on-timeout  with --wait: cancel copies still running at the timeout`;

async function copy(argv: string[]): Promise<void> {
  if (argv[0] === 'cancel') return cancelCopy(argv.slice(1));
  const spec = {
    to: { type: 'string' },
    name: { type: 'string' },
    wait: { type: 'boolean' },
    timeout: { type: 'string' },
    'cancel-on-timeout': { type: 'boolean' },
  } as const;
  const args = parse(argv, spec, COPY_USAGE, 1);
  if (!args) return;
  const { values } = args;
  if (!values.to) throw new UsageError('--to is required', COPY_USAGE);
  if (!values.wait && (values.timeout !== undefined || values['cancel-on-timeout'])) {
    throw new UsageError('--timeout and --cancel-on-timeout need --wait', COPY_USAGE);
  }
  const timeoutMs = values.timeout === undefined ? undefined : parseDuration(values.timeout, '--timeout');
  const destRegion = values.to.split(',').map((r) => r.trim()).filter(Boolean);
  const imageId = args.positionals[0]!;

  await withClient(values, async (client) => {
    const { result } = await client.remoteCopyImage(imageId, {
      destRegion: destRegion as Region[],
      ...(values.name === undefined ? {} : { name: values.name }),
    });
    out(formatTable(['REGION', 'IMAGE_ID', 'RESULT'], result.map((r) => [r.region, r.imageId || '-', r.code ? `${r.code}: ${r.errMsg}` : 'started'])));
    const started = result.filter((r) => !r.code);
    if (started.length < result.length) process.exitCode = 1;
    if (!values.wait || started.length === 0) return;

    const display = new CopyProgressDisplay(process.stderr, process.stderr.isTTY === true);
    // Ctrl-C stops waiting (the copies go on); one failed wait stops the others.
    const stop = new AbortController();
    const onInterrupt = () => stop.abort(new Error('interrupted'));
    process.once('SIGINT', onInterrupt);
    try {
      await Promise.all(
        started.map((r) =>
          client
            .waitForCopy(r.region, r.imageId, {
              timeoutMs,
              cancelOnTimeout: values['cancel-on-timeout'],
              signal: stop.signal,
              onProgress: (image) => display.update(`${r.region} ${r.imageId}`, image),
            })
            .then((image) => display.update(`${r.region} ${r.imageId}`, image))
            .catch((error: unknown) => {
              stop.abort(error);
              throw error;
            }),
        ),
      );
    } finally {
      process.removeListener('SIGINT', onInterrupt);
      display.finish();
    }
    out(`copied ${imageId} to ${started.map((r) => `${r.region} (${r.imageId})`).join(', ')}\n`);
  });
}

const CREATE_USAGE = `Usage: imagecloud images create --name N (--instance-id I [--full-instance | --data-disk-id V] | --snapshot-id S)
                              [--encrypt-key K] [--description D] [--wait [--timeout 60m]] [--json]

Creates a custom image from an instance or a system-disk snapshot and prints its id.
  --name N          image name: starts with a letter; 1-65 letters, digits, - _ / .
  --instance-id I   the instance (Running or Stopped) whose system disk to image
  --full-instance   with --instance-id: the system disk and every data disk
  --data-disk-id V  with --instance-id: an image of this data disk instead
  --snapshot-id S   an Available system-disk snapshot
  --encrypt-key K   KMS key id of the region to encrypt the image with
  --description D   free text
  --wait            wait until the image is Available
  --timeout D       with --wait: give up after D (90s, 10m, 1h; default 60m)
  --json            print the image (with --wait) or {"imageId"} as JSON`;

async function create(argv: string[]): Promise<void> {
  const spec = {
    name: { type: 'string' },
    'instance-id': { type: 'string' },
    'full-instance': { type: 'boolean' },
    'data-disk-id': { type: 'string' },
    'snapshot-id': { type: 'string' },
    'encrypt-key': { type: 'string' },
    description: { type: 'string' },
    wait: { type: 'boolean' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
  } as const;
  const args = parse(argv, spec, CREATE_USAGE, 0);
  if (!args) return;
  const { values } = args;
  if (values.name === undefined) throw new UsageError('--name is required', CREATE_USAGE);
  const instanceId = values['instance-id'];
  const snapshotId = values['snapshot-id'];
  if ((instanceId === undefined) === (snapshotId === undefined)) throw new UsageError('name the source: --instance-id or --snapshot-id, not both', CREATE_USAGE);
  if (instanceId === undefined && (values['full-instance'] || values['data-disk-id'] !== undefined)) {
    throw new UsageError('--full-instance and --data-disk-id need --instance-id', CREATE_USAGE);
  }
  if (values['full-instance'] && values['data-disk-id'] !== undefined) throw new UsageError('--full-instance and --data-disk-id exclude each other', CREATE_USAGE);
  if (!values.wait && values.timeout !== undefined) throw new UsageError('--timeout needs --wait', CREATE_USAGE);
  const timeoutMs = values.timeout === undefined ? undefined : parseDuration(values.timeout, '--timeout');
  await withClient(values, async (client) => {
    const { imageId } = await client.createImage({
      imageName: values.name!,
      ...(instanceId !== undefined ? { instanceId } : {}),
      ...(snapshotId !== undefined ? { snapshotId } : {}),
      ...(values['full-instance'] ? { relateCds: true } : {}),
      ...(values['data-disk-id'] !== undefined ? { dataDiskId: values['data-disk-id'] } : {}),
      ...(values['encrypt-key'] !== undefined ? { encryptKey: values['encrypt-key'] } : {}),
      ...(values.description !== undefined ? { description: values.description } : {}),
    });
    if (!values.wait) return values.json ? json({ imageId }) : out(`${imageId}\n`);
    process.stderr.write(`created ${imageId}; waiting until it is Available\n`);
    const image = await client.waitForImage(imageId, { timeoutMs: timeoutMs ?? 60 * 60_000 });
    return values.json ? json(image) : out(`${imageId}\n`);
  });
}

const RENAME_USAGE = `Usage: imagecloud images rename IMAGE_ID NEW_NAME

Renames a custom image (in any status).`;

async function rename(argv: string[]): Promise<void> {
  const args = parse(argv, {}, RENAME_USAGE, 2);
  if (!args) return;
  const [imageId, name] = args.positionals as [string, string];
  await withClient(args.values, (client) => client.renameImage({ imageId, name }));
  out(`renamed ${imageId} to ${name}\n`);
}

const TAG_USAGE = `Usage: imagecloud images tag IMAGE_ID [KEY=VALUE ...] [--remove KEY ...]

Binds tags to a custom image (a key it already has gets the new value) and
unbinds the keys named by --remove. At most 10 tags per image.
  --remove KEY   unbind the tag with this key (repeatable)`;

async function tag(argv: string[]): Promise<void> {
  const args = parse(argv, { remove: { type: 'string', multiple: true } }, TAG_USAGE, { min: 1 });
  if (!args) return;
  const [imageId, ...pairs] = args.positionals as [string, ...string[]];
  const removeKeys = args.values.remove ?? [];
  if (pairs.length === 0 && removeKeys.length === 0) throw new UsageError('name tags to bind (KEY=VALUE) or to remove (--remove KEY)', TAG_USAGE);
  const bind = pairs.map((pair) => {
    const separator = pair.indexOf('=');
    if (separator < 1) throw new UsageError(`expected KEY=VALUE, got ${JSON.stringify(pair)}`, TAG_USAGE);
    return { tagKey: pair.slice(0, separator), tagValue: pair.slice(separator + 1) };
  });
  await withClient(args.values, async (client) => {
    if (removeKeys.length > 0) {
      // Unbinding names key and value: the values are the image's own.
      const { image } = await client.getImage(imageId);
      const missing = removeKeys.filter((key) => !image.tags.some((existing) => existing.tagKey === key));
      if (missing.length > 0) throw new UsageError(`image ${imageId} has no tag ${missing.join(', ')}`);
      await client.unbindTags(imageId, { changeTags: image.tags.filter((existing) => removeKeys.includes(existing.tagKey)) });
    }
    if (bind.length > 0) await client.bindTags(imageId, { changeTags: bind });
    const { image } = await client.getImage(imageId);
    out(`${imageId} tags: ${image.tags.map((t) => `${t.tagKey}=${t.tagValue}`).join(', ') || '(none)'}\n`);
  });
}

const MODIFY_USAGE = `Usage: imagecloud images modify IMAGE_ID [--name N] [--description D] [--min-memory-mb N] [--max-memory-mb N]
                              [--nic-multi-queue true|false] [--sriov true|false]

Changes attributes of a custom image; name at least one.
  --name N             new name
  --description D      free text ("" clears it)
  --min-memory-mb N    smallest memory of instances made from it, MiB
  --max-memory-mb N    largest memory, MiB; 0 for no limit
  --nic-multi-queue B  NIC multi-queue support: true or false
  --sriov B            SR-IOV support: true or false`;

async function modify(argv: string[]): Promise<void> {
  const spec = {
    name: { type: 'string' },
    description: { type: 'string' },
    'min-memory-mb': { type: 'string' },
    'max-memory-mb': { type: 'string' },
    'nic-multi-queue': { type: 'string' },
    sriov: { type: 'string' },
  } as const;
  const args = parse(argv, spec, MODIFY_USAGE, 1);
  if (!args) return;
  const { values } = args;
  const change = {
    ...(values.name !== undefined ? { name: values.name } : {}),
    ...(values.description !== undefined ? { description: values.description } : {}),
    ...(values['min-memory-mb'] !== undefined ? { minMemoryMb: integerOption(values['min-memory-mb'], '--min-memory-mb', MODIFY_USAGE) } : {}),
    ...(values['max-memory-mb'] !== undefined ? { maxMemoryMb: integerOption(values['max-memory-mb'], '--max-memory-mb', MODIFY_USAGE) } : {}),
    ...(values['nic-multi-queue'] !== undefined ? { nicMultiQueue: booleanOption(values['nic-multi-queue'], '--nic-multi-queue', MODIFY_USAGE) } : {}),
    ...(values.sriov !== undefined ? { sriov: booleanOption(values.sriov, '--sriov', MODIFY_USAGE) } : {}),
  };
  if (Object.keys(change).length === 0) throw new UsageError('name at least one attribute to change', MODIFY_USAGE);
  const imageId = args.positionals[0]!;
  await withClient(values, (client) => client.modifyImageAttributes(imageId, change));
  out(`modified ${imageId}: ${Object.keys(change).join(', ')}\n`);
}

const COPY_CANCEL_USAGE = `Usage: imagecloud images copy cancel DEST_IMAGE_ID --region DEST_REGION

Cancels a copy in progress: the destination image (the id \`copy\` printed) is
removed and frees its quota. --region is the copy's region, not the source's.`;

async function cancelCopy(argv: string[]): Promise<void> {
  const args = parse(argv, {}, COPY_CANCEL_USAGE, 1);
  if (!args) return;
  if (args.values.region === undefined && process.env.IMAGECLOUD_REGION === undefined) {
    throw new UsageError('--region is required: the region the copy is made in', COPY_CANCEL_USAGE);
  }
  const imageId = args.positionals[0]!;
  await withClient(args.values, (client) => client.cancelRemoteCopy(imageId));
  out(`cancelled the copy ${imageId}\n`);
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  list: { summary: 'list images (table or --json)', run: list },
  get: { summary: 'show one image', run: get },
  csv: { summary: 'the region\'s image list as CSV', run: csv },
  create: { summary: 'create a custom image from an instance or a snapshot', run: create },
  rename: { summary: 'rename a custom image', run: rename },
  modify: { summary: 'change a custom image\'s attributes', run: modify },
  tag: { summary: 'bind and unbind tags of a custom image', run: tag },
  delete: { summary: 'delete a custom image', run: remove },
  share: { summary: 'share an image with an account', run: sharing('share') },
  unshare: { summary: 'stop sharing an image with an account', run: sharing('unshare') },
  'shared-users': { summary: 'accounts an image is shared with', run: sharedUsers },
  copy: { summary: 'copy an image to other regions, optionally waiting; `copy cancel` stops one', run: copy },
};

export const IMAGES_USAGE = subcommandsUsage('images', SUBCOMMANDS);

export function runImagesCommand(argv: string[]): Promise<void> {
  return runSubcommand('images', SUBCOMMANDS, IMAGES_USAGE, argv);
}
