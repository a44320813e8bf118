/**
 * Instance: what it synthesizes (the snapshot), the provider and region each
 * way of launching picks, existing instances, every props validation error
 * (construct path and prop named), the password that must be a token, and
 * what the quota aspect says about instances.
 */
import { CustomImage, ExistingInstance, ImageCloudProvider, ImageCloudValidationError, Instance, PublicImage, type InstanceProps } from '../../src/constructs';
import { Lazy, TerraformOutput, TerraformStack, TerraformVariable, Testing } from '../../src/constructs/cdktf';
import { INSTANCE_ID, SNAPSHOT_ID, VOLUME_ID, providerStack, synthJson } from './helpers';

const source = { kind: 'instance', instanceId: INSTANCE_ID } as const;
const IMAGE_ID = 'm-AbCd1234';

/** A stack with the owner's provider (dev, bj) and one for alice, an account images are shared with. */
function accountsStack(): { stack: TerraformStack; alice: ImageCloudProvider } {
  const { stack } = providerStack({ region: 'bj', accountName: 'dev' });
  const alice = new ImageCloudProvider(stack, 'alice', { region: 'bj', alias: 'alice', accountName: 'alice', accessKey: 'AKALICE' });
  return { stack, alice };
}

function instanceOf(stack: TerraformStack, instance: Instance): Record<string, unknown> {
  return synthJson(stack).resource.imagecloud_instance![instance.resource.friendlyUniqueId]!;
}

function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('synthesized JSON', () => {
  it('matches the snapshot for an instance of the owner and one of a recipient from the shared copy', () => {
    const { stack, alice } = accountsStack();
    const adminPass = new TerraformVariable(stack, 'admin_pass', { type: 'string', sensitive: true });
    const image = new CustomImage(stack, 'golden', { name: 'golden', source });
    image.launch(stack, 'web', {
      name: 'web-1',
      spec: 'bcc.g4.c2m8',
      rootDiskSizeGb: 40,
      rootDiskType: 'enhanced_ssd_pl1',
      dataDisks: [{ sizeGb: 100 }, { sizeGb: 500, type: 'hdd' }],
      zoneName: 'cn-bj-b',
      adminPassword: adminPass.stringValue,
      paymentTiming: 'Postpaid',
      subnetId: 'sbn-web',
      securityGroupId: 'g-web',
      keypairId: 'k-ops',
      tags: { team: 'web' },
      state: 'Running',
      replaceOnImageChange: true,
      timeouts: { create: '30m' },
    });
    const copy = image.copyTo('gz');
    copy.shareWith('alice');
    copy.launch(stack, 'alice-web', { cpuCount: 2, memoryGb: 4, provider: alice, state: 'Stopped' });

    expect(Testing.synth(stack, true)).toMatchSnapshot();
  });

  it('writes the password as the variable reference, never its value', () => {
    const { stack } = providerStack();
    const adminPass = new TerraformVariable(stack, 'admin_pass', { type: 'string', sensitive: true });
    const instance = new Instance(stack, 'web', { image: IMAGE_ID, spec: 'bcc.g4.c2m8', adminPassword: adminPass.stringValue });
    expect(instanceOf(stack, instance).admin_pass).toBe('${var.admin_pass}');
  });

  it('exposes the resource\'s attributes as references', () => {
    const { stack } = providerStack();
    const instance = new Instance(stack, 'web', { image: IMAGE_ID, spec: 'bcc.g4.c2m8' });
    const attributes = { id: instance.instanceId, image_id: instance.imageId, status: instance.status, os_name: instance.osName };
    for (const [name, value] of Object.entries(attributes)) new TerraformOutput(stack, name, { value });
    const outputs = synthJson(stack).output!;
    for (const name of Object.keys(attributes)) {
      expect(outputs[name]!.value).toBe(`\${imagecloud_instance.${instance.resource.friendlyUniqueId}.${name}}`);
    }
  });
});

describe('providers and regions', () => {
  it('launches from a custom image with the image\'s provider, in its region', () => {
    const { stack } = providerStack({ region: 'bj', accountName: 'dev' });
    const image = new CustomImage(stack, 'golden', { name: 'golden', source });
    const instance = image.launch(stack, 'web', { spec: 'bcc.g4.c2m8' });
    expect(instance.region).toBe('bj');
    expect(instance.provider).toBe(image.provider);
    expect(instanceOf(stack, instance)).toMatchObject({ provider: 'imagecloud', image_id: '${imagecloud_custom_image.golden_B7817868.id}' });
    expect(instanceOf(stack, instance).depends_on).toBeUndefined();
  });

  it('launches from a copy in the copy\'s region, with that region\'s provider of the image\'s account', () => {
    const { stack } = providerStack({ region: 'bj', accountName: 'dev' });
    const copy = new CustomImage(stack, 'golden', { name: 'golden', source }).copyTo('gz');
    const instance = copy.launch(stack, 'web', { spec: 'bcc.g4.c2m8' });
    expect(instance.region).toBe('gz');
    expect(instance.provider).toBe(copy.provider);
    expect(instanceOf(stack, instance)).toMatchObject({ provider: 'imagecloud.gz', image_id: `\${imagecloud_image_copy.${copy.resource.friendlyUniqueId}.image_id}` });
  });

  it('launches a recipient\'s instance with the recipient\'s provider of the copy\'s region, after the shares of the copy', () => {
    const { stack, alice } = accountsStack();
    const copy = new CustomImage(stack, 'golden', { name: 'golden', source }).copyTo('gz');
    const instance = copy.launch(stack, 'web', { spec: 'bcc.g4.c2m8', provider: alice });
    // Shared after the launch: the dependency is resolved at synth.
    const share = copy.shareWith('alice');
    expect(instance.provider.node.id).toBe('imagecloud-alice-gz');
    expect(instance.provider.accountName).toBe('alice');
    const json = synthJson(stack);
    expect(json.provider.imagecloud).toContainEqual({ alias: 'alice-gz', region: 'gz', access_key: 'AKALICE' });
    expect(instanceOf(stack, instance)).toMatchObject({
      provider: 'imagecloud.alice-gz',
      depends_on: [`imagecloud_image_share.${share.resource.friendlyUniqueId}`],
    });
  });

  it('launches from an existing image, a public image or an image id', () => {
    const { stack } = providerStack();
    const existing = CustomImage.fromImageId(stack, 'base', IMAGE_ID, 'su').launch(stack, 'from-existing', { spec: 'bcc.g4.c2m8' });
    const ubuntu = PublicImage.latest(stack, 'ubuntu', { osName: 'Ubuntu', region: 'gz' });
    const fromPublic = new Instance(stack, 'from-public', { image: ubuntu, spec: 'bcc.g4.c2m8' });
    const byId = new Instance(stack, 'by-id', { image: IMAGE_ID, spec: 'bcc.g4.c2m8', region: 'hkg' });
    expect([existing, fromPublic, byId].map((instance) => [instance.region, instance.provider.node.id])).toEqual([
      ['su', 'imagecloud-su'],
      ['gz', 'imagecloud-gz'],
      ['hkg', 'imagecloud-hkg'],
    ]);
    expect(instanceOf(stack, existing).image_id).toBe(IMAGE_ID);
    expect(instanceOf(stack, fromPublic).image_id).toBe(`\${data.imagecloud_image.${ubuntu.dataSource.friendlyUniqueId}.id}`);
  });
});

describe('Instance.fromInstanceId', () => {
  it('reads the instance with the data source of its region', () => {
    const { stack } = providerStack();
    const instance = Instance.fromInstanceId(stack, 'legacy', INSTANCE_ID, 'gz');
    expect(ExistingInstance.isExistingInstance(instance)).toBe(true);
    expect(Instance.isInstance(instance)).toBe(false);
    expect(instance.instanceId).toBe(INSTANCE_ID);
    expect(instance.region).toBe('gz');
    const data = synthJson(stack).data!.imagecloud_instance!;
    expect(data[instance.dataSource.friendlyUniqueId]).toEqual({ id: INSTANCE_ID, provider: 'imagecloud.gz' });
    new TerraformOutput(stack, 'image_id', { value: instance.imageId });
    expect(synthJson(stack).output!.image_id!.value).toBe(`\${data.imagecloud_instance.${instance.dataSource.friendlyUniqueId}.image_id}`);
  });

  it('refuses a malformed id, naming the construct', () => {
    const { stack } = providerStack();
    expect(() => Instance.fromInstanceId(stack, 'legacy', 'vm-1')).toThrow(/^\[stack\/legacy\] instanceId: "vm-1" is not an instance id/);
  });
});

function instanceError(props: Partial<InstanceProps>): string {
  const { stack } = providerStack();
  try {
    new Instance(stack, 'web', { image: IMAGE_ID, spec: 'bcc.g4.c2m8', ...props } as InstanceProps);
  } catch (error) {
    expect(error).toBeInstanceOf(ImageCloudValidationError);
    return (error as Error).message;
  }
  throw new Error('no validation error');
}

describe('Instance props', () => {
  it.each<[string, Partial<InstanceProps>, RegExp]>([
    ['a malformed image id', { image: 'ubuntu' }, /^\[stack\/web\] image: invalid value; Image id, `m-` and 8 characters\.$/],
    ['a malformed spec', { spec: 'g4.large' }, /^\[stack\/web\] spec: invalid value; Instance spec, bcc\.\{family\}\.c\{cpus\}m\{memory GiB\}/],
    ['a spec of too many vCPUs', { spec: 'bcc.g4.c128m256' }, /^\[stack\/web\] spec: bcc\.g4\.c128m256 has 128 vCPUs; at most 96$/],
    ['a spec of too much memory', { spec: 'bcc.m4.c8m1024' }, /^\[stack\/web\] spec: bcc\.m4\.c8m1024 has 1024 GiB of memory; at most 768$/],
    ['spec with cpuCount', { cpuCount: 2 }, /^\[stack\/web\] spec: give either spec, or cpuCount with memoryGb, not both \(cpuCount is set too\)$/],
    ['no size at all', { spec: undefined }, /^\[stack\/web\] spec: set spec \(e\.g\. "bcc\.g4\.c2m8"\), or cpuCount and memoryGb$/],
    ['cpuCount without memoryGb', { spec: undefined, cpuCount: 2 }, /^\[stack\/web\] memoryGb: cpuCount is set without it; cpuCount and memoryGb go together$/],
    ['memoryGb without cpuCount', { spec: undefined, memoryGb: 4 }, /^\[stack\/web\] cpuCount: memoryGb is set without it/],
    ['too many vCPUs', { spec: undefined, cpuCount: 97, memoryGb: 4 }, /^\[stack\/web\] cpuCount: must be <= 96$/],
    ['a fractional memory size', { spec: undefined, cpuCount: 2, memoryGb: 1.5 }, /^\[stack\/web\] memoryGb: must be integer$/],
    ['a system disk under 20 GB', { rootDiskSizeGb: 10 }, /^\[stack\/web\] rootDiskSizeGb: must be >= 20$/],
    ['a system disk over 2048 GB', { rootDiskSizeGb: 4096 }, /^\[stack\/web\] rootDiskSizeGb: must be <= 2048$/],
    ['an unknown system disk type', { rootDiskType: 'nvme' as 'local' }, /^\[stack\/web\] rootDiskType: invalid value; System disk type: local \(local, local-ssd, local-hdd, local-nvme\) or CDS/],
    ['six data disks', { dataDisks: Array.from({ length: 6 }, () => ({ sizeGb: 10 })) }, /^\[stack\/web\] dataDisks: must NOT have more than 5 items$/],
    ['a data disk under 5 GB', { dataDisks: [{ sizeGb: 10 }, { sizeGb: 4 }] }, /^\[stack\/web\] dataDisks\[1\]\.sizeGb: must be >= 5$/],
    ['a data disk over 32765 GB', { dataDisks: [{ sizeGb: 40000 }] }, /^\[stack\/web\] dataDisks\[0\]\.sizeGb: must be <= 32765$/],
    ['a local data disk', { dataDisks: [{ sizeGb: 50, type: 'local' as 'ssd' }] }, /^\[stack\/web\] dataDisks\[0\]\.type: "local" is not a CDS type; one of cloud_hp1, hp1/],
    ['a malformed zone', { zoneName: 'bj-a' }, /^\[stack\/web\] zoneName: invalid value; e\.g\. cn-bj-a/],
    ['a zone of another region', { zoneName: 'cn-gz-a' }, /^\[stack\/web\] zoneName: cn-gz-a is not a zone of bj, the instance's region; its zones are cn-bj-a, cn-bj-b, \.\.\.$/],
    ['a name not starting with a letter', { name: '1web' }, /^\[stack\/web\] name: invalid value; Starts with a letter; 1-65 letters, digits, - _ \/ \.$/],
    ['an unknown payment timing', { paymentTiming: 'Monthly' as 'Prepaid' }, /^\[stack\/web\] paymentTiming: invalid value; Postpaid \(default\) or Prepaid\.$/],
    ['an unknown state', { state: 'Paused' as 'Stopped' }, /^\[stack\/web\] state: "Paused" is not a state; Running or Stopped$/],
    ['11 tags', { tags: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])) }, /^\[stack\/web\] tags: must NOT have more than 10 items$/],
    ['a tag key of 37 characters', { tags: { ['k'.repeat(37)]: 'v' } }, /^\[stack\/web\] tags \(key "k{37}"\): must NOT have more than 36 characters$/],
    ['a tag value of 44 characters', { tags: { team: 'v'.repeat(44) } }, /^\[stack\/web\] tags\.team: must NOT have more than 43 characters$/],
  ])('refuses %s', (_case, props, message) => {
    expect(instanceError(props)).toMatch(message);
  });

  it('lists every problem of one instance, one per line', () => {
    const lines = instanceError({ name: '_', rootDiskSizeGb: 1, zoneName: 'cn-su-a' }).split('\n');
    expect(lines.map((line) => line.split(':')[0])).toEqual(['[stack/web] rootDiskSizeGb', '[stack/web] name', '[stack/web] zoneName']);
  });

  it('refuses a region other than its image\'s', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'golden', { name: 'golden', source });
    expect(() => image.launch(stack, 'web', { spec: 'bcc.g4.c2m8', region: 'gz' })).toThrow(
      /^\[stack\/web\] region: the image is in bj; an instance boots from an image of its own region: copy the image to gz \(image\.copyTo\('gz'\)\) and launch the copy$/,
    );
  });

  it.each([
    ['a data disk', { kind: 'dataDisk', instanceId: INSTANCE_ID, dataDiskId: VOLUME_ID }],
    ['an imported data-disk file', { kind: 'import', bosUrl: 'bos://images/data.raw', osType: 'linux', osName: 'CentOS', osVersion: '7.9', osArch: 'x86_64', imageKind: 'data' }],
  ] as const)('refuses to boot an image of %s, and copies of it', (_case, dataSource) => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'data', { name: 'data', source: dataSource });
    const message = (id: string) => new RegExp(`^\\[stack/${id}\\] image: a data-disk image holds no operating system and cannot boot an instance; use a system-disk image$`);
    expect(() => image.launch(stack, 'web', { spec: 'bcc.g4.c2m8' })).toThrow(message('web'));
    expect(() => image.copyTo('gz').launch(stack, 'web-gz', { spec: 'bcc.g4.c2m8' })).toThrow(message('web-gz'));
    // A system disk's image (here from a snapshot) boots.
    expect(() => new CustomImage(stack, 'system', { name: 'system', source: { kind: 'snapshot', snapshotId: SNAPSHOT_ID } }).launch(stack, 'ok', { spec: 'bcc.g4.c2m8' })).not.toThrow();
  });

  it('checks Lazy values once they resolve at synth, and skips Terraform references', () => {
    const { stack } = providerStack();
    const sizes = new TerraformVariable(stack, 'disk', { type: 'number' });
    new Instance(stack, 'ok', { image: IMAGE_ID, spec: 'bcc.g4.c2m8', rootDiskSizeGb: sizes.numberValue, zoneName: Lazy.stringValue({ produce: () => 'cn-bj-c' }) });
    new Instance(stack, 'web', { image: IMAGE_ID, spec: Lazy.stringValue({ produce: () => 'bcc.g4.c2m8' }), zoneName: Lazy.stringValue({ produce: () => 'cn-gz-a' }) });
    expect(synthError(stack)).toMatch(/\[stack\/web\] zoneName: cn-gz-a is not a zone of bj/);
    expect(synthError(stack)).not.toMatch(/stack\/ok/);
  });
});

describe('adminPassword', () => {
  it('refuses a literal, which would land in clear in cdktf.out', () => {
    expect(instanceError({ adminPassword: 'Secret123!' })).toBe(
      '[stack/web] adminPassword: a literal password would be written in clear into cdktf.out; pass a token, e.g. a sensitive TerraformVariable (its value: 8-16 characters with at least one letter, one digit and one of !@#$%^*())',
    );
  });

  it('refuses at synth a Lazy value that resolves to a literal', () => {
    const { stack } = providerStack();
    new Instance(stack, 'web', { image: IMAGE_ID, spec: 'bcc.g4.c2m8', adminPassword: Lazy.stringValue({ produce: () => 'Secret123!' }) });
    expect(synthError(stack)).toMatch(/\[stack\/web\] adminPassword: a literal password would be written in clear into cdktf\.out/);
  });
});

describe('quota aspect', () => {
  it('allows 50 instances per account and region and blames the 51st', () => {
    const { stack } = providerStack();
    const launch = (count: number, prefix: string, region?: 'gz') =>
      Array.from({ length: count }, (_, i) => new Instance(stack, `${prefix}${i + 1}`, { image: IMAGE_ID, spec: 'bcc.g4.c2m8', region }));
    launch(50, 'web');
    launch(50, 'gz', 'gz');
    expect(synthError(stack)).toBe('');
    launch(1, 'extra');
    expect(synthError(stack)).toMatch(
      /\[stack\/extra1\] quota: the app creates 51 instances for the environment credentials in bj; the limit is 50 per account and region, the account's existing instances included\n/,
    );
    expect(synthError(stack)).not.toMatch(/ in gz/);
  });

  it('blames an instance of another account whose image no share of the app grants to it', () => {
    const { stack, alice } = accountsStack();
    const image = new CustomImage(stack, 'golden', { name: 'golden', source });
    image.launch(stack, 'web', { spec: 'bcc.g4.c2m8', provider: alice });
    image.shareWith('bob');
    expect(synthError(stack)).toMatch(
      /\[stack\/web\] image: stack\/golden belongs to dev and no share in this app grants it to alice; an account boots only its own, public or shared images: share it first \(image\.shareWith\('alice'\) or image\.grantLaunch\('alice'\)\)/,
    );
  });

  it('accepts a grant to the instance\'s account, an existing image, and a provider that does not say whose it is', () => {
    const { stack, alice } = accountsStack();
    const image = new CustomImage(stack, 'golden', { name: 'golden', source });
    image.grantLaunch('alice');
    image.launch(stack, 'granted', { spec: 'bcc.g4.c2m8', provider: alice });
    CustomImage.fromImageId(stack, 'shared', IMAGE_ID).launch(stack, 'existing', { spec: 'bcc.g4.c2m8', provider: alice });
    const anonymous = new ImageCloudProvider(stack, 'anonymous', { region: 'bj', alias: 'anonymous', accessKey: 'AKANON' });
    new CustomImage(stack, 'other', { name: 'other', source }).launch(stack, 'unknown', { spec: 'bcc.g4.c2m8', provider: anonymous });
    expect(synthError(stack)).toBe('');
  });
});
