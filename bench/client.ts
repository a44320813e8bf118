/**
 * Client overhead: GET image throughput through ImageClient vs a raw undici
 * loop doing the same signed GET (same signer, same Pool settings, same
 * concurrency, same JSON parse of the answer), in one run against a test
 * emulator. Goal: the client takes at most 1.3x the raw loop's time.
 *
 *   npx tsx bench/client.ts [requests] [concurrency]
 */
import { Pool } from 'undici';
import { sign } from '../src/api/signer';
import { ImageClient } from '../src/client';
import { startTestEmulator } from '../test/helpers/emulator';

export interface ClientBenchResult {
  requests: number;
  concurrency: number;
  rawRequestsPerSecond: number;
  clientRequestsPerSecond: number;
  /** Client time / raw time; <= 1.3 is the goal. */
  overhead: number;
}

const ROUNDS = 3;

/** Runs `count` calls of `one` with `concurrency` in flight; returns requests per second. */
async function throughput(count: number, concurrency: number, one: () => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await one();
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

export async function benchClient(requests = 5_000, concurrency = 16): Promise<ClientBenchResult> {
  const emulator = await startTestEmulator();
  const account = emulator.accounts[0]!;
  const credentials = { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey };
  const poolOptions = { connections: concurrency, keepAliveTimeout: 10_000 };
  const rawPool = new Pool(emulator.url, poolOptions);
  const clientPool = new Pool(emulator.url, poolOptions);
  const client = new ImageClient({ region: 'bj', endpoint: emulator.endpointTemplate, credentials, dispatcher: clientPool });
  try {
    const { images } = await client.listImagesPage({ maxKeys: 1 });
    const imageId = images[0]!.id;
    const url = new URL(`${emulator.endpointTemplate.replace('{region}', 'bj')}/v2/image/${imageId}`);

    const rawGet = async () => {
      const headers: Record<string, string> = { host: url.host };
      headers.authorization = sign({ method: 'GET', path: url.pathname, query: [], headers }, credentials);
      const res = await rawPool.request({ path: url.pathname, method: 'GET', headers });
      const body = JSON.parse(await res.body.text()) as { image?: unknown };
      if (res.statusCode !== 200 || !body.image) throw new Error(`raw GET answered ${res.statusCode}`);
    };
    const clientGet = () => client.getImage(imageId);

    // Warm both paths (JIT, connections), then alternate rounds and keep each side's best.
    await throughput(500, concurrency, rawGet);
    await throughput(500, concurrency, clientGet);
    let raw = 0;
    let viaClient = 0;
    for (let round = 0; round < ROUNDS; round++) {
      raw = Math.max(raw, await throughput(requests, concurrency, rawGet));
      viaClient = Math.max(viaClient, await throughput(requests, concurrency, clientGet));
    }
    return {
      requests,
      concurrency,
      rawRequestsPerSecond: Math.round(raw),
      clientRequestsPerSecond: Math.round(viaClient),
      overhead: Number((raw / viaClient).toFixed(3)),
    };
  } finally {
    await client.close();
    await clientPool.close();
    await rawPool.close();
    await emulator.close();
  }
}

if (require.main === module) {
  const [requests, concurrency] = process.argv.slice(2).map(Number);
  benchClient(requests || undefined, concurrency || undefined).then(
    (r) => {
      console.log(`client GET image, ${r.requests} requests x ${ROUNDS} rounds, concurrency ${r.concurrency}`);
      console.log(`  raw undici loop : ${r.rawRequestsPerSecond} req/s`);
      console.log(`  ImageClient     : ${r.clientRequestsPerSecond} req/s`);
      console.log(`  overhead        : ${r.overhead}x (goal <= 1.3x)`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
