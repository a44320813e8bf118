/**
 * ImageCloudProvider: the `imagecloud` provider block of a stack, plus the
 * per-stack registry that gives every region its provider. One provider serves
 * one region; a construct that needs another region (a copy's destination, a
 * share of that copy) asks `ImageCloudProvider.forRegion` and gets an aliased
 * provider created on demand with the same settings, so users never wire
 * aliases by hand.
 */
import type { Construct } from 'constructs';
import { REGIONS, ShareImageRequestSchema, type Region } from '../api/schemas';
import { ImagecloudProvider } from './bindings/provider';
import { addBrand, brandSymbol, hasBrand } from './brands';
import { Aspects, FRAMEWORK_PACKAGE, TerraformStack } from './cdktf';
import { ImageQuotaAspect } from './quota-aspect';
import { ImageCloudValidationError, isUnknown, schemaProblems, validateNowAndAtSynth } from './validation';

/** Settings of an {@link ImageCloudProvider}: the region, where the API is, and whose credentials it uses. */
export interface ImageCloudProviderProps {
  /**
   * Region this provider manages images in: one of bj, gz, su, bd, fwh, hkg.
   * Constructs need it at synth (to pick providers per region and check
   * quotas), so it cannot be a token.
   *
   * @default - `BCE_REGION`, then `IMAGECLOUD_REGION` from the environment at synth time; the constructor throws when neither is set
   */
  readonly region?: Region;
  /**
   * Where requests go: a template with `{region}`, e.g. `http://{region}.localhost:4566`
   * or `http://127.0.0.1:4566/region/{region}` for the emulator, or the URL of this
   * provider's region alone (then copies to other regions need `endpoints`).
   *
   * @default - left out of the configuration: the provider reads `IMAGECLOUD_ENDPOINT` when Terraform runs, else uses the real service, `https://bcc.{region}.baidubce.com`
   */
  readonly endpoint?: string;
  /**
   * Per-region URLs, ahead of `endpoint`, e.g. the emulator's region ports:
   * `{ bj: 'http://127.0.0.1:4567', gz: 'http://127.0.0.1:4568' }`.
   *
   * @default - none: every region's URL comes from `endpoint`
   */
  readonly endpoints?: Partial<Record<Region, string>>;
  /**
   * Access key id. Leave it out to keep credentials out of the synthesized JSON.
   *
   * @default - left out: the provider reads `BCE_ACCESS_KEY_ID` when Terraform runs
   */
  readonly accessKey?: string;
  /**
   * Secret access key. Only a token is accepted (e.g. a sensitive
   * TerraformVariable): a literal would be written in clear into the
   * synthesized JSON.
   *
   * @default - left out: the provider reads `BCE_SECRET_ACCESS_KEY` when Terraform runs
   */
  readonly secretKey?: string;
  /**
   * Security token of temporary credentials. Only a token is accepted, as for `secretKey`.
   *
   * @default - left out: the provider reads `BCE_SESSION_TOKEN` when Terraform runs
   */
  readonly sessionToken?: string;
  /**
   * Retries of a failed read (throttling, 5xx, dropped connection), 0-20.
   * Writes carry an idempotency token and are retried until their deadline whatever this says.
   *
   * @default - the provider's default: reads are retried with backoff for up to 2 minutes
   */
  readonly maxRetries?: number;
  /**
   * Id (32 hexadecimal digits) of the account the credentials belong to. Not
   * sent to Terraform: it lets the quota checks count images per account and
   * refuse shares with the owning account at synth.
   *
   * @default - unknown: images are counted under `accountName`, else the access key, else "the environment credentials"
   */
  readonly accountId?: string;
  /**
   * Login name of the account the credentials belong to; used like `accountId`.
   *
   * @default - unknown: shares with the owner by name are not caught at synth
   */
  readonly accountName?: string;
  /**
   * Terraform provider alias. Aliased providers for other regions are made by
   * `forRegion`; set it only for a second provider in the same region (e.g.
   * another account).
   *
   * @default - no alias: the stack's one unaliased provider
   */
  readonly alias?: string;
}

interface StackProviders {
  /** The first provider of the stack: what image constructs use by default. */
  primary: ImageCloudProvider;
  /** The provider without alias, if any (Terraform allows one per module). */
  unaliased?: ImageCloudProvider;
  /** Per account (see accountKey), the provider of each region: the first one created for it. */
  byAccount: Map<string, Map<Region, ImageCloudProvider>>;
}

const providersByStack = new WeakMap<TerraformStack, StackProviders>();

const PROVIDER_BRAND = brandSymbol('ImageCloudProvider');

/**
 * The `imagecloud` provider of one region (and one account) in a stack. The
 * first one of a stack is what image constructs use by default; the ones of
 * other regions are made on demand by `forRegion`. It adds the app-wide
 * {@link ImageQuotaAspect} to its stack.
 */
export class ImageCloudProvider extends ImagecloudProvider {
  /**
   * True for an ImageCloudProvider made by any copy of this library (where
   * `instanceof` would only know one copy's class).
   */
  static isImageCloudProvider(x: unknown): x is ImageCloudProvider {
    return hasBrand(x, PROVIDER_BRAND);
  }

  /** The region this provider serves (resolved from the environment if not given). */
  public readonly imageRegion: Region;
  /** The `accountId` prop: the id of the account the credentials belong to, if given. */
  public readonly accountId?: string;
  /** The `accountName` prop: the login name of the account the credentials belong to, if given. */
  public readonly accountName?: string;
  private readonly settings: ImageCloudProviderProps;

  /**
   * The stack's provider for `scope`: the first ImageCloudProvider created in
   * the stack. Throws, naming the stack, when there is none.
   *
   * @param scope a construct in the stack to look in
   */
  static of(scope: Construct): ImageCloudProvider {
    return stackProviders(scope).primary;
  }

  /**
   * The provider for `region` with the account and settings of `basedOn`
   * (default: the stack's provider): `basedOn` itself when it serves that
   * region, the stack's existing provider for that account and region, or a
   * new one with the same settings, aliased `<region>` (prefixed with
   * `basedOn`'s alias when it has one).
   *
   * @param scope a construct in the stack to look in
   * @param region the region the provider must serve
   * @param basedOn the provider whose account and settings to use; default: the stack's provider
   */
  static forRegion(scope: Construct, region: Region, basedOn: ImageCloudProvider = ImageCloudProvider.of(scope)): ImageCloudProvider {
    if (basedOn.imageRegion === region) return basedOn;
    const existing = stackProviders(scope).byAccount.get(basedOn.accountKey)?.get(region);
    if (existing) return existing;
    const alias = basedOn.settings.alias === undefined ? region : `${basedOn.settings.alias}-${region}`;
    return new ImageCloudProvider(TerraformStack.of(scope), `imagecloud-${alias}`, { ...basedOn.settings, region, alias });
  }

  constructor(scope: Construct, id: string, props: ImageCloudProviderProps = {}) {
    const region = props.region ?? regionFromEnvironment();
    super(scope, id, {
      region,
      endpoint: props.endpoint,
      endpoints: props.endpoints,
      accessKey: props.accessKey,
      secretKey: props.secretKey,
      sessionToken: props.sessionToken,
      maxRetries: props.maxRetries,
      alias: props.alias,
    });
    this.imageRegion = region as Region;
    this.accountId = props.accountId;
    this.accountName = props.accountName;
    this.settings = props;
    addBrand(this, PROVIDER_BRAND);
    validateNowAndAtSynth(this, () => ({ ...props, region }), checkProviderProps);

    const stack = TerraformStack.of(this);
    let providers = providersByStack.get(stack);
    if (!providers) {
      checkStackFramework(this, stack);
      providers = { primary: this, byAccount: new Map() };
      providersByStack.set(stack, providers);
      Aspects.of(stack).add(new ImageQuotaAspect());
    }
    if (props.alias === undefined) {
      if (providers.unaliased) {
        throw new ImageCloudValidationError(this.node.path, [
          `alias: stack ${stack.node.path} already has an ImageCloudProvider without alias (${providers.unaliased.node.path}); give this one an alias, or let constructs take other regions' providers from ImageCloudProvider.forRegion`,
        ]);
      }
      providers.unaliased = this;
    }
    const regions = providers.byAccount.get(this.accountKey) ?? new Map<Region, ImageCloudProvider>();
    providers.byAccount.set(this.accountKey, regions);
    if (!regions.has(this.imageRegion)) regions.set(this.imageRegion, this);
  }

  /**
   * Who owns what this provider creates, for quota counting: the account id or
   * name when given, else the access key, else the environment's credentials
   * (one account for every provider that leaves credentials to the environment).
   */
  get accountKey(): string {
    return this.accountId ?? this.accountName ?? this.settings.accessKey ?? 'the environment credentials';
  }

  /** True when `account` (a name or id) is this provider's own account, as far as the props tell. */
  isOwnAccount(account: string): boolean {
    return account === this.accountId || account === this.accountName;
  }
}

function stackProviders(scope: Construct): StackProviders {
  const stack = TerraformStack.of(scope);
  const providers = providersByStack.get(stack);
  if (!providers) {
    throw new Error(
      `[${scope.node.path}] needs an ImageCloudProvider in stack ${stack.node.path}: add \`new ImageCloudProvider(stack, 'imagecloud', { region: 'bj' })\` before creating image constructs`,
    );
  }
  return providers;
}

/**
 * cdktf keeps a construct's aspects under a module-private `Symbol`, so an
 * aspect added through imagecloud's copy of cdktf is invisible to a stack
 * made by another copy (the user's): its synthesis would never run the quota
 * checks, and say nothing. Such a stack is not an instance of this copy's
 * TerraformStack class.
 */
function checkStackFramework(provider: ImageCloudProvider, stack: Construct): void {
  if (stack instanceof TerraformStack) return;
  throw new Error(
    `[${provider.node.path}] stack ${stack.node.path} was made by another copy of ${FRAMEWORK_PACKAGE} than the one imagecloud loaded (${require.resolve(FRAMEWORK_PACKAGE)}): ` +
      `with two copies of ${FRAMEWORK_PACKAGE} loaded, the ImageQuotaAspect imagecloud adds to the stack would never run. ` +
      `${FRAMEWORK_PACKAGE} is a peer dependency of imagecloud, so your app and imagecloud must load one copy: \`npm ls ${FRAMEWORK_PACKAGE}\` should show a single version (\`npm dedupe\` merges them); ` +
      `do not install imagecloud from a folder that has its own node_modules (\`npm install ../imagecloud\` links that folder, node_modules and all): install the tarball of \`npm pack\` instead. ` +
      `An app on CDK Terrain (cdktn) imports the constructs from 'imagecloud/cdktn', an app on cdktf from 'imagecloud'.`,
  );
}

function regionFromEnvironment(): string {
  const region = process.env.BCE_REGION ?? process.env.IMAGECLOUD_REGION;
  if (!region) throw new Error('ImageCloudProvider needs a region: set the region prop, or BCE_REGION (or IMAGECLOUD_REGION) in the environment');
  return region;
}

/** The region must be known at synth; endpoint and retry settings are the provider's to check (terraform validate). */
function checkProviderProps(props: Omit<ImageCloudProviderProps, 'region'> & { region: string }): string[] {
  const problems: string[] = [];
  if (isUnknown(props.region)) {
    problems.push('region: must be known at synth (a region name, not a token): constructs choose providers and check quotas by region');
  } else if (!(REGIONS as readonly string[]).includes(props.region)) {
    problems.push(`region: "${props.region}" is not a region; one of ${REGIONS.join(', ')}`);
  }
  for (const secret of ['secretKey', 'sessionToken'] as const) {
    const value = props[secret];
    if (value !== undefined && !isUnknown(value)) {
      problems.push(
        `${secret}: a literal secret would be written in clear into cdktf.out; pass a token (e.g. a sensitive TerraformVariable) or leave it out so the provider reads ${secret === 'secretKey' ? 'BCE_SECRET_ACCESS_KEY' : 'BCE_SESSION_TOKEN'} when Terraform runs`,
      );
    }
  }
  if (props.accountId !== undefined) {
    problems.push(...schemaProblems(ShareImageRequestSchema, { accountId: props.accountId }, () => 'accountId'));
  }
  if (props.accountName !== undefined) {
    problems.push(...schemaProblems(ShareImageRequestSchema, { account: props.accountName }, () => 'accountName'));
  }
  return problems;
}
