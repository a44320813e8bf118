/**
 * One signed HTTP exchange over an undici dispatcher. No retries, no error
 * mapping: the pipeline in client.ts decides what an answer means. Everything
 * that does not change between attempts is prepared once (PreparedRequest);
 * only the signature (it carries the time) is computed per attempt.
 */
import type { Dispatcher } from 'undici';
import { sign, type Credentials, type SignableRequest } from '../api/signer';

export interface PreparedRequest {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  origin: string;
  /** Path and query as sent on the wire (percent-encoded). */
  target: string;
  /** What the signer sees: the unencoded path, the query pairs and the headers to sign. */
  signable: SignableRequest;
  /** Headers to send besides Authorization (already includes host, and the body digest for bodies). */
  headers: Record<string, string>;
  body: string | undefined;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The headers that went out with this attempt, Authorization included (for the redacting hook). */
  sentHeaders: Record<string, string>;
}

/**
 * Sends one attempt signed at `nowMs`; rejects on network failure, when
 * `signal` aborts, or after `timeoutMs` without headers or body data. The
 * timeout uses undici's own coarse timers rather than an AbortController per
 * attempt: on the hot path that is the cheaper of the two by a wide margin.
 */
export async function sendOnce(
  dispatcher: Dispatcher,
  request: PreparedRequest,
  credentials: Credentials,
  nowMs: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<RawAnswer> {
  const authorization = sign(request.signable, credentials, { timestamp: new Date(nowMs) });
  const sentHeaders = { ...request.headers, authorization };
  const response = await dispatcher.request({
    origin: request.origin,
    path: request.target,
    method: request.method,
    headers: sentHeaders,
    body: request.body,
    signal,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, sentHeaders };
}

export function headerText(headers: RawAnswer['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The attempt ran out of time waiting for the answer (as opposed to a failed connection). */
export function isAttemptTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
}
