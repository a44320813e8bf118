/**
 * imagecloud_custom_image under the real terraform: the acceptance sequence
 * (plan, apply, state against the API, empty plans, import, in-place update,
 * drift, replacement, destroy), validation diagnostics, CreateFailed, quota,
 * a create timeout that leaves the image tainted rather than orphaned, and a
 * destroy refused while the image is shared.
 */
import { ImageNotFoundError, type ImageClient } from '../../../src/client';
import { admin, fixtureNamed, newTestAccount, type AdminAccount, type Fixtures } from '../../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../../helpers/emulator';
import { Workspace, clientFor, flat, providerBlock } from '../harness';

jest.setTimeout(240_000);

let emulator: RunningEmulator;
let account: AdminAccount;
let fixtures: Fixtures;
let client: ImageClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  ({ account, fixtures } = await newTestAccount(emulator.url, 'tf-image'));
  client = clientFor(emulator, account);
});

afterAll(async () => {
  await client.close();
  await emulator.close();
});

const instance = (name: string) => fixtureNamed(fixtures.instances, account.id, 'bj', name).id;
const snapshot = (name: string) => fixtureNamed(fixtures.snapshots, account.id, 'bj', name).id;

async function customImages(): Promise<string[]> {
  const ids: string[] = [];
  for await (const image of client.listImages({ imageType: 'Custom' })) ids.push(image.id);
  return ids;
}

function imageConfig(body: string): string {
  return `${providerBlock(emulator, account)}
resource "imagecloud_custom_image" "web" {
${body}
}
`;
}

describe('imagecloud_custom_image acceptance', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create();
  });
  afterAll(() => ws.remove());

  it('runs the whole lifecycle against the API', async () => {
    const base = (name: string, source: string, extra = '') => `  name          = "${name}"
  description   = "web tier"
  min_memory_mb = 1024
  tags = {
    team = "web"
  }
  source {
    ${source}
  }
${extra}`;
    ws.write(imageConfig(base('web-1', `instance_id = "${instance('running-cds')}"`)));
    await ws.init();

    const plan = await ws.ok(['plan', '-input=false']);
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(plan.stdout).toContain('+ id                         = (known after apply)');

    const apply = await ws.apply([], );
    expect(apply.stdout).toContain('Apply complete! Resources: 1 added');
    const applied = (await ws.resources())['imagecloud_custom_image.web']!;
    const id = applied.id as string;
    const { image } = await client.getImage(id);
    expect(image).toMatchObject({ name: 'web-1', desc: 'web tier', status: 'Available', minMemoryMb: 1024, tags: [{ tagKey: 'team', tagValue: 'web' }], sourceKind: 'instance' });
    expect(applied).toMatchObject({
      status: 'Available',
      type: 'Custom',
      os_name: image.osName,
      size_gb: image.diskSize,
      supports_local_system_disk: false,
      encrypted: false,
      force_unshare: false,
      create_time: image.createTime,
      source: [expect.objectContaining({ instance_id: instance('running-cds') })].length ? expect.objectContaining({ instance_id: instance('running-cds') }) : undefined,
    });
    await ws.expectNoChanges();
    // Provider configuration never reaches state.
    expect(ws.stateFile()).not.toContain(account.secretAccessKey);

    const imported = await ws.reimport('imagecloud_custom_image.web', id);
    expect({ ...imported, timeouts: null }).toEqual({ ...applied, timeouts: null });
    await ws.expectNoChanges();

    // In place: name, description, tags, flags.
    ws.write(imageConfig(base('web-2', `instance_id = "${instance('running-cds')}"`, '  sriov = true\n').replace('"web tier"', '"web tier v2"').replace('team = "web"', 'team = "web"\n    env  = "prod"')));
    const update = await ws.ok(['plan', '-input=false']);
    expect(update.stdout).toContain('~ name                       = "web-1" -> "web-2"');
    expect(update.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    await ws.apply();
    expect((await client.getImage(id)).image).toMatchObject({ id, name: 'web-2', desc: 'web tier v2', sriov: true, tags: expect.arrayContaining([{ tagKey: 'env', tagValue: 'prod' }]) });
    await ws.expectNoChanges();

    // Drift made outside Terraform is seen, and apply puts it back.
    await client.renameImage({ imageId: id, name: 'drifted' });
    await client.unbindTags(id, { changeTags: [{ tagKey: 'env', tagValue: 'prod' }] });
    const drift = await ws.planExitCode();
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('~ name                       = "drifted" -> "web-2"');
    expect(drift.stdout).toContain('+ "env"  = "prod"');
    await ws.apply();
    await ws.expectNoChanges();

    // A new source forces replacement.
    ws.write(imageConfig(base('web-2', `snapshot_id = "${snapshot('system-available')}"`, '  sriov = true\n').replace('"web tier"', '"web tier v2"').replace('team = "web"', 'team = "web"\n    env  = "prod"')));
    const replace = await ws.ok(['plan', '-input=false']);
    expect(replace.stdout).toContain('# forces replacement');
    expect(replace.stdout).toContain('Plan: 1 to add, 0 to change, 1 to destroy.');
    await ws.apply();
    const replacedId = (await ws.resources())['imagecloud_custom_image.web']!.id as string;
    expect(replacedId).not.toBe(id);
    await expect(client.getImage(id)).rejects.toBeInstanceOf(ImageNotFoundError);
    expect((await client.getImage(replacedId)).image.sourceKind).toBe('snapshot');

    // A shared image is not destroyed behind the recipients' backs...
    await client.shareImage(replacedId, { account: 'alice' });
    const refused = await ws.terraform(['destroy', '-auto-approve', '-input=false']);
    expect(refused.code).toBe(1);
    expect(flat(refused.stderr)).toContain('Error: Image is still shared');
    expect(refused.stderr).toMatch(/alice \(a0000000000000000000000000000002\)/);
    expect(flat(refused.stderr)).toContain('force_unshare = true');
    // ...unless force_unshare says so.
    ws.write(imageConfig(base('web-2', `snapshot_id = "${snapshot('system-available')}"`, '  sriov = true\n  force_unshare = true\n').replace('"web tier"', '"web tier v2"').replace('team = "web"', 'team = "web"\n    env  = "prod"')));
    await ws.apply();
    const destroy = await ws.ok(['destroy', '-auto-approve', '-input=false']);
    expect(destroy.stdout).toContain('Destroy complete! Resources: 1 destroyed.');
    expect(await customImages()).toEqual([]);
  });
});

describe('imagecloud_custom_image errors', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create();
    ws.write(imageConfig(`  name = "x"\n  source {\n    instance_id = "${instance('running-cds')}"\n  }`));
    await ws.init();
  });
  afterAll(() => ws.remove());

  it('reports invalid configuration at the attribute, at plan time', async () => {
    ws.write(imageConfig(`  name = "9-starts-with-a-digit"
  max_memory_mb = 512
  min_memory_mb = 1024
  source {
    snapshot_id  = "${snapshot('system-available')}"
    instance_id  = "${instance('running-cds')}"
    full_instance = true
    data_disk_id = "v-AbCd1234"
  }`));
    const result = await ws.terraform(['validate']);
    expect(result.code).toBe(1);
    expect(flat(result.stderr)).toContain('Error: Invalid Attribute Value');
    expect(flat(result.stderr)).toContain('name = "9-starts-with-a-digit"');
    expect(flat(result.stderr)).toContain('Set exactly one of source.instance_id, source.snapshot_id or a source.import block; this one sets instance_id and snapshot_id.');
    expect(flat(result.stderr)).toContain('An image is either of one data disk or of the full instance, not both.');
    expect(flat(result.stderr)).toContain('max_memory_mb (512) is below min_memory_mb (1024).');
    // Each error points at the offending line.
    expect(flat(result.stderr)).toContain('name = "9-starts-with-a-digit" Attribute name must start with a letter');
    expect(flat(result.stderr)).toMatch(/\d+: snapshot_id = "s-\w+" Set exactly one of/);
    expect(flat(result.stderr)).toMatch(/\d+: full_instance = true An image is either/);

    ws.write(imageConfig(`  name = "x"`));
    const missing = await ws.terraform(['validate']);
    expect(flat(missing.stderr)).toContain('Error: Missing source');
  });

  it('reports CreateFailed with the server\'s reason and leaves no image behind', async () => {
    const broken = await admin(emulator.url).createInstance({ accountId: account.id, region: 'bj', failImageCreation: 'disk read error at sector 42' });
    ws.write(imageConfig(`  name = "doomed"\n  source {\n    instance_id = "${broken.id}"\n  }`));
    const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
    expect(result.code).toBe(1);
    expect(flat(result.stderr)).toContain('Error: Image creation failed');
    expect(flat(result.stderr)).toContain('disk read error at sector 42');
    expect(flat(result.stderr)).toContain('The failed image was deleted');
    expect(await customImages()).toEqual([]);
    expect(JSON.parse(ws.stateFile()).resources).toEqual([]);
  });

  it('keeps an image whose creation timed out in state as tainted, then replaces it', async () => {
    await admin(emulator.url).setDelays({ createDelayMs: 4000 });
    try {
      ws.write(imageConfig(`  name = "slow"\n  source {\n    instance_id = "${instance('running-cds')}"\n  }\n  timeouts {\n    create = "1s"\n  }`));
      const result = await ws.terraform(['apply', '-auto-approve', '-input=false']);
      expect(result.code).toBe(1);
      expect(flat(result.stderr)).toContain('Error: Timed out waiting for image');
      expect(flat(result.stderr)).toContain('kept in state marked tainted');
      const [first] = await customImages();
      expect(first).toBeDefined();
      expect(JSON.parse(ws.stateFile()).resources[0].instances[0].status).toBe('tainted');

      ws.write(imageConfig(`  name = "slow"\n  source {\n    instance_id = "${instance('running-cds')}"\n  }\n  timeouts {\n    create = "30s"\n  }`));
      const plan = await ws.ok(['plan', '-input=false']);
      expect(plan.stdout).toContain('is tainted, so must be replaced');
      await ws.apply();
      const after = await customImages();
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(first);
      await ws.ok(['destroy', '-auto-approve', '-input=false']);
      expect(await customImages()).toEqual([]);
    } finally {
      await admin(emulator.url).setDelays({ createDelayMs: 0 });
    }
  });

  it('explains an exceeded quota', async () => {
    const { account: full, fixtures: fullFixtures } = await newTestAccount(emulator.url, 'tf-quota');
    const fullClient = clientFor(emulator, full);
    const source = fixtureNamed(fullFixtures.instances, full.id, 'bj', 'running-cds').id;
    for (let i = 0; i < 20; i++) await fullClient.createImageFromInstance(source, `filler-${i}`);
    const quotaWs = await Workspace.create();
    try {
      quotaWs.write(`${providerBlock(emulator, full)}
resource "imagecloud_custom_image" "one_too_many" {
  name = "one-too-many"
  source {
    instance_id = "${source}"
  }
}
`);
      await quotaWs.init();
      const result = await quotaWs.terraform(['apply', '-auto-approve', '-input=false']);
      expect(result.code).toBe(1);
      expect(flat(result.stderr)).toContain('Error: Custom image quota exceeded');
      expect(flat(result.stderr)).toContain('maximum of 20 custom images in this region');
      expect(flat(result.stderr)).toContain('Image.ImageQuotaExceedLimit');
    } finally {
      quotaWs.remove();
      await fullClient.close();
    }
  });
});
