/**
 * imagecloud_image_share when the image's shares are not what Terraform
 * thinks, under the real terraform: shares made out of band before the
 * resource exists show in the first plan; unknown accounts are refused before
 * anything changes; a share that fails part-way saves the accounts really
 * shared (create and update), so destroy still works.
 */
import type { ImageClient } from '../../../src/client';
import { fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../../helpers/admin';
import type { RunningEmulator } from '../../helpers/emulator';
import { Workspace, clientFor, closeTestbed, openTestbed, flat, providerBlock, type Testbed } from '../harness';

jest.setTimeout(240_000);

const ALICE = 'a0000000000000000000000000000002';
const BOB = 'b0000000000000000000000000000003';
const CAROL = 'c0000000000000000000000000000004';

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;
let ws: Workspace;
let bed: Testbed;
/** An account that already receives the most shared images allowed (20): sharing with it fails. */
let full: AdminAccount;

beforeAll(async () => {
  bed = await openTestbed('tf-share-partial');
  ({ emulator, account, fixtures, client, ws } = bed);
  ({ account: full } = await newTestAccount(emulator.url, 'full'));
  const { account: giver, fixtures: giverFixtures } = await newTestAccount(emulator.url, 'giver');
  const giverClient = clientFor(emulator, giver);
  const snapshotId = fixtureNamed(giverFixtures.snapshots, giver.id, 'bj', 'system-available').id;
  for (let i = 0; i < 20; i += 1) {
    const { imageId } = await giverClient.createImageFromSnapshot(snapshotId, `gift-${i}`);
    await giverClient.waitForImage(imageId, { pollIntervalMs: 5 });
    await giverClient.shareImage(imageId, { accountId: full.id });
  }
  await giverClient.close();
});

afterAll(() => closeTestbed(bed));

let imageId: string;

function config(accounts: string[] | null): string {
  const share =
    accounts === null
      ? ''
      : `
resource "imagecloud_image_share" "web" {
  image_id = imagecloud_custom_image.web.id
  accounts = ${JSON.stringify(accounts)}
}
`;
  return `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
}
${share}`;
}

const sharedIds = async () => (await client.listSharedUsers(imageId)).users.map((user) => user.accountId).sort();
const shareState = async () => (await ws.resources())['imagecloud_image_share.web'];

it('shows in the first plan the accounts shared out of band that creating the share would unshare', async () => {
  ws.write(config(null));
  await ws.init();
  await ws.apply();
  imageId = (await ws.resources())['imagecloud_custom_image.web']!.id as string;
  await client.shareImage(imageId, { account: 'carol' });

  ws.write(config(['alice']));
  const plan = await ws.ok(['plan', '-input=false']);
  const output = flat(plan.stdout + plan.stderr);
  expect(output).toContain('Warning: Apply will unshare accounts this configuration does not list');
  expect(output).toContain(`Image ${imageId} is already shared with carol (${CAROL})`);
  expect(output).toContain('with imagecloud_image_share.web,');
  expect(output).toContain('use imagecloud_image_share_account instead');
});

it('refuses unknown accounts before sharing or unsharing anything, and names all of them', async () => {
  ws.write(config(['alice', 'bob', 'zed-nobody', 'yan-nobody']));
  const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
  expect(result.code).toBe(1);
  const stderr = flat(result.stderr);
  expect(stderr).toContain('Error: Unknown accounts');
  expect(stderr).toContain('No account "yan-nobody", "zed-nobody" exists; nothing was shared or unshared.');
  expect(stderr).toMatch(/\d+: accounts = \[/);
  expect(await sharedIds()).toEqual([CAROL]);
  expect(await shareState()).toBeUndefined();
});

it('saves the accounts really shared when a create fails part-way, and destroy then works', async () => {
  ws.write(config(['alice', 'bob', full.name]));
  const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
  expect(result.code).toBe(1);
  const stderr = flat(result.stderr);
  expect(stderr).toContain('Image.ExceedAcceptSharedImageNumQuota');
  expect(stderr).toContain(`Image ${imageId} is now shared with alice (${ALICE}), bob (${BOB}), carol (${CAROL}); Terraform saves that`);
  // Carol (out of band) is still shared: the shares come before the unshares, and the first failure stops the change.
  expect(await sharedIds()).toEqual([ALICE, BOB, CAROL]);
  expect(await shareState()).toMatchObject({ accounts: ['alice', 'bob', 'carol'] });

  const destroy = await ws.terraform(['destroy', '-auto-approve', '-input=false']);
  expect(destroy.code).toBe(0);
  expect(destroy.stdout).not.toContain('Image is still shared');
  const left: string[] = [];
  for await (const image of client.listImages({ imageType: 'Custom' })) left.push(image.id);
  expect(left).toEqual([]);
});

it('saves the accounts really shared when an update fails part-way', async () => {
  ws.write(config(['alice', 'bob']));
  await ws.apply();
  imageId = (await ws.resources())['imagecloud_custom_image.web']!.id as string;

  ws.write(config(['alice', CAROL, full.name]));
  const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
  expect(result.code).toBe(1);
  const real = await sharedIds();
  expect(real).toContain(ALICE);
  expect(real).not.toContain(full.id);
  const saved = (await shareState())!.accounts as string[];
  const readBack = (await client.listSharedUsers(imageId)).users.map((user) => (user.accountId === CAROL ? CAROL : user.account)).sort();
  expect(saved).toEqual(readBack);

  // With the failing account gone, the next apply finishes the change.
  ws.write(config(['alice', CAROL]));
  await ws.apply();
  expect(await sharedIds()).toEqual([ALICE, CAROL]);
  await ws.expectNoChanges();
  await ws.ok(['destroy', '-auto-approve', '-input=false']);
});
