/**
 * The HTTP side of the emulator: one node:http server for every region
 * (`/region/{region}/v2/...`) plus the admin API (`/__admin/...`).
 *
 * A /v2 request goes: read the body (<= 1 MiB) → injected latency/error →
 * route → authenticate → settle due transitions → validate → idempotency →
 * handler → journal the changes (fdatasync) → answer, or drop the connection
 * when a drop fault fires. Everything from routing to journalling runs
 * synchronously, so no other request interleaves with a check-and-mutate.
 */
import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { EMULATOR_REGION_PREFIX, type Operation, type OperationName } from '../api/operations';
import { addressOf } from './addressing';
import { LIMITS, REGIONS, type ErrorResponse, type Region } from '../api/schemas';
import { handleAdmin } from './admin';
import { ApiError } from './api-error';
import { authenticate } from './auth';
import type { Delays, RequestContext } from './context';
import { Faults, type FaultSettings } from './faults';
import { HANDLERS, type Answer } from './handlers';
import { isLive, pruneExpiredTokens, rememberAnswer, rememberedAnswer, requestFingerprint } from './idempotency';
import { Journal, snapshotOf } from './journal';
import { settle } from './lifecycle';
import type { IdempotencyRecord } from './model';
import { upgradedEntry } from './record-upgrade';
import { RequestLog, type RequestLogEntry } from './request-log';
import { resolveRoute } from './router';
import { parseJson, parseQuery, queryRecord, refuseRepeatedKeys, validatedBody, validatedClientToken, validatedQuery } from './request-input';
import { DEV_ACCOUNTS, seedAll } from './seeds';
import { State } from './state';
import { ImageJsonCache } from './views';
import { ListAnswerCache } from './listing';

export interface EmulatorOptions {
  /** 0 picks a free port. Default 4566. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Persist state here (snapshot + write-ahead log); memory only without it. */
  dataDir?: string;
  /** With dataDir: log lines between compactions into the snapshot (default 2000). */
  compactEvery?: number;
  createDelayMs?: number;
  copyDelayMs?: number;
  exportDelayMs?: number;
  /**
   * Emulated time runs this many times faster than real time (default 1): the
   * create, copy and export delays, the added latency and the Retry-After of
   * injected 503/429 answers are divided by it (Retry-After rounded down to
   * whole seconds, as the header takes). What the API does and answers is
   * unchanged; a 45-minute copy with timeScale 300 takes 9 s.
   */
  timeScale?: number;
  faults?: FaultSettings;
  /** Seed for the fault generator, to replay a fault sequence. */
  faultSeed?: number;
  /** Receives every request log entry; default: JSON lines to stderr unless quiet. */
  log?: (entry: RequestLogEntry) => void;
  quiet?: boolean;
  /**
   * Refuse request body fields the API does not define (400 InappropriateJSON
   * naming the field) instead of ignoring them, and a body whose digest
   * (x-bce-content-sha256 or content-md5) is not signed. Default false: unknown fields
   * are ignored and listed in the request log entry's `ignoredFields`, so
   * clients that send more than this emulator knows keep working.
   */
  strict?: boolean;
  /**
   * Also listen on one port per region, for clients that take a host and port
   * per region and no path prefix (the official SDKs, other Terraform
   * providers): a request on a region's port is for that region. 0 picks a
   * free port. Default: none (the Host header and the /region/ prefix still
   * address every region on the main port).
   */
  regionPorts?: Partial<Record<Region, number>>;
}

export interface DevAccount {
  name: string;
  ucAccount: string;
  accountId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `http://127.0.0.1:PORT/region/{region}`: what a client takes as its endpoint template. */
  endpointTemplate: string;
  /** `http://{region}.localhost:PORT`: the template that addresses regions by host name, no path prefix. */
  hostEndpointTemplate: string;
  /**
   * Each region's endpoint for a client that takes one host per region and no
   * prefix: its own port's URL with `regionPorts`, else its `{region}.localhost` URL.
   */
  regionEndpoints: Record<Region, string>;
  port: number;
  accounts: DevAccount[];
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** Expired clientToken records are dropped at most this often: a scan of all of them is not per-request work. */
const TOKEN_PRUNE_INTERVAL_MS = 60 * 60 * 1000;
const REGION_SET = new Set<string>(REGIONS);

interface Outcome {
  status: number;
  body: string | Buffer;
  contentType: string;
  code: string;
  headers: Record<string, string>;
}

function errorOutcome(error: ApiError, requestId: string): Outcome {
  return {
    status: error.status,
    body: JSON.stringify({ code: error.code, message: error.message, requestId } satisfies ErrorResponse),
    contentType: JSON_TYPE,
    code: error.code,
    headers: error.headers,
  };
}

function bodyTooLarge(): ApiError {
  return new ApiError('RequestEntityTooLarge', `body: larger than ${LIMITS.maxBodyBytes} bytes (1 MiB)`);
}

/** Reads the body up to the limit; past it, stops buffering and rejects with 413. */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > LIMITS.maxBodyBytes) return Promise.reject(bodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMITS.maxBodyBytes) {
        req.off('data', onData);
        req.resume();
        reject(bodyTooLarge());
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    // A client that goes away mid-body is its own failure, not the emulator's: a 4xx in the log, no stack.
    const cutShort = () => reject(new ApiError('InvalidHTTPRequest', 'body: the connection closed before the whole body arrived'));
    req.on('error', cutShort);
    req.on('close', () => {
      if (!req.complete) cutShort();
    });
  });
}

function headersOf(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Emulator {
  readonly state = new State();
  /** The delays in emulated milliseconds, as configured; work in progress takes them divided by timeScale. */
  readonly delays: Delays;
  private readonly timeScale: number;
  readonly faults: Faults;
  readonly log: RequestLog;
  private readonly images: ImageJsonCache;
  private readonly lists: ListAnswerCache;
  private journal: Journal | undefined;
  private nextTokenPruneMs = 0;
  private readonly server: http.Server;
  /** The servers of `regionPorts`, each answering for its region. */
  private readonly regionServers: Array<{ region: Region; server: http.Server }>;

  constructor(private readonly options: EmulatorOptions) {
    this.delays = { createDelayMs: options.createDelayMs ?? 0, copyDelayMs: options.copyDelayMs ?? 0, exportDelayMs: options.exportDelayMs ?? 0 };
    this.timeScale = options.timeScale ?? 1;
    if (!Number.isFinite(this.timeScale) || this.timeScale < 1) throw new RangeError(`timeScale: must be a number >= 1, got ${this.timeScale}`);
    this.faults = new Faults(options.faults ?? {}, options.faultSeed, this.timeScale);
    const sink = options.log ?? (options.quiet ? undefined : (entry: RequestLogEntry) => process.stderr.write(JSON.stringify(entry) + '\n'));
    this.log = new RequestLog(sink);
    this.images = new ImageJsonCache(this.state);
    this.lists = new ListAnswerCache(this.images);
    this.loadState();
    const serve = (portRegion: Region | undefined) =>
      http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
        this.handle(req, res, portRegion).catch((error: unknown) => this.crash(res, error));
      });
    this.server = serve(undefined);
    this.regionServers = Object.keys(options.regionPorts ?? {}).map((region) => {
      if (!REGION_SET.has(region)) throw new RangeError(`regionPorts: "${region}" is not a region; one of ${REGIONS.join(', ')}`);
      return { region: region as Region, server: serve(region as Region) };
    });
  }

  private loadState(): void {
    if (!this.options.dataDir) {
      seedAll(this.state);
      this.state.takeChanges();
      return;
    }
    const { journal, loaded } = Journal.open(this.options.dataDir, this.options.compactEvery);
    this.journal = journal;
    if (!loaded.existed) {
      seedAll(this.state);
      this.state.takeChanges();
      this.compact();
      return;
    }
    for (const [kind, values] of Object.entries(loaded.snapshot)) {
      for (const value of values) this.state.apply(upgradedEntry({ op: 'put', kind, value } as Parameters<State['apply']>[0]));
    }
    for (const entry of loaded.entries) this.state.apply(upgradedEntry(entry));
  }

  private compact(): void {
    const now = Date.now();
    const keep = (kind: string, value: unknown) => kind !== 'idempotency' || isLive(value as IdempotencyRecord, now);
    this.journal?.compact(snapshotOf((kind) => this.state.all(kind), keep));
  }

  /**
   * Persists the changes of the request before its answer leaves. When they
   * cannot be written, they are undone and the request fails with a retryable
   * 500: nothing is acknowledged that a restart would not find.
   */
  private commit(): void {
    let compactionDue: boolean;
    try {
      compactionDue = this.journal?.append(this.state.pendingChanges()) ?? false;
    } catch (error) {
      this.state.rollback();
      process.stderr.write(`imagecloud emulator: cannot write the log in ${this.options.dataDir}: ${(error as Error).message}\n`);
      throw new ApiError('InternalError', 'the change could not be persisted; nothing was changed, retry the request', { 'retry-after': '1' });
    }
    this.state.takeChanges();
    if (!compactionDue) return;
    try {
      this.compact();
    } catch (error) {
      // The request is already durable in the log; compaction is retried after the next write.
      process.stderr.write(`imagecloud emulator: compaction failed, the log keeps growing: ${(error as Error).message}\n`);
    }
  }

  async listen(): Promise<RunningEmulator> {
    const host = this.options.host ?? '127.0.0.1';
    const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
    try {
      const port = await listenOn(this.server, this.options.port ?? 4566, host);
      const regionEndpoints = Object.fromEntries(REGIONS.map((region) => [region, `http://${region}.localhost:${port}`])) as Record<Region, string>;
      for (const { region, server } of this.regionServers) {
        regionEndpoints[region] = `http://${urlHost}:${await listenOn(server, this.options.regionPorts![region]!, host)}`;
      }
      const url = `http://${urlHost}:${port}`;
      return {
        url,
        endpointTemplate: `${url}${EMULATOR_REGION_PREFIX}{region}`,
        hostEndpointTemplate: `http://{region}.localhost:${port}`,
        regionEndpoints,
        port,
        accounts: DEV_ACCOUNTS.map((a) => ({ name: a.name, ucAccount: a.ucAccount, accountId: a.id, accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey })),
        close: () => this.close(),
      };
    } catch (error) {
      // Not listening: free the ports taken so far and the data dir, for the next attempt.
      await this.close();
      throw error;
    }
  }

  private async close(): Promise<void> {
    await Promise.all(
      [this.server, ...this.regionServers.map((entry) => entry.server)].map(
        (server) =>
          new Promise<void>((resolve) => {
            if (!server.listening) return resolve();
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    );
    this.journal?.close();
    this.journal = undefined;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse, portRegion: Region | undefined): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
    const rawQuery = queryAt < 0 ? '' : url.slice(queryAt + 1);
    const entry: RequestLogEntry = {
      time: new Date().toISOString(), requestId, method: req.method ?? '', path: rawPath, region: '', accountId: '',
      operation: '', status: 0, code: '', latencyMs: 0,
    };
    let outcome: Outcome;
    let drop = false;
    try {
      const body = await readBody(req);
      if (rawPath.startsWith('/__admin/')) {
        outcome = this.handleAdminRequest(req, rawPath, rawQuery, body);
      } else {
        ({ outcome, drop } = await this.handleApi(req, portRegion, rawPath, rawQuery, body, requestId, entry));
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      outcome = errorOutcome(error, requestId);
      if (error.code === 'RequestEntityTooLarge') outcome.headers = { ...outcome.headers, connection: 'close' };
    }
    entry.status = outcome.status;
    entry.code = outcome.code;
    entry.latencyMs = Math.round((performance.now() - started) * 1000) / 1000;
    if (drop) {
      entry.fault = 'drop';
      req.socket.destroy();
    } else {
      res.writeHead(outcome.status, {
        'content-type': outcome.contentType,
        'content-length': Buffer.byteLength(outcome.body),
        'x-bce-request-id': requestId,
        ...outcome.headers,
      });
      res.end(outcome.body);
    }
    this.log.record(entry);
  }

  private handleAdminRequest(req: http.IncomingMessage, rawPath: string, rawQuery: string, body: Buffer): Outcome {
    const remote = req.socket.remoteAddress ?? '';
    if (!(remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1')) {
      throw new ApiError('AccessDenied', '/__admin/: served to loopback clients only');
    }
    let answer: unknown;
    try {
      answer = handleAdmin(this, req.method ?? '', rawPath, new URLSearchParams(rawQuery), parseJson(body));
    } finally {
      this.commit();
    }
    return { status: 200, body: answer === undefined ? '' : JSON.stringify(answer), contentType: JSON_TYPE, code: '', headers: {} };
  }

  private async handleApi(
    req: http.IncomingMessage, portRegion: Region | undefined, rawPath: string, rawQuery: string, body: Buffer, requestId: string, entry: RequestLogEntry,
  ): Promise<{ outcome: Outcome; drop: boolean }> {
    if (this.faults.latencyMs > 0) await sleep(this.faults.latencyMs);
    const injected = this.faults.injectedError();
    if (injected) {
      entry.fault = 'error';
      return { outcome: errorOutcome(injected, requestId), drop: false };
    }
    // From here on, synchronous until the answer is decided and journalled.
    const now = Date.now();
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      throw new ApiError('InvalidURI', `path: "${rawPath}" is not valid percent-encoding`);
    }
    const { region, apiPath } = addressOf(path, req.headers.host, portRegion);
    entry.region = region;
    const queryPairs = parseQuery(rawQuery);
    refuseRepeatedKeys(queryPairs);
    const route = resolveRoute(req.method ?? '', apiPath, queryPairs);
    entry.operation = route.op.name;
    const account = authenticate(
      { method: req.method ?? '', path, query: queryPairs, headers: headersOf(req), body },
      (ak) => this.state.accountByAccessKey(ak),
      now,
      this.options.strict,
    );
    entry.accountId = account.id;
    const ctx: RequestContext = { state: this.state, delays: this.realDelays(), account, region, now };
    const outcome = this.execute(ctx, route.op, route.params, queryRecord(queryPairs), body, requestId, path, entry);
    this.commit();
    return { outcome, drop: outcome.status < 500 && this.faults.shouldDrop() };
  }

  /** The delays in real milliseconds: what work started now takes. */
  private realDelays(): Delays {
    if (this.timeScale === 1) return this.delays;
    const { createDelayMs, copyDelayMs, exportDelayMs } = this.delays;
    const scale = this.timeScale;
    return { createDelayMs: createDelayMs / scale, copyDelayMs: copyDelayMs / scale, exportDelayMs: exportDelayMs / scale };
  }

  /** Runs the operation, honouring clientToken; every outcome is decided here (errors included). */
  private execute(
    ctx: RequestContext, op: Operation, params: Record<string, string>, query: Record<string, string>, rawBody: Buffer, requestId: string, path: string,
    entry: RequestLogEntry,
  ): Outcome {
    let token: string | undefined;
    let fingerprint = '';
    try {
      settle(ctx.state, ctx.now);
      if (ctx.now >= this.nextTokenPruneMs) {
        pruneExpiredTokens(ctx.state, ctx.now);
        this.nextTokenPruneMs = ctx.now + TOKEN_PRUNE_INTERVAL_MS;
      }
      token = op.mutating ? validatedClientToken(query) : undefined;
      const json = op.body ? parseJson(rawBody) : undefined;
      if (token !== undefined) {
        fingerprint = requestFingerprint(op.method, path, op.action ?? '', json ?? null);
        const remembered = rememberedAnswer(ctx.state, ctx.account.id, token, fingerprint, ctx.now);
        if (remembered) return replay(remembered);
      }
      const { value: body, ignoredFields } = validatedBody(op, json, this.options.strict ?? false);
      if (ignoredFields.length > 0) entry.ignoredFields = ignoredFields;
      const answer: Answer = HANDLERS[op.name as OperationName]({
        ctx, params, query: validatedQuery(op, query), body, images: this.images, lists: this.lists,
      });
      const outcome: Outcome = { status: 200, body: answer.body, contentType: answer.contentType, code: '', headers: {} };
      if (token !== undefined) rememberAnswer(ctx.state, ctx.account.id, token, fingerprint, outcome.status, outcome.body.toString(), ctx.now);
      return outcome;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const outcome = errorOutcome(error, requestId);
      // Errors are results too (docs/api.md), but a mismatch is about the token itself.
      // 5xx and 429 are not results: a retry with the token must run the request.
      if (token !== undefined && fingerprint && error.code !== 'IdempotentParameterMismatch' && outcome.status < 500 && outcome.status !== 429) {
        rememberAnswer(ctx.state, ctx.account.id, token, fingerprint, outcome.status, outcome.body.toString(), ctx.now);
      }
      return outcome;
    }
  }

  /**
   * A bug: undo what the request changed (nothing half-done is kept or
   * persisted, so a retry runs it afresh), answer 500 with a request id, log
   * the stack to stderr, never put it in the body.
   */
  private crash(res: http.ServerResponse, error: unknown): void {
    this.state.rollback();
    const requestId = randomUUID();
    process.stderr.write(`imagecloud emulator: internal error (request ${requestId}): ${(error as Error)?.stack ?? String(error)}\n`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const body = JSON.stringify({ code: 'InternalError', message: `internal error; see the emulator log for request ${requestId}`, requestId });
    res.writeHead(500, { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(body), 'x-bce-request-id': requestId });
    res.end(body);
  }
}

function replay(record: IdempotencyRecord): Outcome {
  const code = record.status >= 400 ? ((JSON.parse(record.body) as { code?: string }).code ?? '') : '';
  const contentType = JSON_TYPE;
  return { status: record.status, body: record.body, contentType, code, headers: {} };
}

/** Listens on `port` (0: a free one) and answers the port taken. */
function listenOn(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return new Emulator(options).listen();
}
