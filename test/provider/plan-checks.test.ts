/**
 * What the configuration or known state can answer is refused before
 * anything changes: an import URL whose format cannot be told (validate) and
 * the export of an image known to be encrypted (plan).
 */
import { fixtureNamed } from '../helpers/admin';
import { closeTestbed, flat, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(120_000);

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-plan-checks');
  bed.ws.write(providerBlock(bed.emulator, bed.account));
  await bed.ws.init();
});
afterAll(() => closeTestbed(bed));

it('refuses an import whose bos_url has no known extension and which sets no format', async () => {
  const importBlock = (url: string, format = '') => `${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_custom_image" "imported" {
  name = "imported"
  source {
    import {
      bos_url    = "${url}"
      ${format}
      os_type    = "linux"
      os_name    = "CentOS"
      os_version = "7.9"
      os_arch    = "x86_64"
    }
  }
}
`;
  bed.ws.write(importBlock('bos://images/centos-7.9'));
  const refused = await bed.ws.terraform(['validate']);
  expect(refused.code).toBe(1);
  expect(flat(refused.stderr)).toContain('Error: Missing import format');
  expect(flat(refused.stderr)).toContain('bos_url "bos://images/centos-7.9" has no .qcow2, .vhd, .vmdk, .raw, .img or .iso extension to take the format from: set format.');

  bed.ws.write(importBlock('bos://images/centos-7.9', 'format = "raw"'));
  await bed.ws.ok(['validate']);
  bed.ws.write(importBlock('bos://images/centos-7.9.IMG'));
  await bed.ws.ok(['validate']);
});

it('refuses at plan to export an image that is known to be encrypted', async () => {
  const instance = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
  const key = bed.fixtures.kmsKeys.find((k) => k.accountId === bed.account.id && k.region === 'bj')!.id;
  const { imageId } = await bed.client.createImageFromInstance(instance, 'encrypted', { encryptKey: key });
  await bed.client.waitForImage(imageId);
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_image_export" "web" {
  image_id = "${imageId}"
  bos_url  = "bos://exports/images"
  format   = "qcow2"
}
`);
  const plan = await bed.ws.plan();
  expect(plan.code).toBe(1);
  expect(flat(plan.stderr)).toContain('Error: Cannot export an encrypted image');
  expect(flat(plan.stderr)).toContain(`Image ${imageId} is encrypted`);
  expect(flat(plan.stderr)).toMatch(/on main.tf line \d+, in resource "imagecloud_image_export" "web": \d+: image_id = /);
});
