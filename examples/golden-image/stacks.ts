/**
 * The golden-image pipeline: an image from an instance, shared with three
 * accounts, copied to two regions, each copy shared there too, and the id of
 * every image as an output. Then the image is put to use: one of the accounts
 * it is shared with (the recipient) launches an instance from the shared copy
 * in the first copy region, with a provider of its own account. A second
 * stack shows a post-build step hooked onto the image id with a null_resource
 * (@cdktf/provider-null).
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
 * | account launching an instance (one of the accounts shared with) | recipient | GOLDEN_RECIPIENT | alice |
 * | its access key id | recipientAccessKey | GOLDEN_RECIPIENT_ACCESS_KEY | the emulator's key of `alice` |
 * | its secret access key | | TF_VAR_recipient_secret_key (a sensitive Terraform variable) | none: required |
 * | region of the copy it launches from | launchRegion | GOLDEN_LAUNCH_REGION | the first copy region |
 *
 * The owner's credentials are never in the configuration: the provider reads
 * BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY when Terraform runs. The
 * recipient's provider needs credentials of its own: its access key id is
 * configuration, its secret key a sensitive variable that Terraform reads
 * from TF_VAR_recipient_secret_key, so it is never written to cdktf.out.
 */
import type { Construct } from 'constructs';
import { Resource as NullResource } from '@cdktf/provider-null/lib/resource';
import { NullProvider } from '@cdktf/provider-null/lib/provider';
import { REGIONS, type Region } from '../../src/api/schemas';
import { App, TerraformOutput, TerraformStack, TerraformVariable } from '../../src/constructs/cdktf';
import { CustomImage, ImageCloudProvider, type Instance } from '../../src/constructs';

export interface GoldenImageConfig {
  instanceId: string;
  imageName: string;
  shareWith: string[];
  region: Region;
  copyRegions: Region[];
  accountName?: string;
  endpoint?: string;
  recipient: string;
  recipientAccessKey: string;
  launchRegion: Region;
}

/** The seeded `running-cds` instance of the emulator's `dev` account in `bj` (fixture ids derive from names, so they are stable). */
export const EMULATOR_INSTANCE_ID = 'i-Hl8ITboa';

/** The access key id of the emulator's seeded `alice` account (the recipient by default). */
export const EMULATOR_ALICE_ACCESS_KEY = 'AKALICE000000000000000000000000002';

/** The Terraform variable holding the recipient's secret key: set TF_VAR_recipient_secret_key. */
export const RECIPIENT_SECRET_VARIABLE = 'recipient_secret_key';

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
  const copyRegions = list(setting('copyRegions', 'GOLDEN_COPY_REGIONS') ?? 'gz,su').map(region);
  return {
    instanceId: setting('instanceId', 'GOLDEN_INSTANCE_ID') ?? EMULATOR_INSTANCE_ID,
    imageName: setting('imageName', 'GOLDEN_IMAGE_NAME') ?? 'golden-web',
    shareWith: list(setting('shareWith', 'GOLDEN_SHARE_WITH') ?? 'alice,bob,carol'),
    region: region(setting('region', 'GOLDEN_REGION') ?? 'bj'),
    copyRegions,
    accountName: setting('accountName', 'GOLDEN_ACCOUNT_NAME') ?? 'dev',
    endpoint: setting('endpoint', 'IMAGECLOUD_ENDPOINT'),
    recipient: setting('recipient', 'GOLDEN_RECIPIENT') ?? 'alice',
    recipientAccessKey: setting('recipientAccessKey', 'GOLDEN_RECIPIENT_ACCESS_KEY') ?? EMULATOR_ALICE_ACCESS_KEY,
    launchRegion: region(setting('launchRegion', 'GOLDEN_LAUNCH_REGION') ?? copyRegions[0] ?? 'gz'),
  };
}

function region(name: string): Region {
  if (!(REGIONS as readonly string[]).includes(name)) throw new Error(`"${name}" is not a region; one of ${REGIONS.join(', ')}`);
  return name as Region;
}

export class GoldenImageStack extends TerraformStack {
  public readonly image: CustomImage;
  /** The recipient's instance, launched from the shared copy in the launch region. */
  public readonly instance: Instance;

  constructor(scope: Construct, id: string, config: GoldenImageConfig) {
    super(scope, id);
    if (!config.copyRegions.includes(config.launchRegion)) {
      throw new Error(`launchRegion ${config.launchRegion} is not one of the copy regions (${config.copyRegions.join(', ')}): the recipient launches from a copy`);
    }
    new ImageCloudProvider(this, 'imagecloud', { region: config.region, endpoint: config.endpoint, accountName: config.accountName });
    const recipientSecret = new TerraformVariable(this, RECIPIENT_SECRET_VARIABLE, {
      type: 'string',
      sensitive: true,
      description: `Secret access key of ${config.recipient}, the account that launches an instance from the shared copy`,
    });
    // The recipient's own account, in the region it launches in; alias: a second account beside the owner's.
    const recipient = new ImageCloudProvider(this, 'recipient', {
      region: config.launchRegion,
      alias: 'recipient',
      endpoint: config.endpoint,
      accountName: config.recipient,
      accessKey: config.recipientAccessKey,
      secretKey: recipientSecret.stringValue,
    });

    this.image = new CustomImage(this, 'golden', {
      name: config.imageName,
      description: 'Golden web image, built from the reference instance',
      source: { kind: 'instance', instanceId: config.instanceId },
      tags: { role: 'web', pipeline: 'golden-image' },
    });
    this.image.shareWith(...config.shareWith);
    new TerraformOutput(this, 'image_id', { value: this.image.imageId, description: `Golden image in ${config.region}` });

    const copies = config.copyRegions.map((copyRegion) => {
      const copy = this.image.copyTo(copyRegion);
      copy.shareWith(...config.shareWith);
      new TerraformOutput(this, `image_id_${copyRegion}`, { value: copy.imageId, description: `Copy in ${copyRegion}` });
      return copy;
    });

    // A new golden image (another source instance) replaces the copies, and the instance is rebuilt in place from the new copy.
    const launchFrom = copies[config.copyRegions.indexOf(config.launchRegion)]!;
    this.instance = launchFrom.launch(this, 'recipient-web', {
      name: 'golden-web-1',
      spec: 'bcc.g4.c2m8',
      provider: recipient,
      tags: { role: 'web', pipeline: 'golden-image' },
    });
    new TerraformOutput(this, 'instance_id', { value: this.instance.instanceId, description: `${config.recipient}'s instance in ${config.launchRegion}, from the shared copy` });
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
