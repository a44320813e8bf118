/**
 * ImageQuotaAspect: the service's quotas and sharing rules over the whole app,
 * reported at synth as validation errors naming the construct path.
 */
import { CustomImage, ImageCloudProvider, ImageShare, type CustomImage as CustomImageType } from '../../src/constructs';
import { Lazy, TerraformStack, Testing, type App } from '../../src/constructs/cdktf';
import { INSTANCE_ID, providerStack } from './helpers';

const source = { kind: 'instance', instanceId: INSTANCE_ID } as const;

function images(stack: TerraformStack, count: number, prefix = 'image', region?: 'bj' | 'gz'): CustomImageType[] {
  return Array.from({ length: count }, (_, i) => new CustomImage(stack, `${prefix}${i + 1}`, { name: `img${i + 1}`, source, region }));
}

function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

function stackIn(app: App, id: string, accountName: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new ImageCloudProvider(stack, 'imagecloud', { region: 'bj', accountName });
  return stack;
}

describe('custom images per account and region', () => {
  it('allows 20 and blames the 21st', () => {
    const { stack } = providerStack();
    images(stack, 20);
    expect(synthError(stack)).toBe('');
    images(stack, 1, 'extra');
    expect(synthError(stack)).toMatch(
      /\[stack\/extra1\] quota: the app creates 21 custom images for the environment credentials in bj \(CustomImage and copy destinations\); the limit is 20 per account and region/,
    );
  });

  it('counts copy destinations in their region', () => {
    const { stack } = providerStack();
    images(stack, 19, 'gz', 'gz');
    const [first, second] = images(stack, 2);
    first!.copyTo('gz');
    second!.copyTo('gz');
    expect(synthError(stack)).toMatch(/\[stack\/image2\/CopyTo-gz\] quota: the app creates 21 custom images for the environment credentials in gz/);
  });

  it('adds up the stacks of one account across the app, and keeps accounts apart', () => {
    const app = Testing.app();
    const first = stackIn(app, 'first', 'dev');
    const second = stackIn(app, 'second', 'dev');
    const other = stackIn(app, 'other', 'alice');
    images(first, 10);
    images(second, 11);
    images(other, 20);
    expect(synthError(first)).toBe('');
    expect(synthError(other)).toBe('');
    expect(synthError(second)).toMatch(/\[second\/image11\] quota: the app creates 21 custom images for dev in bj/);
  });
});

describe('sharing rules', () => {
  it('refuses sharing with the account that owns the image', () => {
    const { stack } = providerStack({ region: 'bj', accountName: 'dev', accountId: 'd0000000000000000000000000000001' });
    new CustomImage(stack, 'image', { name: 'img', source }).shareWith('alice', 'dev', 'd0000000000000000000000000000001');
    const message = synthError(stack);
    expect(message).toMatch(/\[stack\/image\/Share\] accounts: dev owns the image; an image cannot be shared with its owner/);
    expect(message).toMatch(/\[stack\/image\/Share\] accounts: d0000000000000000000000000000001 owns the image/);
  });

  it('refuses sharing an image through another region\'s provider', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source });
    new ImageShare(stack, 'share', { image, accounts: ['alice'], region: 'gz' });
    expect(synthError(stack)).toMatch(
      /\[stack\/share\] region: shares image stack\/image of region bj through the gz provider; sharing is regional: copy the image to gz \(image.copyTo\('gz'\)\) and share the copy/,
    );
  });

  it('refuses a second ImageShare of one image, and more than 50 accounts across them', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source });
    image.shareWith(...Array.from({ length: 30 }, (_, i) => `a${i}`));
    new ImageShare(stack, 'more', { image, accounts: Array.from({ length: 30 }, (_, i) => `b${i}`) });
    const message = synthError(stack);
    expect(message).toMatch(/\[stack\/more\] image: stack\/image is already shared by stack\/image\/Share; an ImageShare owns the image's whole account list/);
    expect(message).toMatch(/\[stack\/image\/Share\] accounts: image stack\/image is shared with 60 accounts in all; the limit is 50/);
  });

  it('treats two references to the same existing image as one image', () => {
    const { stack } = providerStack();
    CustomImage.fromImageId(stack, 'first', 'm-Exist123').shareWith('alice');
    CustomImage.fromImageId(stack, 'second', 'm-Exist123').shareWith('bob');
    expect(synthError(stack)).toMatch(/\[stack\/second\/Share\] image: stack\/first is already shared by stack\/first\/Share/);
  });

  it('refuses more than 20 images shared with one account, across regions', () => {
    const { stack } = providerStack();
    for (const image of [...images(stack, 11), ...images(stack, 10, 'gz', 'gz')]) image.shareWith('alice');
    expect(synthError(stack)).toMatch(/\[stack\/gz10\/Share\] accounts: alice would receive 21 shared images from this app; an account accepts at most 20 \(across regions\)/);
  });

  it('skips accounts that are tokens', () => {
    const { stack } = providerStack({ region: 'bj', accountName: 'dev' });
    new CustomImage(stack, 'image', { name: 'img', source }).shareWith(Lazy.stringValue({ produce: () => 'alice' }));
    expect(synthError(stack)).toBe('');
  });

  it('reports a finding once however often the app is synthesized', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'image', { name: 'img', source });
    new ImageShare(stack, 'share', { image, accounts: ['alice'], region: 'gz' });
    const first = synthError(stack);
    expect(synthError(stack)).toBe(first);
    expect(first.match(/sharing is regional/g)).toHaveLength(1);
  });
});
