/** Resource ids: random for what callers create, derived from a name for seeded fixtures so they never change. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function alphanumeric(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHANUMERIC[bytes[i]! % ALPHANUMERIC.length];
  return out;
}

/** `{prefix}-` and 8 letters/digits, e.g. `m-AbC123xY`. */
export function randomId(prefix: string): string {
  return `${prefix}-${alphanumeric(randomBytes(8), 8)}`;
}

export function seededId(prefix: string, seed: string): string {
  return `${prefix}-${alphanumeric(createHash('sha256').update(seed).digest(), 8)}`;
}

export function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

export function seededHex(seed: string, length: number): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, length);
}

export function randomKeyId(): string {
  return randomUUID();
}

/** A UUID-shaped id derived from a seed (KMS key ids are UUIDs). */
export function seededKeyId(seed: string): string {
  const h = seededHex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** UTC `yyyy-mm-ddThh:mm:ssZ`, the API's time format. */
export function apiTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
