/**
 * The provider under failure: an apply and a destroy under injected 500/503
 * answers and dropped connections converge with no duplicate or orphaned
 * image, and secrets never reach state, plan output or logs.
 */
import type { ImageClient } from '../../src/client';
import { admin, fixtureNamed, type AdminAccount, type Fixtures } from '../helpers/admin';
import type { RunningEmulator } from '../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(240_000);

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;
let ws: Workspace;

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-faults', { faultSeed: 7 });
  ({ emulator, account, fixtures, client, ws } = bed);
});

afterAll(async () => {
  await admin(bed.emulator.url).setFaults({});
  await closeTestbed(bed);
});

function config(): string {
  const instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
  const images = ['one', 'two', 'three']
    .map(
      (name) => `resource "imagecloud_custom_image" "${name}" {
  name = "${name}"
  tags = { batch = "faults" }
  source {
    instance_id = "${instanceId}"
  }
}
`,
    )
    .join('\n');
  return `${providerBlock(emulator, account, 'bj', '  max_retries = 10\n')}
${images}
resource "imagecloud_image_share" "one" {
  image_id = imagecloud_custom_image.one.id
  accounts = ["alice", "bob"]
}
`;
}

async function customImages(): Promise<Array<{ id: string; name: string }>> {
  const found: Array<{ id: string; name: string }> = [];
  for await (const image of client.listImages({ imageType: 'Custom' })) found.push({ id: image.id, name: image.name });
  return found;
}

it('converges under injected errors and dropped connections with no duplicate or orphan', async () => {
  ws.write(config());
  await ws.init();
  await admin(emulator.url).setFaults({ errorRate: { '500': 0.2, '503': 0.2 }, dropRate: 0.1, retryAfterSeconds: 0 });
  await ws.apply();
  await admin(emulator.url).setFaults({});

  const resources = await ws.resources();
  const inState = ['one', 'two', 'three'].map((name) => resources[`imagecloud_custom_image.${name}`]!.id as string).sort();
  const remote = await customImages();
  expect(remote.map((image) => image.id).sort()).toEqual(inState);
  expect(remote.map((image) => image.name).sort()).toEqual(['one', 'three', 'two']);
  expect((await client.listSharedUsers(resources['imagecloud_custom_image.one']!.id as string)).users.map((u) => u.account).sort()).toEqual(['alice', 'bob']);
  // The faults did happen: the convergence is the provider's and client's doing.
  const { requests } = await admin(emulator.url).requests(1000);
  expect(requests.filter((entry) => entry.status >= 500).length).toBeGreaterThan(0);
  await ws.expectNoChanges();

  await admin(emulator.url).setFaults({ errorRate: { '500': 0.2, '503': 0.2 }, dropRate: 0.1, retryAfterSeconds: 0 });
  await ws.ok(['destroy', '-auto-approve', '-input=false']);
  await admin(emulator.url).setFaults({});
  expect(await customImages()).toEqual([]);
});

it('keeps secrets out of state, plan output and logs', async () => {
  ws.write(config());
  const plan = await ws.terraform(['plan', '-input=false'], { TF_LOG: 'trace' });
  expect(plan.code).toBe(0);
  expect(plan.stderr).toContain('Configuring provider');
  for (const text of [plan.stdout, plan.stderr]) expect(text).not.toContain(account.secretAccessKey);
  await ws.apply();
  expect(ws.stateFile()).not.toContain(account.secretAccessKey);
  await ws.ok(['destroy', '-auto-approve', '-input=false']);
});
