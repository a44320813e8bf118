/** The data sources under the real terraform: imagecloud_image (by id, by filters), imagecloud_images (filters). */
import type { ImageClient } from '../../../src/client';
import { fixtureNamed, newTestAccount, type AdminAccount } from '../../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../../helpers/emulator';
import { Workspace, clientFor, flat, providerBlock } from '../harness';

jest.setTimeout(240_000);

let emulator: RunningEmulator;
let account: AdminAccount;
let client: ImageClient;
let ws: Workspace;
const ids: string[] = [];

beforeAll(async () => {
  emulator = await startTestEmulator();
  let fixtures;
  ({ account, fixtures } = await newTestAccount(emulator.url, 'tf-data'));
  client = clientFor(emulator, account);
  const instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
  for (const [name, team] of [['app-a', 'web'], ['app-b', 'web'], ['app-c', 'db']] as const) {
    const { imageId } = await client.createImageFromInstance(instanceId, name);
    await client.bindTags(imageId, { changeTags: [{ tagKey: 'team', tagValue: team }] });
    ids.push(imageId);
  }
  ws = await Workspace.create();
});

afterAll(async () => {
  ws.remove();
  await client.close();
  await emulator.close();
});

it('looks up images by id, by filters and as filtered lists', async () => {
  ws.write(`${providerBlock(emulator, account)}
data "imagecloud_image" "by_id" {
  id = "${ids[0]}"
}

data "imagecloud_image" "centos" {
  image_type  = "public"
  os_name     = "CentOS"
  most_recent = true
}

data "imagecloud_images" "web" {
  image_type = "custom"
  tag_key    = "team"
  tag_value  = "web"
}

data "imagecloud_images" "market" {
  image_type = "market"
}

output "by_id" {
  value = { name = data.imagecloud_image.by_id.name, tags = data.imagecloud_image.by_id.tags, type = data.imagecloud_image.by_id.type }
}
output "centos" {
  value = [data.imagecloud_image.centos.name, data.imagecloud_image.centos.os_name, data.imagecloud_image.centos.type]
}
output "web_ids" {
  value = data.imagecloud_images.web.ids
}
output "market_names" {
  value = data.imagecloud_images.market.images[*].name
}
`);
  await ws.init();
  await ws.apply();
  const outputs = JSON.parse((await ws.ok(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
  expect(outputs.by_id!.value).toEqual({ name: 'app-a', tags: { team: 'web' }, type: 'Custom' });
  expect(outputs.centos!.value).toEqual(['CentOS-7.9', 'CentOS', 'System']);
  expect(outputs.web_ids!.value).toEqual([ids[0], ids[1]].sort());
  expect((outputs.market_names!.value as string[]).sort()).toEqual(['GitLab-Market', 'WordPress-Market']);
});

it('says when filters match several images and most_recent is not set', async () => {
  ws.write(`${providerBlock(emulator, account)}
data "imagecloud_image" "ambiguous" {
  image_type = "custom"
}
`);
  const result = await ws.plan();
  expect(result.code).toBe(1);
  expect(flat(result.stderr)).toContain('Error: Several images match');
  expect(flat(result.stderr)).toContain('3 images match');
});
