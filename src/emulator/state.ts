/**
 * The emulator's in-memory model. Every change goes through put/del, which
 * keeps the indexes right and collects the change for the journal; the server
 * takes the collected changes at the end of each request and persists them
 * before answering. All check-and-mutate sequences run synchronously, so
 * concurrent requests cannot interleave inside one (no over-allocation).
 */
import type { Region } from '../api/schemas';
import { KINDS, type Account, type ImageRecord, type InstanceRecord, type JournalEntry, type Kind, type RecordKinds } from './model';

type Stores = { [K in Kind]: Map<string, RecordKinds[K]> };

function idOf<K extends Kind>(kind: K, value: RecordKinds[K]): string {
  switch (kind) {
    case 'task':
      return (value as RecordKinds['task']).taskId;
    case 'idempotency':
      return (value as RecordKinds['idempotency']).key;
    default:
      return (value as { id: string }).id;
  }
}

const ownerKey = (accountId: string, region: string) => `${accountId}/${region}`;

export class State {
  private readonly stores = Object.fromEntries(KINDS.map((k) => [k, new Map()])) as Stores;
  private changes: JournalEntry[] = [];
  /** What each journalled change replaced, so a request that fails half-way can be undone. */
  private undo: Array<{ kind: Kind; id: string; previous: unknown }> = [];
  private readonly accountsByAccessKey = new Map<string, Account>();
  /** Image ids per region, sorted lazily (list order is by id). */
  private readonly regionImageIds = new Map<string, { ids: string[]; sorted: boolean }>();
  private readonly ownedImageIds = new Map<string, Set<string>>();
  private readonly receivedShareCount = new Map<string, number>();
  /** Instance ids per account and region, sorted lazily (list order is by id; their count is the instance quota's use). */
  private readonly accountInstanceIds = new Map<string, { ids: string[]; sorted: boolean }>();
  /** Images, instances and tasks with a transition still to apply (lifecycle.ts). */
  readonly pendingImageIds = new Set<string>();
  readonly pendingInstanceIds = new Set<string>();
  readonly runningTaskIds = new Set<string>();
  /** Bumped on every image change, so derived caches (views.ts, listing.ts) know when to drop an entry. */
  private readonly imageVersions = new Map<string, number>();
  private readonly regionVersions = new Map<string, number>();

  get<K extends Kind>(kind: K, id: string): RecordKinds[K] | undefined {
    return this.stores[kind].get(id);
  }

  all<K extends Kind>(kind: K): IterableIterator<RecordKinds[K]> {
    return this.stores[kind].values();
  }

  count(kind: Kind): number {
    return this.stores[kind].size;
  }

  /**
   * Stores (or replaces) a record. Callers pass a fresh object and never change
   * a stored one in place: the stored one is what rollback() restores.
   */
  put<K extends Kind>(kind: K, value: RecordKinds[K], journal = true): void {
    const id = idOf(kind, value);
    const previous = this.stores[kind].get(id);
    if (journal) this.undo.push({ kind, id, previous });
    this.unindex(kind, id, previous, true);
    this.stores[kind].set(id, value);
    this.index(kind, id, value, previous !== undefined);
    if (journal) this.changes.push({ op: 'put', kind, value } as JournalEntry);
  }

  del(kind: Kind, id: string, journal = true): void {
    const previous = this.stores[kind].get(id);
    if (previous === undefined) return;
    if (journal) this.undo.push({ kind, id, previous });
    this.unindex(kind, id, previous, false);
    this.stores[kind].delete(id);
    if (journal) this.changes.push({ op: 'del', kind, id });
  }

  /** Applies a journal entry while loading (not journalled again). */
  apply(entry: JournalEntry): void {
    if (entry.op === 'put') this.put(entry.kind, entry.value, false);
    else this.del(entry.kind, entry.id, false);
  }

  /** Undoes the changes not yet taken (a request that failed half-way), newest first. */
  rollback(): void {
    for (const { kind, id, previous } of this.undo.reverse()) {
      if (previous === undefined) this.del(kind, id, false);
      else this.put(kind, previous as RecordKinds[typeof kind], false);
    }
    this.undo = [];
    this.changes = [];
  }

  pendingChanges(): readonly JournalEntry[] {
    return this.changes;
  }

  takeChanges(): JournalEntry[] {
    const out = this.changes;
    this.changes = [];
    this.undo = [];
    return out;
  }

  accountByAccessKey(accessKeyId: string): Account | undefined {
    return this.accountsByAccessKey.get(accessKeyId);
  }

  /** Image ids of a region in id order. */
  imageIdsOf(region: Region): readonly string[] {
    const entry = this.regionImageIds.get(region);
    if (!entry) return [];
    if (!entry.sorted) {
      entry.ids.sort();
      entry.sorted = true;
    }
    return entry.ids;
  }

  /** The account's instance ids in a region, in id order. */
  instanceIdsOf(accountId: string, region: Region): readonly string[] {
    const entry = this.accountInstanceIds.get(ownerKey(accountId, region));
    if (!entry) return [];
    if (!entry.sorted) {
      entry.ids.sort();
      entry.sorted = true;
    }
    return entry.ids;
  }

  ownedImageCount(accountId: string, region: Region): number {
    return this.ownedImageIds.get(ownerKey(accountId, region))?.size ?? 0;
  }

  receivedShares(accountId: string): number {
    return this.receivedShareCount.get(accountId) ?? 0;
  }

  imageVersion(id: string): number {
    return this.imageVersions.get(id) ?? 0;
  }

  /** Changes whenever any image of the region changes. */
  regionVersion(region: Region): number {
    return this.regionVersions.get(region) ?? 0;
  }

  private touchImage(id: string, region: string): void {
    this.imageVersions.set(id, this.imageVersion(id) + 1);
    this.regionVersions.set(region, (this.regionVersions.get(region) ?? 0) + 1);
  }

  /** `replaced`: the id was already stored, so its place in the region order stays. */
  private index<K extends Kind>(kind: K, id: string, value: RecordKinds[K], replaced: boolean): void {
    if (kind === 'account') {
      const account = value as Account;
      this.accountsByAccessKey.set(account.accessKeyId, account);
    } else if (kind === 'image') {
      const image = value as ImageRecord;
      this.touchImage(id, image.region);
      if (!replaced) {
        let region = this.regionImageIds.get(image.region);
        if (!region) this.regionImageIds.set(image.region, (region = { ids: [], sorted: true }));
        region.ids.push(id);
        region.sorted = false;
      }
      if (image.ownerId) {
        const key = ownerKey(image.ownerId, image.region);
        let owned = this.ownedImageIds.get(key);
        if (!owned) this.ownedImageIds.set(key, (owned = new Set()));
        owned.add(id);
      }
      for (const recipient of image.sharedWith) this.receivedShareCount.set(recipient, this.receivedShares(recipient) + 1);
      if (image.pending) this.pendingImageIds.add(id);
    } else if (kind === 'instance') {
      const instance = value as InstanceRecord;
      if (!replaced) {
        const key = ownerKey(instance.accountId, instance.region);
        let owned = this.accountInstanceIds.get(key);
        if (!owned) this.accountInstanceIds.set(key, (owned = { ids: [], sorted: true }));
        owned.ids.push(id);
        owned.sorted = false;
      }
      if (instance.pending) this.pendingInstanceIds.add(id);
    } else if (kind === 'task') {
      if ((value as RecordKinds['task']).status === 'Running') this.runningTaskIds.add(id);
    }
  }

  private unindex<K extends Kind>(kind: K, id: string, previous: RecordKinds[K] | undefined, replacing: boolean): void {
    if (previous === undefined) return;
    if (kind === 'account') {
      this.accountsByAccessKey.delete((previous as Account).accessKeyId);
    } else if (kind === 'image') {
      const image = previous as ImageRecord;
      this.touchImage(id, image.region);
      const region = replacing ? undefined : this.regionImageIds.get(image.region);
      if (region) {
        const at = region.ids.indexOf(id);
        if (at >= 0) region.ids.splice(at, 1);
      }
      this.ownedImageIds.get(ownerKey(image.ownerId, image.region))?.delete(id);
      for (const recipient of image.sharedWith) this.receivedShareCount.set(recipient, this.receivedShares(recipient) - 1);
      this.pendingImageIds.delete(id);
    } else if (kind === 'instance') {
      const instance = previous as InstanceRecord;
      const owned = replacing ? undefined : this.accountInstanceIds.get(ownerKey(instance.accountId, instance.region));
      if (owned) {
        const at = owned.ids.indexOf(id);
        if (at >= 0) owned.ids.splice(at, 1);
      }
      this.pendingInstanceIds.delete(id);
    } else if (kind === 'task') {
      this.runningTaskIds.delete(id);
    }
  }
}
