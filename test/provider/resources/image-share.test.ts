/**
 * imagecloud_image_share under the real terraform: an image and its share in
 * one apply (the image id unknown at plan time), the acceptance sequence with
 * out-of-band drift, name/id forms, plan-time errors and the shared-users data source.
 */
import type { ImageClient } from '../../../src/client';
import { fixtureNamed, type AdminAccount, type Fixtures } from '../../helpers/admin';
import type { RunningEmulator } from '../../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, flat, providerBlock, type Testbed } from '../harness';

jest.setTimeout(240_000);

const BOB = 'b0000000000000000000000000000003';
const CAROL = 'c0000000000000000000000000000004';

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;
let ws: Workspace;

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-share');
  ({ emulator, account, fixtures, client, ws } = bed);
});

afterAll(() => closeTestbed(bed));

function config(accounts: string[], target = 'web'): string {
  const instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
  return `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    instance_id = "${instanceId}"
  }
}

resource "imagecloud_custom_image" "other" {
  name = "other"
  source {
    instance_id = "${instanceId}"
  }
}

resource "imagecloud_image_share" "web" {
  image_id = imagecloud_custom_image.${target}.id
  accounts = ${JSON.stringify(accounts)}
}

data "imagecloud_image_shared_users" "web" {
  image_id   = imagecloud_image_share.web.image_id
  depends_on = [imagecloud_image_share.web]
}

output "shared_ids" {
  value = data.imagecloud_image_shared_users.web.account_ids
}
`;
}

const sharedIds = async (imageId: string) => (await client.listSharedUsers(imageId)).users.map((user) => user.accountId).sort();

describe('imagecloud_image_share', () => {
  let imageId: string;

  it('shares an image created in the same apply, and reads back what it applied', async () => {
    ws.write(config(['alice', 'bob']));
    await ws.init();
    const plan = await ws.ok(['plan', '-input=false']);
    expect(plan.stdout).toContain('+ image_id = (known after apply)');
    expect(plan.stdout).toContain('Plan: 3 to add, 0 to change, 0 to destroy.');
    const apply = await ws.apply();
    expect(apply.stdout).toContain(`shared_ids = tolist([\n  "a0000000000000000000000000000002",\n  "${BOB}",\n])`);
    const applied = (await ws.resources())['imagecloud_image_share.web']!;
    imageId = applied.image_id as string;
    expect(applied).toEqual({ id: imageId, image_id: imageId, accounts: ['alice', 'bob'] });
    expect(await sharedIds(imageId)).toEqual(['a0000000000000000000000000000002', BOB]);
    await ws.expectNoChanges();

    const imported = await ws.reimport('imagecloud_image_share.web', imageId);
    expect(imported).toEqual(applied);
    await ws.expectNoChanges();
  });

  it('adds and removes exactly the difference, by name or id', async () => {
    ws.write(config(['alice', CAROL]));
    const plan = await ws.ok(['plan', '-input=false']);
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    expect(plan.stdout).toContain(`+ "${CAROL}"`);
    expect(plan.stdout).toContain('- "bob"');
    await ws.apply();
    expect(await sharedIds(imageId)).toEqual(['a0000000000000000000000000000002', CAROL]);
    await ws.expectNoChanges();
  });

  it('shows shares made and removed outside Terraform as drift, and puts them back', async () => {
    await client.unshareImage(imageId, { account: 'alice' });
    await client.shareImage(imageId, { accountId: BOB });
    const drift = await ws.planExitCode();
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('+ "alice"');
    expect(drift.stdout).toContain('- "bob"');
    await ws.apply();
    expect(await sharedIds(imageId)).toEqual(['a0000000000000000000000000000002', CAROL]);
    await ws.expectNoChanges();
  });

  it('rejects duplicates, self and too many accounts at plan time with the attribute', async () => {
    ws.write(config(['alice', 'a0000000000000000000000000000002']));
    const duplicate = await ws.plan();
    expect(duplicate.code).toBe(1);
    expect(flat(duplicate.stderr)).toContain('Error: Duplicate account');
    expect(flat(duplicate.stderr)).toMatch(/"(alice|a0{30}2)" and "(alice|a0{30}2)" are the same account \(a0{30}2\)/);
    expect(flat(duplicate.stderr)).toMatch(/\d+: accounts = \[/);

    ws.write(config(['alice', account.id]));
    const self = await ws.plan();
    expect(self.code).toBe(1);
    expect(flat(self.stderr)).toContain(`Error: Cannot share an image with its owner`);
    expect(flat(self.stderr)).toContain(`${account.id} owns image ${imageId}`);

    ws.write(config(Array.from({ length: 51 }, (_, i) => `user-${i}`)));
    const many = await ws.terraform(['validate']);
    expect(many.code).toBe(1);
    expect(flat(many.stderr)).toContain('lists 51 accounts; an image can be shared with at most 50');

    // By name, self is only known to the server: the apply error names the account and the attribute.
    ws.write(config(['alice', CAROL, account.name]));
    const byName = await ws.terraform(['apply', '-auto-approve', '-input=false']);
    expect(byName.code).toBe(1);
    expect(flat(byName.stderr)).toContain(`"${account.name}" owns image ${imageId}`);
    expect(await sharedIds(imageId)).toEqual(['a0000000000000000000000000000002', CAROL]);
  });

  it('moves to another image by replacement, then unshares on destroy', async () => {
    ws.write(config(['alice', CAROL], 'other'));
    const plan = await ws.ok(['plan', '-input=false']);
    expect(plan.stdout).toContain('# forces replacement');
    await ws.apply();
    const otherId = (await ws.resources())['imagecloud_custom_image.other']!.id as string;
    expect(await sharedIds(imageId)).toEqual([]);
    expect(await sharedIds(otherId)).toEqual(['a0000000000000000000000000000002', CAROL]);

    await ws.ok(['destroy', '-auto-approve', '-input=false']);
    const left: string[] = [];
    for await (const image of client.listImages({ imageType: 'Custom' })) left.push(image.id);
    expect(left).toEqual([]);
  });
});
