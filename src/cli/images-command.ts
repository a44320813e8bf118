/**
 * `imagecloud images <subcommand>`: the image API for scripts and people,
 * over the typed client. Each subcommand parses its own options (so `--help`
 * works everywhere) and writes results to stdout, progress to stderr.
 */
import type { Image, ListImagesQuery, Region, ShareImageRequest } from '../api/schemas';
import { ImageClient } from '../client/client';
import { API_OPTIONS, API_OPTIONS_HELP, UsageError, hoistGlobalOptions, parseCommand, parseDuration, type OptionSpecs } from './args';
import { formatTable } from './output';
import { CopyProgressDisplay } from './progress';

interface Subcommand {
  summary: string;
  run(argv: string[]): Promise<void>;
}

/** Option values are checked by the client's request validation before anything is sent. */
type ImageTypeFilter = ListImagesQuery['imageType'];

const out = (text: string) => process.stdout.write(text);

function clientFor(values: { region?: string; endpoint?: string }): ImageClient {
  return new ImageClient({
    region: values.region ?? process.env.IMAGECLOUD_REGION ?? 'bj',
    endpoint: values.endpoint ?? process.env.IMAGECLOUD_ENDPOINT,
  });
}

/** Runs `body` with a client for the parsed options and closes it afterwards. */
async function withClient<T>(values: { region?: string; endpoint?: string }, body: (client: ImageClient) => Promise<T>): Promise<T> {
  const client = clientFor(values);
  try {
    return await body(client);
  } finally {
    await client.close();
  }
}

/** Parses argv against `options` plus the API options; undefined when --help was printed instead. */
function parse<O extends OptionSpecs>(argv: string[], options: O, usage: string, positionals: number) {
  const parsed = parseCommand(argv, { ...API_OPTIONS, ...options }, usage);
  // Inside this generic function the values' type is not resolved yet; help is always declared.
  if ((parsed.values as { help?: boolean }).help) {
    out(`${usage}\n\n${API_OPTIONS_HELP}\n`);
    return undefined;
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(
      positionals === 0 ? `unexpected argument ${parsed.positionals[0]}` : `expected ${positionals} argument(s), got ${parsed.positionals.length}`,
      usage,
    );
  }
  return parsed;
}

const json = (value: unknown) => out(JSON.stringify(value, null, 2) + '\n');

function imageRows(images: Image[]): string {
  return formatTable(
    ['ID', 'NAME', 'TYPE', 'STATUS', 'OS', 'CREATED'],
    images.map((i) => [i.id, i.name, i.type, i.status, `${i.osName} ${i.osVersion} ${i.osArch}`.trim(), i.createTime]),
  );
}

const LIST_USAGE = `Usage: imagecloud images list [--type T] [--name N] [--tag-key K [--tag-value V]] [--json]

Lists the images visible in the region, all pages.
  --type T       All (default), System, Custom, Integration, Market, Sharing, ...
  --name N       exact image name
  --json         print the images as a JSON array`;

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
  await withClient(values, async (client) => {
    const images: Image[] = [];
    const filter = { imageType: values.type as ImageTypeFilter, imageName: values.name, tagKey: values['tag-key'], tagValue: values['tag-value'] };
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
    const rows = Object.entries(image).map(([key, value]) => [key, describeField(value)]);
    out(formatTable(['FIELD', 'VALUE'], rows));
  });
}

function describeField(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map((v) => ('tagKey' in v ? `${v.tagKey}=${v.tagValue}` : JSON.stringify(v))).join(', ');
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

const CSV_USAGE = `Usage: imagecloud images csv [--type T] [--name N] [--tag-key K [--tag-value V]]

Prints the region's image list as CSV (the IMS "export image list").`;

async function csv(argv: string[]): Promise<void> {
  const spec = { type: { type: 'string' }, name: { type: 'string' }, 'tag-key': { type: 'string' }, 'tag-value': { type: 'string' } } as const;
  const args = parse(argv, spec, CSV_USAGE, 0);
  if (!args) return;
  const { values } = args;
  await withClient(values, async (client) => {
    out(
      await client.exportImageList({
        imageType: values.type as ImageTypeFilter,
        imageName: values.name,
        tagKey: values['tag-key'],
        tagValue: values['tag-value'],
      }),
    );
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

Copies a custom image to other regions. Each region gets its own image id.
  --to R,R             destination regions
  --name N             name of the copies (default: the source's name)
  --wait               wait until every copy is Available, showing progress on stderr
  --timeout D          with --wait: give up after D (90s, 10m, 1h; default 60m)
  --cancel-on-timeout  with --wait: cancel copies still running at the timeout`;

async function copy(argv: string[]): Promise<void> {
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

const SUBCOMMANDS: Record<string, Subcommand> = {
  list: { summary: 'list images (table or --json)', run: list },
  get: { summary: 'show one image', run: get },
  csv: { summary: 'the region\'s image list as CSV', run: csv },
  delete: { summary: 'delete a custom image', run: remove },
  share: { summary: 'share an image with an account', run: sharing('share') },
  unshare: { summary: 'stop sharing an image with an account', run: sharing('unshare') },
  'shared-users': { summary: 'accounts an image is shared with', run: sharedUsers },
  copy: { summary: 'copy an image to other regions, optionally waiting', run: copy },
};

export const IMAGES_USAGE = `Usage: imagecloud images <command> [options]

Commands:
${Object.entries(SUBCOMMANDS)
  .map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`)
  .join('\n')}

Run \`imagecloud images <command> --help\` for a command's options.`;

export async function runImagesCommand(argv: string[]): Promise<void> {
  const [name, ...rest] = hoistGlobalOptions(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) throw new UsageError('missing command', IMAGES_USAGE);
    out(IMAGES_USAGE + '\n');
    return;
  }
  const subcommand = SUBCOMMANDS[name];
  if (!subcommand) throw new UsageError(`unknown command "images ${name}"`, IMAGES_USAGE);
  await subcommand.run(rest);
}
