/** Validator messages read as one sentence after the attribute's name, and a bos:// URL's error names the bucket rule. */
import { closeTestbed, flat, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(60_000);

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-messages');
  bed.ws.write(providerBlock(bed.emulator, bed.account));
  await bed.ws.init();
});
afterAll(() => closeTestbed(bed));

it('writes "Attribute encrypt_key must be ..." and names the bucket rule', async () => {
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_custom_image" "web" {
  name        = "web"
  encrypt_key = "not-a-key"
  source {
    import {
      bos_url    = "bos://My_Bucket/centos.qcow2"
      os_type    = "linux"
      os_name    = "CentOS"
      os_version = "7.9"
      os_arch    = "x86_64"
    }
  }
}

resource "imagecloud_image_export" "web" {
  image_id = "m-AbCd1234"
  bos_url  = "bos://ex"
  format   = "qcow2"
}
`);
  const result = await bed.ws.terraform(['validate']);
  expect(result.code).toBe(1);
  const stderr = flat(result.stderr);
  expect(stderr).toContain('Attribute encrypt_key must be a KMS key id (a lowercase UUID) (got "not-a-key").');
  expect(stderr).toContain(
    'Attribute bos_url must be bos://bucket/key, where the bucket name is 3-63 lowercase letters, digits or hyphens, starting with a letter or digit (got "bos://My_Bucket/centos.qcow2").',
  );
  expect(stderr).toContain('Attribute bos_url must be bos://bucket or bos://bucket/prefix, where the bucket name is 3-63');
  expect(stderr).not.toMatch(/Attribute \w+ Must/);
});
