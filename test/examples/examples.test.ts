/**
 * The examples: their synthesized JSON (snapshots), and `terraform plan`
 * through cdktf's toPlanSuccessfully matcher against the provider installed
 * in a filesystem mirror and the emulator. The matcher runs terraform
 * synchronously with this process's environment: the emulator runs in a child
 * process (imagecloud/testing), and the test points TF_CLI_CONFIG_FILE, the
 * endpoint and the credentials at it for its duration.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADOPT_STACK, AdoptExistingStack } from '../../examples/adopt-existing/stacks';
import {
  EMULATOR_ALICE_ACCESS_KEY,
  EMULATOR_INSTANCE_ID,
  GOLDEN_STACK,
  GoldenImageStack,
  HOOKS_STACK,
  RECIPIENT_SECRET_VARIABLE,
  goldenImageApp,
  goldenImageConfig,
} from '../../examples/golden-image/stacks';
import { ImageClient } from '../../src/client';
import { App, Testing } from '../../src/constructs/cdktf';
import { installTestProvider, startEmulatorProcess, terraformEnvironment, type EmulatorProcess, type TestProvider } from '../../src/testing';

Testing.setupJest();

/** A synthesized stack file without cdktf's metadata, and with the project directory (in local state paths) as <project>. */
function stackJson(file: string): unknown {
  const text = readFileSync(file, 'utf8').split(process.cwd()).join('<project>');
  return JSON.parse(text, (key, value: unknown) => (key === '//' ? undefined : value));
}

describe('golden-image example, synthesized', () => {
  it('matches the snapshot of both stacks (emulator defaults), cross-stack reference included', () => {
    // A full app synth: Testing.synth(stack) skips the step that turns the hooks stack's reference to the
    // image into an output of the golden stack and remote state in the hooks stack.
    const outdir = mkdtempSync(join(tmpdir(), 'imagecloud-golden-synth-'));
    try {
      const app = new App({ outdir });
      goldenImageApp(app, goldenImageConfig(app, {}));
      app.synth();
      for (const stack of [GOLDEN_STACK, HOOKS_STACK]) {
        expect(stackJson(join(outdir, 'stacks', stack, 'cdk.tf.json'))).toMatchSnapshot(stack);
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('takes its settings from the environment', () => {
    const config = goldenImageConfig(Testing.app(), {
      GOLDEN_INSTANCE_ID: 'i-Other123',
      GOLDEN_IMAGE_NAME: 'golden-v2',
      GOLDEN_SHARE_WITH: 'alice, dave',
      GOLDEN_REGION: 'gz',
      GOLDEN_COPY_REGIONS: 'bj',
      IMAGECLOUD_ENDPOINT: 'http://127.0.0.1:1/region/{region}',
    });
    expect(config).toEqual({
      instanceId: 'i-Other123',
      imageName: 'golden-v2',
      shareWith: ['alice', 'dave'],
      region: 'gz',
      copyRegions: ['bj'],
      accountName: 'dev',
      endpoint: 'http://127.0.0.1:1/region/{region}',
      recipient: 'alice',
      recipientAccessKey: EMULATOR_ALICE_ACCESS_KEY,
      launchRegion: 'bj',
    });
    expect(goldenImageConfig(Testing.app(), {}).instanceId).toBe(EMULATOR_INSTANCE_ID);
  });

  it('prefers cdktf context to the environment', () => {
    const app = Testing.app({ context: { imageName: 'from-context', copyRegions: ['hkg'] } });
    expect(goldenImageConfig(app, { GOLDEN_IMAGE_NAME: 'from-env' })).toMatchObject({ imageName: 'from-context', copyRegions: ['hkg'], launchRegion: 'hkg' });
  });

  it('refuses at synth a recipient the copies are not shared with, and a launch region without a copy', () => {
    const app = Testing.app();
    const unshared = new GoldenImageStack(app, 'unshared', { ...goldenImageConfig(app, {}), recipient: 'dave' });
    expect(() => Testing.synth(unshared, true)).toThrow(/\[unshared\/recipient-web\] image: unshared\/golden\/CopyTo-gz belongs to dev and no share in this app grants it to dave/);
    expect(() => new GoldenImageStack(app, 'nowhere', { ...goldenImageConfig(app, {}), launchRegion: 'hkg' })).toThrow(
      'launchRegion hkg is not one of the copy regions (gz, su): the recipient launches from a copy',
    );
  });
});

describe('examples planned by terraform against the emulator', () => {
  const saved = { ...process.env };
  let emulator: EmulatorProcess;
  let provider: TestProvider;
  let client: ImageClient;

  beforeAll(async () => {
    emulator = await startEmulatorProcess();
    provider = await installTestProvider();
    const alice = emulator.account('alice');
    Object.assign(process.env, terraformEnvironment(emulator, provider), {
      [`TF_VAR_${RECIPIENT_SECRET_VARIABLE}`]: alice.secretAccessKey,
      TF_IN_AUTOMATION: '1',
      TF_DATA_DIR: join(provider.dir, 'terraform-data'),
    });
    const dev = emulator.account('dev');
    client = new ImageClient({ region: 'bj', endpoint: emulator.endpoint, credentials: { accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey } });
  });

  afterAll(async () => {
    process.env = saved;
    await client.close();
    await emulator.stop();
    provider.remove();
  });

  it('plans the golden-image stack', () => {
    const app = Testing.app();
    const { golden } = goldenImageApp(app, goldenImageConfig(app, {}));
    expect(Testing.fullSynth(golden)).toPlanSuccessfully();
  });

  it('plans the adopt-existing stack: a shared reference and an import of images made through the client', async () => {
    const { imageId: shared } = await client.createImageFromInstance(EMULATOR_INSTANCE_ID, 'shared-base');
    const { imageId: legacy } = await client.createImageFromInstance(EMULATOR_INSTANCE_ID, 'legacy-web');
    await Promise.all([client.waitForImage(shared), client.waitForImage(legacy)]);
    const stack = new AdoptExistingStack(new App({ outdir: join(provider.dir, 'adopt-out') }), ADOPT_STACK, {
      sharedImageId: shared,
      importImageId: legacy,
      importImageName: 'legacy-web',
      importInstanceId: EMULATOR_INSTANCE_ID,
      shareWith: ['alice'],
      region: 'bj',
    });
    expect(Testing.fullSynth(stack)).toPlanSuccessfully();
  });
});
