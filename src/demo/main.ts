/**
 * `npm run demo`: a whole custom-image lifecycle on the embedded emulator,
 * driven through the typed client exactly as a user script would drive the
 * real service. Every step prints what it did; any failure exits non-zero.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { ImageClient } from '../client';
import { startEmulator, type RunningEmulator } from '../emulator';

const REGION = 'bj';
const COPY_REGIONS = ['gz', 'su'] as const;
const SHARE_WITH = ['alice', 'bob'] as const;

let stepNumber = 0;
async function step<T>(title: string, action: () => Promise<T>): Promise<T> {
  stepNumber += 1;
  const started = Date.now();
  process.stdout.write(`\n[${stepNumber}] ${title}\n`);
  const result = await action();
  process.stdout.write(`    done in ${Date.now() - started} ms\n`);
  return result;
}

const say = (line: string) => process.stdout.write(`    ${line}\n`);

/** The emulator's admin API lists the seeded instances (the image API itself has no instance listing). */
async function findInstance(emulator: RunningEmulator, accountId: string, name: string): Promise<string> {
  const response = await request(`${emulator.url}/__admin/fixtures?accountId=${accountId}&region=${REGION}`);
  const fixtures = (await response.body.json()) as { instances: { id: string; name: string }[] };
  const instance = fixtures.instances.find((i) => i.name === name);
  if (!instance) throw new Error(`the emulator has no seeded instance named ${name}`);
  return instance.id;
}

async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'imagecloud-demo-'));
  const emulator = await step('Start the emulator (embedded, temporary data dir, realistic delays)', async () => {
    const started = await startEmulator({ port: 0, dataDir, quiet: true, createDelayMs: 1500, copyDelayMs: 2500, exportDelayMs: 1000 });
    say(`endpoint template ${started.endpointTemplate}`);
    say(`data dir ${dataDir}`);
    return started;
  });
  const [owner, ...others] = emulator.accounts;
  if (!owner) throw new Error('the emulator started without development accounts');
  const client = new ImageClient({
    region: REGION,
    endpoint: emulator.endpointTemplate,
    credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
  });
  try {
    const instanceId = await findInstance(emulator, owner.accountId, 'running-cds');
    const imageId = await step(`Create image "golden-web" from instance ${instanceId} (${owner.name}, ${REGION}) and wait`, async () => {
      const { imageId: id } = await client.createImageFromInstance(instanceId, 'golden-web', { description: 'demo golden image' });
      say(`created ${id}, status Creating`);
      const image = await client.waitForImage(id, {
        pollIntervalMs: 250,
        onProgress: (current) => say(`... ${current.status} ${current.progress}%`),
      });
      say(`${image.id} is ${image.status}: ${image.osName} ${image.osVersion}, ${image.diskSize} GB, local system disks supported: ${image.supportsLocalSystemDisk}`);
      return id;
    });

    await step('Tag it', async () => {
      await client.bindTags(imageId, { changeTags: [{ tagKey: 'team', tagValue: 'web' }, { tagKey: 'stage', tagValue: 'golden' }] });
      const { image } = await client.getImage(imageId);
      say(`tags: ${image.tags.map((t) => `${t.tagKey}=${t.tagValue}`).join(', ')}`);
    });

    await step(`Share it with ${SHARE_WITH.join(' and ')}`, async () => {
      for (const account of SHARE_WITH) await client.shareImage(imageId, { account });
      const { users } = await client.listSharedUsers(imageId);
      say(`shared users: ${users.map((u) => `${u.account} (${u.accountId})`).join(', ')}`);
      const recipient = others.find((a) => a.name === SHARE_WITH[0]);
      if (!recipient) throw new Error(`no development account ${SHARE_WITH[0]}`);
      const asRecipient = new ImageClient({
        region: REGION,
        endpoint: emulator.endpointTemplate,
        credentials: { accessKeyId: recipient.accessKeyId, secretAccessKey: recipient.secretAccessKey },
      });
      try {
        const { image } = await asRecipient.getImage(imageId);
        say(`${recipient.name} sees ${image.id} as type ${image.type}`);
      } finally {
        await asRecipient.close();
      }
    });

    const copies = await step(`Copy it to ${COPY_REGIONS.join(' and ')} and wait for the copies`, async () => {
      const { result } = await client.remoteCopyImage(imageId, { destRegion: [...COPY_REGIONS], name: 'golden-web' });
      for (const entry of result) if (entry.code) throw new Error(`copy to ${entry.region} failed: ${entry.code} ${entry.errMsg}`);
      for (const entry of result) {
        const copy = await client.waitForCopy(entry.region, entry.imageId, {
          pollIntervalMs: 250,
          onProgress: (current) => say(`... ${entry.region}/${current.id} copying ${current.progress}%`),
        });
        say(`${entry.region}/${copy.id} is ${copy.status} (independent image, source ${copy.copySource?.region}/${copy.copySource?.imageId})`);
      }
      return result;
    });

    await step(`Export the ${REGION} image list as CSV`, async () => {
      const csv = await client.exportImageList({ imageType: 'Custom' });
      for (const line of csv.trimEnd().split('\n')) say(line);
    });

    await step('Clean up: unshare, delete the copies and the image', async () => {
      for (const account of SHARE_WITH) await client.unshareImage(imageId, { account });
      for (const copy of copies) await client.withRegion(copy.region).deleteImage(copy.imageId);
      await client.deleteImage(imageId);
      let remaining = 0;
      for (const region of [REGION, ...COPY_REGIONS]) {
        for await (const _image of client.withRegion(region).listImages({ imageType: 'Custom' })) remaining += 1;
      }
      if (remaining !== 0) throw new Error(`${remaining} custom image(s) left behind`);
      say('no custom image left in any region');
    });
  } finally {
    await client.close();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write('\nDemo finished: the emulator is stopped and its data dir removed.\n');
}

run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\ndemo failed: ${message}\n`);
  process.exitCode = 1;
});
