/**
 * imagecloud_instance under the real terraform: the acceptance sequence
 * (apply, empty plan, import, rebuild in place from another image, drift,
 * destroy), replacement on request, the data sources, the write-only admin
 * password, plan-time image checks, the cross-account flow (the owner
 * shares, the recipient launches), and an instance that outlives its image.
 */
import type { ImageClient } from '../../../src/client';
import { admin, fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../../helpers/emulator';
import { Workspace, clientFor, flat, providerBlock } from '../harness';

jest.setTimeout(240_000);

const PASSWORD = 'Sup3r(secret)';

let emulator: RunningEmulator;
let owner: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;
let ws: Workspace;

beforeAll(async () => {
  emulator = await startTestEmulator();
  ({ account: owner, fixtures } = await newTestAccount(emulator.url, 'tf-instance'));
  client = clientFor(emulator, owner);
  ws = await Workspace.create();
});

afterAll(async () => {
  ws.remove();
  await client.close();
  await emulator.close();
});

const seeded = (name: string) => fixtureNamed(fixtures.instances, owner.id, 'bj', name).id;

/** An Available custom image of the owner, made from a seeded instance. */
async function customImage(name: string, from = 'running-cds'): Promise<string> {
  const { imageId } = await client.createImageFromInstance(seeded(from), name);
  await client.waitForImage(imageId, { pollIntervalMs: 10 });
  return imageId;
}

function config(imageId: string, extra = ''): string {
  return `${providerBlock(emulator, owner)}
variable "admin_pass" {
  type      = string
  sensitive = true
  default   = "${PASSWORD}"
}

resource "imagecloud_instance" "web" {
  image_id   = "${imageId}"
  name       = "web-1"
  spec       = "bcc.g4.c2m8"
  admin_pass = var.admin_pass
  data_disk {
    size_gb = 50
  }
  tags = {
    team = "web"
  }
${extra}}
`;
}

async function shownInstance(): Promise<Record<string, unknown>> {
  const values = (await ws.resources())['imagecloud_instance.web'];
  if (!values) throw new Error('imagecloud_instance.web is not in state');
  return values;
}

it('creates, plans empty, imports, rebuilds in place, sees drift and destroys', async () => {
  const first = await customImage('golden-1');
  const second = await customImage('golden-2', 'stopped-local');
  ws.write(config(first));
  await ws.init();
  await ws.apply();

  const state = await shownInstance();
  expect(state).toMatchObject({ image_id: first, name: 'web-1', spec: 'bcc.g4.c2m8', cpu_count: 2, memory_gb: 8, status: 'Running', state: 'Running', admin_pass: null });
  const instanceId = state.id as string;
  const { instance } = await client.getInstance(instanceId);
  expect(instance).toMatchObject({ imageId: first, status: 'Running', tags: [{ tagKey: 'team', tagValue: 'web' }] });
  expect(instance.volumes.filter((volume) => !volume.isSystemVolume).map((volume) => volume.sizeInGB)).toEqual([50]);
  // Write-only: the password is in neither the state file nor the plan.
  expect(ws.stateFile()).not.toContain(PASSWORD);
  await ws.expectNoChanges();

  const imported = await ws.reimport('imagecloud_instance.web', instanceId);
  expect(imported).toMatchObject({ id: instanceId, image_id: first, spec: 'bcc.g4.c2m8', root_disk_type: 'cloud_hp1' });
  await ws.expectNoChanges();

  // A new image rebuilds the same instance in place.
  ws.write(config(second));
  const plan = await ws.plan();
  expect(flat(plan.stdout)).toContain('imagecloud_instance.web will be updated in-place');
  expect(flat(plan.stdout)).toContain(`~ image_id = "${first}" -> "${second}"`);
  expect(plan.stdout + plan.stderr).not.toContain(PASSWORD);
  await ws.apply();
  const rebuilt = await shownInstance();
  expect(rebuilt).toMatchObject({ id: instanceId, image_id: second, status: 'Running', os_name: (await client.getImage(second)).image.osName });
  await ws.expectNoChanges();

  // Drift: stopped outside Terraform, the plan starts it again.
  await client.stopInstance(instanceId);
  await client.waitForInstance(instanceId, { until: 'Stopped', pollIntervalMs: 10 });
  const drift = await ws.plan();
  expect(flat(drift.stdout)).toContain('~ state = "Stopped" -> "Running"');
  await ws.apply();
  expect((await client.getInstance(instanceId)).instance.status).toBe('Running');

  await ws.ok(['destroy', '-auto-approve', '-input=false']);
  await expect(client.getInstance(instanceId)).rejects.toMatchObject({ code: 'Instance.InstanceNotExist' });
});

it('replaces instead of rebuilding when asked, and reads instances through the data sources', async () => {
  const first = await customImage('replace-1');
  const second = await customImage('replace-2');
  const lookups = `
data "imagecloud_instances" "fleet" {
  image_id   = imagecloud_instance.web.image_id
  depends_on = [imagecloud_instance.web]
}

data "imagecloud_instance" "web" {
  id = imagecloud_instance.web.id
}

output "fleet" {
  value = data.imagecloud_instances.fleet.ids
}

output "web_status" {
  value = data.imagecloud_instance.web.status
}
`;
  ws.write(config(first, '  replace_on_image_change = true\n') + lookups);
  await ws.apply();
  const created = (await shownInstance()).id as string;
  const outputs = JSON.parse((await ws.ok(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
  expect(outputs.fleet!.value).toEqual([created]);
  expect(outputs.web_status!.value).toBe('Running');

  ws.write(config(second, '  replace_on_image_change = true\n') + lookups);
  const plan = await ws.plan();
  expect(flat(plan.stdout)).toContain('imagecloud_instance.web must be replaced');
  expect(flat(plan.stdout)).toContain('~ image_id = "' + first + '" -> "' + second + '" # forces replacement');
  await ws.ok(['destroy', '-auto-approve', '-input=false']);
});

it('refuses at plan time an image that cannot boot the instance, at the attribute', async () => {
  const withDisks = fixtureNamed(fixtures.instances, owner.id, 'bj', 'running-cds');
  const diskImage = await client.createDataDiskImage(withDisks.id, withDisks.dataDisks[0]!.id, 'disk-only');
  await client.waitForImage(diskImage.imageId, { pollIntervalMs: 10 });
  ws.write(config(diskImage.imageId));
  const dataDisk = await ws.plan();
  expect(dataDisk.code).toBe(1);
  expect(flat(dataDisk.stderr)).toContain('Error: Image cannot boot this instance');
  expect(flat(dataDisk.stderr)).toContain('is a data-disk image: it holds no OS and cannot boot an instance');

  const cdsImage = await customImage('cds-made');
  ws.write(config(cdsImage, '  root_disk_type = "local"\n'));
  const local = await ws.plan();
  expect(local.code).toBe(1);
  expect(flat(local.stderr)).toContain('was made from a CDS system disk and cannot boot a local system disk (local)');
  expect(flat(local.stderr)).toContain('root_disk_type = "local"');
});

it('launches from an image shared by another account, and keeps the instance when the image is deleted', async () => {
  const { account: recipient } = await newTestAccount(emulator.url, 'tf-recipient');
  const shared = await customImage('shared-golden');
  await client.shareImage(shared, { accountId: recipient.id });
  const recipientWs = await Workspace.create();
  try {
    recipientWs.write(`${providerBlock(emulator, recipient)}
resource "imagecloud_instance" "app" {
  image_id = "${shared}"
  spec     = "bcc.g4.c2m8"
}
`);
    await recipientWs.init();
    await recipientWs.apply();
    const app = (await recipientWs.resources())['imagecloud_instance.app']!;
    expect(app).toMatchObject({ image_id: shared, status: 'Running' });

    // The owner stops sharing and deletes the image: the recipient's instance stays Running and refreshable.
    await client.unshareImage(shared, { accountId: recipient.id });
    await client.deleteImage(shared);
    await recipientWs.expectNoChanges();
    const recipientClient = clientFor(emulator, recipient);
    try {
      expect((await recipientClient.getInstance(app.id as string)).instance).toMatchObject({ status: 'Running', imageId: shared });
    } finally {
      await recipientClient.close();
    }
    await recipientWs.ok(['destroy', '-auto-approve', '-input=false']);
  } finally {
    recipientWs.remove();
  }
});

it('never writes the admin password to state, plan output or the provider log', async () => {
  const imageId = await customImage('secret-check');
  ws.write(config(imageId));
  const plan = await ws.terraform(['plan', '-input=false'], { TF_LOG: 'trace' });
  expect(plan.code).toBe(0);
  expect(plan.stdout + plan.stderr).not.toContain(PASSWORD);
  const applied = await ws.terraform(['apply', '-auto-approve', '-input=false'], { TF_LOG: 'trace' });
  expect(applied.code).toBe(0);
  expect(applied.stdout + applied.stderr).not.toContain(PASSWORD);
  expect(ws.stateFile()).not.toContain(PASSWORD);
  const { requests } = await admin(emulator.url).requests(1000);
  expect(JSON.stringify(requests)).not.toContain(PASSWORD);
  await ws.ok(['destroy', '-auto-approve', '-input=false']);
});
