/**
 * `npm run demo`: the golden-image example deployed with the real cdktf CLI
 * against the embedded emulator, on a fresh clone, with nothing from the
 * network. Steps: start the emulator, build the provider into a local mirror,
 * `cdktf deploy`, print the outputs, change the stack (a rename and one more
 * account) and show `cdktf diff`, `cdktf destroy`, check through the client
 * that nothing is left, stop the emulator. Every step prints its progress and
 * time; any failure exits non-zero.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { GOLDEN_STACK, RECIPIENT_SECRET_VARIABLE } from '../../examples/golden-image/stacks';
import { ImageClient, ImageNotFoundError, InstanceNotFoundError } from '../client';
import { startEmulator, type DevAccount, type RunningEmulator } from '../emulator';
import { requireTerraform } from '../testing/terraform';
import { CdktfWorkspace } from './workspace';

const REGION = 'bj';
const COPY_REGIONS = ['gz', 'su'];
const SHARE_WITH = ['alice', 'bob', 'carol'];
/** The change shown by `cdktf diff`: the image renamed, and one more account (created in the emulator first). */
const NEW_NAME = 'golden-web-v2';
const NEW_ACCOUNT = 'dave';

export interface StepTiming {
  step: string;
  ms: number;
}

export interface DemoOptions {
  /** Where progress lines go; default stdout. */
  write?: (text: string) => void;
}

/** Runs the demo; returns the wall time of each step. Throws on the first failure (after cleaning up). */
export async function runDemo(options: DemoOptions = {}): Promise<StepTiming[]> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const say = (line: string) => write(`    ${line}\n`);
  const timings: StepTiming[] = [];
  const step = async <T>(title: string, action: () => Promise<T>): Promise<T> => {
    write(`\n[${timings.length + 1}] ${title}\n`);
    const started = performance.now();
    const result = await action();
    const ms = Math.round(performance.now() - started);
    timings.push({ step: title, ms });
    write(`    done in ${(ms / 1000).toFixed(1)} s\n`);
    return result;
  };
  // cdktf output, indented; blank lines and progress banners dropped. Deploy and destroy show their actions
  // (the full plan is in the diff step); a failing run's whole output is in the error.
  const show = (line: string) => {
    const text = line.trimEnd();
    if (text.trim() !== '' && !/Stacks (deploying|destroying|diffing)|Stacks done|Stacks waiting/.test(text)) say(`| ${text}`);
  };
  const showActions = (line: string) => {
    if (/Creating\.\.\.|Creation complete|Still creating|Destroying\.\.\.|Destruction complete|Apply complete|Destroy complete|Plan:|Error/.test(line)) show(line);
  };

  await step('Check the toolchain', async () => say(`terraform ${requireTerraform()} on PATH, node ${process.version}`));

  const dataDir = mkdtempSync(join(tmpdir(), 'imagecloud-demo-'));
  let emulator: RunningEmulator | undefined;
  let workspace: CdktfWorkspace | undefined;
  let client: ImageClient | undefined;
  try {
    emulator = await step('Start the emulator (embedded, free port, temporary data dir, realistic delays)', async () => {
      const started = await startEmulator({ port: 0, dataDir, quiet: true, createDelayMs: 1500, copyDelayMs: 2000, exportDelayMs: 1000 });
      // Regions addressed by host name, as the real service is (bcc.{region}.baidubce.com): no path prefix.
      say(`endpoint template ${started.hostEndpointTemplate}`);
      say(`data dir ${dataDir}`);
      return started;
    });
    const running = emulator;
    const owner = devAccount(running, 'dev');
    // The account of the stack's second provider: it launches an instance from the shared copy.
    const recipient = devAccount(running, SHARE_WITH[0]!);
    client = new ImageClient({
      region: REGION,
      endpoint: running.hostEndpointTemplate,
      credentials: { accessKeyId: owner.accessKeyId, secretAccessKey: owner.secretAccessKey },
    });

    const [instanceId, nextInstanceId] = await step(`Find the instances to image: "running-cds" of ${owner.name} in ${REGION}, then "stopped-local" (emulator fixtures)`, async () => {
      const ids = [await findInstance(running, owner.accountId, 'running-cds'), await findInstance(running, owner.accountId, 'stopped-local')] as const;
      say(`instances ${ids.join(', ')}`);
      await addAccount(running, NEW_ACCOUNT);
      say(`added account ${NEW_ACCOUNT} for the change step`);
      return ids;
    });

    const stackEnv = {
      IMAGECLOUD_ENDPOINT: running.hostEndpointTemplate,
      BCE_ACCESS_KEY_ID: owner.accessKeyId,
      BCE_SECRET_ACCESS_KEY: owner.secretAccessKey,
      GOLDEN_INSTANCE_ID: instanceId,
      GOLDEN_REGION: REGION,
      GOLDEN_COPY_REGIONS: COPY_REGIONS.join(','),
      GOLDEN_SHARE_WITH: SHARE_WITH.join(','),
      GOLDEN_ACCOUNT_NAME: owner.name,
      GOLDEN_RECIPIENT: recipient.name,
      GOLDEN_RECIPIENT_ACCESS_KEY: recipient.accessKeyId,
      [`TF_VAR_${RECIPIENT_SECRET_VARIABLE}`]: recipient.secretAccessKey,
    };
    workspace = await step('Build the provider (esbuild) and install it in a local filesystem mirror', async () => {
      const created = await CdktfWorkspace.create({ env: stackEnv });
      say(`workspace ${created.dir}`);
      say(`TF_CLI_CONFIG_FILE=${created.cliConfigFile} (filesystem mirror for imagecloud/*, nothing direct)`);
      return created;
    });
    const cdktf = workspace;

    await step(`cdktf deploy ${GOLDEN_STACK}: the image, 3 shares, copies to ${COPY_REGIONS.join(' and ')}, shares of the copies, ${recipient.name}'s instance from the ${COPY_REGIONS[0]} copy`, async () => {
      await cdktf.deploy(GOLDEN_STACK, {}, showActions);
    });

    const outputs = await step('Stack outputs, checked through the client', async () => {
      const values = cdktf.outputs(GOLDEN_STACK);
      for (const [name, value] of Object.entries(values).filter(([name]) => name.startsWith('image_id'))) say(`${name} = ${value}`);
      for (const [region, imageId] of imageIdsByRegion(values)) {
        const regional = client!.withRegion(region);
        const [{ image }, { users }] = await Promise.all([regional.getImage(imageId), regional.listSharedUsers(imageId)]);
        say(`${region}/${image.id} "${image.name}" ${image.status}, shared with ${users.map((user) => user.account).join(', ')}`);
      }
      return values;
    });

    await step(`Change the stack (rename to ${NEW_NAME}, share with ${NEW_ACCOUNT} too) and show cdktf diff`, async () => {
      const change = { GOLDEN_IMAGE_NAME: NEW_NAME, GOLDEN_SHARE_WITH: [...SHARE_WITH, NEW_ACCOUNT].join(',') };
      const diff = await cdktf.diff(GOLDEN_STACK, change, show);
      const summary = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(diff.output);
      if (!summary || summary[1] !== '0' || summary[3] !== '0' || summary[2] !== '4') {
        throw new Error(`expected an in-place update of the image and its 3 shares (0 to add, 4 to change, 0 to destroy); the diff says: ${summary?.[0] ?? 'no plan summary'}`);
      }
      say(`in-place update, nothing replaced: ${summary[0]}`);
    });

    await step(`Change the image (made from "stopped-local" now), deploy: ${recipient.name}'s instance is rebuilt in place from the new copy`, async () => {
      const change = { GOLDEN_INSTANCE_ID: nextInstanceId };
      const diff = await cdktf.diff(GOLDEN_STACK, change, show);
      if (!/recipient-web[^\n]*will be updated in-place/.test(diff.output)) {
        throw new Error(`expected ${recipient.name}'s instance to be updated in place (rebuilt), not replaced; the diff says: ${diff.output.slice(-2000)}`);
      }
      say(`the instance is updated in place: ${/Plan: .*/.exec(diff.output)?.[0] ?? ''}`);
      await cdktf.deploy(GOLDEN_STACK, change, showActions);
      const after = cdktf.outputs(GOLDEN_STACK);
      const recipientClient = new ImageClient({
        region: COPY_REGIONS[0]!,
        endpoint: running.hostEndpointTemplate,
        credentials: { accessKeyId: recipient.accessKeyId, secretAccessKey: recipient.secretAccessKey },
      });
      try {
        const { instance } = await recipientClient.getInstance(after.instance_id!);
        if (after.instance_id !== outputs.instance_id || instance.imageId === rebuiltFrom(outputs)) {
          throw new Error(`expected instance ${outputs.instance_id} rebuilt from the new copy; it is ${after.instance_id} on ${instance.imageId}`);
        }
        say(`${COPY_REGIONS[0]}/${instance.id} ${instance.status}, rebuilt from ${instance.imageId} (was ${rebuiltFrom(outputs)})`);
      } finally {
        await recipientClient.close();
      }
    });

    await step(`cdktf destroy ${GOLDEN_STACK}`, async () => {
      await cdktf.destroy(GOLDEN_STACK, {}, showActions);
    });

    await step('Check through the client that no image and no instance is left', async () => {
      for (const [region, imageId] of imageIdsByRegion(outputs)) {
        const gone = await client!
          .withRegion(region)
          .getImage(imageId)
          .then(() => false)
          .catch((error: unknown) => {
            if (error instanceof ImageNotFoundError) return true;
            throw error;
          });
        if (!gone) throw new Error(`${region}/${imageId} still exists after destroy`);
      }
      let custom = 0;
      for (const region of [REGION, ...COPY_REGIONS]) {
        for await (const _image of client!.withRegion(region).listImages({ imageType: 'Custom' })) custom += 1;
      }
      if (custom !== 0) throw new Error(`${custom} custom image(s) left in ${[REGION, ...COPY_REGIONS].join(', ')}`);
      say(`no custom image left in ${[REGION, ...COPY_REGIONS].join(', ')}`);
      const recipientClient = new ImageClient({
        region: COPY_REGIONS[0]!,
        endpoint: running.hostEndpointTemplate,
        credentials: { accessKeyId: recipient.accessKeyId, secretAccessKey: recipient.secretAccessKey },
      });
      try {
        const gone = await recipientClient.getInstance(outputs.instance_id!).then(() => false, (error: unknown) => {
          if (error instanceof InstanceNotFoundError) return true;
          throw error;
        });
        if (!gone) throw new Error(`instance ${outputs.instance_id} of ${recipient.name} still exists after destroy`);
        say(`${recipient.name}'s instance ${outputs.instance_id} is gone`);
      } finally {
        await recipientClient.close();
      }
    });
  } finally {
    await client?.close();
    if (emulator) {
      const stopping = emulator;
      await step('Stop the emulator and remove the temporary directories', async () => {
        await stopping.close();
        workspace?.remove();
        rmSync(dataDir, { recursive: true, force: true });
      });
    } else {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const total = timings.reduce((sum, timing) => sum + timing.ms, 0);
  write('\nWall time by step:\n');
  for (const timing of timings) write(`  ${(timing.ms / 1000).toFixed(1).padStart(6)} s  ${timing.step}\n`);
  write(`  ${(total / 1000).toFixed(1).padStart(6)} s  total\n`);
  return timings;
}

function devAccount(emulator: RunningEmulator, name: string): DevAccount {
  const account = emulator.accounts.find((candidate) => candidate.name === name);
  if (!account) throw new Error(`the emulator has no development account ${name}`);
  return account;
}

/** The emulator's admin API lists the seeded instances (the image API itself has no instance listing). */
/** The image the recipient's instance was launched from: the first copy region's image id output. */
function rebuiltFrom(outputs: Record<string, string>): string | undefined {
  return imageIdsByRegion(outputs).find(([region]) => region === COPY_REGIONS[0])?.[1];
}

async function findInstance(emulator: RunningEmulator, accountId: string, name: string): Promise<string> {
  const response = await request(`${emulator.url}/__admin/fixtures?accountId=${accountId}&region=${REGION}`);
  const fixtures = (await response.body.json()) as { instances: { id: string; name: string }[] };
  const instance = fixtures.instances.find((candidate) => candidate.name === name);
  if (!instance) throw new Error(`the emulator has no seeded instance named ${name}`);
  return instance.id;
}

async function addAccount(emulator: RunningEmulator, name: string): Promise<void> {
  const response = await request(`${emulator.url}/__admin/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  const body = await response.body.text();
  if (response.statusCode !== 200 && response.statusCode !== 201) throw new Error(`adding account ${name}: ${response.statusCode} ${body}`);
}

/** [region, image id] of the golden image and its copies, from the stack outputs (`image_id`, `image_id_<region>`). */
function imageIdsByRegion(outputs: Record<string, string>): [string, string][] {
  return Object.entries(outputs)
    .filter(([name]) => /^image_id(_[a-z]+)?$/.test(name))
    .map(([name, imageId]) => [name === 'image_id' ? REGION : name.slice('image_id_'.length), imageId]);
}

if (require.main === module) {
  runDemo()
    .then(() => process.stdout.write('\nDemo finished: deployed, diffed and destroyed with cdktf; the emulator is stopped.\n'))
    .catch((error: unknown) => {
      process.stderr.write(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
