/**
 * Adopting images that already exist, two ways:
 * - `CustomImage.fromImageId` references an image this app does not manage
 *   (read with the imagecloud_image data source) and shares it;
 * - `customImage.importFrom(id)` takes an existing image under management
 *   with a Terraform `import {}` block (Terraform >= 1.5): the next apply
 *   imports it instead of creating one, and later applies update it in place.
 *
 * Configuration (cdktf context, then environment):
 *
 * | setting | context key | environment |
 * |---|---|---|
 * | image to reference and share | sharedImageId | ADOPT_SHARED_IMAGE_ID |
 * | image to import, and its props | importImageId, importImageName, importInstanceId | ADOPT_IMPORT_IMAGE_ID, ADOPT_IMPORT_IMAGE_NAME, ADOPT_IMPORT_INSTANCE_ID |
 * | accounts to share with | shareWith | ADOPT_SHARE_WITH (default alice) |
 * | region | region | ADOPT_REGION (default bj) |
 *
 * Run it with `npx cdktf synth --app "npx tsx examples/adopt-existing/main.ts"`.
 */
import type { Construct } from 'constructs';
import type { Region } from '../../src/api/schemas';
import { TerraformOutput, TerraformStack, type App } from '../../src/constructs/cdktf';
import { CustomImage, ImageCloudProvider, type ExistingImage } from '../../src/constructs';

export interface AdoptConfig {
  /** An image to reference and share (not managed by this app). */
  sharedImageId: string;
  /** An image to import; `importImageName` and `importInstanceId` describe it as it is, so the plan after import is empty. */
  importImageId: string;
  importImageName: string;
  importInstanceId: string;
  shareWith: string[];
  region: Region;
}

export const ADOPT_STACK = 'adopt-existing';

export function adoptConfig(app: App, env: NodeJS.ProcessEnv = process.env): AdoptConfig {
  const setting = (contextKey: string, envName: string): string | undefined => {
    const fromContext: unknown = app.node.tryGetContext(contextKey);
    return fromContext !== undefined ? String(fromContext) : env[envName] || undefined;
  };
  const required = (contextKey: string, envName: string): string => {
    const value = setting(contextKey, envName);
    if (value === undefined) throw new Error(`adopt-existing needs ${envName} (or the cdktf context key ${contextKey})`);
    return value;
  };
  return {
    sharedImageId: required('sharedImageId', 'ADOPT_SHARED_IMAGE_ID'),
    importImageId: required('importImageId', 'ADOPT_IMPORT_IMAGE_ID'),
    importImageName: required('importImageName', 'ADOPT_IMPORT_IMAGE_NAME'),
    importInstanceId: required('importInstanceId', 'ADOPT_IMPORT_INSTANCE_ID'),
    shareWith: (setting('shareWith', 'ADOPT_SHARE_WITH') ?? 'alice').split(',').map((account) => account.trim()),
    region: (setting('region', 'ADOPT_REGION') ?? 'bj') as Region,
  };
}

export class AdoptExistingStack extends TerraformStack {
  public readonly referenced: ExistingImage;
  public readonly imported: CustomImage;

  constructor(scope: Construct, id: string, config: AdoptConfig) {
    super(scope, id);
    new ImageCloudProvider(this, 'imagecloud', { region: config.region });

    this.referenced = CustomImage.fromImageId(this, 'referenced', config.sharedImageId);
    this.referenced.shareWith(...config.shareWith);
    new TerraformOutput(this, 'referenced_status', { value: this.referenced.status });

    this.imported = new CustomImage(this, 'imported', {
      name: config.importImageName,
      source: { kind: 'instance', instanceId: config.importInstanceId },
    }).importFrom(config.importImageId);
    new TerraformOutput(this, 'imported_image_id', { value: this.imported.imageId });
  }
}
