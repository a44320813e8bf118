/**
 * Every type a public signature of the constructs uses can be named from the
 * package's main entry (src/constructs/index.ts), as a user writing typed
 * helpers around the constructs needs. The type-only names are checked by
 * `npm run typecheck` (Jest here transpiles without type checks); the values
 * they type are used for real below. That no public signature names an
 * unexported type is checked at run time by the API reference generator
 * (api-docs.test.ts).
 */
import {
  REGIONS,
  CustomImage,
  ImageCloudProvider,
  ImageList,
  Instance,
  PublicImage,
  type CdsDiskType,
  type CopyOptions,
  type CustomImageProps,
  type CustomImageTimeouts,
  type DataDiskSource,
  type ExportFormat,
  type ExportOptions,
  type FullInstanceSource,
  type DataDisk,
  type HasQuotaFacts,
  type IImage,
  type IInstance,
  type ImageCloudProviderProps,
  type ImageCopyProps,
  type ImageExportProps,
  type ImageKind,
  type ImageListQuery,
  type ImageShareProps,
  type ImageSource,
  type ImportFormat,
  type ImportSource,
  type InstanceImage,
  type InstanceProps,
  type InstanceSource,
  type InstanceState,
  type InstanceTimeouts,
  type LatestImageQuery,
  type LaunchOptions,
  type OsArch,
  type OsType,
  type PaymentTiming,
  type QuotaFacts,
  type Region,
  type RootDiskType,
  type SnapshotSource,
} from '../../src/constructs';
import { TerraformStack, Testing } from '../../src/constructs/cdktf';
import { INSTANCE_ID, SNAPSHOT_ID, VOLUME_ID, synthJson } from './helpers';

describe('the main entry', () => {
  it('exports the regions as a value and a type', () => {
    const regions: readonly Region[] = REGIONS;
    expect(regions).toEqual(['bj', 'gz', 'su', 'bd', 'fwh', 'hkg']);
  });

  it('names every props, source and option type, so typed helpers can build them', () => {
    const region: Region = 'gz';
    const format: ImportFormat = 'qcow2';
    const osType: OsType = 'linux';
    const osArch: OsArch = 'x86_64';
    const sources: ImageSource[] = [
      { kind: 'instance', instanceId: INSTANCE_ID } satisfies InstanceSource,
      { kind: 'snapshot', snapshotId: SNAPSHOT_ID } satisfies SnapshotSource,
      { kind: 'dataDisk', instanceId: INSTANCE_ID, dataDiskId: VOLUME_ID } satisfies DataDiskSource,
      { kind: 'fullInstance', instanceId: INSTANCE_ID } satisfies FullInstanceSource,
      { kind: 'import', bosUrl: 'bos://images/a.qcow2', format, osType, osName: 'CentOS', osVersion: '7.9', osArch } satisfies ImportSource,
    ];
    const providerProps: ImageCloudProviderProps = { region: 'bj', accountName: 'dev' };
    const timeouts: CustomImageTimeouts = { create: '45m' };
    const copyOptions: CopyOptions = { name: 'copied' };
    const exportFormat: ExportFormat = 'vhd';
    const exportOptions: ExportOptions = { bosUrl: 'bos://exports', format: exportFormat };
    const kind: ImageKind = 'custom';
    const listQuery: ImageListQuery = { kind };
    const latestQuery: LatestImageQuery = { osName: 'Ubuntu' };

    const stack = new TerraformStack(Testing.app(), 'stack');
    new ImageCloudProvider(stack, 'imagecloud', providerProps);
    const images: IImage[] = sources.map((source, index) => {
      const props: CustomImageProps = { name: `img${index}`, source, timeouts };
      return new CustomImage(stack, `image${index}`, props);
    });
    const [first] = images;
    const copyProps: ImageCopyProps = { ...copyOptions, source: first!, destinationRegion: region };
    const shareProps: ImageShareProps = { image: first!, accounts: ['alice'] };
    const exportProps: ImageExportProps = { ...exportOptions, image: first! };
    first!.copyTo(copyProps.destinationRegion, copyOptions);
    first!.shareWith(...shareProps.accounts!);
    first!.exportTo(exportProps);
    new ImageList(stack, 'list', listQuery);
    PublicImage.latest(stack, 'latest', latestQuery);

    const counted: HasQuotaFacts[] = images.filter((image): image is CustomImage => CustomImage.isCustomImage(image));
    const facts: QuotaFacts[] = counted.map((image) => image.quotaFacts);
    expect(facts).toEqual(sources.map(() => ({ kind: 'image', account: 'dev', region: 'bj' })));

    const json = synthJson(stack);
    expect(Object.values(json.resource.imagecloud_custom_image!).map((image) => image.timeouts)).toEqual(sources.map(() => ({ create: '45m' })));
    expect(Object.values(json.resource.imagecloud_image_copy!)[0]).toMatchObject({ name: 'copied', destination_region: 'gz' });
    expect(Object.values(json.data!.imagecloud_images!)[0]).toMatchObject({ image_type: 'custom' });
  });

  it('names every instance props type, so typed helpers can build instances', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    new ImageCloudProvider(stack, 'imagecloud', { region: 'bj' });
    const cdsType: CdsDiskType = 'ssd';
    const rootDiskType: RootDiskType = 'local-ssd';
    const dataDisk: DataDisk = { sizeGb: 50, type: cdsType };
    const state: InstanceState = 'Stopped';
    const paymentTiming: PaymentTiming = 'Prepaid';
    const timeouts: InstanceTimeouts = { create: '30m' };
    const options: LaunchOptions = { spec: 'bcc.g4.c2m8', rootDiskType, dataDisks: [dataDisk], state, paymentTiming, timeouts };
    const image: InstanceImage = new CustomImage(stack, 'image', { name: 'img', source: { kind: 'instance', instanceId: INSTANCE_ID } });
    const props: InstanceProps = { ...options, image };
    const instances: IInstance[] = [new Instance(stack, 'web', props), Instance.fromInstanceId(stack, 'legacy', INSTANCE_ID)];
    expect(instances.map((instance) => instance.region)).toEqual(['bj', 'bj']);
    expect(Object.values(synthJson(stack).resource.imagecloud_instance!)[0]).toMatchObject({ root_disk_type: 'local-ssd', state: 'Stopped', payment_timing: 'Prepaid' });
  });
});
