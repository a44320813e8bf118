/**
 * The imagecloud provider: its configuration, and the resources and data
 * sources it serves. One provider instance is bound to one region; copies name
 * their destination region themselves.
 */
import { REGIONS } from '../api/schemas';
import { ProviderError, attr, defineProvider, numberBetween, oneOf, t, type Validator } from './runtime';
import { imageDataSource } from './data-sources/image';
import { imageSharedUsersDataSource } from './data-sources/image-shared-users';
import { imagesDataSource } from './data-sources/images';
import { instanceDataSource } from './data-sources/instance';
import { instancesDataSource } from './data-sources/instances';
import { customImage } from './resources/custom-image';
import { imageCopy } from './resources/image-copy';
import { imageExport } from './resources/image-export';
import { imageShare } from './resources/image-share';
import { imageShareAccount } from './resources/image-share-account';
import { instance } from './resources/instance';
import { noteRequest } from './image-reads';
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from './identity';

/** How long a read retries transient failures when max_retries is unset: one unlucky request must not fail a plan. */
const READ_RETRY_MS = 120_000;

/** An http(s) URL once `{region}` is filled in: the rule an endpoint follows. */
function endpointProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.replace(/\{region\}/g, 'bj'));
  } catch {
    return `must be an http or https URL, with or without {region}; got ${JSON.stringify(value)}`;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : `must be an http or https URL; got the scheme ${url.protocol}`;
}

const endpointValidator: Validator<string> = {
  description: 'An http or https URL, optionally with `{region}`.',
  validate: endpointProblem,
};

const regionEndpointsValidator: Validator<Record<string, string>> = {
  description: `Keys are regions (${REGIONS.join(', ')}), values http or https URLs.`,
  validate(endpoints) {
    for (const [region, url] of Object.entries(endpoints)) {
      if (!(REGIONS as readonly string[]).includes(region)) return `has the key ${JSON.stringify(region)}, which is not a region: use one of ${REGIONS.join(', ')}`;
      const problem = endpointProblem(url);
      if (problem) return `${region}: ${problem}`;
    }
    return undefined;
  },
};

const regionList = REGIONS.map((region) => `\`${region}\``).join(', ');

export const provider = defineProvider({
  address: PROVIDER_ADDRESS,
  version: PROVIDER_VERSION,
  description:
    'Manages custom machine images of the BCC image API (and of the imagecloud emulator): images made from instances, ' +
    'snapshots, data disks or imported files, sharing them with other accounts, copying them across regions and ' +
    'exporting them to object storage; and the instances launched and rebuilt from them.\n\n' +
    'Credentials come from `access_key` / `secret_key` (and `session_token`) or from the environment variables ' +
    '`BCE_ACCESS_KEY_ID`, `BCE_SECRET_ACCESS_KEY` and `BCE_SESSION_TOKEN`. They are provider configuration: Terraform ' +
    'never stores them in state.\n\n' +
    'Refreshing many images at once costs one paged list call per region instead of a request per image; a write by ' +
    'the provider makes the next read fresh again.',
  attributes: {
    region: attr.string({
      optional: true,
      description: `Region the provider manages images in: one of ${regionList}. Defaults to \`BCE_REGION\`, then \`IMAGECLOUD_REGION\` from the environment; one of them is required.`,
      validators: [oneOf(...REGIONS)],
    }),
    endpoint: attr.string({
      optional: true,
      description:
        'Where requests go: a template with `{region}` (`http://{region}.localhost:4566` or `http://127.0.0.1:4566/region/{region}` for the emulator), ' +
        'or the URL of the provider\'s region alone (`http://bj.localhost:4566`). Defaults to `IMAGECLOUD_ENDPOINT`, then `https://bcc.{region}.baidubce.com`.',
      validators: [endpointValidator],
    }),
    endpoints: attr.map(t.string, {
      optional: true,
      description:
        'Per-region URLs, ahead of `endpoint`: the region a copy goes to, when `endpoint` has no `{region}` (the emulator\'s `--region-ports`, say: ' +
        '`{ bj = "http://127.0.0.1:4567", gz = "http://127.0.0.1:4568" }`).',
      validators: [regionEndpointsValidator],
    }),
    access_key: attr.string({ optional: true, description: 'Access key id. Defaults to `BCE_ACCESS_KEY_ID`.' }),
    secret_key: attr.string({ optional: true, sensitive: true, description: 'Secret access key. Defaults to `BCE_SECRET_ACCESS_KEY`.' }),
    session_token: attr.string({ optional: true, sensitive: true, description: 'Security token of temporary credentials. Defaults to `BCE_SESSION_TOKEN`.' }),
    max_retries: attr.number({
      optional: true,
      description:
        'How many times a failed read (throttling, 5xx, dropped connection) is retried before it fails. ' +
        'Unset, reads are retried with backoff for up to 2 minutes. Writes carry an idempotency token and are retried for up to 2 minutes ' +
        '(a create until its `timeouts.create`), whatever this says.',
      validators: [numberBetween(0, 20)],
    }),
  },
  configure(_ctx, config) {
    const region = config.region ?? process.env.BCE_REGION ?? process.env.IMAGECLOUD_REGION;
    if (!region) {
      throw new ProviderError('Missing region', {
        detail: 'Set region in the provider block, or BCE_REGION (or IMAGECLOUD_REGION) in the environment.',
        path: ['region'],
      });
    }
    if (!(REGIONS as readonly string[]).includes(region)) {
      throw new ProviderError('Invalid region', { detail: `"${region}" from the environment is not one of ${REGIONS.join(', ')}.`, path: ['region'] });
    }
    const accessKeyId = config.access_key ?? process.env.BCE_ACCESS_KEY_ID;
    const secretAccessKey = config.secret_key ?? process.env.BCE_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) {
      throw new ProviderError('Missing credentials', {
        detail: 'Set access_key and secret_key in the provider block, or BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY in the environment.',
      });
    }
    const sessionToken = config.session_token ?? process.env.BCE_SESSION_TOKEN;
    // Loaded here, not at the top: only the launch that configures needs the HTTP stack (undici, ajv),
    // and Terraform also launches the provider just for its schema and for validation.
    const { ImageClient } = require('../client/client') as typeof import('../client/client');
    return new ImageClient({
      region,
      endpoint: config.endpoint ?? process.env.IMAGECLOUD_ENDPOINT,
      endpoints: config.endpoints ?? {},
      credentials: sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey },
      retry: config.max_retries === null ? { readDeadlineMs: READ_RETRY_MS } : { maxAttempts: config.max_retries + 1 },
      onRequest: noteRequest,
    });
  },
  resources: [customImage, imageShare, imageShareAccount, imageCopy, imageExport, instance],
  dataSources: [imageDataSource, imagesDataSource, imageSharedUsersDataSource, instanceDataSource, instancesDataSource],
});
