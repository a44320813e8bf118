/**
 * Waiters: poll with exponential backoff until a resource reaches the wanted
 * state, fail fast with the server's reason when it ends failed, stop with
 * TimeoutError at the deadline and AbortedError when the caller aborts. A poll
 * that fails transiently (after the client's own retries) is tried again at
 * the next interval: only the deadline ends a wait, and its error names the
 * last failure. The in-flight poll is bounded by the same deadline, so a
 * waiter never overruns it.
 */
import type { Instance, InstanceStatus } from '../api/instance-schemas';
import type { ExportTask, Image, ImageStatus } from '../api/schemas';
import { Deadline, sleep } from './abort';
import type { ImageClient } from './client';
import {
  AbortedError,
  CopyTimeoutError,
  ImageNotFoundError,
  InstanceNotFoundError,
  WaiterFailedError,
  WaiterTimeoutError,
  describeFailure,
  isRetryableFailure,
} from './errors';

export interface WaitOptions<Progress> {
  /**
   * Give up after this long (WaiterTimeoutError). Defaults differ per waiter (30 min for images, 60 min for copies and
   * exports). `Infinity` sets no deadline of the waiter's own, for callers whose `signal` carries theirs.
   */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called with the resource after every poll. */
  onProgress?: (current: Progress) => void;
  /** First pause between polls; doubles up to maxPollIntervalMs. Default 200 ms. */
  pollIntervalMs?: number;
  /** Default 5 s. */
  maxPollIntervalMs?: number;
}

export interface ImageWaitOptions extends WaitOptions<Image> {
  /** The status to wait for; default `Available`. */
  until?: ImageStatus;
  /**
   * How each poll reads the image; default `getImage`. For a caller that answers many reads with one request (the
   * provider lists a region's images once for all the waits in progress). It must read the image as it is now, not
   * as an earlier answer had it, and throw ImageNotFoundError when the image does not exist.
   */
  readImage?: (imageId: string, signal: AbortSignal) => Promise<Image>;
}

export interface CopyWaitOptions extends WaitOptions<Image> {
  /** On timeout, cancel the copy (on the destination region) and say so in the CopyTimeoutError. */
  cancelOnTimeout?: boolean;
}

export type TaskWaitOptions = WaitOptions<ExportTask>;

export interface InstanceWaitOptions extends WaitOptions<Instance> {
  /** The status to wait for; default `Running`. */
  until?: InstanceStatus;
}

const MINUTE = 60_000;
const DEFAULT_FIRST_INTERVAL_MS = 200;
const DEFAULT_MAX_INTERVAL_MS = 5_000;
/** Both spellings the service uses for a failed creation, and Error. */
const FAILED_IMAGE_STATUSES: ReadonlySet<string> = new Set(['CreateFailed', 'CreatedFailed', 'Error']);

type Step<R> = { done: true; value: R } | { done: false };

async function poll<P, R>(
  what: string,
  options: WaitOptions<P>,
  defaultTimeoutMs: number,
  check: (signal: AbortSignal) => Promise<Step<R>>,
): Promise<R> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const deadline = new Deadline(timeoutMs, options.signal);
  let interval = options.pollIntervalMs ?? DEFAULT_FIRST_INTERVAL_MS;
  const maxInterval = options.maxPollIntervalMs ?? DEFAULT_MAX_INTERVAL_MS;
  // A poll that failed transiently (after the client's own retries) is not the
  // end of the wait: try again at the next poll, until the waiter's deadline.
  let lastFailure: unknown;
  try {
    for (;;) {
      try {
        const step = await check(deadline.signal);
        if (step.done) return step.value;
        lastFailure = undefined;
      } catch (error) {
        if (deadline.signal.aborted || !isRetryableFailure(error)) throw error;
        lastFailure = error;
      }
      await sleep(interval, deadline.signal);
      interval = Math.min(maxInterval, interval * 2);
    }
  } catch (error) {
    if (deadline.expired) {
      const last = lastFailure === undefined ? '' : `; the last status read failed: ${describeFailure(lastFailure)}`;
      throw new WaiterTimeoutError(`${what}: not done within ${timeoutMs} ms${last}`, timeoutMs, lastFailure);
    }
    if (options.signal?.aborted) {
      const last = lastFailure ?? (error instanceof AbortedError ? error.lastFailure : undefined);
      throw new AbortedError(what, options.signal.reason, last);
    }
    throw error;
  } finally {
    deadline.dispose();
  }
}

/** Waits until the image has status `until` (default Available); WaiterFailedError when it ends failed first. */
export function waitForImage(client: ImageClient, imageId: string, options: ImageWaitOptions = {}): Promise<Image> {
  const until = options.until ?? 'Available';
  return poll<Image, Image>(`waiting for image ${imageId} to be ${until}`, options, 30 * MINUTE, async (signal) => {
    const image = options.readImage ? await options.readImage(imageId, signal) : (await client.getImage(imageId, { signal })).image;
    options.onProgress?.(image);
    const status: string = image.status;
    if (status === until) return { done: true, value: image };
    if (FAILED_IMAGE_STATUSES.has(status)) throw new WaiterFailedError('image', imageId, status, image.failReason ?? '');
    return { done: false };
  });
}

/** Waits until getImage answers Image.ImageNotExist. */
export function waitForImageDeleted(client: ImageClient, imageId: string, options: WaitOptions<Image> = {}): Promise<void> {
  return waitUntilGone(`image ${imageId}`, options, async (signal) => (await client.getImage(imageId, { signal })).image, ImageNotFoundError);
}

/** Polls `read` until it throws `NotFound`: the resource is gone. */
function waitUntilGone<P>(what: string, options: WaitOptions<P>, read: (signal: AbortSignal) => Promise<P>, NotFound: new (...args: never[]) => Error): Promise<void> {
  return poll<P, void>(`waiting for ${what} to be deleted`, options, 30 * MINUTE, async (signal) => {
    try {
      const current = await read(signal);
      options.onProgress?.(current);
      return { done: false };
    } catch (error) {
      if (error instanceof NotFound) return { done: true, value: undefined };
      throw error;
    }
  });
}

/**
 * Follows a remote copy by its destination image (in the destination region)
 * until it is Available. On timeout throws CopyTimeoutError, having cancelled
 * the copy first when `cancelOnTimeout` is set.
 */
export async function waitForCopy(
  client: ImageClient,
  destRegion: string,
  destImageId: string,
  options: CopyWaitOptions = {},
): Promise<Image> {
  const destination = client.withRegion(destRegion);
  try {
    return await waitForImage(destination, destImageId, { ...options, timeoutMs: options.timeoutMs ?? 60 * MINUTE });
  } catch (error) {
    // Only the waiter's own deadline means the copy is late; a request that timed
    // out inside the wait says nothing about the copy and must not cancel it.
    if (!(error instanceof WaiterTimeoutError)) throw error;
    const target = { region: destRegion, imageId: destImageId };
    if (!options.cancelOnTimeout) throw new CopyTimeoutError(error, target, false);
    try {
      await destination.cancelRemoteCopy(destImageId);
    } catch (cancelError) {
      // The cancel may have reached the server although its answer did not come back.
      if (!(await isGone(destination, destImageId))) throw new CopyTimeoutError(error, target, false, cancelError);
    }
    throw new CopyTimeoutError(error, target, true);
  }
}

async function isGone(client: ImageClient, imageId: string): Promise<boolean> {
  try {
    await client.getImage(imageId);
    return false;
  } catch (error) {
    return error instanceof ImageNotFoundError;
  }
}

/** Waits until an export task Succeeded; WaiterFailedError with its failReason when it Failed. */
export function waitForExportTask(client: ImageClient, taskId: string, options: TaskWaitOptions = {}): Promise<ExportTask> {
  return poll<ExportTask, ExportTask>(`waiting for export task ${taskId}`, options, 60 * MINUTE, async (signal) => {
    const { task } = await client.getTask(taskId, { signal });
    options.onProgress?.(task);
    if (task.status === 'Succeeded') return { done: true, value: task };
    if (task.status === 'Failed') throw new WaiterFailedError('export task', taskId, task.status, task.failReason);
    return { done: false };
  });
}

/**
 * Waits until the instance has status `until` (default Running). Starting,
 * stopping and rebuilding take the emulator's (or the service's) time; no
 * status of an instance is terminal-failed, so only the deadline ends it.
 */
export function waitForInstance(client: ImageClient, instanceId: string, options: InstanceWaitOptions = {}): Promise<Instance> {
  const until = options.until ?? 'Running';
  return poll<Instance, Instance>(`waiting for instance ${instanceId} to be ${until}`, options, 30 * MINUTE, async (signal) => {
    const { instance } = await client.getInstance(instanceId, { signal });
    options.onProgress?.(instance);
    return instance.status === until ? { done: true, value: instance } : { done: false };
  });
}

/** Waits until getInstance answers Instance.InstanceNotExist. */
export function waitForInstanceDeleted(client: ImageClient, instanceId: string, options: WaitOptions<Instance> = {}): Promise<void> {
  return waitUntilGone(`instance ${instanceId}`, options, async (signal) => (await client.getInstance(instanceId, { signal })).instance, InstanceNotFoundError);
}
