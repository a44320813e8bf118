/** Typed calls of the emulator's admin API (docs/api.md "Emulator admin API"), for tests of every layer. */
import { request } from 'undici';
import type { FaultSettings, RequestLogEntry } from '../../src/emulator';
import { apiAs, type Api } from './signed-request';

export interface AdminAccount {
  id: string;
  name: string;
  ucAccount: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface FixtureInstance {
  id: string;
  accountId: string;
  region: string;
  name: string;
  status: string;
  systemDisk: { type: 'cds' | 'local'; sizeGb: number };
  dataDisks: { id: string; sizeGb: number }[];
  osType: string;
  osName: string;
  osVersion: string;
  encryptKey: string;
  chargeType: string;
  /** The image it was made or last rebuilt from; empty for admin-made instances. */
  imageId: string;
}

export interface FixtureSnapshot {
  id: string;
  accountId: string;
  region: string;
  name: string;
  status: string;
  diskKind: 'system' | 'data';
  sizeGb: number;
}

export interface Fixtures {
  accounts: Omit<AdminAccount, 'secretAccessKey'>[];
  instances: FixtureInstance[];
  snapshots: FixtureSnapshot[];
  kmsKeys: { id: string; accountId: string; region: string }[];
}

async function call<T>(baseUrl: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const response = await request(`${baseUrl}/__admin/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  if (response.statusCode !== 200) throw new Error(`admin ${method} ${path}: ${response.statusCode} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export function admin(baseUrl: string) {
  return {
    health: () => call<{ ok: boolean }>(baseUrl, 'GET', 'health'),
    fixtures: (filter: { accountId?: string; region?: string } = {}) =>
      call<Fixtures>(baseUrl, 'GET', `fixtures?${new URLSearchParams(filter as Record<string, string>)}`),
    createAccount: (name: string, ucAccount?: string) => call<AdminAccount>(baseUrl, 'POST', 'accounts', { name, ucAccount }),
    createInstance: (spec: {
      accountId: string; region: string; name?: string; status?: string; systemDisk?: { type: 'cds' | 'local'; sizeGb: number };
      dataDisks?: { sizeGb: number }[]; osType?: 'linux' | 'windows'; osName?: string; osVersion?: string; specialVersion?: string;
      encryptKey?: string; failImageCreation?: string;
    }) => call<FixtureInstance>(baseUrl, 'POST', 'instances', spec),
    createSnapshot: (spec: { accountId: string; region: string; status?: 'Available' | 'Creating'; diskKind?: 'system' | 'data'; sizeGb?: number; failImageCreation?: string }) =>
      call<FixtureSnapshot>(baseUrl, 'POST', 'snapshots', spec),
    createKmsKey: (accountId: string, region: string) => call<{ keyId: string }>(baseUrl, 'POST', 'kms-keys', { accountId, region }),
    bulkPublicImages: (region: string, count: number, namePrefix?: string) =>
      call<{ imageIds: string[] }>(baseUrl, 'POST', 'images/bulk', { region, count, namePrefix }),
    setDelays: (delays: { createDelayMs?: number; copyDelayMs?: number; exportDelayMs?: number }) =>
      call<{ createDelayMs: number; copyDelayMs: number; exportDelayMs: number }>(baseUrl, 'PUT', 'settings', delays),
    setFaults: (faults: FaultSettings) => call<FaultSettings>(baseUrl, 'PUT', 'faults', faults),
    requests: (limit = 100) => call<{ requests: RequestLogEntry[] }>(baseUrl, 'GET', `requests?limit=${limit}`),
  };
}
export type Admin = ReturnType<typeof admin>;

/** The seeded fixture called `name` (see src/emulator/seeds.ts) of an account in a region. */
export function fixtureNamed<T extends { name: string; accountId: string; region: string }>(list: T[], accountId: string, region: string, name: string): T {
  const found = list.find((f) => f.accountId === accountId && f.region === region && f.name === name);
  if (!found) throw new Error(`no fixture ${name} for ${accountId} in ${region}`);
  return found;
}

let accountCounter = 0;

/** A fresh account (unique name) with its seeded fixtures: tests that need a clean quota use one each. */
export async function newTestAccount(baseUrl: string, prefix = 'test'): Promise<{ account: AdminAccount; fixtures: Fixtures }> {
  const name = `${prefix}-${process.pid}-${++accountCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const account = await admin(baseUrl).createAccount(name);
  const fixtures = await admin(baseUrl).fixtures({ accountId: account.id });
  return { account, fixtures };
}

/** A fresh account of an emulator, its fixtures by seed name, and a signed-request helper for it. */
export interface Owner {
  account: AdminAccount;
  fixtures: Fixtures;
  api: Api;
  instance(name: string, region?: string): string;
  snapshot(name: string, region?: string): string;
  key(region?: string): string;
}

export async function newOwner(baseUrl: string, prefix: string): Promise<Owner> {
  const { account, fixtures } = await newTestAccount(baseUrl, prefix);
  return {
    account, fixtures, api: apiAs(baseUrl, account),
    instance: (name, region = 'bj') => fixtureNamed(fixtures.instances, account.id, region, name).id,
    snapshot: (name, region = 'bj') => fixtureNamed(fixtures.snapshots, account.id, region, name).id,
    key: (region = 'bj') => fixtures.kmsKeys.find((k) => k.region === region)!.id,
  };
}
