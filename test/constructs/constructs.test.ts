/**
 * What the constructs synthesize: the snapshot users can copy as a pattern,
 * every source kind, region aliasing, references that order destruction,
 * sharing, adoption and lookups.
 */
import { CustomImage, ImageCloudProvider, ImageExport, ImageList, ImageShare, ImageSharedUsers, PublicImage } from '../../src/constructs';
import { TerraformStack, Testing } from '../../src/constructs/cdktf';
import { INSTANCE_ID, KMS_KEY, SNAPSHOT_ID, VOLUME_ID, providerStack, synthJson } from './helpers';

describe('synthesized JSON', () => {
  it('matches the snapshot for an image shared, copied and exported (the pattern to copy for your own stacks)', () => {
    const stack = new TerraformStack(Testing.app(), 'golden');
    new ImageCloudProvider(stack, 'imagecloud', { region: 'bj' });
    const image = new CustomImage(stack, 'web', {
      name: 'web-2024-06',
      description: 'Web tier',
      source: { kind: 'instance', instanceId: INSTANCE_ID },
      minMemoryMb: 2048,
      tags: { team: 'web' },
      timeouts: { create: '45m' },
    });
    image.shareWith('alice', 'bob');
    image.copyTo('gz', { name: 'web-2024-06-gz' }).shareWith('carol');
    image.exportTo({ bosUrl: 'bos://exports/web', format: 'qcow2' });

    expect(Testing.synth(stack, true)).toMatchSnapshot();
  });

  it.each([
    ['instance', { kind: 'instance', instanceId: INSTANCE_ID }, { instance_id: INSTANCE_ID }],
    ['snapshot', { kind: 'snapshot', snapshotId: SNAPSHOT_ID }, { snapshot_id: SNAPSHOT_ID }],
    ['data disk', { kind: 'dataDisk', instanceId: INSTANCE_ID, dataDiskId: VOLUME_ID }, { instance_id: INSTANCE_ID, data_disk_id: VOLUME_ID }],
    ['full instance', { kind: 'fullInstance', instanceId: INSTANCE_ID }, { instance_id: INSTANCE_ID, full_instance: true }],
    [
      'import',
      { kind: 'import', bosUrl: 'bos://images/centos.qcow2', osType: 'linux', osName: 'CentOS', osVersion: '7.9', osArch: 'x86_64', imageKind: 'system' },
      { import: { bos_url: 'bos://images/centos.qcow2', os_type: 'linux', os_name: 'CentOS', os_version: '7.9', os_arch: 'x86_64', image_kind: 'system' } },
    ],
  ] as const)('writes the source block of the %s source kind', (_kind, source, block) => {
    const { stack } = providerStack();
    new CustomImage(stack, 'image', { name: 'img', source, encryptKey: KMS_KEY });
    const resource = Object.values(synthJson(stack).resource.imagecloud_custom_image!)[0]!;
    expect(resource.source).toEqual(block);
    expect(resource.encrypt_key).toBe(KMS_KEY);
  });
});

describe('regions', () => {
  it('gives constructs in other regions an aliased provider, created once per region with the same settings', () => {
    const { stack, provider } = providerStack({ region: 'bj', endpoint: 'http://127.0.0.1:4566/region/{region}', accountName: 'dev' });
    const image = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    const toGz = image.copyTo('gz');
    toGz.shareWith('alice');
    const localGz = new CustomImage(stack, 'local-gz', { name: 'img', region: 'gz', source: { kind: 'snapshot', snapshotId: SNAPSHOT_ID } });

    const json = synthJson(stack);
    expect(json.provider.imagecloud).toEqual([
      { endpoint: 'http://127.0.0.1:4566/region/{region}', region: 'bj' },
      { alias: 'gz', endpoint: 'http://127.0.0.1:4566/region/{region}', region: 'gz' },
    ]);
    // The copy is requested in the source's region; the copy's share and the gz image use the gz provider.
    expect(json.resource.imagecloud_image_copy![toGz.resource.friendlyUniqueId]).toMatchObject({ provider: 'imagecloud', destination_region: 'gz' });
    expect(Object.values(json.resource.imagecloud_image_share!)[0]).toMatchObject({ provider: 'imagecloud.gz' });
    expect(json.resource.imagecloud_custom_image![localGz.resource.friendlyUniqueId]).toMatchObject({ provider: 'imagecloud.gz' });
    expect(ImageCloudProvider.forRegion(stack, 'gz')).toBe(toGz.provider);
    expect(ImageCloudProvider.forRegion(stack, 'bj')).toBe(provider);
    expect(toGz.provider.accountName).toBe('dev');
  });

  it('uses a provider the stack already has for a region instead of making one', () => {
    const { stack } = providerStack();
    const own = new ImageCloudProvider(stack, 'gz-provider', { region: 'gz', alias: 'guangzhou' });
    const image = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    expect(image.copyTo('gz').provider).toBe(own);
    expect(synthJson(stack).provider.imagecloud).toHaveLength(2);
  });

  it('keeps a second account\'s images, copies, shares and exports on that account\'s providers', () => {
    const { stack } = providerStack({ region: 'bj', accountName: 'dev' });
    const team = new ImageCloudProvider(stack, 'team', { region: 'bj', alias: 'team', accountName: 'team', accessKey: 'AKTEAM' });
    const image = new CustomImage(stack, 'image', { name: 'img', provider: team, source: { kind: 'instance', instanceId: INSTANCE_ID } });
    image.shareWith('alice');
    image.exportTo({ bosUrl: 'bos://exports', format: 'qcow2' });
    const copy = image.copyTo('gz');
    copy.shareWith('alice');

    const json = synthJson(stack);
    expect(json.provider.imagecloud).toContainEqual({ alias: 'team-gz', region: 'gz', access_key: 'AKTEAM' });
    expect(copy.provider.accountName).toBe('team');
    const providerOf = (type: string, resource: { resource: { friendlyUniqueId: string } }) => json.resource[type]![resource.resource.friendlyUniqueId]!.provider;
    expect(providerOf('imagecloud_custom_image', image)).toBe('imagecloud.team');
    expect(providerOf('imagecloud_image_copy', copy)).toBe('imagecloud.team');
    expect(providerOf('imagecloud_image_share', image.shareWith())).toBe('imagecloud.team');
    expect(providerOf('imagecloud_image_share', copy.shareWith())).toBe('imagecloud.team-gz');
    expect(Object.values(json.resource.imagecloud_image_export!)[0]!.provider).toBe('imagecloud.team');
  });

  it('takes the region from BCE_REGION when the prop is left out, and says what to set when neither is there', () => {
    const saved = { BCE_REGION: process.env.BCE_REGION, IMAGECLOUD_REGION: process.env.IMAGECLOUD_REGION };
    try {
      delete process.env.IMAGECLOUD_REGION;
      process.env.BCE_REGION = 'hkg';
      expect(providerStack({}).provider.imageRegion).toBe('hkg');
      delete process.env.BCE_REGION;
      expect(() => providerStack({})).toThrow(/needs a region: set the region prop, or BCE_REGION/);
    } finally {
      for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('names the stack and the fix when an image construct has no provider', () => {
    const stack = new TerraformStack(Testing.app(), 'bare');
    expect(() => new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } })).toThrow(
      /\[bare\/image\] needs an ImageCloudProvider in stack bare: add `new ImageCloudProvider\(stack, 'imagecloud', \{ region: 'bj' \}\)`/,
    );
  });
});

describe('ordering and sharing', () => {
  it('references the image from shares, copies and exports, so Terraform destroys them before the image', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    image.shareWith('alice');
    const copy = image.copyTo('su');
    copy.shareWith('bob');
    new ImageExport(stack, 'export', { image, bosUrl: 'bos://bucket', format: 'vhd' });

    const { resource } = synthJson(stack);
    const imageRef = `\${imagecloud_custom_image.${image.resource.friendlyUniqueId}.id}`;
    const copyRef = `\${imagecloud_image_copy.${copy.resource.friendlyUniqueId}.image_id}`;
    expect(Object.values(resource.imagecloud_image_copy!)[0]!.source_image_id).toBe(imageRef);
    expect(Object.values(resource.imagecloud_image_export!)[0]!.image_id).toBe(imageRef);
    expect(Object.values(resource.imagecloud_image_share!).map((share) => share.image_id).sort()).toEqual([imageRef, copyRef].sort());
  });

  it('keeps one authoritative share per image: shareWith adds accounts to it', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    const first = image.shareWith('alice');
    const second = image.shareWith('bob', 'c0000000000000000000000000000004');
    expect(second).toBe(first);
    const shares = Object.values(synthJson(stack).resource.imagecloud_image_share!);
    expect(shares).toHaveLength(1);
    expect(shares[0]!.accounts).toEqual(['alice', 'bob', 'c0000000000000000000000000000004']);
  });

  it('refuses a second copy to the same region through copyTo, pointing at ImageCopy', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    image.copyTo('gz');
    expect(() => image.copyTo('gz')).toThrow(/\[stack\/image\] is already copied to gz; for a second copy there, use new ImageCopy/);
  });
});

describe('existing images and lookups', () => {
  it('looks an existing image up with the imagecloud_image data source and shares it by its id', () => {
    const { stack } = providerStack();
    const existing = CustomImage.fromImageId(stack, 'base', 'm-Exist123', 'gz');
    existing.shareWith('alice');
    new ImageSharedUsers(stack, 'base-users', existing);
    const json = synthJson(stack);
    expect(Object.values(json.data!.imagecloud_image!)[0]).toMatchObject({ id: 'm-Exist123', provider: 'imagecloud.gz' });
    expect(Object.values(json.resource.imagecloud_image_share!)[0]).toMatchObject({
      image_id: 'm-Exist123',
      provider: 'imagecloud.gz',
    });
    expect(Object.values(json.data!.imagecloud_image_shared_users!)[0]).toMatchObject({ provider: 'imagecloud.gz' });
  });

  it('adopts an existing image with an import block', () => {
    const { stack } = providerStack();
    const adopted = new CustomImage(stack, 'adopted', { name: 'legacy', source: { kind: 'instance', instanceId: INSTANCE_ID } }).importFrom('m-Legacy12');
    expect(synthJson(stack).import).toEqual([{ id: 'm-Legacy12', provider: 'imagecloud', to: `imagecloud_custom_image.${adopted.resource.friendlyUniqueId}` }]);
  });

  it('looks up the latest public image by OS and lists images by tag', () => {
    const { stack } = providerStack();
    const ubuntu = PublicImage.latest(stack, 'ubuntu', { osName: 'Ubuntu' });
    new ImageList(stack, 'tagged', { kind: 'custom', tagKey: 'team', tagValue: 'web', region: 'su' });
    const json = synthJson(stack);
    expect(Object.values(json.data!.imagecloud_image!)[0]).toMatchObject({ os_name: 'Ubuntu', image_type: 'public', most_recent: true, provider: 'imagecloud' });
    expect(Object.values(json.data!.imagecloud_images!)[0]).toMatchObject({ image_type: 'custom', tag_key: 'team', tag_value: 'web', provider: 'imagecloud.su' });
    expect(ubuntu.imageId).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
  });

  it('accepts a share made directly with new ImageShare', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    const share = new ImageShare(stack, 'share', { image, accounts: ['alice'] }).addAccounts('bob');
    expect(share.accounts).toEqual(['alice', 'bob']);
    expect(Object.values(synthJson(stack).resource.imagecloud_image_share!)[0]!.accounts).toEqual(['alice', 'bob']);
  });
});
