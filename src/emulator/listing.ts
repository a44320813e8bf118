/**
 * The list call, its CSV form and the spec lookup: which images a caller sees
 * in a region, filtered and paged by id.
 */
import {
  INSTANCE_SPEC_PATTERN, LIMITS, type AvailableImagesBySpecQuery, type AvailableImagesBySpecResponse, type ListImagesQuery,
} from '../api/schemas';
import type { RequestContext } from './context';
import type { ImageRecord } from './model';
import { imageView, isDataDiskImage, isVisibleTo, typeSeenBy, type ImageJsonCache } from './views';

export interface ImageFilter {
  imageType?: string;
  imageName?: string;
  tagKey?: string;
  tagValue?: string;
}

/** Filter values with no images here (the BCC GPU/FPGA/BBC variants). */
const STORED_TYPE_FILTERS = new Set(['System', 'Custom', 'Integration', 'Market', 'Sharing']);

function matcher(accountId: string, filter: ImageFilter): (image: ImageRecord) => boolean {
  const type = filter.imageType ?? 'All';
  if (type !== 'All' && !STORED_TYPE_FILTERS.has(type)) return () => false;
  return (image) =>
    isVisibleTo(image, accountId) &&
    (type === 'All' || typeSeenBy(image, accountId) === type) &&
    (filter.imageName === undefined || image.name === filter.imageName) &&
    (filter.tagKey === undefined ||
      image.tags.some((t) => t.tagKey === filter.tagKey && (filter.tagValue === undefined || t.tagValue === filter.tagValue)));
}

/** Index of the first id >= marker (so a deleted marker image or instance does not break paging). */
export function lowerBound(ids: readonly string[], marker: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < marker) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whole list answers, encoded, per (region, caller, query) while the region's
 * images do not change: the hot read path then only writes a buffer. Pages
 * with an image in progress are not kept (their progress moves with time).
 */
export class ListAnswerCache {
  private readonly entries = new Map<string, { version: number; body: Buffer }>();
  private static readonly MAX_ENTRIES = 256;

  constructor(private readonly images: ImageJsonCache) {}

  answer(ctx: RequestContext, query: ListImagesQuery): Buffer {
    const key = `${ctx.region}\u0000${ctx.account.id}\u0000${JSON.stringify(query)}`;
    const version = ctx.state.regionVersion(ctx.region);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.body;
    const { json, timeDependent } = listImagesJson(ctx, query, this.images);
    const body = Buffer.from(json);
    if (!timeDependent) {
      if (this.entries.size >= ListAnswerCache.MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { version, body });
    }
    return body;
  }
}

/** The list answer as JSON text, assembled from cached per-image JSON. */
function listImagesJson(ctx: RequestContext, query: ListImagesQuery, cache: ImageJsonCache): { json: string; timeDependent: boolean } {
  const maxKeys = query.maxKeys === undefined ? LIMITS.defaultMaxKeys : Number(query.maxKeys);
  const marker = query.marker ?? '';
  const matches = matcher(ctx.account.id, query);
  const ids = ctx.state.imageIdsOf(ctx.region);
  const page: string[] = [];
  let nextMarker: string | undefined;
  let timeDependent = false;
  for (let i = marker ? lowerBound(ids, marker) : 0; i < ids.length; i++) {
    const image = ctx.state.get('image', ids[i]!)!;
    if (!matches(image)) continue;
    if (page.length === maxKeys) {
      nextMarker = image.id;
      break;
    }
    timeDependent ||= image.pending !== undefined;
    page.push(cache.json(image, ctx.account.id, ctx.now));
  }
  const head = `{"marker":${JSON.stringify(marker)},"isTruncated":${nextMarker !== undefined}`;
  const next = nextMarker === undefined ? '' : `,"nextMarker":${JSON.stringify(nextMarker)}`;
  return { json: `${head}${next},"maxKeys":${maxKeys},"images":[${page.join(',')}]}`, timeDependent };
}

/**
 * The images an instance of `spec` can boot (getAvailableImagesBySpec), in
 * the official SDK's shape: Available images the caller sees that hold an OS
 * (not data-disk images, views.ts isDataDiskImage) and whose memory bounds (minMemoryMb, maxMemoryMb,
 * 0 = none) admit the spec's memory; `osName` matches case-insensitively.
 */
export function imagesForSpec(ctx: RequestContext, query: AvailableImagesBySpecQuery): AvailableImagesBySpecResponse {
  const memoryMb = Number(new RegExp(INSTANCE_SPEC_PATTERN).exec(query.spec)![2]) * 1024;
  const osName = query.osName?.toLowerCase();
  const usable = (image: ImageRecord) =>
    isVisibleTo(image, ctx.account.id) && image.status === 'Available' && !isDataDiskImage(image) &&
    image.minMemoryMb <= memoryMb && (image.maxMemoryMb === 0 || memoryMb <= image.maxMemoryMb) &&
    (osName === undefined || image.osName.toLowerCase() === osName);
  const maxKeys = query.maxKeys === undefined ? LIMITS.defaultMaxKeys : Number(query.maxKeys);
  const marker = query.marker ?? '';
  const ids = ctx.state.imageIdsOf(ctx.region);
  const images: AvailableImagesBySpecResponse['images'] = [];
  for (let i = marker ? lowerBound(ids, marker) : 0; i < ids.length; i++) {
    const image = ctx.state.get('image', ids[i]!)!;
    if (!usable(image)) continue;
    if (images.length === maxKeys) return { marker, isTruncated: true, nextMarker: image.id, maxKeys, images };
    images.push({
      imageId: image.id, imageName: image.name, osType: image.osType, osVersion: image.osVersion, osArch: image.osArch,
      osName: image.osName, osLang: image.osLang, minSizeInGiB: image.minDiskGb,
    });
  }
  return { marker, isTruncated: false, maxKeys, images };
}

const CSV_COLUMNS = ['id', 'name', 'type', 'status', 'osType', 'osName', 'osVersion', 'osArch', 'region', 'createTime', 'encrypted', 'diskSize', 'tags'] as const;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Every image the list call would show, as RFC 4180 CSV (no paging). */
export function imageListCsv(ctx: RequestContext, filter: ImageFilter): string {
  const matches = matcher(ctx.account.id, filter);
  const lines = [CSV_COLUMNS.join(',')];
  for (const id of ctx.state.imageIdsOf(ctx.region)) {
    const image = ctx.state.get('image', id)!;
    if (!matches(image)) continue;
    const view = imageView(image, ctx.account.id, ctx.now);
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: view.id, name: view.name, type: view.type, status: view.status, osType: view.osType, osName: view.osName,
      osVersion: view.osVersion, osArch: view.osArch, region: view.region, createTime: view.createTime,
      encrypted: String(view.encrypted), diskSize: String(view.diskSize),
      tags: view.tags.map((t) => `${t.tagKey}=${t.tagValue}`).join(';'),
    };
    lines.push(CSV_COLUMNS.map((c) => csvField(cells[c])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
