/**
 * imagecloud_image_share_account under the real terraform: one resource per
 * account with for_each, applied in parallel (the case that made the
 * authoritative resource fight itself), shares made elsewhere left alone,
 * import by image_id/account, and destroy.
 */
import type { ImageClient } from '../../../src/client';
import { fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../../helpers/admin';
import type { RunningEmulator } from '../../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, flat, providerBlock, type Testbed } from '../harness';

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

beforeAll(async () => {
  bed = await openTestbed('tf-share-account');
  ({ emulator, account, fixtures, client, ws } = bed);
});

afterAll(() => closeTestbed(bed));

function config(accounts: string[]): string {
  return `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
  name          = "web"
  force_unshare = true
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
}

resource "imagecloud_image_share_account" "web" {
  for_each = toset(${JSON.stringify(accounts)})
  image_id = imagecloud_custom_image.web.id
  account  = each.key
}
`;
}

const sharedIds = async (imageId: string) => (await client.listSharedUsers(imageId)).users.map((user) => user.accountId).sort();

describe('imagecloud_image_share_account', () => {
  let imageId: string;

  it('shares one account per instance of a for_each, applied in parallel, and plans clean after', async () => {
    ws.write(config(['alice', 'bob', CAROL]));
    await ws.init();
    const apply = await ws.ok(['apply', '-auto-approve', '-input=false', '-parallelism=10']);
    expect(apply.stdout).not.toContain('inconsistent result');
    expect(apply.stdout).toContain('Apply complete! Resources: 4 added, 0 changed, 0 destroyed.');
    const resources = await ws.resources();
    imageId = resources['imagecloud_custom_image.web']!.id as string;
    expect(await sharedIds(imageId)).toEqual([ALICE, BOB, CAROL]);
    expect(resources['imagecloud_image_share_account.web["alice"]']).toEqual({
      id: `${imageId}/alice`,
      image_id: imageId,
      account: 'alice',
      account_id: ALICE,
      account_name: 'alice',
      uc_account: expect.any(String),
    });
    expect(resources[`imagecloud_image_share_account.web["${CAROL}"]`]).toMatchObject({ account: CAROL, account_id: CAROL, account_name: 'carol' });
    await ws.expectNoChanges();
  });

  it('imports by image_id/account, by name or by id', async () => {
    const byName = await ws.reimport('imagecloud_image_share_account.web["bob"]', `${imageId}/bob`);
    expect(byName).toMatchObject({ id: `${imageId}/bob`, account: 'bob', account_id: BOB });
    const byId = await ws.reimport(`imagecloud_image_share_account.web["${CAROL}"]`, `${imageId}/${CAROL}`);
    expect(byId).toMatchObject({ account: CAROL, account_id: CAROL });
    await ws.expectNoChanges();

    await ws.ok(['state', 'rm', 'imagecloud_image_share_account.web["bob"]']);
    const malformed = await ws.terraform(['import', '-input=false', 'imagecloud_image_share_account.web["bob"]', imageId]);
    expect(malformed.code).toBe(1);
    expect(flat(malformed.stderr)).toContain('Expected <image_id>/<account>');
    await ws.ok(['import', '-input=false', 'imagecloud_image_share_account.web["bob"]', `${imageId}/bob`]);
  });

  it('leaves a share it does not own alone, and plans to share again an account unshared out of band', async () => {
    const { account: outsider } = await newTestAccount(emulator.url, 'outsider');
    await client.shareImage(imageId, { accountId: outsider.id });
    await client.unshareImage(imageId, { accountId: BOB });
    const drift = await ws.planExitCode();
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('# imagecloud_image_share_account.web["bob"] will be created');
    expect(drift.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');

    // Carol's instance goes, bob's comes back; the outsider's share is no resource's business.
    ws.write(config(['alice', 'bob']));
    await ws.apply(['-parallelism=10']);
    expect(await sharedIds(imageId)).toEqual([ALICE, BOB, outsider.id].sort());
    await ws.expectNoChanges();
  });

  it('destroys every share, then the image (force_unshare removes the outsider)', async () => {
    await ws.ok(['destroy', '-auto-approve', '-input=false', '-parallelism=10']);
    const left: string[] = [];
    for await (const image of client.listImages({ imageType: 'Custom' })) left.push(image.id);
    expect(left).toEqual([]);
  });
});
