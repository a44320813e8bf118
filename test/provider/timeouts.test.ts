/**
 * Timeouts under the real terraform: a `timeouts` value is the deadline of the
 * whole operation. It fires on time however long it is (it used to be lost to
 * the garbage collector after a few seconds), nothing else cuts it short (the
 * client waiters' 30- and 60-minute defaults used to), and the error names it.
 */
import { join } from 'node:path';
import { admin, fixtureNamed } from '../helpers/admin';
import { closeTestbed, flat, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(120_000);

/** Emulated time and the provider's timers both run this many times faster than real time. */
const TIME_SCALE = 300;
const FAST_PROVIDER = {
  NODE_OPTIONS: `--require ${join(__dirname, '..', 'helpers', 'fast-timers.js')}`,
  FAST_TIMERS_SCALE: String(TIME_SCALE),
};

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-timeouts', { timeScale: TIME_SCALE });
  bed.ws.write(providerBlock(bed.emulator, bed.account));
  await bed.ws.init();
});
afterAll(() => closeTestbed(bed));

const instance = () => fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;

function imageConfig(timeouts: string): string {
  return `${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    instance_id = "${instance()}"
  }
  timeouts {
    ${timeouts}
  }
}
`;
}

async function destroyAll(): Promise<void> {
  await admin(bed.emulator.url).setDelays({ createDelayMs: 0, copyDelayMs: 0 });
  await bed.ws.ok(['destroy', '-auto-approve', '-input=false']);
}

it('fails a create when its 10 s timeout passes, not when the image is done', async () => {
  // 60 emulated minutes are 12 real seconds; the provider's clock is real here.
  await admin(bed.emulator.url).setDelays({ createDelayMs: 60 * 60_000 });
  bed.ws.write(imageConfig('create = "10s"'));
  const started = Date.now();
  const result = await bed.ws.terraform(['apply', '-auto-approve', '-input=false']);
  const elapsedMs = Date.now() - started;
  expect(result.code).toBe(1);
  expect(flat(result.stderr)).toContain('Error: Timed out waiting for image');
  expect(flat(result.stderr)).toContain('timeouts.create (10s) passed before the create finished. Raise timeouts.create');
  expect(elapsedMs).toBeLessThan(15_000);
  await destroyAll();
});

it('waits for a copy longer than 30 minutes when timeouts.create allows 60', async () => {
  const { client } = bed;
  const { imageId } = await client.createImageFromInstance(instance(), 'to-copy');
  await client.waitForImage(imageId);
  // 45 emulated minutes; the provider's timers run at the same scale, so its 60-minute timeout is 12 s.
  await admin(bed.emulator.url).setDelays({ copyDelayMs: 45 * 60_000 });
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_image_copy" "gz" {
  source_image_id    = "${imageId}"
  destination_region = "gz"
  timeouts {
    create = "60m"
  }
}
`);
  const applied = await bed.ws.terraform(['apply', '-auto-approve', '-input=false'], FAST_PROVIDER);
  expect(flat(applied.stderr)).toBe('');
  expect(applied.stdout).toContain('Apply complete! Resources: 1 added');
  await destroyAll();
  await client.deleteImage(imageId);
});

it('says which timeout passed when a copy outlasts it, and cancels the copy', async () => {
  const { client } = bed;
  const { imageId } = await client.createImageFromInstance(instance(), 'to-copy-late');
  await client.waitForImage(imageId);
  await admin(bed.emulator.url).setDelays({ copyDelayMs: 45 * 60_000 });
  bed.ws.write(`${providerBlock(bed.emulator, bed.account)}
resource "imagecloud_image_copy" "gz" {
  source_image_id    = "${imageId}"
  destination_region = "gz"
  timeouts {
    create = "20m"
  }
}
`);
  const result = await bed.ws.terraform(['apply', '-auto-approve', '-input=false'], FAST_PROVIDER);
  expect(result.code).toBe(1);
  expect(flat(result.stderr)).toContain('Error: Image copy cancelled');
  expect(flat(result.stderr)).toContain('timeouts.create (20m) passed before the create finished. Raise timeouts.create');
  const copies = [];
  for await (const image of client.withRegion('gz').listImages({ imageType: 'Custom' })) copies.push(image.id);
  expect(copies).toEqual([]);
  await destroyAll();
  await client.deleteImage(imageId);
});

it('refuses a zero or negative timeout at validate, naming the attribute', async () => {
  for (const duration of ['0s', '-5m']) {
    bed.ws.write(imageConfig(`create = "${duration}"`));
    const result = await bed.ws.terraform(['validate']);
    expect(result.code).toBe(1);
    expect(flat(result.stderr)).toContain(`Attribute create must be a positive duration like "30s" or "10m", got "${duration}"`);
  }
});
