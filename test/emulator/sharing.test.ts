/** Sharing (every seed rule and its code), remote copy, cancel, replicate: docs/api.md over real HTTP. */
import { admin, fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { apiAs, type Api } from '../helpers/signed-request';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

interface Party {
  account: AdminAccount;
  fixtures: Fixtures;
  api: Api;
  apiIn(region: string): Api;
}

async function party(): Promise<Party> {
  const { account, fixtures } = await newTestAccount(emulator.url, 'share');
  return { account, fixtures, api: apiAs(emulator.url, account), apiIn: (region) => apiAs(emulator.url, account, region) };
}

async function customImage(p: Party, region = 'bj', instance = 'running-cds'): Promise<string> {
  const r = await p.apiIn(region)('POST', '/v2/image', { body: { imageName: 'shared', instanceId: fixtureNamed(p.fixtures.instances, p.account.id, region, instance).id } });
  expect(r.status).toBe(200);
  return r.json().imageId;
}

const share = (p: Party, id: string, body: unknown, action = 'share', region = 'bj') =>
  p.apiIn(region)('POST', `/v2/image/${id}`, { query: [[action, '']], body });

const expectError = (r: { status: number; json(): any }, status: number, code: string) =>
  expect({ status: r.status, code: r.json().code }).toEqual({ status, code });

describe('share', () => {
  test('by account, accountId or ucAccount; recipient sees Sharing in that region only; sharedUsers for the owner', async () => {
    const owner = await party();
    const [a, b, c] = [await party(), await party(), await party()];
    const id = await customImage(owner);
    expect((await share(owner, id, { account: a.account.name })).status).toBe(200);
    expect((await share(owner, id, { accountId: b.account.id })).status).toBe(200);
    expect((await share(owner, id, { ucAccount: c.account.ucAccount, accountId: c.account.id })).status).toBe(200);
    const seen = (await a.api('GET', `/v2/image/${id}`)).json().image;
    expect(seen.type).toBe('Sharing');
    expect(seen).not.toHaveProperty('ownerId');
    expectError(await a.apiIn('gz')('GET', `/v2/image/${id}`), 404, 'Image.ImageNotExist');
    const users = (await owner.api('GET', `/v2/image/${id}/sharedUsers`)).json().users;
    expect(users).toEqual([
      { accountId: a.account.id, account: a.account.name, ucAccount: a.account.ucAccount },
      { accountId: b.account.id, account: b.account.name, ucAccount: b.account.ucAccount },
      { accountId: c.account.id, account: c.account.name, ucAccount: c.account.ucAccount },
    ]);
    expectError(await a.api('GET', `/v2/image/${id}/sharedUsers`), 403, 'AccessDenied');
    // Recipients cannot share on, unshare or delete.
    expectError(await share(a, id, { accountId: b.account.id }), 403, 'Image.UnCustomImageCannotBeShared');
    expectError(await share(a, id, { accountId: a.account.id }, 'unshare'), 403, 'Image.UnCustomImageCannotBeShared');
    expectError(await a.api('DELETE', `/v2/image/${id}`), 403, 'Image.UnCustomImageCannotBeDeleted');
    // Unshare hides it again.
    expect((await share(owner, id, { account: a.account.name }, 'unshare')).status).toBe(200);
    expectError(await a.api('GET', `/v2/image/${id}`), 404, 'Image.ImageNotExist');
    expectError(await share(owner, id, { account: a.account.name }, 'unshare'), 409, 'Image.AccountHasNotBeenShared');
  });

  test('each rule answers its code', async () => {
    const owner = await party();
    const other = await party();
    const id = await customImage(owner);
    expectError(await share(owner, id, {}), 400, 'Image.AccountListIsEmpty');
    expectError(await share(owner, id, { account: 'nobody-at-all' }), 400, 'Image.InvalidAccount');
    expectError(await share(owner, id, { accountId: 'f'.repeat(32) }), 400, 'Image.InvalidAccount');
    expectError(await share(owner, id, { account: other.account.name, accountId: owner.account.id }), 400, 'Image.InvalidAccount');
    expectError(await share(owner, id, { accountId: 'not-an-id' }), 400, 'InappropriateJSON');
    expectError(await share(owner, id, { account: owner.account.name }), 403, 'Image.CannotShareToOwner');
    expect((await share(owner, id, { account: other.account.name })).status).toBe(200);
    expectError(await share(owner, id, { accountId: other.account.id }), 409, 'Image.AccountHasBeenShared');
    const system = (await owner.api('GET', '/v2/image', { query: { imageType: 'System', maxKeys: '1' } })).json().images[0].id;
    expectError(await share(owner, system, { account: other.account.name }), 403, 'Image.UnCustomImageCannotBeShared');
    expectError(await share(owner, 'm-00000000', { account: other.account.name }), 404, 'Image.ImageNotExist');
    await admin(emulator.url).setDelays({ createDelayMs: 60_000 });
    try {
      const creating = await customImage(owner);
      expectError(await share(owner, creating, { account: other.account.name }), 409, 'Image.ImageStatusForbidden');
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
  });

  test('a recipient receives at most 20 shared images, across regions; own quota unaffected', async () => {
    const recipient = await party();
    const owners = [await party(), await party()];
    let shared = 0;
    for (const owner of owners) {
      for (const region of ['bj', 'gz']) {
        for (let i = 0; i < 5; i++) {
          expect((await share(owner, await customImage(owner, region), { accountId: recipient.account.id }, 'share', region)).status).toBe(200);
          shared++;
        }
      }
    }
    expect(shared).toBe(20);
    const extra = await customImage(owners[0]!, 'su');
    expectError(await share(owners[0]!, extra, { accountId: recipient.account.id }, 'share', 'su'), 413, 'Image.ExceedAcceptSharedImageNumQuota');
    expect((await recipient.api('GET', '/v2/image', { query: { imageType: 'Sharing' } })).json().images).toHaveLength(10);
    await customImage(recipient);
  });

  test('race: 100 parallel shares of one image to 100 accounts, exactly 50 succeed, the rest 413', async () => {
    const owner = await party();
    const id = await customImage(owner);
    const recipients = await Promise.all(Array.from({ length: 100 }, (_, i) => admin(emulator.url).createAccount(`race-${process.pid}-${i}`)));
    const results = await Promise.all(recipients.map((r) => share(owner, id, { accountId: r.id })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses.filter((s) => s === 413)).toHaveLength(50);
    expect(results.filter((r) => r.status === 413).every((r) => r.json().code === 'Image.ExceedSharedToUserNumQuota')).toBe(true);
    expect((await owner.api('GET', `/v2/image/${id}/sharedUsers`)).json().users).toHaveLength(50);
  });

  test('a recipient sees no owner-only field: neither the KMS key id, the source instance nor the copy origin', async () => {
    const owner = await party();
    const recipient = await party();
    const key = owner.fixtures.kmsKeys.find((k) => k.region === 'bj')!.id;
    const instanceId = fixtureNamed(owner.fixtures.instances, owner.account.id, 'bj', 'running-cds').id;
    const made = await owner.api('POST', '/v2/image', { body: { imageName: 'secret-src', instanceId, encryptKey: key } });
    expect(made.status).toBe(200);
    const encrypted = made.json().imageId as string;
    // A copy into bj from gz carries a copySource naming the owner's gz image.
    const gzImage = await customImage(owner, 'gz');
    const copied = (await share(owner, gzImage, { destRegion: ['bj'] }, 'remoteCopy', 'gz')).json().result[0].imageId as string;
    for (const id of [encrypted, copied]) expect((await share(owner, id, { accountId: recipient.account.id })).status).toBe(200);

    const ownerView = (await owner.api('GET', `/v2/image/${encrypted}`)).json().image;
    expect(ownerView).toMatchObject({ encrypted: true, encryptKey: key, sourceId: instanceId });
    expect((await owner.api('GET', `/v2/image/${copied}`)).json().image.copySource).toEqual({ region: 'gz', imageId: gzImage });

    const bodies = [
      (await recipient.api('GET', `/v2/image/${encrypted}`)).text,
      (await recipient.api('GET', `/v2/image/${copied}`)).text,
      (await recipient.api('GET', '/v2/image', { query: { imageType: 'Sharing' } })).text,
      (await recipient.api('GET', '/v2/image/csv', { query: { imageType: 'Sharing' } })).text,
    ];
    for (const body of bodies) {
      for (const internal of [key, instanceId, gzImage, owner.account.id]) expect(body).not.toContain(internal);
    }
    const seen = JSON.parse(bodies[0]!).image;
    expect(seen).toMatchObject({ type: 'Sharing', encrypted: true, encryptKey: '', sourceId: '' });
    expect(JSON.parse(bodies[1]!).image.copySource).toBeUndefined();
    expect(JSON.parse(bodies[2]!).images.map((i: { id: string }) => i.id).sort()).toEqual([encrypted, copied].sort());
  });
});

describe('remote copy', () => {
  test('a new independent image per region, copying until done, no shares, tags carried; own region refused per entry', async () => {
    const owner = await party();
    const friend = await party();
    const id = await customImage(owner);
    await owner.api('PUT', `/v2/image/${id}/tag`, { query: [['bind', '']], body: { changeTags: [{ tagKey: 'team', tagValue: 'a' }] } });
    await share(owner, id, { accountId: friend.account.id });
    await admin(emulator.url).setDelays({ copyDelayMs: 60_000 });
    let result: Array<{ region: string; imageId: string; code: string; errMsg: string }>;
    try {
      const r = await share(owner, id, { destRegion: ['gz', 'bj', 'su'], name: 'copied' }, 'remoteCopy');
      expect(r.status).toBe(200);
      result = r.json().result;
    } finally {
      await admin(emulator.url).setDelays({ copyDelayMs: 0 });
    }
    expect(result.map((e) => [e.region, e.code])).toEqual([['gz', ''], ['bj', 'Image.RegionNotSupportCopy'], ['su', '']]);
    const gz = result[0]!.imageId;
    const su = result[2]!.imageId;
    expect(new Set([id, gz, su]).size).toBe(3);
    const copying = (await owner.apiIn('gz')('GET', `/v2/image/${gz}`)).json().image;
    expect(copying).toMatchObject({ status: 'Creating', copying: true, copySource: { region: 'bj', imageId: id }, name: 'copied', region: 'gz', sourceKind: 'copy', tags: [{ tagKey: 'team', tagValue: 'a' }] });
    expectError(await owner.apiIn('gz')('DELETE', `/v2/image/${gz}`), 409, 'Image.CreatingImageCannotBeDeleted');
    expectError(await owner.api('DELETE', `/v2/image/${id}`), 409, 'Image.ImageHasBeenSharedToOthers');
    await share(owner, id, { accountId: friend.account.id }, 'unshare');
    expectError(await owner.api('DELETE', `/v2/image/${id}`), 409, 'Image.ImageStatusForbidden');
    // Cancel goes to the destination region with the destination id.
    expectError(await share(owner, gz, {}, 'cancelRemoteCopy'), 404, 'Image.ImageNotExist');
    expectError(await share(owner, id, {}, 'cancelRemoteCopy'), 409, 'Image.ImageStatusForbidden');
    expect((await share(owner, gz, {}, 'cancelRemoteCopy', 'gz')).status).toBe(200);
    expectError(await owner.apiIn('gz')('GET', `/v2/image/${gz}`), 404, 'Image.ImageNotExist');
    // su's copy is still in progress; it completes once the (already passed) due time is reached: set to 0 above only for new copies.
    expect((await owner.apiIn('su')('GET', `/v2/image/${su}`)).json().image.status).toBe('Creating');
    expect((await share(owner, su, {}, 'cancelRemoteCopy', 'su')).status).toBe(200);

    const quick = (await share(owner, id, { destRegion: ['hkg'] }, 'remoteCopy')).json().result[0].imageId;
    const done = (await owner.apiIn('hkg')('GET', `/v2/image/${quick}`)).json().image;
    expect(done).toMatchObject({ status: 'Available', copying: false });
    expect((await owner.apiIn('hkg')('GET', `/v2/image/${quick}/sharedUsers`)).json().users).toEqual([]);
    expectError(await share(owner, quick, {}, 'cancelRemoteCopy', 'hkg'), 409, 'Image.ImageStatusForbidden');
    expect((await owner.api('DELETE', `/v2/image/${id}`)).status).toBe(200);
    expect((await owner.apiIn('hkg')('GET', `/v2/image/${quick}`)).status).toBe(200);
  });

  test('only own Available custom images; encrypted images need a key per destination; quota per destination', async () => {
    const owner = await party();
    const system = (await owner.api('GET', '/v2/image', { query: { imageType: 'System', maxKeys: '1' } })).json().images[0].id;
    expectError(await share(owner, system, { destRegion: ['gz'] }, 'remoteCopy'), 409, 'Image.ImageNotSupportCopy');
    expectError(await share(owner, 'm-00000000', { destRegion: ['gz'] }, 'remoteCopy'), 404, 'Image.ImageNotExist');
    expectError(await share(owner, system, { destRegion: ['mars'] }, 'remoteCopy'), 400, 'InappropriateJSON');
    expectError(await share(owner, system, { destRegion: [] }, 'remoteCopy'), 400, 'InappropriateJSON');

    const encrypted = await customImage(owner, 'bj', 'encrypted');
    const gzKey = owner.fixtures.kmsKeys.find((k) => k.region === 'gz')!.id;
    const bjKey = owner.fixtures.kmsKeys.find((k) => k.region === 'bj')!.id;
    const result = (await share(owner, encrypted, { destRegion: ['gz', 'su', 'bd'], encryptKeys: { gz: gzKey, bd: bjKey } }, 'remoteCopy')).json().result;
    expect(result.map((e: { code: string }) => e.code)).toEqual(['', 'Image.EncryptKeyRequired', 'Image.InvalidEncryptKey']);
    const copy = (await owner.apiIn('gz')('GET', `/v2/image/${result[0].imageId}`)).json().image;
    expect(copy).toMatchObject({ encrypted: true, encryptKey: gzKey });
    expectError(await share(owner, encrypted, { destRegion: ['gz'], encryptKeys: { su: gzKey } }, 'remoteCopy'), 400, 'InvalidParameter');

    const plain = await customImage(owner);
    const keyed = (await share(owner, plain, { destRegion: ['gz'], encryptKeys: { gz: gzKey } }, 'remoteCopy')).json().result[0];
    expect((await owner.apiIn('gz')('GET', `/v2/image/${keyed.imageId}`)).json().image.encrypted).toBe(true);

    for (let i = 0; i < 19; i++) await customImage(owner, 'fwh');
    const quota = (await share(owner, plain, { destRegion: ['fwh', 'fwh'] }, 'remoteCopy'));
    expectError(quota, 400, 'InappropriateJSON');
    const filled = (await share(owner, plain, { destRegion: ['fwh'] }, 'remoteCopy')).json().result[0];
    expect(filled.code).toBe('');
    const over = (await share(owner, plain, { destRegion: ['fwh', 'hkg'] }, 'remoteCopy')).json().result;
    expect(over.map((e: { code: string }) => e.code)).toEqual(['Image.ImageQuotaExceedLimit', '']);
  });
});

describe('replicate', () => {
  test('converts encrypted <-> unencrypted in the region with a new id', async () => {
    const owner = await party();
    const key = owner.fixtures.kmsKeys.find((k) => k.region === 'bj')!.id;
    const encrypted = await customImage(owner, 'bj', 'encrypted');
    const plainId = (await share(owner, encrypted, { name: 'plain' }, 'replicate')).json().imageId;
    const plain = (await owner.api('GET', `/v2/image/${plainId}`)).json().image;
    expect(plain).toMatchObject({ encrypted: false, encryptKey: '', sourceKind: 'replicate', sourceId: encrypted, name: 'plain', status: 'Available' });
    const againId = (await share(owner, plainId, { name: 'again', encryptKey: key }, 'replicate')).json().imageId;
    expect((await owner.api('GET', `/v2/image/${againId}`)).json().image).toMatchObject({ encrypted: true, encryptKey: key });
    expectError(await share(owner, plainId, { name: 'x', encryptKey: owner.fixtures.kmsKeys.find((k) => k.region === 'gz')!.id }, 'replicate'), 400, 'Image.InvalidEncryptKey');
    expectError(await share(owner, plainId, { name: '1x' }, 'replicate'), 400, 'Image.ImageNameInvalid');
    const system = (await owner.api('GET', '/v2/image', { query: { imageType: 'System', maxKeys: '1' } })).json().images[0].id;
    expectError(await share(owner, system, { name: 'x' }, 'replicate'), 409, 'Image.ImageNotSupportCopy');
  });
});
