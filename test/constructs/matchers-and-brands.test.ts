/**
 * The L2 classes work with cdktf's Jest matchers (each carries its Terraform
 * type as `tfResourceType`, taken from the generated binding), and their
 * `isX` brand checks recognize constructs of any copy of the library.
 */
import {
  CustomImage,
  ExistingImage,
  ExistingInstance,
  ImageCloudProvider,
  ImageCopy,
  ImageExport,
  ImageList,
  ImageShare,
  ImageSharedUsers,
  Instance,
  PublicImage,
} from '../../src/constructs';
import * as imagecloud from '../../src/constructs';
import * as bindings from '../../src/constructs/bindings';
import { TerraformStack, Testing } from '../../src/constructs/cdktf';
import { INSTANCE_ID, providerStack } from './helpers';

Testing.setupJest();

const source = { kind: 'instance', instanceId: INSTANCE_ID } as const;

describe('cdktf matchers with the L2 classes', () => {
  it('finds each construct\'s resource or data source by the construct class', () => {
    const { stack } = providerStack({ region: 'bj', accountName: 'dev' });
    const image = new CustomImage(stack, 'web', { name: 'web', source, tags: { team: 'web' } });
    image.shareWith('alice');
    image.copyTo('gz', { name: 'web-gz' });
    image.exportTo({ bosUrl: 'bos://exports', format: 'vhd' });
    CustomImage.fromImageId(stack, 'base', 'm-Exist123');
    PublicImage.latest(stack, 'ubuntu', { osName: 'Ubuntu' });
    new ImageList(stack, 'tagged', { tagKey: 'team' });
    new ImageSharedUsers(stack, 'users', image);
    image.launch(stack, 'web-1', { spec: 'bcc.g4.c2m8' });
    Instance.fromInstanceId(stack, 'legacy', INSTANCE_ID);

    const synthesized = Testing.synth(stack, true);
    expect(synthesized).toHaveProviderWithProperties(ImageCloudProvider, { region: 'bj' });
    expect(synthesized).toHaveResourceWithProperties(CustomImage, { name: 'web', source: { instance_id: INSTANCE_ID }, tags: { team: 'web' } });
    expect(synthesized).toHaveResourceWithProperties(ImageShare, { accounts: ['alice'] });
    expect(synthesized).toHaveResourceWithProperties(ImageCopy, { name: 'web-gz', destination_region: 'gz' });
    expect(synthesized).toHaveResourceWithProperties(ImageExport, { bos_url: 'bos://exports', format: 'vhd' });
    expect(synthesized).toHaveDataSourceWithProperties(ExistingImage, { id: 'm-Exist123' });
    expect(synthesized).toHaveDataSourceWithProperties(PublicImage, { os_name: 'Ubuntu', most_recent: true });
    expect(synthesized).toHaveDataSourceWithProperties(ImageList, { tag_key: 'team' });
    expect(synthesized).toHaveDataSource(ImageSharedUsers);
    expect(synthesized).toHaveResourceWithProperties(Instance, { spec: 'bcc.g4.c2m8' });
    expect(synthesized).toHaveDataSourceWithProperties(ExistingInstance, { id: INSTANCE_ID });
  });

  it('tells a stack without the resource apart', () => {
    const { stack } = providerStack();
    new CustomImage(stack, 'web', { name: 'web', source });
    const synthesized = Testing.synth(stack);
    expect(synthesized).toHaveResource(CustomImage);
    expect(synthesized).not.toHaveResource(ImageShare);
    expect(synthesized).not.toHaveResourceWithProperties(CustomImage, { name: 'other' });
  });

  it('takes each type from the generated binding', () => {
    expect([
      CustomImage.tfResourceType,
      ImageCopy.tfResourceType,
      ImageShare.tfResourceType,
      ImageExport.tfResourceType,
      ExistingImage.tfResourceType,
      PublicImage.tfResourceType,
      ImageList.tfResourceType,
      ImageSharedUsers.tfResourceType,
      Instance.tfResourceType,
      ExistingInstance.tfResourceType,
      ImageCloudProvider.tfResourceType,
    ]).toEqual([
      bindings.customImage.CustomImage.tfResourceType,
      bindings.imageCopy.ImageCopy.tfResourceType,
      bindings.imageShare.ImageShare.tfResourceType,
      bindings.imageExport.ImageExport.tfResourceType,
      bindings.dataImagecloudImage.DataImagecloudImage.tfResourceType,
      bindings.dataImagecloudImage.DataImagecloudImage.tfResourceType,
      bindings.dataImagecloudImages.DataImagecloudImages.tfResourceType,
      bindings.dataImagecloudImageSharedUsers.DataImagecloudImageSharedUsers.tfResourceType,
      bindings.instance.Instance.tfResourceType,
      bindings.dataImagecloudInstance.DataImagecloudInstance.tfResourceType,
      bindings.provider.ImagecloudProvider.tfResourceType,
    ]);
  });
});

/** One construct of every branded class, made in `stack` with the classes of one copy of the library. */
function oneOfEach(library: typeof import('../../src/constructs'), stack: TerraformStack): Record<string, unknown> {
  const provider = new library.ImageCloudProvider(stack, 'imagecloud', { region: 'bj' });
  const image = new library.CustomImage(stack, 'web', { name: 'web', source });
  return {
    ImageCloudProvider: provider,
    CustomImage: image,
    ExistingImage: library.CustomImage.fromImageId(stack, 'base', 'm-Exist123'),
    ImageCopy: image.copyTo('gz'),
    ImageShare: image.shareWith('alice'),
    ImageExport: image.exportTo({ bosUrl: 'bos://exports', format: 'vhd' }),
    PublicImage: library.PublicImage.latest(stack, 'ubuntu', { osName: 'Ubuntu' }),
    ImageList: new library.ImageList(stack, 'list'),
    ImageSharedUsers: new library.ImageSharedUsers(stack, 'users', image),
    Instance: image.launch(stack, 'instance', { spec: 'bcc.g4.c2m8' }),
    ExistingInstance: library.Instance.fromInstanceId(stack, 'legacy', INSTANCE_ID),
  };
}

const BRAND_CHECKS: Record<string, (x: unknown) => boolean> = {
  ImageCloudProvider: (x) => ImageCloudProvider.isImageCloudProvider(x),
  CustomImage: (x) => CustomImage.isCustomImage(x),
  ExistingImage: (x) => ExistingImage.isExistingImage(x),
  ImageCopy: (x) => ImageCopy.isImageCopy(x),
  ImageShare: (x) => ImageShare.isImageShare(x),
  ImageExport: (x) => ImageExport.isImageExport(x),
  PublicImage: (x) => PublicImage.isPublicImage(x),
  ImageList: (x) => ImageList.isImageList(x),
  ImageSharedUsers: (x) => ImageSharedUsers.isImageSharedUsers(x),
  Instance: (x) => Instance.isInstance(x),
  ExistingInstance: (x) => ExistingInstance.isExistingInstance(x),
};

describe('brand checks', () => {
  it('recognize each class and only it', () => {
    const constructs = oneOfEach(imagecloud, new TerraformStack(Testing.app(), 'stack'));
    for (const [checked, isIt] of Object.entries(BRAND_CHECKS)) {
      const recognized = Object.entries(constructs).filter(([, construct]) => isIt(construct)).map(([name]) => name);
      expect({ checked, recognized }).toEqual({ checked, recognized: [checked] });
      expect([isIt(undefined), isIt(null), isIt({}), isIt('CustomImage')]).toEqual([false, false, false, false]);
    }
  });

  it('number an image\'s exports by counting its ImageExport children', () => {
    const { stack } = providerStack();
    const image = new CustomImage(stack, 'web', { name: 'web', source });
    image.shareWith('alice');
    const exports = ['qcow2', 'vhd'].map((format) => image.exportTo({ bosUrl: 'bos://exports', format: format as 'qcow2' | 'vhd' }));
    expect(exports.map((made) => made.node.id)).toEqual(['Export-1', 'Export-2']);
  });

  it('recognize constructs of a second copy of the library, where instanceof does not', () => {
    let other: { library: typeof import('../../src/constructs'); cdktf: typeof import('../../src/constructs/cdktf') } | undefined;
    jest.isolateModules(() => {
      other = { library: require('../../src/constructs'), cdktf: require('../../src/constructs/cdktf') };
    });
    const { library, cdktf } = other!;
    expect(library.CustomImage).not.toBe(CustomImage);
    const constructs = oneOfEach(library, new cdktf.TerraformStack(cdktf.Testing.app(), 'stack'));
    expect(constructs.CustomImage).not.toBeInstanceOf(CustomImage);
    for (const [name, construct] of Object.entries(constructs)) {
      expect({ name, recognized: BRAND_CHECKS[name]!(construct) }).toEqual({ name, recognized: true });
    }
  });
});
