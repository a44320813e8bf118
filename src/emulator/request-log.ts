/**
 * The structured request log: one JSON object per request, to a sink (stderr
 * by default) and a ring buffer served by GET /__admin/requests. It records
 * what happened, never the Authorization header, keys, query or bodies
 * (of a body, only the names of fields it ignored).
 */
export interface RequestLogEntry {
  time: string;
  requestId: string;
  method: string;
  /** Path without the query string. */
  path: string;
  region: string;
  accountId: string;
  operation: string;
  status: number;
  /** Error code, empty on success. */
  code: string;
  latencyMs: number;
  /** Set when an injected fault decided the outcome: error, drop. */
  fault?: 'error' | 'drop';
  /** Paths of the body fields the emulator did not know and ignored (not strict); absent when none. */
  ignoredFields?: string[];
}

const RING_SIZE = 1000;

export class RequestLog {
  private readonly ring: RequestLogEntry[] = [];
  private next = 0;

  constructor(private readonly sink: ((entry: RequestLogEntry) => void) | undefined) {}

  record(entry: RequestLogEntry): void {
    if (this.ring.length < RING_SIZE) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % RING_SIZE;
    this.sink?.(entry);
  }

  /** The latest `limit` entries, oldest first. */
  latest(limit: number): RequestLogEntry[] {
    const ordered = this.ring.length < RING_SIZE ? this.ring : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return ordered.slice(Math.max(0, ordered.length - limit));
  }
}
