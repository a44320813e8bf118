/**
 * A long copy's progress under the real terraform: with TF_LOG_PROVIDER=INFO
 * the provider's hclog lines show the destination id as soon as the copy
 * starts, then each change of status or percentage.
 */
import { fixtureNamed } from '../helpers/admin';
import { closeTestbed, openTestbed, providerBlock, type Testbed } from './harness';

jest.setTimeout(240_000);

let bed: Testbed;
beforeAll(async () => {
  bed = await openTestbed('tf-copy-progress', { copyDelayMs: 4_000 });
});
afterAll(() => closeTestbed(bed));

it('logs the destination id and the copy percentage at INFO while the copy runs', async () => {
  const { ws, emulator, account, fixtures } = bed;
  ws.write(`${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
  name = "web"
  source {
    instance_id = "${fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id}"
  }
}

resource "imagecloud_image_copy" "gz" {
  source_image_id    = imagecloud_custom_image.web.id
  destination_region = "gz"
}
`);
  await ws.init();
  const apply = await ws.ok(['apply', '-auto-approve', '-input=false'], { TF_LOG_PROVIDER: 'INFO' });
  const copyId = ((await ws.resources())['imagecloud_image_copy.gz']!.image_id as string);
  const lines = apply.stderr.split('\n');
  const started = lines.findIndex((line) => line.includes('[INFO]') && line.includes('Copy started') && line.includes(`image_id=${copyId}`));
  expect(started).toBeGreaterThanOrEqual(0);
  const progress = lines.filter((line) => line.includes('[INFO]') && line.includes('Copy progress') && line.includes(`image_id=${copyId}`));
  const percents = progress.map((line) => Number(/progress_percent=(\d+)/.exec(line)?.[1]));
  expect(percents.length).toBeGreaterThanOrEqual(2);
  expect(percents.some((percent) => percent > 0 && percent < 100)).toBe(true);
  expect(progress.at(-1)).toContain('status=Available');
  expect(lines.indexOf(progress[0]!)).toBeGreaterThan(started);
  await ws.ok(['destroy', '-auto-approve', '-input=false']);
});
