/**
 * The image resource wrapped in a module with optional sources: null is not
 * "set", and a value unknown at validate (every module variable) or until
 * apply decides nothing until it is known.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureNamed } from '../helpers/admin';
import { closeTestbed, flat, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(180_000);

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-module');
  mkdirSync(join(bed.ws.dir, 'image'));
  writeFileSync(
    join(bed.ws.dir, 'image', 'main.tf'),
    `terraform {
  required_providers {
    imagecloud = { source = "imagecloud/imagecloud" }
  }
}
variable "name" { type = string }
variable "instance_id" {
  type    = string
  default = null
}
variable "snapshot_id" {
  type    = string
  default = null
}
resource "imagecloud_custom_image" "this" {
  name = var.name
  source {
    instance_id = var.instance_id
    snapshot_id = var.snapshot_id
  }
}
output "id" { value = imagecloud_custom_image.this.id }
`,
  );
});
afterAll(() => closeTestbed(bed));

const instance = () => fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
const snapshot = () => fixtureNamed(bed.fixtures.snapshots, bed.account.id, 'bj', 'system-available').id;

it('validates, plans and applies a module whose other source is null, and one known only after apply', async () => {
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
resource "terraform_data" "snapshot" {
  input = "${snapshot()}"
}
module "from_instance" {
  source      = "./image"
  name        = "from-instance"
  instance_id = "${instance()}"
}
module "from_later_snapshot" {
  source      = "./image"
  name        = "from-snapshot"
  snapshot_id = terraform_data.snapshot.output
}
`);
  await bed.ws.init();
  await bed.ws.ok(['validate']);
  const plan = await bed.ws.ok(['plan', '-input=false']);
  expect(plan.stdout).toContain('Plan: 3 to add, 0 to change, 0 to destroy.');
  await bed.ws.apply();
  const images = [];
  for await (const image of bed.client.listImages({ imageType: 'Custom' })) images.push(image.sourceKind);
  expect(images.sort()).toEqual(['instance', 'snapshot']);
  await bed.ws.expectNoChanges();
  await bed.ws.ok(['destroy', '-auto-approve', '-input=false']);
});

it('still refuses two sources once both are known, and none at all', async () => {
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
module "both" {
  source      = "./image"
  name        = "both"
  instance_id = "${instance()}"
  snapshot_id = "${snapshot()}"
}
module "neither" {
  source = "./image"
  name   = "neither"
}
`);
  await bed.ws.init();
  const plan = await bed.ws.plan();
  expect(plan.code).toBe(1);
  expect(flat(plan.stderr)).toContain('this one sets instance_id and snapshot_id');
  expect(flat(plan.stderr)).toContain('Set exactly one of source.instance_id, source.snapshot_id or a source.import block.');
});

it('refuses tag_value without tag_key in imagecloud_images', async () => {
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
data "imagecloud_images" "tagged" {
  tag_value = "web"
}
`);
  const result = await bed.ws.terraform(['validate']);
  expect(result.code).toBe(1);
  expect(flat(result.stderr)).toContain('Error: Missing tag_key');
  expect(flat(result.stderr)).toContain('tag_value filters by the value of the tag named in tag_key');
});
