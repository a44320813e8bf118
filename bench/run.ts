/**
 * `npm run bench [-- name...]`: every benchmark, each reporting ratios against
 * a baseline measured in the same run. Names: emulator, client, provider, constructs.
 */
import { benchClient } from './client';
import { benchConstructs, formatConstructsResults } from './constructs';
import { benchEmulator, formatResults } from './emulator';
import { benchProvider } from './provider';

const BENCHMARKS: Record<string, () => Promise<string>> = {
  emulator: async () => formatResults(await benchEmulator()),
  client: async () => {
    const r = await benchClient();
    return [
      `client GET image, ${r.requests} requests per round, concurrency ${r.concurrency}`,
      `  raw undici loop : ${r.rawRequestsPerSecond} req/s`,
      `  ImageClient     : ${r.clientRequestsPerSecond} req/s`,
      `  overhead        : ${r.overhead}x (goal <= 1.3x)`,
    ].join('\n');
  },
  provider: benchProvider,
  constructs: async () => formatConstructsResults(await benchConstructs()),
};

async function main(names: string[]): Promise<void> {
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s) ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    console.log(`\n== ${name}`);
    console.log(await BENCHMARKS[name]!());
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
