/**
 * API refusals about one request field, under the real terraform: the
 * diagnostic points at the attribute (Terraform prints `with ..., on main.tf
 * line N` and that attribute's line), speaks its HCL name rather than the
 * API's field name, and says what to set.
 */
import { admin, fixtureNamed, type AdminAccount, type Fixtures } from '../helpers/admin';
import type { RunningEmulator } from '../helpers/emulator';
import { Workspace, closeTestbed, openTestbed, flat, providerBlock, type Testbed } from './harness';

jest.setTimeout(240_000);

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let ws: Workspace;
let bed: Testbed;

beforeAll(async () => {
  bed = await openTestbed('tf-diag');
  ({ emulator, account, fixtures, ws } = bed);
});

afterAll(() => closeTestbed(bed));

/** A well-formed KMS key id that no key has. */
const NO_SUCH_KEY = '00000000-0000-4000-8000-000000000000';

/** The line number of the first line of `hcl` containing `text`. */
function lineOf(hcl: string, text: string): number {
  return hcl.split('\n').findIndex((line) => line.includes(text)) + 1;
}

function image(name: string, extra: string): string {
  return `
resource "imagecloud_custom_image" "${name}" {
  name = "${name}"
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
${extra}
}
`;
}

it('points an unknown KMS key of an image at encrypt_key, in HCL terms', async () => {
  const hcl = providerBlock(emulator, account) + image('bad', `  encrypt_key = "${NO_SUCH_KEY}"`);
  ws.write(hcl);
  await ws.init();
  const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
  expect(result.code).toBe(1);
  const stderr = flat(result.stderr);
  expect(stderr).toContain('with imagecloud_custom_image.bad,');
  expect(stderr).toContain(`on main.tf line ${lineOf(hcl, 'encrypt_key')}, in resource "imagecloud_custom_image" "bad":`);
  expect(stderr).toContain(`${lineOf(hcl, 'encrypt_key')}: encrypt_key = "${NO_SUCH_KEY}"`);
  expect(stderr).toContain(`encrypt_key: KMS key ${NO_SUCH_KEY} does not exist in region bj.`);
  expect(stderr).toContain('Set encrypt_key to the id of a KMS key of this account in that region');
  expect(stderr).toContain('Image.InvalidEncryptKey');
  expect(stderr).not.toContain('encryptKey');
});

describe('copies of an encrypted image', () => {
  let bjKey: string;

  beforeAll(async () => {
    ({ keyId: bjKey } = await admin(emulator.url).createKmsKey(account.id, 'bj'));
  });

  afterAll(() => ws.terraform(['destroy', '-auto-approve', '-input=false']));

  function config(copyKey: string): string {
    return `${providerBlock(emulator, account)}${image('web', `  encrypt_key = "${bjKey}"`)}
resource "imagecloud_image_copy" "su" {
  source_image_id    = imagecloud_custom_image.web.id
  destination_region = "su"
${copyKey}
}
`;
  }

  it('says to set encrypt_key when the copy has none', async () => {
    ws.write(config(''));
    const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
    expect(result.code).toBe(1);
    const stderr = flat(result.stderr);
    expect(stderr).toContain('Error: Copy refused');
    expect(stderr).toContain('with imagecloud_image_copy.su,');
    expect(stderr).toContain('Region su refused the copy: encrypt_key: the image is encrypted and KMS keys are regional');
    expect(stderr).toContain('set encrypt_key to the id of a KMS key of this account in the destination region');
    expect(stderr).not.toContain('encryptKeys');
  });

  it('points a key the destination region does not have at the encrypt_key line', async () => {
    const hcl = config(`  encrypt_key        = "${NO_SUCH_KEY}"`);
    ws.write(hcl);
    const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
    expect(result.code).toBe(1);
    const stderr = flat(result.stderr);
    expect(stderr).toContain(`on main.tf line ${lineOf(hcl, `"${NO_SUCH_KEY}"`)}, in resource "imagecloud_image_copy" "su":`);
    expect(stderr).toContain(`encrypt_key: KMS key ${NO_SUCH_KEY} does not exist in region su.`);
    expect(stderr).not.toContain('encryptKeys');
  });
});
