/**
 * clientToken semantics (docs/api.md): per account, a token remembers the
 * fingerprint of the first request and its answer for 24 hours. The records
 * are state like any other, so they are journalled with the request's changes.
 */
import { createHash } from 'node:crypto';
import { ApiError } from './api-error';
import type { IdempotencyRecord } from './model';
import type { State } from './state';

const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
export const CLIENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** JSON with object keys sorted, so key order never changes a fingerprint. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestFingerprint(method: string, path: string, action: string, body: unknown): string {
  return createHash('sha256').update(`${method}\n${path}\n${action}\n${canonicalJson(withoutSecrets(body))}`).digest('hex');
}

/**
 * Body fields that are not part of the fingerprint: secrets a careful client
 * does not keep after sending (a Terraform provider holds a write-only
 * password in no state), so its retry after a lost answer cannot repeat them.
 */
const SECRET_FIELDS = ['adminPass'];

function withoutSecrets(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const field of SECRET_FIELDS) delete copy[field];
  return copy;
}

const recordKey = (accountId: string, token: string) => `${accountId}/${token}`;

export function isLive(record: IdempotencyRecord, now: number): boolean {
  return record.expiresMs > now;
}

/** The remembered answer for this token, or undefined; 409 when the token was used for another request. */
export function rememberedAnswer(state: State, accountId: string, token: string, fingerprint: string, now: number): IdempotencyRecord | undefined {
  const record = state.get('idempotency', recordKey(accountId, token));
  if (!record || !isLive(record, now)) return undefined;
  if (record.fingerprint !== fingerprint) {
    throw new ApiError('IdempotentParameterMismatch', `clientToken: ${token} was already used for a different request; use a new token`);
  }
  return record;
}

/** Drops expired token records (compaction drops them from disk; this keeps memory bounded too). */
export function pruneExpiredTokens(state: State, now: number): void {
  const expired = [...state.all('idempotency')].filter((record) => !isLive(record, now));
  for (const record of expired) state.del('idempotency', record.key);
}

export function rememberAnswer(state: State, accountId: string, token: string, fingerprint: string, status: number, body: string, now: number): void {
  state.put('idempotency', { key: recordKey(accountId, token), fingerprint, status, body, expiresMs: now + TOKEN_TTL_MS });
}
