/**
 * Records written by an earlier version of the emulator (a --data-dir kept
 * across an upgrade, such as `imagecloud local`'s) lack the fields added
 * since. They load with those fields' neutral values, so old state keeps
 * answering instead of failing on a missing field.
 */
import type { JournalEntry, Kind, RecordKinds } from './model';

/** Per kind, the fields added after the first persisted format, with the value they mean for an old record. */
const ADDED_FIELDS: { [K in Kind]?: Partial<RecordKinds[K]> } = {
  image: { snapshots: [] },
  instance: { specialVersion: '' },
  snapshot: { specialVersion: '' },
};

export function upgradedRecord<K extends Kind>(kind: K, value: RecordKinds[K]): RecordKinds[K] {
  const added = ADDED_FIELDS[kind];
  // structuredClone: every record gets its own copy of an array default.
  return added ? { ...structuredClone(added), ...value } : value;
}

export function upgradedEntry(entry: JournalEntry): JournalEntry {
  return entry.op === 'put' ? ({ ...entry, value: upgradedRecord(entry.kind, entry.value) } as JournalEntry) : entry;
}
