/**
 * Imports refuse what the resource must not manage, at import time and with
 * what the id must be: malformed ids, images only shared with the account,
 * ordinary images imported as copies and copies imported as custom images.
 */
import { fixtureNamed, newTestAccount } from '../helpers/admin';
import { clientFor, closeTestbed, flat, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(120_000);

let bed: Testbed;
let ordinaryImageId: string;
beforeAll(async () => {
  bed = await openTestbed('tf-imports');
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_custom_image" "adopted" {
  name = "adopted"
  source {
    instance_id = "i-AbCd1234"
  }
}

resource "imagecloud_image_copy" "adopted" {
  source_image_id    = "m-AbCd1234"
  destination_region = "gz"
}
`);
  await bed.ws.init();
  const instanceId = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
  ({ imageId: ordinaryImageId } = await bed.client.createImageFromInstance(instanceId, 'ordinary'));
  await bed.client.waitForImage(ordinaryImageId);
});
afterAll(() => closeTestbed(bed));

async function importFails(address: string, id: string): Promise<string> {
  const result = await bed.ws.terraform(['import', '-input=false', address, id]);
  expect(result.code).toBe(1);
  expect((await bed.ws.terraform(['state', 'list'])).stdout).toBe('');
  return flat(result.stderr);
}

it('refuses a malformed image id, saying what the id must be', async () => {
  const stderr = await importFails('imagecloud_custom_image.adopted', 'web-image');
  expect(stderr).toContain('Error: Invalid import id');
  expect(stderr).toContain('imagecloud_custom_image imports by image id: `m-` and 8 letters or digits, e.g. m-AbCd1234; got "web-image"');
  expect(stderr).not.toContain('Unexpected error');
});

it('refuses an image that another account only shares with this one', async () => {
  const { account: owner, fixtures } = await newTestAccount(bed.emulator.url, 'tf-imports-owner');
  const ownerClient = clientFor(bed.emulator, owner);
  try {
    const { imageId } = await ownerClient.createImageFromInstance(fixtureNamed(fixtures.instances, owner.id, 'bj', 'running-cds').id, 'theirs');
    await ownerClient.waitForImage(imageId);
    await ownerClient.shareImage(imageId, { accountId: bed.account.id });
    const stderr = await importFails('imagecloud_custom_image.adopted', imageId);
    expect(stderr).toContain('Error: Cannot import an image this account does not own');
    expect(stderr).toContain(`Image ${imageId} is of type Sharing, shared with this account by its owner`);
  } finally {
    await ownerClient.close();
  }
});

it('refuses an ordinary image imported as a copy, and a malformed copy id', async () => {
  const notCopy = await importFails('imagecloud_image_copy.adopted', `bj/${ordinaryImageId}`);
  expect(notCopy).toContain('Error: Cannot import an image that is not a copy');
  expect(notCopy).toContain('import it as imagecloud_custom_image');
  expect((await bed.client.getImage(ordinaryImageId)).image.status).toBe('Available');

  const malformed = await importFails('imagecloud_image_copy.adopted', 'mars/m-AbCd1234');
  expect(malformed).toContain('imagecloud_image_copy imports by <destination_region>/<image_id>');
});

it('refuses a copy imported as a custom image, naming the import that fits', async () => {
  const { result } = await bed.client.remoteCopyImage(ordinaryImageId, { destRegion: ['gz'] });
  const copyId = result[0]!.imageId;
  const gz = bed.client.withRegion('gz');
  await gz.waitForImage(copyId);
  const gzWorkspaceConfig = providerBlock(bed.emulator, bed.account, 'gz');
  bed.ws.write(`${gzWorkspaceConfig}
resource "imagecloud_custom_image" "adopted" {
  name = "adopted"
  source {
    instance_id = "i-AbCd1234"
  }
}
`);
  const stderr = await importFails('imagecloud_custom_image.adopted', copyId);
  expect(stderr).toContain('Error: Cannot import a copy as imagecloud_custom_image');
  expect(stderr).toContain(`import it as imagecloud_image_copy with the id gz/${copyId}`);
});
