/** Calls of the instance API for emulator tests, over real HTTP with the signed-request helper. */
import { createCipheriv } from 'node:crypto';
import { publicImageId } from '../../src/emulator/seeds';
import type { Api } from './signed-request';

/** Seeded public image ids by seed key (src/emulator/seeds.ts PUBLIC_IMAGE_SEEDS). */
export const image = (key: string, region = 'bj') => publicImageId(region as Parameters<typeof publicImageId>[0], key);

export const SMALL = { spec: 'bcc.g4.c2m8' } as const;

export async function createInstances(api: Api, body: Record<string, unknown>, options: { region?: string; clientToken?: string } = {}): Promise<string[]> {
  const r = await api('POST', '/v2/instance', {
    body: { ...SMALL, ...body }, region: options.region, ...(options.clientToken ? { query: { clientToken: options.clientToken } } : {}),
  });
  if (r.status !== 200) throw new Error(`create instance: ${r.status} ${r.text}`);
  return r.json().instanceIds;
}

export async function createInstance(api: Api, body: Record<string, unknown>, region?: string): Promise<string> {
  return (await createInstances(api, body, { region }))[0]!;
}

export async function getInstance(api: Api, id: string, region?: string): Promise<any> {
  const r = await api('GET', `/v2/instance/${id}`, { region });
  if (r.status !== 200) throw new Error(`get instance ${id}: ${r.status} ${r.text}`);
  return r.json().instance;
}

/** Every instance of the caller in the region, through the list call. */
export async function listAllInstances(api: Api, query: Record<string, string> = {}, region?: string): Promise<any[]> {
  const r = await api('GET', '/v2/instance', { query, region });
  if (r.status !== 200) throw new Error(`list instances: ${r.status} ${r.text}`);
  return r.json().instances;
}

export const action = (api: Api, id: string, flag: 'start' | 'stop' | 'rebuild', body?: unknown) =>
  api('PUT', `/v2/instance/${id}`, { query: [[flag, '']], body: body ?? (flag === 'rebuild' ? undefined : {}) });

/** `adminPass` as the official SDKs send it: hex of AES-128-ECB keyed by the secret key's first 16 characters. */
export function sdkEncryptedPass(secretAccessKey: string, password: string): string {
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(secretAccessKey.slice(0, 16), 'utf8'), null);
  return Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]).toString('hex');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
