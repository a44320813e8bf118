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
const LOCK = 'LOCK';
const SNAPSHOT_VERSION = 1;
/** Log lines between compactions: bounds restart time and disk use. */
export const DEFAULT_COMPACT_EVERY = 2000;

/** The data directory is held by another live emulator process. */
export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(`data dir ${dir} is in use by another emulator (pid ${pid}); stop it or choose another --data-dir`);
    this.name = 'DataDirInUseError';
  }
}

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

  private constructor(
    private readonly dir: string,
    private readonly compactEvery: number,
  ) {
    this.fd = fs.openSync(path.join(dir, WAL), 'a');
  }

  /**
   * Takes the directory's lock (two writers would interleave their logs), then
   * reads what it holds. A lock left by a killed process is taken over.
   */
  static open(dir: string, compactEvery = DEFAULT_COMPACT_EVERY): { journal: Journal; loaded: LoadedJournal } {
    fs.mkdirSync(dir, { recursive: true });
    lock(dir);
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
    const journal = new Journal(dir, compactEvery);
    journal.linesSinceCompaction = lines;
    return { journal, loaded: { existed: hasSnapshot || lines > 0, snapshot, entries } };
  }

  /**
   * Appends one request's changes durably. Returns true when it is time to
   * compact. A write can be short (a file size limit, a full disk): the rest is
   * written until all of it is down, and if a write or the sync fails, the log
   * is cut back to where it was (so it stays readable and holds no half line)
   * and the error is thrown: the caller must not acknowledge the request.
   */
  append(entries: readonly JournalEntry[]): boolean {
    if (entries.length === 0) return false;
    const line = Buffer.from(JSON.stringify(entries) + '\n');
    const start = fs.fstatSync(this.fd).size;
    try {
      for (let written = 0; written < line.length; ) written += fs.writeSync(this.fd, line, written);
      fs.fdatasyncSync(this.fd);
    } catch (error) {
      try {
        fs.ftruncateSync(this.fd, start);
        fs.fdatasyncSync(this.fd);
      } catch {
        // Cannot cut it back either: the half line is torn and ignored at the next start.
      }
      throw error;
    }
    this.linesSinceCompaction++;
    return this.linesSinceCompaction >= this.compactEvery;
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
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
  }
}

function lock(dir: string): void {
  const lockPath = path.join(dir, LOCK);
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(fs.readFileSync(lockPath, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) throw new DataDirInUseError(dir, holder);
    fs.rmSync(lockPath, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A killed process its parent has not reaped yet still answers kill(pid, 0); on Linux /proc tells. */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
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
