/** imagecloud_image_export under the real terraform: waits for the task, imports by task id, replaces on change, forgets on destroy. */
import type { ImageClient } from '../../../src/client';
import { fixtureNamed, type AdminAccount, type Fixtures } from '../../helpers/admin';
import type { RunningEmulator } from '../../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, providerBlock, type Testbed } from '../harness';

jest.setTimeout(240_000);

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;
let ws: Workspace;

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-export', { exportDelayMs: 300 });
  ({ emulator, account, fixtures, client, ws } = bed);
});

afterAll(() => closeTestbed(bed));

const config = (format: string) => `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
}

resource "imagecloud_image_export" "web" {
  image_id = imagecloud_custom_image.web.id
  bos_url  = "bos://exports/images"
  format   = "${format}"
}
`;

it('exports, imports, re-exports on change and forgets on destroy', async () => {
  ws.write(config('qcow2'));
  await ws.init();
  await ws.apply();
  const resources = await ws.resources();
  const applied = resources['imagecloud_image_export.web']!;
  const imageId = resources['imagecloud_custom_image.web']!.id as string;
  expect(applied).toMatchObject({ status: 'Succeeded', object_url: `bos://exports/images/${imageId}.qcow2`, image_id: imageId });
  const { task } = await client.getTask(applied.task_id as string);
  expect(task).toMatchObject({ status: 'Succeeded', objectUrl: applied.object_url });
  await ws.expectNoChanges();

  const imported = await ws.reimport('imagecloud_image_export.web', applied.id as string);
  expect({ ...imported, timeouts: null }).toEqual({ ...applied, timeouts: null });
  await ws.expectNoChanges();

  ws.write(config('vmdk'));
  const plan = await ws.ok(['plan', '-input=false']);
  expect(plan.stdout).toContain('~ format     = "qcow2" -> "vmdk" # forces replacement');
  await ws.apply();
  expect((await ws.resources())['imagecloud_image_export.web']).toMatchObject({ status: 'Succeeded', object_url: `bos://exports/images/${imageId}.vmdk` });

  await ws.ok(['destroy', '-auto-approve', '-input=false']);
  // Destroy forgets the task; the export itself (the object in the bucket) stays.
  expect((await client.getTask(applied.task_id as string)).task.status).toBe('Succeeded');
});
