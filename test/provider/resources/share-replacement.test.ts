/**
 * Replacing a share with `create_before_destroy` (issue 9, item 10): the new
 * object is created, then the old one destroyed, in one provider process.
 * The destroy must not unshare what the replacement has just shared, for the
 * authoritative imagecloud_image_share and for imagecloud_image_share_account.
 */
import type { ImageClient } from '../../../src/client';
import { fixtureNamed, type AdminAccount, type Fixtures } from '../../helpers/admin';
import type { RunningEmulator } from '../../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, flat, providerBlock, type Testbed } from '../harness';

jest.setTimeout(240_000);

const ALICE = 'a0000000000000000000000000000002';
const BOB = 'b0000000000000000000000000000003';

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;
let ws: Workspace;
let bed: Testbed;

beforeAll(async () => {
  bed = await openTestbed('tf-share-replace');
  ({ emulator, account, fixtures, client, ws } = bed);
});

afterAll(() => closeTestbed(bed));

function config(share: string): string {
  return `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
  name          = "web"
  force_unshare = true
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
}
${share}`;
}

const sharedIds = async (imageId: string) => (await client.listSharedUsers(imageId)).users.map((user) => user.accountId).sort();

describe('create_before_destroy replacement of a share', () => {
  it('keeps the image shared when the authoritative share is replaced', async () => {
    ws.write(
      config(`
resource "imagecloud_image_share" "web" {
  image_id = imagecloud_custom_image.web.id
  accounts = ["alice", "bob"]
  lifecycle {
    create_before_destroy = true
  }
}
`),
    );
    await ws.init();
    await ws.ok(['apply', '-auto-approve', '-input=false']);
    const imageId = (await ws.resources())['imagecloud_custom_image.web']!.id as string;
    const replace = await ws.ok(['apply', '-auto-approve', '-input=false', '-replace=imagecloud_image_share.web']);
    expect(flat(replace.stdout)).toContain('Apply complete! Resources: 1 added, 0 changed, 1 destroyed.');
    expect(await sharedIds(imageId)).toEqual([ALICE, BOB]);
    await ws.expectNoChanges();
    await ws.ok(['destroy', '-auto-approve', '-input=false']);
  });

  it('keeps the account shared when a per-account share is replaced', async () => {
    ws.write(
      config(`
resource "imagecloud_image_share_account" "web" {
  for_each = toset(["alice", "bob"])
  image_id = imagecloud_custom_image.web.id
  account  = each.key
  lifecycle {
    create_before_destroy = true
  }
}
`),
    );
    await ws.ok(['apply', '-auto-approve', '-input=false']);
    const imageId = (await ws.resources())['imagecloud_custom_image.web']!.id as string;
    const replace = await ws.ok(['apply', '-auto-approve', '-input=false', '-replace=imagecloud_image_share_account.web["alice"]']);
    expect(flat(replace.stdout)).toContain('Apply complete! Resources: 1 added, 0 changed, 1 destroyed.');
    expect(await sharedIds(imageId)).toEqual([ALICE, BOB]);
    await ws.expectNoChanges();
    // A plain destroy in a later run still unshares: claims last one provider process.
    await ws.ok(['destroy', '-auto-approve', '-input=false']);
  });
});
