/**
 * The golden-image pipeline: an image from an instance, shared with three
 * accounts, copied to two regions, each copy shared there too, and the id of
 * every image as an output. A second stack shows a post-build step hooked onto
 * the image id with a null_resource (@cdktf/provider-null).
 *
 * Configuration comes from cdktf context (cdktf.json "context") or the
 * environment, with defaults for the emulator's development account:
 *
 * | setting | context key | environment | default |
 * |---|---|---|---|
 * | instance to image | instanceId | GOLDEN_INSTANCE_ID | the emulator's seeded `running-cds` of `dev` in `bj` |
 * | image name | imageName | GOLDEN_IMAGE_NAME | golden-web |
 * | accounts to share with | shareWith | GOLDEN_SHARE_WITH | alice,bob,carol |
 * | region | region | GOLDEN_REGION | bj |
 * | copy regions | copyRegions | GOLDEN_COPY_REGIONS | gz,su |
 * | owning account (for synth checks) | accountName | GOLDEN_ACCOUNT_NAME | dev |
 * | endpoint template | endpoint | IMAGECLOUD_ENDPOINT (read by the provider) | the real service |
 *
 * Credentials are never in the configuration: the provider reads
 * BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY when Terraform runs.
 */
import type { Construct } from 'constructs';
import { Resource as NullResource } from '@cdktf/provider-null/lib/resource';
import { NullProvider } from '@cdktf/provider-null/lib/provider';
import { REGIONS, type Region } from '../../src/api/schemas';
import { App, TerraformOutput, TerraformStack } from '../../src/constructs/cdktf';
import { CustomImage, ImageCloudProvider } from '../../src/constructs';

export interface GoldenImageConfig {
  instanceId: string;
  imageName: string;
  shareWith: string[];
  region: Region;
  copyRegions: Region[];
  accountName?: string;
  endpoint?: string;
}

/** The seeded `running-cds` instance of the emulator's `dev` account in `bj` (fixture ids derive from names, so they are stable). */
export const EMULATOR_INSTANCE_ID = 'i-Hl8ITboa';

export const GOLDEN_STACK = 'golden-image';
export const HOOKS_STACK = 'golden-image-hooks';

/** Reads the settings from the app's context, then the environment, then the defaults (see the table above). */
export function goldenImageConfig(app: App, env: NodeJS.ProcessEnv = process.env): GoldenImageConfig {
  const setting = (contextKey: string, envName: string): string | undefined => {
    const fromContext: unknown = app.node.tryGetContext(contextKey);
    if (fromContext !== undefined) return Array.isArray(fromContext) ? fromContext.join(',') : String(fromContext);
    return env[envName] || undefined;
  };
  const list = (text: string) => text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  return {
    instanceId: setting('instanceId', 'GOLDEN_INSTANCE_ID') ?? EMULATOR_INSTANCE_ID,
    imageName: setting('imageName', 'GOLDEN_IMAGE_NAME') ?? 'golden-web',
    shareWith: list(setting('shareWith', 'GOLDEN_SHARE_WITH') ?? 'alice,bob,carol'),
    region: region(setting('region', 'GOLDEN_REGION') ?? 'bj'),
    copyRegions: list(setting('copyRegions', 'GOLDEN_COPY_REGIONS') ?? 'gz,su').map(region),
    accountName: setting('accountName', 'GOLDEN_ACCOUNT_NAME') ?? 'dev',
    endpoint: setting('endpoint', 'IMAGECLOUD_ENDPOINT'),
  };
}

function region(name: string): Region {
  if (!(REGIONS as readonly string[]).includes(name)) throw new Error(`"${name}" is not a region; one of ${REGIONS.join(', ')}`);
  return name as Region;
}

export class GoldenImageStack extends TerraformStack {
  public readonly image: CustomImage;

  constructor(scope: Construct, id: string, config: GoldenImageConfig) {
    super(scope, id);
    new ImageCloudProvider(this, 'imagecloud', { region: config.region, endpoint: config.endpoint, accountName: config.accountName });

    this.image = new CustomImage(this, 'golden', {
      name: config.imageName,
      description: 'Golden web image, built from the reference instance',
      source: { kind: 'instance', instanceId: config.instanceId },
      tags: { role: 'web', pipeline: 'golden-image' },
    });
    this.image.shareWith(...config.shareWith);
    new TerraformOutput(this, 'image_id', { value: this.image.imageId, description: `Golden image in ${config.region}` });

    for (const copyRegion of config.copyRegions) {
      const copy = this.image.copyTo(copyRegion);
      copy.shareWith(...config.shareWith);
      new TerraformOutput(this, `image_id_${copyRegion}`, { value: copy.imageId, description: `Copy in ${copyRegion}` });
    }
  }
}

/**
 * A post-build step: a null_resource whose trigger is the golden image's id,
 * so it runs again whenever the image is replaced. Synth-only here: the null
 * provider comes from a registry, which this environment cannot reach.
 */
export class GoldenImageHooksStack extends TerraformStack {
  constructor(scope: Construct, id: string, golden: GoldenImageStack) {
    super(scope, id);
    new NullProvider(this, 'null');
    new NullResource(this, 'smoke-test', {
      // A cross-stack reference: cdktf turns it into an output of the golden stack and remote state here.
      triggers: { image_id: golden.image.imageId },
    });
  }
}

/** Both stacks of the example, in `app`. */
export function goldenImageApp(app: App, config: GoldenImageConfig = goldenImageConfig(app)): { golden: GoldenImageStack; hooks: GoldenImageHooksStack } {
  const golden = new GoldenImageStack(app, GOLDEN_STACK, config);
  const hooks = new GoldenImageHooksStack(app, HOOKS_STACK, golden);
  return { golden, hooks };
}
