/**
 * CDKTF constructs for imagecloud images and the instances launched from them, in the style of AWS CDK L2
 * constructs. See docs/constructs.md.
 *
 *   const stack = new TerraformStack(app, 'images');
 *   new ImageCloudProvider(stack, 'imagecloud', { region: 'bj' });
 *   const golden = new CustomImage(stack, 'golden', { name: 'golden', source: { kind: 'instance', instanceId } });
 *   golden.shareWith('alice', 'bob');
 *   golden.copyTo('gz').shareWith('carol');
 *   golden.launch(stack, 'web', { spec: 'bcc.g4.c2m8' });
 */
export { ImageCloudProvider, type ImageCloudProviderProps } from './provider';
export {
  CustomImage,
  ExistingImage,
  type CustomImageProps,
  type CustomImageTimeouts,
  type DataDiskSource,
  type FullInstanceSource,
  type ImageSource,
  type ImportFormat,
  type ImportSource,
  type InstanceSource,
  type OsArch,
  type OsType,
  type SnapshotSource,
} from './custom-image';
export { ImageBase, ImageCopy, type CopyOptions, type IImage, type ImageCopyProps } from './image';
export {
  ExistingInstance,
  Instance,
  InstanceBase,
  type CdsDiskType,
  type DataDisk,
  type IInstance,
  type InstanceImage,
  type InstanceProps,
  type InstanceState,
  type InstanceTimeouts,
  type LaunchOptions,
  type PaymentTiming,
  type RootDiskType,
} from './instance';
export { ImageShare, type ImageShareProps } from './share';
export { ImageShareAccount, type ImageShareAccountProps } from './share-account';
export { ImageExport, type ExportFormat, type ExportOptions, type ImageExportProps } from './export';
export { ImageList, ImageSharedUsers, PublicImage, type ImageKind, type ImageListQuery, type LatestImageQuery } from './lookups';
export { ImageQuotaAspect, type HasQuotaFacts, type QuotaFacts } from './quota-aspect';
export { ImageCloudValidationError } from './validation';
// The regions every `region` prop takes, so users can name the type and iterate the list.
export { REGIONS, type Region } from '../api/schemas';
