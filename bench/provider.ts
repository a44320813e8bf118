/**
 * The provider under the real terraform, in one run against a zero-delay
 * emulator, each figure beside Terraform's built-in terraform_data (the floor):
 *   - launch-to-handshake of the bundled provider (median of 7);
 *   - a no-op plan of one image;
 *   - refresh + plan of 200 and 1,000 images (image data sources over
 *     bulk-seeded public images: the 20-images-per-account quota makes 1,000
 *     managed images impractical, and a refresh is one GET per image either way);
 *   - apply of 200 custom images (10 accounts x 20, one aliased provider each).
 * Goals: handshake <= 120 ms; 1,000-image refresh-plan <= 1.5x the floor.
 *
 *   npx tsx bench/provider.ts
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BUNDLE_ENTRY } from '../src/provider/runtime/mirror';
import { MAGIC_COOKIE_VALUE } from '../src/provider/runtime/serve';
import { generateServerCertificate } from '../src/provider/runtime/tls';
import { sourceBundleDir } from '../src/provider/source-bundle';
import { admin, fixtureNamed, newTestAccount } from '../test/helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../test/helpers/emulator';
import { Workspace, providerBlock } from '../test/provider/harness';

async function handshakeMs(bundleFile: string): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bundleFile], {
    env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: generateServerCertificate().certificatePem },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Seconds one terraform command takes in a workspace holding `hcl`, after `prepare` ran. */
async function timed(hcl: string, command: string[], prepare: string[][] = []): Promise<number> {
  const ws = await Workspace.create('tf-bench-');
  try {
    ws.write(hcl);
    await ws.init();
    for (const step of prepare) await ws.ok(step);
    const started = performance.now();
    await ws.ok(command);
    return (performance.now() - started) / 1000;
  } finally {
    ws.remove();
  }
}

const terraformData = (count: number) => `resource "terraform_data" "x" {\n  count = ${count}\n  input = "x-\${count.index}"\n}\n`;

/** Runs every case; answers the table of figures. */
export async function benchProvider(): Promise<string> {
  const emulator: RunningEmulator = await startTestEmulator();
  const dev = emulator.accounts[0]!;
  const rows: Array<[string, string, string]> = [];
  try {
    const bundle = join(await sourceBundleDir(), BUNDLE_ENTRY);
    const handshakes = [];
    for (let i = 0; i < 7; i++) handshakes.push(await handshakeMs(bundle));
    rows.push(['launch-to-handshake (median of 7)', `${median(handshakes).toFixed(0)} ms`, 'goal <= 120 ms']);

    const { account, fixtures } = await newTestAccount(emulator.url, 'bench');
    const instanceId = fixtureNamed(fixtures.instances, account.id, 'bj', 'running-cds').id;
    const oneImage = `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "one" {
  name = "one"
  source {
    instance_id = "${instanceId}"
  }
}
`;
    const apply = ['apply', '-auto-approve', '-input=false'];
    const plan = ['plan', '-input=false', '-detailed-exitcode'];
    const noop = await timed(oneImage, ['plan', '-input=false'], [apply]);
    const noopFloor = await timed(terraformData(1), ['plan', '-input=false'], [apply]);
    rows.push(['no-op plan, 1 image', `${noop.toFixed(2)} s`, `terraform_data ${noopFloor.toFixed(2)} s`]);

    const { imageIds } = await admin(emulator.url).bulkPublicImages('bj', 1000, 'bench');
    for (const count of [200, 1000]) {
      const hcl = `${providerBlock(emulator, dev)}
locals {
  ids = ${JSON.stringify(imageIds.slice(0, count))}
}
data "imagecloud_image" "x" {
  count = ${count}
  id    = local.ids[count.index]
}
`;
      const ours = await timed(hcl, ['plan', '-input=false', '-refresh=true']);
      const floor = await timed(terraformData(count), plan, [apply]);
      rows.push([`refresh + plan, ${count} images`, `${ours.toFixed(2)} s`, `terraform_data ${floor.toFixed(2)} s (${(ours / floor).toFixed(2)}x)`]);
    }

    const blocks: string[] = [];
    for (let a = 0; a < 10; a++) {
      const { account: owner, fixtures: ownerFixtures } = await newTestAccount(emulator.url, `bench-apply-${a}`);
      const source = fixtureNamed(ownerFixtures.instances, owner.id, 'bj', 'running-cds').id;
      blocks.push(
        providerBlock(emulator, owner, 'bj', `  alias = "a${a}"\n`).replace(/^terraform \{[\s\S]*?\n\}\n/, a === 0 ? '$&' : ''),
        `resource "imagecloud_custom_image" "a${a}" {\n  provider = imagecloud.a${a}\n  count    = 20\n  name     = "img-\${count.index}"\n  source {\n    instance_id = "${source}"\n  }\n}\n`,
      );
    }
    const applied = await timed(blocks.join('\n'), apply);
    const applyFloor = await timed(terraformData(200), apply);
    rows.push(['apply, 200 images', `${applied.toFixed(2)} s`, `terraform_data ${applyFloor.toFixed(2)} s (${(applied / applyFloor).toFixed(2)}x)`]);
  } finally {
    await emulator.close();
  }
  return rows.map(([what, ours, floor]) => `${what.padEnd(36)} ${ours.padStart(10)}   ${floor}`).join('\n');
}

if (require.main === module) {
  benchProvider().then(
    (table) => console.log(table),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
