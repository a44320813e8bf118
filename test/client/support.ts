/**
 * What the client tests share: a fresh account per test (so quotas and
 * listings never collide), a client for it against the running emulator, and
 * a dispatcher that records what actually leaves the client.
 */
import { Agent, type Dispatcher } from 'undici';
import { ImageClient, type ImageClientOptions } from '../../src/client';
import { admin, type AdminAccount } from '../helpers/admin';
import type { RunningEmulator } from '../helpers/emulator';

export type TestAccount = AdminAccount;

let accounts = 0;

/** A new account with the standard fixtures (instances, snapshots, KMS key) in every region. */
export function newAccount(emulator: RunningEmulator): Promise<TestAccount> {
  accounts++;
  return admin(emulator.url).createAccount(`t${process.pid}-${accounts}`);
}

/** The account's seeded fixtures in a region, by their seed names (src/emulator/seeds.ts). */
export async function fixturesOf(emulator: RunningEmulator, account: TestAccount, region = 'bj') {
  const fixtures = await admin(emulator.url).fixtures({ accountId: account.id, region });
  const named = <T extends { name: string }>(list: T[], name: string) => {
    const found = list.find((f) => f.name === name);
    if (!found) throw new Error(`no fixture ${name}`);
    return found;
  };
  return {
    instance: (name: string) => named(fixtures.instances, name),
    snapshot: (name: string) => named(fixtures.snapshots, name),
    kmsKeyId: fixtures.kmsKeys[0]!.id,
  };
}

export function clientFor(emulator: RunningEmulator, account: TestAccount, options: Partial<ImageClientOptions> = {}): ImageClient {
  return new ImageClient({
    region: 'bj',
    endpoint: emulator.endpointTemplate,
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey },
    // Tests keep retries fast; the policy's own figures are tested in retry-policy.test.ts.
    retry: { baseDelayMs: 1, throttleBaseDelayMs: 1, maxDelayMs: 2_000 },
    ...options,
  });
}

export interface SentRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** An undici Agent that records every request it is asked to send. */
export function recordingDispatcher(): { dispatcher: Dispatcher; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const dispatcher = new Agent().compose((dispatch) => (options, handler) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((options.headers ?? {}) as Record<string, string>)) headers[k.toLowerCase()] = v;
    sent.push({ method: options.method, path: options.path, headers, body: typeof options.body === 'string' ? options.body : undefined });
    return dispatch(options, handler);
  });
  return { dispatcher, sent };
}
