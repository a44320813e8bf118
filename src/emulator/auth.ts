/**
 * bce-auth-v1 verification with the BCE codes of docs/api.md. The signature is
 * checked against the path exactly as received (percent-decoded once) and the
 * raw query pairs, so any tampering in transit shows.
 */
import { createHash } from 'node:crypto';
import { parseAuthorization, sha256Hex, signatureMatches, type SignableRequest } from '../api/signer';
import { ApiError } from './api-error';
import type { Account } from './model';

/** How far ahead of the server a timestamp may be (clock skew allowance). */
const MAX_FUTURE_SKEW_MS = 15 * 60 * 1000;

export interface ReceivedRequest extends SignableRequest {
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * `strict` also insists that a body's digest (x-bce-content-sha256 or
 * content-md5) is signed, as this project's client always does. The service
 * does not: the official SDKs sign host, content-length, content-type and
 * x-bce-date and send no digest, so by default a body may go without one.
 */
export function authenticate(req: ReceivedRequest, findAccount: (accessKeyId: string) => Account | undefined, now: number, strict = false): Account {
  const header = req.headers['authorization'];
  if (!header) throw new ApiError('InvalidHTTPAuthHeader', 'Authorization: header is missing; sign the request with bce-auth-v1');
  const auth = parseAuthorization(header);
  if (typeof auth === 'string') throw new ApiError('InvalidHTTPAuthHeader', `Authorization: ${auth}`);
  const account = findAccount(auth.accessKeyId);
  if (!account) throw new ApiError('InvalidAccessKeyId', `Authorization: access key ${auth.accessKeyId} does not exist`);
  const signed = new Set(auth.signedHeaders);
  if (!signed.has('host')) throw new ApiError('InvalidHTTPAuthHeader', 'Authorization: the host header must be signed');
  if (req.headers['x-bce-security-token'] !== undefined && !signed.has('x-bce-security-token')) {
    throw new ApiError('InvalidHTTPAuthHeader', 'Authorization: x-bce-security-token is present but not signed');
  }
  const signsDigest = (name: string) => signed.has(name) && Boolean(req.headers[name]);
  if (strict && req.body.length > 0 && !signsDigest('x-bce-content-sha256') && !signsDigest('content-md5')) {
    throw new ApiError('InvalidHTTPAuthHeader', 'Authorization: a request with a body must sign x-bce-content-sha256 or content-md5 (strict mode)');
  }
  const signedAt = auth.timestamp.getTime();
  if (now > signedAt + auth.expirationSeconds * 1000) {
    throw new ApiError('RequestExpired', `Authorization: the signature of ${auth.timestampText} expired after ${auth.expirationSeconds} s (server time ${new Date(now).toISOString()})`);
  }
  if (signedAt > now + MAX_FUTURE_SKEW_MS) {
    throw new ApiError('RequestExpired', `Authorization: timestamp ${auth.timestampText} is more than 15 minutes ahead of server time ${new Date(now).toISOString()}`);
  }
  if (!signatureMatches(req, auth, account.secretAccessKey)) {
    throw new ApiError('SignatureDoesNotMatch', 'Authorization: the signature does not match the request (method, path, query, signed headers or secret key)');
  }
  checkBodyDigest(req, signed);
  return account;
}

/** The signed digest header must describe the body actually received. */
function checkBodyDigest(req: ReceivedRequest, signed: Set<string>): void {
  const sha256 = req.headers['x-bce-content-sha256'];
  if (signed.has('x-bce-content-sha256') && sha256 !== undefined && sha256.toLowerCase() !== sha256Hex(req.body)) {
    throw new ApiError('BadDigest', 'x-bce-content-sha256: does not match the SHA-256 of the body');
  }
  const md5 = req.headers['content-md5'];
  if (signed.has('content-md5') && md5 !== undefined && md5 !== createHash('md5').update(req.body).digest('base64')) {
    throw new ApiError('BadDigest', 'content-md5: does not match the MD5 of the body');
  }
}
