/**
 * The golden-image example through the real cdktf CLI (deploy, diff, destroy)
 * against the emulator, the recipient's instance from the shared copy included, with the provider from a filesystem mirror, checked
 * through the client. One flow: each cdktf run costs seconds.
 */
import { GOLDEN_STACK, RECIPIENT_SECRET_VARIABLE } from '../../examples/golden-image/stacks';
import { ImageClient, ImageNotFoundError, InstanceNotFoundError } from '../../src/client';
import { CdktfWorkspace } from '../../src/demo/workspace';
import { admin, fixtureNamed } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';

jest.setTimeout(180_000);

describe('golden-image example under cdktf', () => {
  let emulator: RunningEmulator;
  let workspace: CdktfWorkspace;
  let client: ImageClient;
  /** The recipient (alice), in the region it launches in (gz). */
  let recipient: ImageClient;
  /** Another instance of dev to image: a new golden image, from which the recipient's instance is rebuilt. */
  let otherSourceInstance: string;

  beforeAll(async () => {
    emulator = await startTestEmulator({ createDelayMs: 200, copyDelayMs: 300 });
    const dev = emulator.accounts.find((account) => account.name === 'dev')!;
    const alice = emulator.accounts.find((account) => account.name === 'alice')!;
    const emulatorAdmin = admin(emulator.url);
    await emulatorAdmin.createAccount('dave');
    const { instances } = await emulatorAdmin.fixtures({ accountId: dev.accountId, region: 'bj' });
    otherSourceInstance = fixtureNamed(instances, dev.accountId, 'bj', 'running-local').id;
    client = new ImageClient({ region: 'bj', endpoint: emulator.endpointTemplate, credentials: { accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey } });
    recipient = new ImageClient({ region: 'gz', endpoint: emulator.endpointTemplate, credentials: { accessKeyId: alice.accessKeyId, secretAccessKey: alice.secretAccessKey } });
    workspace = await CdktfWorkspace.create({
      env: {
        IMAGECLOUD_ENDPOINT: emulator.endpointTemplate,
        BCE_ACCESS_KEY_ID: dev.accessKeyId,
        BCE_SECRET_ACCESS_KEY: dev.secretAccessKey,
        GOLDEN_INSTANCE_ID: fixtureNamed(instances, dev.accountId, 'bj', 'running-cds').id,
        GOLDEN_RECIPIENT_ACCESS_KEY: alice.accessKeyId,
        [`TF_VAR_${RECIPIENT_SECRET_VARIABLE}`]: alice.secretAccessKey,
      },
    });
  });

  afterAll(async () => {
    workspace?.remove();
    await client?.close();
    await recipient?.close();
    await emulator?.close();
  });

  it('deploys (the recipient\'s instance included), shows in-place updates for a rename and one more account and for a new image (a rebuild), and destroys everything', async () => {
    await workspace.deploy(GOLDEN_STACK);
    const outputs = workspace.outputs(GOLDEN_STACK);
    const ids: [string, string][] = [['bj', outputs.image_id!], ['gz', outputs.image_id_gz!], ['su', outputs.image_id_su!]];
    for (const [region, imageId] of ids) {
      const regional = client.withRegion(region);
      const { image } = await regional.getImage(imageId);
      expect(image).toMatchObject({ name: 'golden-web', status: 'Available', type: 'Custom', region });
      const { users } = await regional.listSharedUsers(imageId);
      expect(users.map((user) => user.account).sort()).toEqual(['alice', 'bob', 'carol']);
    }
    const { instance } = await recipient.getInstance(outputs.instance_id!);
    expect(instance).toMatchObject({ name: 'golden-web-1', status: 'Running', imageId: outputs.image_id_gz, spec: 'bcc.g4.c2m8', region: 'gz' });
    expect((await client.getImage(outputs.image_id!)).image.tags).toEqual(
      expect.arrayContaining([{ tagKey: 'role', tagValue: 'web' }, { tagKey: 'pipeline', tagValue: 'golden-image' }]),
    );

    const diff = await workspace.diff(GOLDEN_STACK, { GOLDEN_IMAGE_NAME: 'golden-web-v2', GOLDEN_SHARE_WITH: 'alice,bob,carol,dave' });
    expect(diff.output).toMatch(/Plan: 0 to add, 4 to change, 0 to destroy/);
    expect(diff.output).toMatch(/imagecloud_custom_image\.\S+ \(golden\/Resource\) will be updated in-place/);
    expect(diff.output).toMatch(/~ name\s+= "golden-web" -> "golden-web-v2"/);
    expect(diff.output).toMatch(/\+ "dave"/);

    // A new golden image replaces the image and its copies; the instance follows the new copy by a rebuild in place.
    const rebuild = await workspace.diff(GOLDEN_STACK, { GOLDEN_INSTANCE_ID: otherSourceInstance });
    expect(rebuild.output).toMatch(/imagecloud_instance\.\S+ \(recipient-web\/Resource\) will be updated in-place/);
    expect(rebuild.output).toMatch(/~ image_id\s+= "m-\w+" -> \(known after apply\)/);
    expect(rebuild.output).not.toMatch(/imagecloud_instance\.\S+ \(recipient-web\/Resource\) must be replaced/);

    await workspace.destroy(GOLDEN_STACK);
    await expect(recipient.getInstance(outputs.instance_id!)).rejects.toBeInstanceOf(InstanceNotFoundError);
    for (const [region, imageId] of ids) {
      await expect(client.withRegion(region).getImage(imageId)).rejects.toBeInstanceOf(ImageNotFoundError);
    }
  });
});
