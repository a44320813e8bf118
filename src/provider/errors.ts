/**
 * Client errors as Terraform diagnostics: one place decides how an API
 * failure reads to a Terraform user (summary, the server's code and request
 * id, what to do), so every resource reports them the same way.
 */
import { LIMITS } from '../api/schemas';
import type { ValuePath } from './runtime';
import { OperationTimeoutError, ProviderError } from './runtime';
import {
  AbortedError,
  ImageApiError,
  ImageNotFoundError,
  MissingCredentialsError,
  QuotaExceededError,
  ThrottledError,
  TimeoutError,
  WaiterFailedError,
  describeFailure,
} from '../client/errors';

/** Why the handler's signal fired: the operation's timeout, or Terraform stopping (Ctrl-C). */
export function abortCause(signal: AbortSignal): 'timeout' | 'stopped' | undefined {
  if (!signal.aborted) return undefined;
  return signal.reason instanceof OperationTimeoutError ? 'timeout' : 'stopped';
}

/**
 * Why the operation ended, for an error detail: which timeout passed and what
 * to raise, or that Terraform interrupted it (then no timeout is to blame).
 */
export function abortDetail(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof OperationTimeoutError
    ? `${reason.message}. Raise ${reason.attribute} in the resource's timeouts block and apply again.`
    : 'It was interrupted: Terraform stopped the provider (Ctrl-C) before the operation finished.';
}

/**
 * Where each field of an API request lives in a resource's configuration,
 * e.g. `{ encryptKey: ['encrypt_key'], instanceId: ['source', 'instance_id'] }`.
 * Server messages start with the request field they are about
 * (`encryptKey: KMS key ... does not exist`); with this map a failure
 * underlines that attribute and speaks its HCL name instead.
 */
export type RequestFields = Readonly<Record<string, ValuePath>>;

/** An API refusal about one field, said in the configuration's terms. */
export interface FieldProblem {
  path: ValuePath;
  detail: string;
}

/** What to set, by API code; `attribute` is the HCL name (`encrypt_key`, `source.instance_id`). */
const WHAT_TO_SET: Readonly<Record<string, (attribute: string) => string>> = {
  'Image.InvalidEncryptKey': (attribute) => `Set ${attribute} to the id of a KMS key of this account in that region (KMS keys are regional), or leave it out.`,
  'Image.EncryptKeyRequired': (attribute) =>
    `The source image is encrypted and KMS keys are regional: set ${attribute} to the id of a KMS key of this account in the destination region.`,
  'Instance.InstanceNotExist': (attribute) => `Set ${attribute} to an instance of this account in the provider's region.`,
  'Snapshot.SnapshotNotExist': (attribute) => `Set ${attribute} to a snapshot of this account in the provider's region.`,
  'Image.InstanceStatusForbidden': () => 'Images are made from Running or Stopped instances: wait until the instance is one of them, then apply again.',
  'Image.SnapshotStatusForbidden': () => 'Wait until the snapshot is Available, then apply again.',
  'Image.InvalidSnapshot': (attribute) => `Set ${attribute} to a snapshot of a system disk; for a data-disk image set source.instance_id and source.data_disk_id instead.`,
  'Image.InvalidDataDisk': (attribute) => `Set ${attribute} to a data disk attached to the instance in source.instance_id.`,
  'Image.InvalidAccount': (attribute) => `Every entry of ${attribute} must be an existing account name or a 32-hex-digit account id: correct or remove this one.`,
  'Image.TagLimitExceeded': (attribute) => `An image carries at most ${LIMITS.tagsPerImage} tags: remove some from ${attribute}.`,
};

/** `encryptKey: rest`, `encryptKeys.su: rest` (a per-region field of a copy): the field and the rest. */
const FIELD_PREFIX = /^([A-Za-z]+)(?:\.[A-Za-z0-9-]+)?: ([\s\S]*)$/;

/**
 * The refusal in the configuration's terms when its message names a field of
 * `fields`: that attribute's path, and a detail in HCL names that says what
 * to set. Undefined when the message names no field the resource has.
 */
export function fieldProblem(refusal: { code: string; message: string; status?: number; requestId?: string }, fields: RequestFields): FieldProblem | undefined {
  const match = FIELD_PREFIX.exec(refusal.message);
  const path = match ? fields[match[1]!] : undefined;
  if (!match || !path) return undefined;
  const attribute = hclName(path);
  const whatToSet = WHAT_TO_SET[refusal.code]?.(attribute);
  const rest = match[2]!.replace(/[.;\s]+$/, '');
  return { path, detail: `${attribute}: ${rest}.${whatToSet ? ` ${whatToSet}` : ''} (${serverFacts(refusal)})` };
}

/** An attribute path as HCL users write it: `source.instance_id`. */
export function hclName(path: ValuePath): string {
  return path.filter((step): step is string => typeof step === 'string').join('.');
}

/**
 * Turns anything a client call threw into a ProviderError describing `action`
 * ("creating image web"). With `fields`, a refusal about one request field
 * points at that attribute instead of `path`.
 */
export function apiFailure(action: string, error: unknown, path?: ValuePath, signal?: AbortSignal, fields?: RequestFields): ProviderError {
  if (error instanceof ProviderError) return error;
  const cause = signal ? abortCause(signal) : undefined;
  if (cause !== undefined || error instanceof AbortedError) {
    const why = signal?.aborted ? abortDetail(signal) : 'Terraform stopped the provider (Ctrl-C) before the operation finished.';
    const last = error instanceof AbortedError && error.lastFailure !== undefined ? ` Until then it was being retried; the last attempt failed: ${describeFailure(error.lastFailure)}.` : '';
    return new ProviderError(cause === 'timeout' ? `Timed out ${action}` : `Cancelled ${action}`, {
      detail: why + last,
      path,
      cause: error,
    });
  }
  if (error instanceof QuotaExceededError) {
    return new ProviderError('Custom image quota exceeded', {
      detail:
        `${capitalize(action)} failed: the account already has the maximum of 20 custom images in this region ` +
        `(images in every status count, failed ones and copies in progress included). ` +
        `Delete images you no longer need, or ask for a higher quota. ${serverSays(error)}`,
      path,
      cause: error,
    });
  }
  if (error instanceof MissingCredentialsError) {
    return new ProviderError('Missing credentials', {
      detail: 'Set access_key and secret_key in the provider block, or BCE_ACCESS_KEY_ID and BCE_SECRET_ACCESS_KEY in the environment.',
      cause: error,
    });
  }
  if (error instanceof WaiterFailedError) {
    return new ProviderError(`Failed ${action}`, { detail: error.message, path, cause: error });
  }
  if (error instanceof ThrottledError || error instanceof TimeoutError) {
    return new ProviderError(`Failed ${action}`, { detail: `${serverSays(error)} Try again later, or raise max_retries.`, path, cause: error });
  }
  if (error instanceof ImageApiError) {
    const problem = fields ? fieldProblem(error, fields) : undefined;
    if (problem) return new ProviderError(`Failed ${action}`, { detail: problem.detail, path: problem.path, cause: error });
    return new ProviderError(`Failed ${action}`, { detail: serverSays(error), path, cause: error });
  }
  return new ProviderError(`Failed ${action}`, { detail: error instanceof Error ? error.message : String(error), path, cause: error });
}

/** `Image.ImageQuotaExceedLimit: message (HTTP 413, request id ...)`. */
export function serverSays(error: ImageApiError): string {
  const facts = httpFacts(error);
  return `${error.code}: ${error.message}${facts ? ` (${facts})` : ''}.`;
}

/** `Image.InvalidEncryptKey, HTTP 400, request id ...`: the code and what identifies the answer. */
function serverFacts(refusal: { code: string; status?: number; requestId?: string }): string {
  return [refusal.code, httpFacts(refusal)].filter(Boolean).join(', ');
}

function httpFacts(answer: { status?: number; requestId?: string }): string {
  return [answer.status === undefined ? undefined : `HTTP ${answer.status}`, answer.requestId ? `request id ${answer.requestId}` : undefined]
    .filter((fact) => fact !== undefined)
    .join(', ');
}

/** Runs a read that answers null when the image (or task) does not exist. */
export async function orNullWhenGone<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ImageNotFoundError) return null;
    if (error instanceof ImageApiError && error.status === 404) return null;
    throw error;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
