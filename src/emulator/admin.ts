/**
 * The emulator-only admin API under /__admin/ (not part of BCC, unsigned,
 * loopback only): fixtures for tests, delays, faults and the request log.
 */
import { Type, type Static } from '@sinclair/typebox';
import { REGIONS, type Region } from '../api/schemas';
import { validate } from '../api/validate';
import { ApiError } from './api-error';
import type { Delays } from './context';
import { FaultSettingsSchema, type Faults } from './faults';
import { apiTime, randomId, randomKeyId } from './ids';
import { settle } from './lifecycle';
import { INSTANCE_STATUSES, type Account, type InstanceRecord, type SnapshotRecord } from './model';
import type { RequestLog } from './request-log';
import { FIXTURE_DATA_DISK_TYPE, fixtureInstanceFacts, newAccountKeys, publicImage, seedAccount } from './seeds';
import type { State } from './state';

export interface AdminTarget {
  state: State;
  delays: Delays;
  faults: Faults;
  log: RequestLog;
}

const RegionSchema = Type.Union(REGIONS.map((r) => Type.Literal(r)));
const AccountIdSchema = Type.String({ pattern: '^[0-9a-f]{32}$' });
const Name = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.-]+$' });
const FailReason = Type.String({ minLength: 1, maxLength: 256, description: 'Images made from it end CreateFailed with this reason.' });

const NewAccountSchema = Type.Object({ name: Name, ucAccount: Type.Optional(Name) }, { additionalProperties: false });
const NewInstanceSchema = Type.Object(
  {
    accountId: AccountIdSchema,
    region: RegionSchema,
    name: Type.Optional(Name),
    status: Type.Optional(Type.Union(INSTANCE_STATUSES.map((s) => Type.Literal(s)))),
    systemDisk: Type.Optional(Type.Object({ type: Type.Union([Type.Literal('cds'), Type.Literal('local')]), sizeGb: Type.Integer({ minimum: 1, maximum: 32768 }) }, { additionalProperties: false })),
    dataDisks: Type.Optional(Type.Array(Type.Object({ sizeGb: Type.Integer({ minimum: 1, maximum: 32768 }) }, { additionalProperties: false }), { maxItems: 16 })),
    osType: Type.Optional(Type.Union([Type.Literal('linux'), Type.Literal('windows')])),
    osName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    osVersion: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    specialVersion: Type.Optional(Type.String({ maxLength: 64 })),
    encryptKey: Type.Optional(Type.String()),
    failImageCreation: Type.Optional(FailReason),
  },
  { additionalProperties: false },
);
const NewSnapshotSchema = Type.Object(
  {
    accountId: AccountIdSchema,
    region: RegionSchema,
    status: Type.Optional(Type.Union([Type.Literal('Available'), Type.Literal('Creating')])),
    diskKind: Type.Optional(Type.Union([Type.Literal('system'), Type.Literal('data')])),
    sizeGb: Type.Optional(Type.Integer({ minimum: 1, maximum: 32768 })),
    failImageCreation: Type.Optional(FailReason),
  },
  { additionalProperties: false },
);
const NewKmsKeySchema = Type.Object({ accountId: AccountIdSchema, region: RegionSchema }, { additionalProperties: false });
const DelaySchema = Type.Integer({ minimum: 0, maximum: 3_600_000 });
const SettingsSchema = Type.Object(
  { createDelayMs: Type.Optional(DelaySchema), copyDelayMs: Type.Optional(DelaySchema), exportDelayMs: Type.Optional(DelaySchema) },
  { additionalProperties: false },
);
const BulkImagesSchema = Type.Object(
  { region: RegionSchema, count: Type.Integer({ minimum: 1, maximum: 10000 }), namePrefix: Type.Optional(Name) },
  { additionalProperties: false },
);

function parse<S extends Parameters<typeof validate>[0]>(schema: S, body: unknown): Static<S> {
  const result = validate(schema, body);
  if (!result.ok) throw new ApiError('InappropriateJSON', result.violation.message);
  return result.value;
}

function existingAccount(state: State, accountId: string): Account {
  const account = state.get('account', accountId);
  if (!account) throw new ApiError('Image.InvalidAccount', `accountId: no account ${accountId}`);
  return account;
}

const publicAccount = ({ secretAccessKey: _secret, ...rest }: Account) => rest;
/** Not even the hash of an admin password leaves the emulator. */
const fixtureView = ({ adminPassHash: _hash, ...rest }: InstanceRecord) => rest;

/** Handles one admin call; returns the JSON answer (undefined for an empty one). */
export function handleAdmin(target: AdminTarget, method: string, path: string, query: URLSearchParams, body: unknown): unknown {
  const { state } = target;
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /__admin/health':
      return { ok: true };
    case 'GET /__admin/fixtures': {
      // Fixtures as a /v2 read would see them: transitions that are due are applied first.
      settle(state, Date.now());
      const accountId = query.get('accountId');
      const region = query.get('region');
      const mine = (r: { accountId: string; region: Region }) => (!accountId || r.accountId === accountId) && (!region || r.region === region);
      return {
        accounts: [...state.all('account')].filter((a) => !accountId || a.id === accountId).map(publicAccount),
        instances: [...state.all('instance')].filter(mine).map(fixtureView),
        snapshots: [...state.all('snapshot')].filter(mine),
        kmsKeys: [...state.all('kmsKey')].filter(mine),
      };
    }
    case 'POST /__admin/accounts': {
      const request = parse(NewAccountSchema, body);
      const ucAccount = request.ucAccount ?? `${request.name}-uc`;
      for (const a of state.all('account')) {
        if (a.name === request.name || a.ucAccount === ucAccount) throw new ApiError('InvalidParameter', `name: account ${a.name} (${a.ucAccount}) already exists`);
      }
      const account: Account = { ...newAccountKeys(), name: request.name, ucAccount };
      seedAccount(state, account);
      return account;
    }
    case 'POST /__admin/instances': {
      const request = parse(NewInstanceSchema, body);
      existingAccount(state, request.accountId);
      if (request.encryptKey !== undefined) {
        const key = state.get('kmsKey', request.encryptKey);
        if (!key || key.accountId !== request.accountId || key.region !== request.region) {
          throw new ApiError('InvalidParameter', `encryptKey: KMS key ${request.encryptKey} is not a key of account ${request.accountId} in region ${request.region}`);
        }
      }
      const windows = request.osType === 'windows';
      const id = randomId('i');
      const systemDisk = request.systemDisk ?? { type: 'cds' as const, sizeGb: 40 };
      const instance: InstanceRecord = {
        id, accountId: request.accountId, region: request.region, name: request.name ?? 'instance',
        ...fixtureInstanceFacts(id, request.region, systemDisk.type), createTime: apiTime(Date.now()),
        status: request.status ?? 'Running', osType: request.osType ?? 'linux',
        osName: request.osName ?? (windows ? 'Windows Server' : 'CentOS'), osVersion: request.osVersion ?? (windows ? '2019' : '7.9'),
        osArch: 'x86_64', osBuild: request.osVersion ?? (windows ? '2019' : '7.9'), osLang: 'ENG',
        specialVersion: request.specialVersion ?? '',
        systemDisk,
        dataDisks: (request.dataDisks ?? []).map((d) => ({ id: randomId('v'), sizeGb: d.sizeGb, storageType: FIXTURE_DATA_DISK_TYPE })),
        encryptKey: request.encryptKey ?? '', chargeType: windows ? 'WindowsLicence' : 'Free',
        failImageCreation: request.failImageCreation ?? '',
      };
      state.put('instance', instance);
      return fixtureView(instance);
    }
    case 'POST /__admin/snapshots': {
      const request = parse(NewSnapshotSchema, body);
      existingAccount(state, request.accountId);
      const snapshot: SnapshotRecord = {
        id: randomId('s'), accountId: request.accountId, region: request.region, name: 'snapshot',
        status: request.status ?? 'Available', diskKind: request.diskKind ?? 'system', sizeGb: request.sizeGb ?? 40,
        osType: 'linux', osName: 'CentOS', osVersion: '7.9', osArch: 'x86_64', osBuild: '7.9', osLang: 'ENG', specialVersion: '',
        encryptKey: '', chargeType: 'Free', failImageCreation: request.failImageCreation ?? '',
      };
      state.put('snapshot', snapshot);
      return snapshot;
    }
    case 'POST /__admin/kms-keys': {
      const request = parse(NewKmsKeySchema, body);
      existingAccount(state, request.accountId);
      const keyId = randomKeyId();
      state.put('kmsKey', { id: keyId, accountId: request.accountId, region: request.region });
      return { keyId };
    }
    case 'POST /__admin/images/bulk': {
      const request = parse(BulkImagesSchema, body);
      const prefix = request.namePrefix ?? 'bulk';
      const template = { key: prefix, name: prefix, type: 'System' as const, os: { osType: 'linux', osName: 'CentOS', osVersion: '7.9', osArch: 'x86_64', osBuild: '7.9', osLang: 'ENG', specialVersion: '' }, chargeType: 'Free', diskGb: 20 };
      const imageIds: string[] = [];
      for (let i = 0; i < request.count; i++) {
        let id: string;
        do id = randomId('m');
        while (state.get('image', id));
        state.put('image', { ...publicImage(request.region, template, id), name: `${prefix}-${i}` });
        imageIds.push(id);
      }
      return { imageIds };
    }
    case 'GET /__admin/settings':
      return { ...target.delays };
    case 'PUT /__admin/settings':
      Object.assign(target.delays, parse(SettingsSchema, body));
      return { ...target.delays };
    case 'GET /__admin/faults':
      return target.faults.settings;
    case 'PUT /__admin/faults':
      target.faults.settings = parse(FaultSettingsSchema, body);
      return target.faults.settings;
    case 'GET /__admin/requests': {
      const limit = Number(query.get('limit') ?? '100');
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new ApiError('InvalidParameter', 'limit: an integer from 1 to 1000');
      return { requests: target.log.latest(limit) };
    }
    default:
      throw new ApiError('InvalidURI', `${route}: no such admin call; see docs/api.md "Emulator admin API"`);
  }
}
