/**
 * bce-auth-v1 request signing (see ../shared notes and docs/api.md). The same
 * canonicalization serves the client (to sign) and the emulator (to verify),
 * so the two can never disagree on it.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Temporary credentials: sent as x-bce-security-token and signed. */
  sessionToken?: string;
}

export interface SignableRequest {
  method: string;
  /** Path without query, not yet percent-encoded. */
  path: string;
  /** Query parameters; a value-less flag such as `?share` is `['share', '']`. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Header names in any case. */
  headers: Readonly<Record<string, string>>;
}

export const DEFAULT_EXPIRATION_SECONDS = 1800;
const AUTH_VERSION = 'bce-auth-v1';

/** RFC 3986 percent-encoding: everything but unreserved characters (and `/` when kept). */
export function uriEncode(value: string, keepSlash: boolean): string {
  let encoded: string;
  try {
    // encodeURIComponent leaves exactly the unreserved set plus ! ' ( ) * alone.
    encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    // A lone surrogate: encode the bytes Node would send for it.
    return encodeBytes(value, keepSlash);
  }
  return keepSlash ? encoded.replace(/%2F/g, '/') : encoded;
}

function encodeBytes(value: string, keepSlash: boolean): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(ch) || (keepSlash && ch === '/')) out += ch;
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function canonicalQuery(query: SignableRequest['query']): string {
  return query
    .filter(([k]) => k.toLowerCase() !== 'authorization')
    .map(([k, v]) => `${uriEncode(k, false)}=${uriEncode(v, false)}`)
    .sort()
    .join('&');
}

/** Headers signed by default: host, content-*, and every x-bce-* but the request id. */
export function defaultHeadersToSign(headers: SignableRequest['headers']): string[] {
  return Object.keys(headers)
    .map((h) => h.toLowerCase())
    .filter(
      (h) =>
        h === 'host' ||
        h === 'content-length' ||
        h === 'content-type' ||
        h === 'content-md5' ||
        (h.startsWith('x-bce-') && h !== 'x-bce-request-id'),
    );
}

function headerValue(headers: SignableRequest['headers'], name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** Returns the canonical header block and the names actually signed (empty values are skipped). */
export function canonicalHeaders(
  headers: SignableRequest['headers'],
  names: readonly string[],
): { block: string; signed: string[] } {
  const lines: string[] = [];
  const signed: string[] = [];
  for (const name of [...new Set(names.map((n) => n.toLowerCase()))]) {
    const value = headerValue(headers, name)?.trim();
    if (!value) continue;
    lines.push(`${uriEncode(name, false)}:${uriEncode(value, false)}`);
    signed.push(name);
  }
  return { block: lines.sort().join('\n'), signed: signed.sort() };
}

export function canonicalRequest(req: SignableRequest, headerNames: readonly string[]): { text: string; signed: string[] } {
  const { block, signed } = canonicalHeaders(req.headers, headerNames);
  const text = [req.method.toUpperCase(), uriEncode(req.path, true), canonicalQuery(req.query), block].join('\n');
  return { text, signed };
}

export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const hmacHex = (key: string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest('hex');

export function authPrefix(accessKeyId: string, timestamp: string, expirationSeconds: number): string {
  return `${AUTH_VERSION}/${accessKeyId}/${timestamp}/${expirationSeconds}`;
}

/**
 * Signing keys by secret and prefix: a prefix holds a one-second timestamp, so
 * requests signed in the same second (a busy client, a server under load)
 * derive the key once. Bounded: cleared when full.
 */
const signingKeys = new Map<string, string>();
const SIGNING_KEY_CACHE_SIZE = 1024;

function signingKey(secretAccessKey: string, prefix: string): string {
  const cacheKey = `${prefix}\n${secretAccessKey}`;
  let key = signingKeys.get(cacheKey);
  if (key === undefined) {
    if (signingKeys.size >= SIGNING_KEY_CACHE_SIZE) signingKeys.clear();
    key = hmacHex(secretAccessKey, prefix);
    signingKeys.set(cacheKey, key);
  }
  return key;
}

export function computeSignature(secretAccessKey: string, prefix: string, canonical: string): string {
  return hmacHex(signingKey(secretAccessKey, prefix), canonical);
}

export interface SignOptions {
  timestamp?: Date;
  expirationSeconds?: number;
  /** Header names to sign; defaults to defaultHeadersToSign. */
  headersToSign?: readonly string[];
}

/** Returns the Authorization header value for the request. */
export function sign(req: SignableRequest, credentials: Credentials, options: SignOptions = {}): string {
  const timestamp = formatTimestamp(options.timestamp ?? new Date());
  const expiration = options.expirationSeconds ?? DEFAULT_EXPIRATION_SECONDS;
  const prefix = authPrefix(credentials.accessKeyId, timestamp, expiration);
  const { text, signed } = canonicalRequest(req, options.headersToSign ?? defaultHeadersToSign(req.headers));
  return `${prefix}/${signed.join(';')}/${computeSignature(credentials.secretAccessKey, prefix, text)}`;
}

export function sha256Hex(body: Uint8Array | string): string {
  return createHash('sha256').update(body).digest('hex');
}

export interface ParsedAuthorization {
  accessKeyId: string;
  timestamp: Date;
  timestampText: string;
  expirationSeconds: number;
  signedHeaders: string[];
  signature: string;
}

/** Parses an Authorization header; returns a reason string when it is not well formed. */
export function parseAuthorization(value: string): ParsedAuthorization | string {
  const parts = value.split('/');
  if (parts.length !== 6) return 'expected bce-auth-v1/{accessKeyId}/{timestamp}/{expiration}/{signedHeaders}/{signature}';
  const [version, accessKeyId, timestampText, expiration, signedHeaders, signature] = parts as [string, string, string, string, string, string];
  if (version !== AUTH_VERSION) return `unsupported version "${version}", expected ${AUTH_VERSION}`;
  if (!accessKeyId) return 'access key id is empty';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(timestampText)) return 'timestamp must be UTC yyyy-mm-ddThh:mm:ssZ';
  const timestamp = new Date(timestampText);
  if (Number.isNaN(timestamp.getTime())) return 'timestamp is not a valid date';
  if (!/^\d{1,6}$/.test(expiration)) return 'expiration must be a whole number of seconds';
  if (!/^[0-9a-f]{64}$/.test(signature)) return 'signature must be 64 lowercase hexadecimal characters';
  return {
    accessKeyId,
    timestamp,
    timestampText,
    expirationSeconds: Number(expiration),
    signedHeaders: signedHeaders ? signedHeaders.split(';') : [],
    signature,
  };
}

/** Verifies a parsed signature against the request, in constant time. */
export function signatureMatches(req: SignableRequest, auth: ParsedAuthorization, secretAccessKey: string): boolean {
  const prefix = authPrefix(auth.accessKeyId, auth.timestampText, auth.expirationSeconds);
  const { text } = canonicalRequest(req, auth.signedHeaders);
  const expected = Buffer.from(computeSignature(secretAccessKey, prefix, text), 'utf8');
  const given = Buffer.from(auth.signature, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
