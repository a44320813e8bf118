/**
 * Where each region's requests go: a per-region URL, a template with
 * `{region}`, or a plain endpoint for the client's own region; and a DNS
 * lookup that takes `*.localhost` for the loopback address, so the
 * emulator's host-addressed regions work wherever the resolver does not.
 */
import { lookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { endpointFor } from '../api/operations';
import { uriEncode } from '../api/signer';

/** The endpoint settings a client's regions share. */
export interface EndpointSettings {
  readonly endpointTemplate: string;
  readonly endpoints: Readonly<Partial<Record<string, string>>>;
  /** The region of the client that made the settings: a plain (template-less) endpoint is that region's. */
  readonly homeRegion: string;
}

/** Where a region's requests go, computed once per client. */
export interface RegionEndpoint {
  origin: string;
  host: string;
  /** Path prefix of the template (`/region/gz` for the emulator, empty for BCC), unencoded and encoded. */
  basePath: string;
  encodedBasePath: string;
}

/** The endpoint of `region`: its own URL, else the template, else (for the home region only) the plain endpoint. */
export function regionEndpoint(shared: EndpointSettings, region: string): RegionEndpoint {
  const template = shared.endpointTemplate;
  const given = shared.endpoints[region] ?? (template.includes('{region}') || region === shared.homeRegion ? endpointFor(template, region) : undefined);
  if (given === undefined) {
    throw new RangeError(
      `no endpoint for region ${region}: the endpoint ${JSON.stringify(template)} is region ${shared.homeRegion}'s alone; ` +
        `give a template with {region} or endpoints.${region}`,
    );
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new RangeError(`invalid endpoint for region ${region}: ${JSON.stringify(given)} is not a URL`);
  }
  const basePath = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  return { origin: url.origin, host: url.host, basePath, encodedBasePath: uriEncode(basePath, true) };
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * dns.lookup, except that `localhost` and its subdomains are the loopback
 * address without asking the resolver (RFC 6761 6.3): the emulator's
 * host-addressed regions (`bj.localhost:4566`) then work on machines whose
 * resolver does not know them.
 */
export function lookupWithLocalhost(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  if (hostname !== 'localhost' && !hostname.endsWith('.localhost')) {
    lookup(hostname, options, callback as (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family: number) => void);
    return;
  }
  const v6 = options.family === 6 || options.family === 'IPv6';
  const address = v6 ? '::1' : '127.0.0.1';
  const family = v6 ? 6 : 4;
  if (options.all) (callback as (error: null, addresses: LookupAddress[]) => void)(null, [{ address, family }]);
  else (callback as (error: null, address: string, family: number) => void)(null, address, family);
}

