/**
 * Durable state for --data-dir: a snapshot (snapshot.json) plus a write-ahead
 * log (wal.jsonl) with one line per request: the JSON array of the request's
 * put/del entries. A line is appended and fdatasync'ed before the answer is
 * sent, so a kill -9 loses no acknowledged write; a torn final line (a crash
 * mid-append) was never acknowledged and is ignored. Entries carry whole
 * records, so replaying a line twice is harmless: that makes compaction
 * (write snapshot to a temporary file, fsync, rename, then truncate the log)
 * safe to interrupt anywhere.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { KINDS, type JournalEntry, type Kind, type RecordKinds } from './model';

const SNAPSHOT = 'snapshot.json';
const WAL = 'wal.jsonl';
const SNAPSHOT_VERSION = 1;
/** Log lines between compactions: bounds restart time and disk use. */
const COMPACT_EVERY = 2000;

export type SnapshotRecords = { [K in Kind]?: RecordKinds[K][] };

interface SnapshotFile {
  version: number;
  records: SnapshotRecords;
}

export interface LoadedJournal {
  /** False for a fresh directory: the caller seeds the fixtures. */
  existed: boolean;
  snapshot: SnapshotRecords;
  entries: JournalEntry[];
}

export class Journal {
  private fd: number;
  private linesSinceCompaction = 0;

  private constructor(private readonly dir: string) {
    this.fd = fs.openSync(path.join(dir, WAL), 'a');
  }

  /** Opens (creating) the directory and reads what it holds. */
  static open(dir: string): { journal: Journal; loaded: LoadedJournal } {
    fs.mkdirSync(dir, { recursive: true });
    const snapshotPath = path.join(dir, SNAPSHOT);
    const walPath = path.join(dir, WAL);
    const hasSnapshot = fs.existsSync(snapshotPath);
    let snapshot: SnapshotRecords = {};
    if (hasSnapshot) {
      const file = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as SnapshotFile;
      if (file.version !== SNAPSHOT_VERSION) throw new Error(`${snapshotPath}: unsupported snapshot version ${file.version}`);
      snapshot = file.records;
    }
    const entries: JournalEntry[] = [];
    let lines = 0;
    if (fs.existsSync(walPath)) {
      const text = fs.readFileSync(walPath, 'utf8');
      const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
      if (complete.length !== text.length) fs.truncateSync(walPath, Buffer.byteLength(complete));
      for (const line of complete.split('\n')) {
        if (!line) continue;
        entries.push(...(JSON.parse(line) as JournalEntry[]));
        lines++;
      }
    }
    const journal = new Journal(dir);
    journal.linesSinceCompaction = lines;
    return { journal, loaded: { existed: hasSnapshot || lines > 0, snapshot, entries } };
  }

  /** Appends one request's changes durably. Returns true when it is time to compact. */
  append(entries: readonly JournalEntry[]): boolean {
    if (entries.length === 0) return false;
    fs.writeSync(this.fd, JSON.stringify(entries) + '\n');
    fs.fdatasyncSync(this.fd);
    this.linesSinceCompaction++;
    return this.linesSinceCompaction >= COMPACT_EVERY;
  }

  /** Replaces snapshot + log by a snapshot of `records`. */
  compact(records: SnapshotRecords): void {
    const tmp = path.join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, JSON.stringify({ version: SNAPSHOT_VERSION, records } satisfies SnapshotFile));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, path.join(this.dir, SNAPSHOT));
    syncDirectory(this.dir);
    fs.ftruncateSync(this.fd, 0);
    fs.fdatasyncSync(this.fd);
    this.linesSinceCompaction = 0;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

function syncDirectory(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function snapshotOf(all: <K extends Kind>(kind: K) => Iterable<RecordKinds[K]>, keep: (kind: Kind, value: unknown) => boolean): SnapshotRecords {
  const records: SnapshotRecords = {};
  for (const kind of KINDS) (records as Record<Kind, unknown[]>)[kind] = [...all(kind)].filter((v) => keep(kind, v));
  return records;
}
