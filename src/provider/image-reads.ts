/**
 * Image reads during a refresh, and the status reads of waits, coalesced.
 * Terraform refreshes (and creates) up to ten objects at a time, one gRPC call
 * each; answering each read with its own GET costs one API round trip per
 * image (and counts against the account's API rate).
 * Reads of one region that arrive together are answered by a single paged list
 * call instead, and that listing answers the region's further reads for a few
 * seconds. Any write through this provider process voids every listing, so a
 * read never sees state older than the process's own last change.
 */
import type { Image } from '../api/schemas';
import { OPERATIONS, type OperationName } from '../api/operations';
import type { ImageClient, ImageListFilter, RequestEvent } from '../client';
import { ImageNotFoundError } from '../client/errors';

/** How long reads gather before one list call answers them all. */
const GATHER_MS = 5;
/** How long a listing keeps answering reads. */
const LISTING_TTL_MS = 5_000;

interface Listing {
  images: Map<string, Image>;
  takenAtMs: number;
  epoch: number;
}

interface PendingRead {
  imageId: string;
  signal: AbortSignal;
  resolve: (image: Image | null) => void;
  reject: (error: unknown) => void;
}

interface RegionReads {
  /** Which images a listing holds; the images to wait for are this account's own, the refreshed ones any. */
  filter: ImageListFilter;
  /** Whether a listing answers later reads too (refresh), or only the reads that were waiting for it (waits). */
  reuse: boolean;
  listing?: Listing;
  /** The listing being taken (refresh only): reads that arrive meanwhile wait for it rather than start another. */
  inflight?: Promise<Listing>;
  pending: PendingRead[];
  timer?: NodeJS.Timeout;
}

/** Bumped by every write this process sends: listings taken before it are void. */
let writeEpoch = 0;
const refreshReads = new WeakMap<ImageClient, RegionReads>();
const waitReads = new WeakMap<ImageClient, RegionReads>();

/** The provider client's onRequest hook: a write (attempted, answered or not) voids the listings. */
export function noteRequest(event: RequestEvent): void {
  if (OPERATIONS[event.operation as OperationName]?.mutating) writeEpoch += 1;
}

/** The image as the API shows it now, or null when it does not exist (any more). */
export function readImage(client: ImageClient, imageId: string, signal: AbortSignal): Promise<Image | null> {
  return gatherRead(client, readsOf(refreshReads, client, {}, true), imageId, signal);
}

/**
 * A waiter's status read (ImageWaitOptions.readImage): the waits in progress
 * share one listing of the account's custom images, never one taken before
 * the read was asked for.
 */
async function readImageForWait(client: ImageClient, imageId: string, signal: AbortSignal): Promise<Image> {
  const reads = readsOf(waitReads, client, { imageType: 'Custom' }, false);
  // Not listed and not found: the GET's own ImageNotFoundError says so, as the waiter expects.
  return (await gatherRead(client, reads, imageId, signal)) ?? (await client.getImage(imageId, { signal })).image;
}

/** Waiter options whose status reads go through readImageForWait. */
export function sharedWaitReads(client: ImageClient): { readImage: (imageId: string, signal: AbortSignal) => Promise<Image> } {
  return { readImage: (imageId, signal) => readImageForWait(client, imageId, signal) };
}

function readsOf(pools: WeakMap<ImageClient, RegionReads>, client: ImageClient, filter: ImageListFilter, reuse: boolean): RegionReads {
  let reads = pools.get(client);
  if (!reads) {
    reads = { filter, reuse, pending: [] };
    pools.set(client, reads);
  }
  return reads;
}

function gatherRead(client: ImageClient, reads: RegionReads, imageId: string, signal: AbortSignal): Promise<Image | null> {
  const listed = freshListing(reads)?.images.get(imageId);
  if (listed) return Promise.resolve(listed);
  return new Promise((resolve, reject) => {
    reads.pending.push({ imageId, signal, resolve, reject });
    reads.timer ??= setTimeout(() => void flush(client, reads), GATHER_MS);
  });
}

function freshListing(reads: RegionReads): Listing | undefined {
  const listing = reads.listing;
  return listing && listing.epoch === writeEpoch && Date.now() - listing.takenAtMs < LISTING_TTL_MS ? listing : undefined;
}

async function flush(client: ImageClient, reads: RegionReads): Promise<void> {
  const batch = reads.pending;
  reads.pending = [];
  reads.timer = undefined;
  let listing = freshListing(reads);
  try {
    if (!listing && reads.inflight) {
      // Taken while these reads were asked for: good for them unless this process has written since.
      const joined = await reads.inflight;
      listing = joined.epoch === writeEpoch ? joined : undefined;
    } else if (!listing && batch.length > 1) {
      listing = await takeListing(client, reads);
    }
  } catch {
    // The list failed: each read falls back to its own GET, with its own retries and errors.
    listing = undefined;
  }
  for (const read of batch) {
    const listed = listing?.images.get(read.imageId);
    if (listed) read.resolve(listed);
    else getImage(client, read).then(read.resolve, read.reject);
  }
}

async function takeListing(client: ImageClient, reads: RegionReads): Promise<Listing> {
  const taking = list(client, reads.filter);
  if (!reads.reuse) return taking;
  reads.inflight = taking;
  try {
    const listing = await taking;
    if (listing.epoch === writeEpoch) reads.listing = listing;
    return listing;
  } finally {
    if (reads.inflight === taking) reads.inflight = undefined;
  }
}

async function list(client: ImageClient, filter: ImageListFilter): Promise<Listing> {
  const epoch = writeEpoch;
  const takenAtMs = Date.now();
  const images = new Map<string, Image>();
  for await (const image of client.listImages(filter)) images.set(image.id, image);
  return { images, takenAtMs, epoch };
}

/** Images the listing does not hold (made since, not visible in lists, or gone) are read one by one. */
async function getImage(client: ImageClient, read: PendingRead): Promise<Image | null> {
  try {
    return (await client.getImage(read.imageId, { signal: read.signal })).image;
  } catch (error) {
    if (error instanceof ImageNotFoundError) return null;
    throw error;
  }
}
