/**
 * Turning the raw request into validated input: query pairs, JSON body against
 * the operation's schema, list query, clientToken. Each failure names the
 * field and the rule; none of them is a 5xx.
 */
import type { Operation } from '../api/operations';
import { IMAGE_NAME_PATTERN, IMAGE_NAME_RULE, LIMITS } from '../api/schemas';
import { validate } from '../api/validate';
import { ApiError } from './api-error';
import { CLIENT_TOKEN_PATTERN } from './idempotency';
import { stripUnknownFields } from './unknown-fields';

/** Raw query pairs, each key and value percent-decoded once; a flag `?share` is `['share', '']`. */
export function parseQuery(raw: string): Array<[string, string]> {
  if (!raw) return [];
  return raw
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      const [key, value] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
      try {
        return [decodeURIComponent(key), decodeURIComponent(value)];
      } catch {
        throw new ApiError('InvalidURI', `query: "${part}" is not valid percent-encoding`);
      }
    });
}

/**
 * The API defines no repeated query key, and the signature cannot bind which of
 * two values is meant (the canonical query is sorted, so `?a=1&a=2` and `?a=2&a=1`
 * sign alike): a repeated key is refused rather than one of its values picked.
 */
export function refuseRepeatedKeys(pairs: ReadonlyArray<readonly [string, string]>): void {
  const seen = new Map<string, number>();
  for (const [key] of pairs) seen.set(key, (seen.get(key) ?? 0) + 1);
  for (const [key, count] of seen) {
    if (count > 1) throw new ApiError('InvalidParameter', `query: ${key} is given ${count} times; give each parameter once`);
  }
}

/** First value of each query key. */
export function queryRecord(pairs: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) if (!(k in out)) out[k] = v;
  return out;
}

/**
 * Refuses a body nested deeper than LIMITS.maxJsonDepth before anything
 * recursive (JSON.parse, validation, the idempotency fingerprint) sees it. One
 * pass over the bytes, skipping strings: no API body nests more than 3 levels.
 */
function checkNesting(body: Buffer): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (inString) {
      if (byte === 0x5c) i++; // backslash: the next byte is escaped
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > LIMITS.maxJsonDepth) {
        throw new ApiError('InvalidParameter', `body: nested deeper than ${LIMITS.maxJsonDepth} levels of objects and arrays`);
      }
    } else if (byte === 0x7d || byte === 0x5d) depth--;
  }
}

export function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  checkNesting(body);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new ApiError('MalformedJSON', `body: not valid JSON (${(error as Error).message})`);
  }
}

/** The image-name field of each operation that takes one; name rule violations answer the BCC code. */
const NAME_FIELDS: Record<string, string> = {
  createImage: 'imageName', importImage: 'name', renameImage: 'name', modifyImageAttributes: 'name', replicateImage: 'name', remoteCopyImage: 'name',
};
const IMAGE_NAME = new RegExp(IMAGE_NAME_PATTERN, 'u');

export interface ValidatedBody {
  value: unknown;
  /** Unknown fields removed before validation (lenient mode); empty in strict mode, which refuses them. */
  ignoredFields: string[];
}

/**
 * The body checked against the schema of what the operation accepts (its
 * wireBody, else its body). Unknown fields are ignored (removed, and
 * reported) unless `strict`; wrong types and bad values are refused in both
 * modes, naming the field and the rule.
 */
export function validatedBody(op: Operation, body: unknown, strict: boolean): ValidatedBody {
  const schema = op.wireBody ?? op.body;
  if (!schema) return { value: undefined, ignoredFields: [] };
  const { value, ignoredFields } = strict ? { value: body, ignoredFields: [] } : stripUnknownFields(schema, body);
  const nameField = NAME_FIELDS[op.name];
  if (nameField && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>)[nameField];
    if (typeof name === 'string' && !IMAGE_NAME.test(name)) {
      throw new ApiError('Image.ImageNameInvalid', `${nameField}: "${name}" is not a valid image name; ${IMAGE_NAME_RULE}`);
    }
  }
  const result = validate(schema, value);
  if (!result.ok) throw new ApiError('InappropriateJSON', result.violation.message);
  return { value: result.value, ignoredFields };
}

/**
 * The query parameters the operation defines, validated (400 InvalidParameter
 * naming the parameter and the rule); other parameters with values are ignored.
 * Operations without a query schema get the query as it is.
 */
export function validatedQuery(op: Operation, query: Record<string, string>): Record<string, string> {
  if (!op.query) return query;
  const names = Object.keys((op.query as { properties?: Record<string, unknown> }).properties ?? {});
  const picked = Object.fromEntries(names.filter((name) => query[name] !== undefined).map((name) => [name, query[name]!]));
  const result = validate(op.query, picked, 'query');
  if (!result.ok) throw new ApiError('InvalidParameter', result.violation.message);
  return picked;
}

export function validatedClientToken(query: Record<string, string>): string | undefined {
  const token = query['clientToken'];
  if (token === undefined) return undefined;
  if (!CLIENT_TOKEN_PATTERN.test(token)) {
    throw new ApiError('InvalidParameter', 'clientToken: must be 1-64 characters of letters, digits, - and _');
  }
  return token;
}
