/**
 * A small raw bce-auth-v1 request helper for emulator tests, independent of the
 * client: sign with src/api/signer.ts, send with undici. `tamper` changes the
 * request after signing, for the signature tests.
 */
import { request } from 'undici';
import { sha256Hex, sign, uriEncode, type Credentials, type SignOptions } from '../../src/api/signer';

export interface RawRequest {
  method: string;
  /** Path under the region root, e.g. `/v2/image/m-abc`. */
  path: string;
  /** Pairs in order; a flag such as `?share` is `['share', '']`. */
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}

export interface SignedRequestOptions {
  region?: string;
  query?: Record<string, string> | Array<[string, string]>;
  /** An object is sent as JSON; a string or Buffer as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  sign?: SignOptions;
  /** Skip x-bce-content-sha256 for a body (to test that the emulator insists on it). */
  noBodyDigest?: boolean;
  tamper?: (req: RawRequest) => void;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON (throws if it is not JSON). */
  json<T = any>(): T;
}

function queryString(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([k, v]) => (v === '' ? uriEncode(k, false) : `${uriEncode(k, false)}=${uriEncode(v, false)}`)).join('&');
}

export async function signedRequest(
  baseUrl: string,
  credentials: Credentials,
  method: string,
  path: string,
  options: SignedRequestOptions = {},
): Promise<RawResponse> {
  const region = options.region ?? 'bj';
  const query = Array.isArray(options.query) ? options.query : Object.entries(options.query ?? {});
  const body =
    options.body === undefined ? undefined
    : typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body
    : JSON.stringify(options.body);
  const headers: Record<string, string> = { host: new URL(baseUrl).host, ...options.headers };
  if (body !== undefined) {
    headers['content-type'] ??= 'application/json';
    if (!options.noBodyDigest) headers['x-bce-content-sha256'] = sha256Hex(body);
  }
  const req: RawRequest = { method, path, query: [...query], headers, body };
  const fullPath = `/region/${region}${path}`;
  headers['authorization'] = sign({ method, path: fullPath, query: req.query, headers }, credentials, options.sign);
  options.tamper?.(req);
  const qs = queryString(req.query);
  const { host, ...sent } = req.headers;
  const response = await request(`${baseUrl}${uriEncode(`/region/${region}${req.path}`, true)}${qs ? `?${qs}` : ''}`, {
    method: req.method as 'GET',
    headers: host === new URL(baseUrl).host ? sent : { ...sent, host: host ?? '' },
    body: req.body,
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    headers: response.headers,
    text,
    json: () => JSON.parse(text),
  };
}

/** Binds base URL, credentials and region: `const api = apiAs(emulator.url, dev); await api('GET', '/v2/image')`. */
export function apiAs(baseUrl: string, credentials: Credentials, region = 'bj') {
  return (method: string, path: string, options: SignedRequestOptions = {}) =>
    signedRequest(baseUrl, credentials, method, path, { region, ...options });
}
export type Api = ReturnType<typeof apiAs>;
