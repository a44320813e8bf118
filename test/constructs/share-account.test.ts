/**
 * ImageShareAccount and image.grantLaunch: the per-account share model beside
 * the authoritative ImageShare, what they synthesize and what the quota
 * aspect says when they are mixed on one image.
 */
import { CustomImage, ImageShareAccount } from '../../src/constructs';
import { Testing, type TerraformStack } from '../../src/constructs/cdktf';
import { INSTANCE_ID, providerStack, synthJson } from './helpers';

const source = { kind: 'instance', instanceId: INSTANCE_ID } as const;
const CAROL = 'c0000000000000000000000000000004';

function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

it('grants each account with its own imagecloud_image_share_account, referencing the image id', () => {
  const { stack } = providerStack();
  const image = new CustomImage(stack, 'image', { name: 'web', source });
  const alice = image.grantLaunch('alice');
  image.grantLaunch(CAROL);
  expect(image.grantLaunch('alice')).toBe(alice);
  const shares = synthJson(stack).resource[ImageShareAccount.tfResourceType]!;
  expect(ImageShareAccount.tfResourceType).toBe('imagecloud_image_share_account');
  expect(Object.values(shares)).toEqual([
    expect.objectContaining({ account: 'alice', image_id: expect.stringMatching(/^\$\{imagecloud_custom_image\.image_[0-9A-F]+\.id\}$/) }),
    expect.objectContaining({ account: CAROL }),
  ]);
  expect(ImageShareAccount.isImageShareAccount(alice)).toBe(true);
  expect(synthJson(stack).resource.imagecloud_image_share).toBeUndefined();
});

it('refuses a malformed account at construction, naming the prop', () => {
  const { stack } = providerStack();
  const image = new CustomImage(stack, 'image', { name: 'web', source });
  expect(() => new ImageShareAccount(stack, 'bad', { image, account: '' })).toThrow(/\[stack\/bad\] account: /);
});

it('reports an ImageShare beside per-account grants of the same image', () => {
  const { stack } = providerStack();
  const image = new CustomImage(stack, 'image', { name: 'web', source });
  image.shareWith('bob');
  image.grantLaunch('alice');
  expect(synthError(stack)).toMatch(
    /\[stack\/image\/Share\] image: stack\/image also has per-account grants \(stack\/image\/Grant-alice\); an ImageShare owns the image's whole account list and would unshare them/,
  );
});

it('reports one account granted twice by separate constructs, and the owner', () => {
  const { stack } = providerStack({ region: 'bj', accountName: 'me' });
  const image = new CustomImage(stack, 'image', { name: 'web', source });
  image.grantLaunch('alice');
  new ImageShareAccount(stack, 'again', { image, account: 'alice' });
  image.grantLaunch('me');
  const message = synthError(stack);
  expect(message).toMatch(/\[stack\/again\] account: alice is already granted image stack\/image by stack\/image\/Grant-alice; grant each account once/);
  expect(message).toMatch(/\[stack\/image\/Grant-me\] accounts: me owns the image; an image cannot be shared with its owner/);
});
