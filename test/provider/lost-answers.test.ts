/**
 * A create whose every answer is lost: the image is made, no answer says so,
 * and the create timeout passes. Terraform keeps a tainted object holding the
 * request's clientToken; the next apply resolves it by that token, deletes the
 * image it made and creates the replacement. No orphan, no duplicate, also at
 * full quota (where a second image would be refused).
 */
import type { ImageClient } from '../../src/client';
import { admin, fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import { Workspace, clientFor, flat, providerBlock } from './harness';

jest.setTimeout(180_000);

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());

interface Bed {
  account: AdminAccount;
  fixtures: Fixtures;
  client: ImageClient;
  ws: Workspace;
}

let bed: Bed;
beforeEach(async () => {
  const { account, fixtures } = await newTestAccount(emulator.url, 'tf-lost');
  bed = { account, fixtures, client: clientFor(emulator, account), ws: await Workspace.create() };
});
afterEach(async () => {
  await admin(emulator.url).setFaults({});
  bed.ws.remove();
  await bed.client.close();
});

function config(): string {
  const snapshotId = fixtureNamed(bed.fixtures.snapshots, bed.account.id, 'bj', 'system-available').id;
  return `${providerBlock(emulator, bed.account)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    snapshot_id = "${snapshotId}"
  }
  timeouts {
    create = "3s"
  }
}
`;
}

async function customImages(): Promise<Array<{ id: string; name: string }>> {
  const found: Array<{ id: string; name: string }> = [];
  for await (const image of bed.client.listImages({ imageType: 'Custom' })) found.push({ id: image.id, name: image.name });
  return found;
}

interface ShownResource {
  address: string;
  tainted?: boolean;
  values: Record<string, unknown>;
}

async function shown(): Promise<ShownResource[]> {
  const state = JSON.parse((await bed.ws.ok(['show', '-json'])).stdout) as { values?: { root_module?: { resources?: ShownResource[] } } };
  return state.values?.root_module?.resources ?? [];
}

/** Applies with every answer dropped; the create times out with its outcome unknown. */
async function applyLosingEveryAnswer(): Promise<void> {
  bed.ws.write(config());
  await bed.ws.init();
  await admin(emulator.url).setFaults({ dropRate: 1 });
  const lost = await bed.ws.terraform(['apply', '-auto-approve', '-input=false']);
  await admin(emulator.url).setFaults({});
  expect(lost.code).not.toBe(0);
  expect(flat(lost.stderr)).toContain('Image creation outcome unknown');
  expect(flat(lost.stderr)).toContain('timeouts.create (3s) passed');
  expect(flat(lost.stderr)).toMatch(/the last attempt failed: Client\.Network/);
}

it('resolves a create whose answers were all lost: no orphan, no duplicate', async () => {
  await applyLosingEveryAnswer();
  // The image was made; Terraform holds a tainted object for it, not the id.
  const made = await customImages();
  expect(made.map((image) => image.name)).toEqual(['web']);
  const [pending] = await shown();
  expect(pending).toMatchObject({ address: 'imagecloud_custom_image.web', tainted: true, values: { id: expect.stringMatching(/^pending-create:[0-9a-f-]{36}$/) } });

  const plan = await bed.ws.plan();
  expect(plan.code).toBe(0);
  expect(flat(plan.stdout)).toContain('imagecloud_custom_image.web is tainted, so must be replaced');
  expect(flat(plan.stdout + plan.stderr)).toContain('Image creation outcome unknown');

  await bed.ws.apply();
  const after = await customImages();
  const [resource] = await shown();
  expect(after).toEqual([{ id: resource!.values.id, name: 'web' }]);
  expect(after[0]!.id).not.toBe(made[0]!.id);
  expect(resource!.tainted).toBeUndefined();
  await bed.ws.expectNoChanges();

  await bed.ws.ok(['destroy', '-auto-approve', '-input=false']);
  expect(await customImages()).toEqual([]);
});

it('resolves it at full quota, where a second image would be refused', async () => {
  const snapshotId = fixtureNamed(bed.fixtures.snapshots, bed.account.id, 'bj', 'system-available').id;
  const others: string[] = [];
  for (let i = 0; i < 19; i++) others.push((await bed.client.createImageFromSnapshot(snapshotId, `other-${i}`)).imageId);
  await applyLosingEveryAnswer();
  expect(await customImages()).toHaveLength(20);

  await bed.ws.apply();
  const [resource] = await shown();
  const remote = await customImages();
  expect(remote.map((image) => image.id).sort()).toEqual([...others, resource!.values.id as string].sort());
  expect(remote.filter((image) => image.name === 'web')).toHaveLength(1);
  await bed.ws.expectNoChanges();
});

it('destroying the pending object deletes the image its lost create made', async () => {
  await applyLosingEveryAnswer();
  expect(await customImages()).toHaveLength(1);
  await bed.ws.ok(['destroy', '-auto-approve', '-input=false']);
  expect(await customImages()).toEqual([]);
  expect(await shown()).toEqual([]);
});

it('resolves a copy whose answers were all lost: one copy in the destination, the one in state', async () => {
  const snapshotId = fixtureNamed(bed.fixtures.snapshots, bed.account.id, 'bj', 'system-available').id;
  const { imageId: sourceId } = await bed.client.createImageFromSnapshot(snapshotId, 'source');
  await bed.client.waitForImage(sourceId, { pollIntervalMs: 10 });
  bed.ws.write(`${providerBlock(emulator, bed.account)}
resource "imagecloud_image_copy" "gz" {
  source_image_id    = "${sourceId}"
  destination_region = "gz"
  timeouts {
    create = "3s"
  }
}
`);
  await bed.ws.init();
  await admin(emulator.url).setFaults({ dropRate: 1 });
  const lost = await bed.ws.terraform(['apply', '-auto-approve', '-input=false']);
  await admin(emulator.url).setFaults({});
  expect(lost.code).not.toBe(0);
  expect(flat(lost.stderr)).toContain('Image copy outcome unknown');
  const gz = bed.client.withRegion('gz');
  const copiesIn = async () => {
    const found: string[] = [];
    for await (const image of gz.listImages({ imageType: 'Custom' })) found.push(image.id);
    return found;
  };
  const started = await copiesIn();
  expect(started).toHaveLength(1);
  const [pending] = await shown();
  expect(pending).toMatchObject({ tainted: true, values: { id: expect.stringMatching(/^pending-create:/) } });

  await bed.ws.apply();
  const [resource] = await shown();
  expect(await copiesIn()).toEqual([resource!.values.image_id]);
  expect(resource!.values.image_id).not.toBe(started[0]);
  await bed.ws.expectNoChanges();
});

it('resolves an instance whose create answers were all lost, its write-only password left out of the replay', async () => {
  const seededId = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
  const { imageId } = await bed.client.createImageFromInstance(seededId, 'golden');
  await bed.client.waitForImage(imageId, { pollIntervalMs: 10 });
  bed.ws.write(`${providerBlock(emulator, bed.account)}
resource "imagecloud_instance" "web" {
  image_id   = "${imageId}"
  spec       = "bcc.g4.c2m8"
  admin_pass = "Lost(answer)1"
  timeouts {
    create = "3s"
  }
}
`);
  await bed.ws.init();
  const mine = async () => {
    const found: string[] = [];
    for await (const instance of bed.client.listInstances({ imageId })) found.push(instance.id);
    return found;
  };
  await admin(emulator.url).setFaults({ dropRate: 1 });
  const lost = await bed.ws.terraform(['apply', '-auto-approve', '-input=false']);
  await admin(emulator.url).setFaults({});
  expect(lost.code).not.toBe(0);
  expect(flat(lost.stderr)).toContain('Instance creation outcome unknown');
  const made = await mine();
  expect(made).toHaveLength(1);

  await bed.ws.apply();
  const [resource] = await shown();
  expect(await mine()).toEqual([resource!.values.id]);
  expect(resource!.values.id).not.toBe(made[0]);
  await bed.ws.expectNoChanges();
});
