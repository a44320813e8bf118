/**
 * `terraform plan -generate-config-out` from an import block: the generated
 * configuration of every kind of image validates and plans clean. A data-disk
 * image does not tell which instance its disk was attached to, so its
 * generated source names the disk alone; that adopts the image, and only a
 * new image needs the instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureNamed } from '../helpers/admin';
import { closeTestbed, flat, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(120_000);

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-generate');
  bed.ws.write(providerBlock(bed.emulator, bed.account));
  await bed.ws.init();
});
afterAll(() => closeTestbed(bed));

it('generates configuration for an imported data-disk image that plans clean', async () => {
  const instance = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds');
  const disk = instance.dataDisks[0]!.id;
  const { imageId } = await bed.client.createDataDiskImage(instance.id, disk, 'data-disk');
  await bed.client.waitForImage(imageId);
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
import {
  to = imagecloud_custom_image.data
  id = "${imageId}"
}
`);
  const generated = await bed.ws.terraform(['plan', '-input=false', '-generate-config-out=generated.tf']);
  expect(flat(generated.stderr)).toBe('');
  const hcl = readFileSync(join(bed.ws.dir, 'generated.tf'), 'utf8');
  expect(flat(hcl)).toContain(`data_disk_id = "${disk}"`);
  await bed.ws.apply();
  await bed.ws.expectNoChanges();

  // A new image of a data disk still needs the instance.
  bed.ws.write(`resource "imagecloud_custom_image" "new" {
  name = "new-data-disk"
  source {
    data_disk_id = "${disk}"
  }
}
`, 'new.tf');
  const refused = await bed.ws.plan();
  expect(refused.code).toBe(1);
  expect(flat(refused.stderr)).toContain('data_disk_id needs the instance_id of the instance the disk is attached to');
});
