/**
 * Every props validation error: thrown by the constructor for known values,
 * reported at synth for values that were Lazy or changed later, always naming
 * the construct path and the prop; unresolved values are skipped.
 */
import { CustomImage, ImageCloudProvider, ImageCloudValidationError, ImageCopy, ImageExport, ImageShare, type CustomImageProps } from '../../src/constructs';
import { Lazy, TerraformStack, TerraformVariable, Testing } from '../../src/constructs/cdktf';
import { INSTANCE_ID, KMS_KEY, providerStack } from './helpers';

const instance = { kind: 'instance', instanceId: INSTANCE_ID } as const;

function imageError(props: Partial<CustomImageProps>): string {
  const { stack } = providerStack();
  try {
    new CustomImage(stack, 'image', { name: 'img', source: instance, ...props } as CustomImageProps);
  } catch (error) {
    expect(error).toBeInstanceOf(ImageCloudValidationError);
    return (error as Error).message;
  }
  throw new Error('no validation error');
}

describe('CustomImage props', () => {
  it.each<[string, Partial<CustomImageProps>, RegExp]>([
    ['a name not starting with a letter', { name: '1web' }, /^\[stack\/image\] name: invalid value; Image name; must start with a letter and contain 1-65 letters/],
    ['a name of 66 characters', { name: `w${'x'.repeat(65)}` }, /^\[stack\/image\] name: invalid value; Image name/],
    ['a malformed instance id', { source: { kind: 'instance', instanceId: 'instance-1' } }, /^\[stack\/image\] source\.instanceId: invalid value; Instance id, `i-` and 8 characters\./],
    ['a malformed snapshot id', { source: { kind: 'snapshot', snapshotId: 's-1' } }, /^\[stack\/image\] source\.snapshotId: invalid value; Snapshot id/],
    ['a malformed data disk id', { source: { kind: 'dataDisk', instanceId: INSTANCE_ID, dataDiskId: 'disk' } }, /^\[stack\/image\] source\.dataDiskId: invalid value; CDS volume id/],
    ['a malformed full-instance id', { source: { kind: 'fullInstance', instanceId: 'i-x' } }, /^\[stack\/image\] source\.instanceId: invalid value/],
    [
      'an import URL outside object storage',
      { source: { kind: 'import', bosUrl: 'https://example.com/a.qcow2', osType: 'linux', osName: 'CentOS', osVersion: '7.9', osArch: 'x86_64' } },
      /^\[stack\/image\] source\.bosUrl: invalid value; Object URL, bos:\/\/bucket\/key\./,
    ],
    [
      'an unknown import architecture',
      { source: { kind: 'import', bosUrl: 'bos://images/a.qcow2', osType: 'linux', osName: 'CentOS', osVersion: '7.9', osArch: 'sparc' as 'x86_64' } },
      /^\[stack\/image\] source\.osArch: invalid value; x86_64, aarch64 or i386\./,
    ],
    [
      'an empty OS name on import',
      { source: { kind: 'import', bosUrl: 'bos://images/a.qcow2', osType: 'linux', osName: '', osVersion: '7.9', osArch: 'x86_64' } },
      /^\[stack\/image\] source\.osName: must NOT have fewer than 1 characters/,
    ],
    ['an unknown source kind', { source: { kind: 'disk' } as unknown as CustomImageProps['source'] }, /^\[stack\/image\] source\.kind: must be one of instance, snapshot, dataDisk, fullInstance, import$/],
    ['a description over 1024 characters', { description: 'x'.repeat(1025) }, /^\[stack\/image\] description: must NOT have more than 1024 characters/],
    ['a malformed KMS key', { encryptKey: 'key-1' }, /^\[stack\/image\] encryptKey: invalid value; KMS key id \(a UUID\)/],
    ['negative memory', { minMemoryMb: -1 }, /^\[stack\/image\] minMemoryMb: must be >= 0/],
    ['memory over 512 GiB', { maxMemoryMb: 600000 }, /^\[stack\/image\] maxMemoryMb: must be <= 524288/],
    ['a memory range upside down', { minMemoryMb: 4096, maxMemoryMb: 2048 }, /^\[stack\/image\] maxMemoryMb: 2048 is below minMemoryMb \(4096\); use 0 for no limit$/],
    ['11 tags', { tags: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])) }, /^\[stack\/image\] tags: must NOT have more than 10 items/],
    ['a tag key of 37 characters', { tags: { ['k'.repeat(37)]: 'v' } }, /^\[stack\/image\] tags \(key "k{37}"\): must NOT have more than 36 characters/],
    ['a tag value of 44 characters', { tags: { team: 'v'.repeat(44) } }, /^\[stack\/image\] tags\.team: must NOT have more than 43 characters/],
  ])('refuses %s', (_case, props, message) => {
    expect(imageError(props)).toMatch(message);
  });

  it('lists every problem of one construct, one per line', () => {
    const lines = imageError({ name: '_', encryptKey: 'k', minMemoryMb: -5 }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.split(':')[0])).toEqual(['[stack/image] name', '[stack/image] encryptKey', '[stack/image] minMemoryMb']);
  });

  it('tolerates tokens: values known only at apply time are not checked', () => {
    const { stack } = providerStack();
    const source = new CustomImage(stack, 'source', { name: 'src', source: instance });
    // Terraform references (another image's name, a lookup's id) are skipped even where the literal would be invalid.
    new CustomImage(stack, 'image', { name: source.osName, source: { kind: 'instance', instanceId: source.imageId }, minMemoryMb: source.sizeGb });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('checks Lazy values once they resolve at synth', () => {
    const { stack } = providerStack();
    new CustomImage(stack, 'image', { name: Lazy.stringValue({ produce: () => '9lives' }), source: instance });
    expect(() => Testing.synth(stack, true)).toThrow(/\[stack\/image\] name: invalid value; Image name/);
  });
});

describe('ImageShare accounts', () => {
  function imageIn(stack: TerraformStack) {
    return new CustomImage(stack, 'image', { name: 'img', source: instance });
  }

  it('refuses an account that is neither a login name nor an account id', () => {
    const { stack } = providerStack();
    expect(() => imageIn(stack).shareWith('a'.repeat(65))).toThrow(/^\[stack\/image\/Share\] accounts\[0\]: must NOT have more than 64 characters/);
  });

  it('refuses an account listed twice', () => {
    const { stack } = providerStack();
    expect(() => new ImageShare(stack, 'share', { image: imageIn(stack), accounts: ['alice', 'bob', 'alice'] })).toThrow(
      /^\[stack\/share\] accounts: lists alice more than once$/,
    );
  });

  it('refuses more than 50 accounts, also when added later', () => {
    const { stack } = providerStack();
    const share = imageIn(stack).shareWith(...Array.from({ length: 50 }, (_, i) => `user${i}`));
    expect(() => share.addAccounts('one-too-many')).toThrow(/^\[stack\/image\/Share\] accounts: lists 51 accounts; an image can be shared with at most 50$/);
    expect(share.accounts).toHaveLength(50);
  });
});

describe('ImageCopy props', () => {
  it('refuses a copy to the source image\'s own region', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: instance });
    expect(() => image.copyTo('bj')).toThrow(/^\[stack\/image\/CopyTo-bj\] destinationRegion: bj is the source image's region; a copy goes to another region$/);
  });

  it('refuses a bad name, an unknown region and a malformed key', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: instance });
    expect(() => new ImageCopy(stack, 'copy', { source: image, destinationRegion: 'mars' as 'gz', name: '-', encryptKey: 'nope' })).toThrow(
      /\[stack\/copy\] name: invalid value; Image name[^\n]*\n\[stack\/copy\] destinationRegion: invalid value; Region: one of bj, gz, su, bd, fwh, hkg\.\n\[stack\/copy\] encryptKey: invalid value; KMS key id/,
    );
  });
});

describe('ImageExport props', () => {
  it('refuses a destination outside object storage and an unknown format', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source: instance });
    expect(() => new ImageExport(stack, 'export', { image, bosUrl: 's3://bucket', format: 'raw' as 'vhd' })).toThrow(
      /^\[stack\/export\] bosUrl: invalid value; Destination, bos:\/\/bucket\[\/prefix\]\.\n\[stack\/export\] format: invalid value; Exported file format\. One of qcow2, vhd, vmdk\.$/,
    );
  });
});

describe('ImageCloudProvider and existing images', () => {
  it('refuses an unknown region', () => {
    expect(() => providerStack({ region: 'mars' as 'bj' })).toThrow(/^\[stack\/imagecloud\] region: "mars" is not a region; one of bj, gz, su, bd, fwh, hkg$/);
  });

  it('refuses a region that is a token: constructs need it at synth', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    expect(() => new ImageCloudProvider(stack, 'imagecloud', { region: Lazy.stringValue({ produce: () => 'bj' }) as 'bj' })).toThrow(
      /^\[stack\/imagecloud\] region: must be known at synth/,
    );
  });

  it('refuses a second provider without alias in one stack', () => {
    const { stack } = providerStack();
    expect(() => new ImageCloudProvider(stack, 'second', { region: 'gz' })).toThrow(
      /^\[stack\/second\] alias: stack stack already has an ImageCloudProvider without alias \(stack\/imagecloud\); give this one an alias/,
    );
  });

  it('refuses literal secrets, which would land in clear in cdktf.out, and takes tokens', () => {
    expect(() => providerStack({ region: 'bj', secretKey: 'SKDEV00000000000000000000000000001' })).toThrow(
      /^\[stack\/imagecloud\] secretKey: a literal secret would be written in clear into cdktf.out; pass a token \(e.g. a sensitive TerraformVariable\) or leave it out so the provider reads BCE_SECRET_ACCESS_KEY when Terraform runs$/,
    );
    expect(() => providerStack({ region: 'bj', sessionToken: 'token' })).toThrow(/^\[stack\/imagecloud\] sessionToken: a literal secret would be written in clear/);

    const stack = new TerraformStack(Testing.app(), 'stack');
    const secret = new TerraformVariable(stack, 'secret_key', { type: 'string', sensitive: true });
    new ImageCloudProvider(stack, 'imagecloud', { region: 'bj', accessKey: 'AKDEV00000000000000000000000000001', secretKey: secret.stringValue });
    const synthesized = Testing.synth(stack, true);
    expect(synthesized).toContain('"secret_key": "${var.secret_key}"');
    expect(synthesized).not.toContain('SKDEV');
  });

  it('refuses a malformed account id', () => {
    expect(() => providerStack({ region: 'bj', accountId: 'D0000' })).toThrow(/^\[stack\/imagecloud\] accountId: invalid value; Account id: 32 lowercase hexadecimal characters\.$/);
  });

  it('refuses a malformed image id for fromImageId', () => {
    const { stack } = providerStack();
    expect(() => CustomImage.fromImageId(stack, 'base', 'ami-123')).toThrow(/^\[stack\/base\] imageId: invalid value; Image id, `m-` and 8 characters\.$/);
  });

  it('accepts valid props of every construct', () => {
    const { stack } = providerStack({ region: 'bj', accountId: 'd0000000000000000000000000000001' });
    const image = new CustomImage(stack, 'image', { name: 'web/v1.0_a-b', source: instance, encryptKey: KMS_KEY, minMemoryMb: 1024, maxMemoryMb: 0 });
    image.copyTo('gz', { name: 'web-gz', encryptKey: KMS_KEY }).shareWith('alice');
    image.exportTo({ bosUrl: 'bos://exports', format: 'vmdk' });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });
});
