/**
 * Reads during a refresh are coalesced: many images refreshed together cost a
 * paged list call, not a GET each, and a write through the provider voids the
 * listing, so what apply reads back is never older than its own change.
 */
import { ImageClient } from '../../src/client';
import { admin, fixtureNamed } from '../helpers/admin';
import { closeTestbed, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(180_000);

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-reads');
});
afterAll(() => closeTestbed(bed));

async function operationsSince(mark: string): Promise<string[]> {
  const { requests } = await admin(bed.emulator.url).requests(1000);
  const from = requests.findIndex((r) => r.requestId === mark);
  return requests.slice(from + 1).filter((r) => r.accountId === bed.account.id).map((r) => r.operation);
}

async function lastRequestId(): Promise<string> {
  const { requests } = await admin(bed.emulator.url).requests(1);
  return requests[requests.length - 1]!.requestId;
}

test('list answers equal GET answers, image for image', async () => {
  const client: ImageClient = bed.client;
  const instanceId = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
  const { imageId } = await client.createImageFromInstance(instanceId, 'compare');
  await client.bindTags(imageId, { changeTags: [{ tagKey: 'k', tagValue: 'v' }] });
  for await (const listed of client.listImages()) {
    expect(listed).toEqual((await client.getImage(listed.id)).image);
  }
  await client.deleteImage(imageId);
});

test('a refresh of many images lists instead of getting each; drift still shows', async () => {
  const { imageIds } = await admin(bed.emulator.url).bulkPublicImages('bj', 40, 'coalesce');
  const instanceId = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
locals {
  ids = ${JSON.stringify(imageIds)}
}
data "imagecloud_image" "public" {
  count = length(local.ids)
  id    = local.ids[count.index]
}
resource "imagecloud_custom_image" "mine" {
  count = 5
  name  = "mine-\${count.index}"
  source {
    instance_id = "${instanceId}"
  }
}
output "names" {
  value = data.imagecloud_image.public[*].name
}
`);
  await bed.ws.init();
  await bed.ws.apply();
  const names = JSON.parse((await bed.ws.ok(['output', '-json', 'names'])).stdout) as string[];
  expect(names).toHaveLength(40);
  expect(new Set(names).size).toBe(40);

  const mark = await lastRequestId();
  // Slow answers, so that reads keep arriving while the listing is being taken.
  await admin(bed.emulator.url).setFaults({ latencyMs: 150 });
  const plan = await bed.ws.planExitCode().finally(() => admin(bed.emulator.url).setFaults({}));
  expect(plan.code).toBe(0);
  const operations = await operationsSince(mark);
  const gets = operations.filter((op) => op === 'getImage').length;
  // 45 objects refreshed: one listing (reads that arrive while it is being
  // taken wait for it), and a GET at most for a read that came first and alone.
  let pagesOfOneListing = 0;
  for (let marker: string | undefined, more = true; more; pagesOfOneListing++) {
    const page = await bed.client.listImagesPage({ marker });
    [marker, more] = [page.nextMarker, page.isTruncated];
  }
  expect(operations.filter((op) => op === 'listImages')).toHaveLength(pagesOfOneListing);
  expect(gets).toBeLessThanOrEqual(2);

  // Drift made outside Terraform between commands is seen: each command lists afresh.
  const state = await bed.ws.resources();
  const mine = state['imagecloud_custom_image.mine[0]']!.id as string;
  await bed.client.renameImage({ imageId: mine, name: 'renamed-outside' });
  const drifted = await bed.ws.planExitCode();
  expect(drifted.code).toBe(2);
  expect(drifted.stdout).toContain('"renamed-outside" -> "mine-0"');

  // Apply's own rename is read back at once, not from a listing taken before it.
  await bed.ws.apply();
  expect((await bed.client.getImage(mine)).image.name).toBe('mine-0');
  expect((await bed.ws.resources())['imagecloud_custom_image.mine[0]']).toMatchObject({ name: 'mine-0' });
  await bed.ws.expectNoChanges();
  await bed.ws.ok(['destroy', '-auto-approve', '-input=false']);
});
