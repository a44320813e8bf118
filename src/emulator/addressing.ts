/**
 * Which region a request is for. The official SDKs and other Terraform
 * providers take one endpoint per region, a host with an optional port
 * (`bcc.bj.baidubce.com`), and sign the path `/v2/...` as it is: they cannot
 * add a path prefix. So a region is told, in this order, by
 *
 * 1. a `/region/{region}` path prefix (this project's own client; the prefix
 *    is part of the signed path),
 * 2. the port the request arrived on, when the emulator listens on one port
 *    per region (`--region-ports`), which any client reaches by endpoint alone,
 * 3. the Host header: `bcc.{region}.baidubce.com` (a client pointed at the
 *    emulator by /etc/hosts or a proxy) or `{region}.localhost`.
 *
 * A request none of these place is refused with 404 InvalidURI naming them.
 */
import { REGIONS, type Region } from '../api/schemas';
import { ApiError } from './api-error';

export interface Addressed {
  region: Region;
  /** The API path, `/v2/...`, that routes the request. */
  apiPath: string;
}

const REGION_SET: ReadonlySet<string> = new Set(REGIONS);
const PREFIXED = /^\/region\/([^/]*)(\/.*)?$/;
const HOST_FORMS = [/^bcc\.([a-z0-9-]+)\.baidubce\.com$/, /^([a-z0-9-]+)\.localhost$/];

export const ADDRESSING_RULE =
  'address a region with a /region/{region} path prefix, a Host of bcc.{region}.baidubce.com or {region}.localhost, ' +
  'or the region\'s own port (--region-ports)';

function checkedRegion(region: string, where: string): Region {
  if (!REGION_SET.has(region)) throw new ApiError('InvalidURI', `${where}: "${region}" is not a region; one of ${REGIONS.join(', ')}`);
  return region as Region;
}

/** The region named by a Host header value, or undefined when it names none. */
export function regionOfHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  for (const form of HOST_FORMS) {
    const match = form.exec(name);
    if (match) return match[1];
  }
  return undefined;
}

/** The region and API path of a request; `portRegion` is the region of the port it arrived on, if any. */
export function addressOf(path: string, host: string | undefined, portRegion: Region | undefined): Addressed {
  const prefixed = PREFIXED.exec(path);
  if (prefixed) return { region: checkedRegion(prefixed[1]!, 'region'), apiPath: prefixed[2] ?? '/' };
  if (portRegion) return { region: portRegion, apiPath: path };
  const fromHost = regionOfHost(host);
  if (fromHost !== undefined) return { region: checkedRegion(fromHost, `Host ${host}`), apiPath: path };
  throw new ApiError('InvalidURI', `${path}: the request names no region; ${ADDRESSING_RULE}`);
}
