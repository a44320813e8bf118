/**
 * ImageExport: exports an image to object storage (imagecloud_image_export)
 * and waits for the task to finish. Made with the image's region provider; it
 * references the image id, so it is created after the image and destroyed
 * before it.
 */
import { Construct } from 'constructs';
import { EXPORT_FORMATS, ExportImageRequestSchema } from '../api/schemas';
import { ImageExport as ImageExportResource } from './bindings/image-export';
import { addBrand, brandSymbol, hasBrand } from './brands';
import type { IImage } from './image';
import { schemaProblems, validateNowAndAtSynth } from './validation';

/** File format of an image export. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Settings of an export made with `image.exportTo(options)`. */
export interface ExportOptions {
  /** Destination, `bos://bucket` or `bos://bucket/prefix`; the object is `<prefix>/<image id>.<format>`. */
  readonly bosUrl: string;
  /** File format of the export. */
  readonly format: ExportFormat;
  /**
   * How long Terraform waits for the export task, as a Go duration (e.g. `30m`).
   *
   * @default - the provider's create timeout
   */
  readonly createTimeout?: string;
}

/** Settings of an {@link ImageExport}: an export's options plus the image. */
export interface ImageExportProps extends ExportOptions {
  /** The image to export: it must be Available and not encrypted. */
  readonly image: IImage;
}

const IMAGE_EXPORT_BRAND = brandSymbol('ImageExport');

/** An export of an image to object storage (imagecloud_image_export); Terraform waits for the export task. */
export class ImageExport extends Construct {
  /** The Terraform resource type, for cdktf's matchers: `expect(synth).toHaveResource(ImageExport)`. */
  public static readonly tfResourceType = ImageExportResource.tfResourceType;

  /**
   * True for an ImageExport made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageExport(x: unknown): x is ImageExport {
    return hasBrand(x, IMAGE_EXPORT_BRAND);
  }

  /** The generated binding underneath, for settings this construct does not expose. */
  public readonly resource: ImageExportResource;

  constructor(scope: Construct, id: string, props: ImageExportProps) {
    super(scope, id);
    addBrand(this, IMAGE_EXPORT_BRAND);
    validateNowAndAtSynth(this, () => ({ bosUrl: props.bosUrl, format: props.format }), (request) =>
      schemaProblems(ExportImageRequestSchema, request, (field) => field),
    );
    this.resource = new ImageExportResource(this, 'Resource', {
      provider: props.image.provider,
      imageId: props.image.imageId,
      bosUrl: props.bosUrl,
      format: props.format,
      ...(props.createTimeout !== undefined ? { timeouts: { create: props.createTimeout } } : {}),
    });
  }

  /** The export task id. */
  get taskId(): string {
    return this.resource.taskId;
  }

  /** The exported object, `bos://bucket/prefix/<image id>.<format>`. */
  get objectUrl(): string {
    return this.resource.objectUrl;
  }

  /** Task status: Running, Succeeded or Failed. */
  get status(): string {
    return this.resource.status;
  }
}
