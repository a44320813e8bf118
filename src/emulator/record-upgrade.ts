/**
 * Records written by an earlier version of the emulator (a --data-dir kept
 * across an upgrade, such as `imagecloud local`'s) lack the fields added
 * since. They load with those fields' neutral values, so old state keeps
 * answering instead of failing on a missing field.
 */
import type { InstanceRecord, JournalEntry, Kind, RecordKinds } from './model';
import { FIXTURE_DATA_DISK_TYPE, fixtureInstanceFacts } from './seeds';

/** Per kind, the fields added after the first persisted format, with the value they mean for an old record. */
const ADDED_FIELDS: { [K in Kind]?: Partial<RecordKinds[K]> } = {
  image: { snapshots: [] },
  snapshot: { specialVersion: '' },
};

/**
 * Instances predating the instance API: their new fields depend on the record
 * (zone of its region, host name of its id, disk types), so they are derived,
 * as for a fixture; data disks get a storage type.
 */
function upgradedInstance(value: InstanceRecord): InstanceRecord {
  const old = value as Partial<InstanceRecord> & Pick<InstanceRecord, 'id' | 'region' | 'systemDisk' | 'dataDisks'>;
  const defaults: Partial<InstanceRecord> = { ...fixtureInstanceFacts(old.id, old.region, old.systemDisk.type), specialVersion: '' };
  return {
    ...defaults,
    ...value,
    dataDisks: old.dataDisks.map((d) => ({ ...d, storageType: d.storageType ?? FIXTURE_DATA_DISK_TYPE })),
  };
}

export function upgradedRecord<K extends Kind>(kind: K, value: RecordKinds[K]): RecordKinds[K] {
  if (kind === 'instance') return upgradedInstance(value as InstanceRecord) as RecordKinds[K];
  const added = ADDED_FIELDS[kind];
  // structuredClone: every record gets its own copy of an array default.
  return added ? { ...structuredClone(added), ...value } : value;
}

export function upgradedEntry(entry: JournalEntry): JournalEntry {
  return entry.op === 'put' ? ({ ...entry, value: upgradedRecord(entry.kind, entry.value) } as JournalEntry) : entry;
}
