/**
 * Emulator benchmark: GET image and list (1,000 images) over keep-alive, against
 * a bare node:http server answering a fixed JSON body of the same size, measured
 * in the same run. Run alone with `npx tsx bench/emulator.ts`.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { sign } from '../src/api/signer';
import { startEmulator, type DevAccount } from '../src/emulator';

export interface BenchResult {
  name: string;
  requests: number;
  concurrency: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Throughput of the bare server divided by this one's (1 = as fast; goal <= 2). */
  slowdown?: number;
}

const REQUESTS = 5000;
/** Throughput is measured with 16 requests in flight; latency one request at a time, where queueing does not hide it. */
const THROUGHPUT_CONCURRENCY = 16;
const LATENCY_CONCURRENCY = 1;
const WARMUP = 500;

interface Target {
  origin: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * The load generator runs in a worker thread so the client and the server under
 * test do not share one event loop (that would inflate every latency). Plain JS:
 * the worker needs no TypeScript loader.
 */
const LOAD_GENERATOR = `
const { parentPort, workerData } = require('node:worker_threads');
const { Pool } = require('undici');
(async () => {
  const { origin, path, headers, requests, concurrency, warmup } = workerData;
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const run = async (count) => {
    const latencies = [];
    let issued = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (issued < count) {
        issued++;
        const started = performance.now();
        const response = await pool.request({ method: 'GET', path, headers });
        await response.body.arrayBuffer();
        if (response.statusCode !== 200) throw new Error('status ' + response.statusCode);
        latencies.push(performance.now() - started);
      }
    }));
    return latencies;
  };
  await run(warmup);
  const started = performance.now();
  const latencies = await run(requests);
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  parentPort.postMessage({ latencies, seconds });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

async function measure(name: string, target: Target, requests: number, concurrency: number): Promise<BenchResult> {
  const worker = new Worker(LOAD_GENERATOR, {
    eval: true,
    workerData: { ...target, requests, concurrency, warmup: WARMUP },
  });
  const result = await new Promise<{ latencies: number[]; seconds: number; error?: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  if (result.error) throw new Error(`${name}: ${result.error}`);
  const latencies = result.latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return {
    name, requests, concurrency, requestsPerSecond: Math.round(requests / result.seconds), p50Ms: round(at(0.5)), p99Ms: round(at(0.99)),
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** A bare server answering `body` to everything: the floor the emulator is compared with. */
async function bareServer(body: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const payload = Buffer.from(body);
  const server = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length });
    res.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Signed once (valid 30 minutes): the bench measures the server, not the client's signing. */
function signedHeaders(emulatorUrl: string, account: DevAccount, path: string, query: Array<[string, string]>): Record<string, string> {
  const headers = { host: new URL(emulatorUrl).host };
  return { ...headers, authorization: sign({ method: 'GET', path, query, headers }, account) };
}

export async function benchEmulator(): Promise<BenchResult[]> {
  const emulator = await startEmulator({ port: 0, quiet: true });
  const account = emulator.accounts[0]!;
  try {
    const adminResponse = await fetch(`${emulator.url}/__admin/images/bulk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: 'bd', count: 1000 - 11, namePrefix: 'bench' }),
    });
    const { imageIds } = (await adminResponse.json()) as { imageIds: string[] };
    const imagePath = `/region/bd/v2/image/${imageIds[0]}`;
    const listPath = '/region/bd/v2/image';
    const listQuery: Array<[string, string]> = [['maxKeys', '1000']];
    const get: Target = { origin: emulator.url, path: imagePath, headers: signedHeaders(emulator.url, account, imagePath, []) };
    const list: Target = { origin: emulator.url, path: `${listPath}?maxKeys=1000`, headers: signedHeaders(emulator.url, account, listPath, listQuery) };

    const fetchBody = async (t: Target) => (await fetch(`${t.origin}${t.path}`, { headers: t.headers })).text();
    const imageBody = await fetchBody(get);
    const listBody = await fetchBody(list);
    const listed = (JSON.parse(listBody) as { images: unknown[] }).images.length;
    if (listed !== 1000) throw new Error(`expected a list of 1000 images, got ${listed}`);

    const bareImage = await bareServer(imageBody);
    const bareList = await bareServer(listBody);
    try {
      const results: BenchResult[] = [];
      const bareGet: Target = { origin: bareImage.origin, path: '/', headers: {} };
      const bareListing: Target = { origin: bareList.origin, path: '/', headers: {} };
      const kib = (body: string) => `${Math.round(body.length / 1024)} KiB`;
      const pairs: Array<[string, Target, Target, number, number]> = [
        [`GET image (${kib(imageBody)})`, get, bareGet, REQUESTS, THROUGHPUT_CONCURRENCY],
        [`GET image (${kib(imageBody)})`, get, bareGet, REQUESTS, LATENCY_CONCURRENCY],
        [`list 1,000 images (${kib(listBody)})`, list, bareListing, REQUESTS, THROUGHPUT_CONCURRENCY],
        [`list 1,000 images (${kib(listBody)})`, list, bareListing, REQUESTS, LATENCY_CONCURRENCY],
      ];
      for (const [name, emulated, bare, requests, concurrency] of pairs) {
        const floor = await measure(`bare node:http, ${name}`, bare, requests, concurrency);
        const measured = await measure(`emulator, ${name}`, emulated, requests, concurrency);
        measured.slowdown = Math.round((floor.requestsPerSecond / measured.requestsPerSecond) * 100) / 100;
        results.push(floor, measured);
      }
      return results;
    } finally {
      await bareImage.close();
      await bareList.close();
    }
  } finally {
    await emulator.close();
  }
}

export function formatResults(results: readonly BenchResult[]): string {
  const header = ['benchmark', 'requests', 'conc.', 'req/s', 'p50 ms', 'p99 ms', 'bare/emulator'];
  const rows = results.map((r) => [r.name, String(r.requests), String(r.concurrency), String(r.requestsPerSecond), r.p50Ms.toFixed(2), r.p99Ms.toFixed(2), r.slowdown === undefined ? '' : `${r.slowdown}x`]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

if (require.main === module) {
  benchEmulator().then(
    (results) => console.log(formatResults(results)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
