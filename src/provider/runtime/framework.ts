/**
 * Declaring a provider: its configuration schema, resources and data
 * sources, each declared once with their handlers. See docs/provider-runtime.md.
 */
import { Unknown, ValuePath } from './cty';
import { Diagnostic } from './diagnostics';
import { Logger } from './log';
import { AttributeMap, BlockMap, BlockSchema, Model, TimeoutOperation } from './schema';
import { SchemaJson, toSchemaJson } from './schema-export';

/** What every handler gets besides its values. */
export interface HandlerContext {
  /** Aborted when Terraform stops the provider (Ctrl-C) or the operation's timeout passes. */
  readonly signal: AbortSignal;
  readonly log: Logger;
  /** Adds a warning diagnostic to the response. */
  warn(summary: string, detail?: string, path?: ValuePath): void;
}

export interface ResourceContext<TClient> extends HandlerContext {
  /** What the provider's configure() returned. */
  readonly client: TClient;
  /**
   * Provider-private data kept by Terraform with this resource instance,
   * never shown to users. Mutate it in read/create/update/importState; it
   * round-trips Read -> Plan -> Apply. Values must be JSON.
   */
  readonly private: Record<string, unknown>;
}

/** A planned value: computed attributes may not be known until apply. */
export type Planned<M> = { [K in keyof M]: M[K] | Unknown };

export interface ModifyPlanRequest<M> {
  /** The configuration; parts may be unknown. */
  config: Planned<M>;
  /** Prior state; null when creating. */
  prior: M | null;
  /** The plan the framework computed (defaults, unknowns, plan modifiers applied). */
  planned: Planned<M>;
}

export interface ModifyPlanResult<M> {
  planned?: Planned<M>;
  /** Extra attribute paths whose change forces replacement. */
  requiresReplace?: ValuePath[];
}

export interface ResourceSpec<TClient, A extends AttributeMap, B extends BlockMap> extends BlockSchema<A, B> {
  /** The resource type name, e.g. "imagecloud_custom_image". */
  name: string;
  /** Schema version; raise it when stored state needs upgradeState. */
  version?: number;
  /** HCL for the generated docs' "Example Usage". */
  example?: string;
  /** Shell lines for the generated docs' "Import" section, e.g. `terraform import imagecloud_custom_image.web img-123`. */
  importExample?: string;
  /** Used when the `timeouts` block leaves an operation out; Go duration strings. */
  defaultTimeouts?: Partial<Record<TimeoutOperation, string>>;

  /** Creates the object from the plan (unknown computed values arrive as null) and returns the full new state. */
  create(ctx: ResourceContext<TClient>, plan: Model<A, B>): Promise<Model<A, B>> | Model<A, B>;
  /** Returns the current remote state, or null when the object no longer exists. */
  read(ctx: ResourceContext<TClient>, state: Model<A, B>): Promise<Model<A, B> | null> | Model<A, B> | null;
  /**
   * Updates in place. Without it every configuration change forces replacement.
   * Unknown computed values in the plan arrive as null.
   */
  update?(ctx: ResourceContext<TClient>, plan: Model<A, B>, prior: Model<A, B>): Promise<Model<A, B>> | Model<A, B>;
  delete(ctx: ResourceContext<TClient>, state: Model<A, B>): Promise<void> | void;
  /**
   * `terraform import` support: turn the user's ID into enough state for read()
   * to find the object (usually `{ id }`). Without it import is refused.
   */
  importState?(ctx: ResourceContext<TClient>, id: string): Promise<Partial<Model<A, B>>> | Partial<Model<A, B>>;
  /** Cross-attribute checks; per-attribute checks belong in validators. Parts may be unknown. */
  validate?(config: Planned<Model<A, B>>): Diagnostic[] | undefined;
  /** Adjusts the computed plan, e.g. marks a computed attribute unknown because another changed. */
  modifyPlan?(
    ctx: ResourceContext<TClient>,
    request: ModifyPlanRequest<Model<A, B>>,
  ): Promise<ModifyPlanResult<Model<A, B>> | undefined> | ModifyPlanResult<Model<A, B>> | undefined;
  /** Rewrites stored state (parsed JSON) from an older schema version into the current one. */
  upgradeState?(fromVersion: number, state: Record<string, unknown>): Record<string, unknown>;
}

export interface DataSourceSpec<TClient, A extends AttributeMap, B extends BlockMap> extends BlockSchema<A, B> {
  /** The data source type name, e.g. "imagecloud_images". */
  name: string;
  example?: string;
  /** Reads the data; computed attributes arrive as null in config. Returns the full state. */
  read(ctx: ResourceContext<TClient>, config: Model<A, B>): Promise<Model<A, B>> | Model<A, B>;
  validate?(config: Planned<Model<A, B>>): Diagnostic[] | undefined;
}

/** A resource as the runtime sees it: spec plus derived schema facts. */
export interface ResourceDefinition<TClient, M = any> extends ResourceSpec<TClient, AttributeMap, BlockMap> {
  readonly kind: 'resource';
  readonly version: number;
  /** Phantom field carrying the model type; never set. */
  readonly __model?: M;
}

export interface DataSourceDefinition<TClient, M = any> extends DataSourceSpec<TClient, AttributeMap, BlockMap> {
  readonly kind: 'data-source';
  /** Phantom field carrying the model type; never set. */
  readonly __model?: M;
}

export interface ConfigureContext {
  readonly signal: AbortSignal;
  readonly log: Logger;
  readonly terraformVersion: string;
  /**
   * True when part of the provider configuration depends on values only
   * known after apply. Those attributes arrive as null.
   */
  readonly configIsPartial: boolean;
  warn(summary: string, detail?: string, path?: ValuePath): void;
}

export interface ProviderSpec<TClient, A extends AttributeMap, B extends BlockMap> extends BlockSchema<A, B> {
  /** Source address as in required_providers, fully qualified: "registry.terraform.io/imagecloud/imagecloud". */
  address: string;
  /** Provider release version, for logs and docs. */
  version: string;
  /** Builds what resources get as ctx.client from the provider block. */
  configure(ctx: ConfigureContext, config: Model<A, B>): Promise<TClient> | TClient;
  resources: readonly ResourceDefinition<TClient>[];
  dataSources?: readonly DataSourceDefinition<TClient>[];
  validate?(config: Planned<Model<A, B>>): Diagnostic[] | undefined;
}

export interface ProviderDefinition<TClient = unknown> extends ProviderSpec<TClient, AttributeMap, BlockMap> {
  readonly kind: 'provider';
  /** The provider's local type name, the last part of the address ("imagecloud"). */
  readonly typeName: string;
}

/**
 * Binds resource and data source declarations to the client type the
 * provider's configure() returns:
 *
 *   const { defineResource, defineDataSource } = frameworkFor<ImageCloudClient>();
 */
export function frameworkFor<TClient>() {
  return {
    defineResource<A extends AttributeMap, B extends BlockMap = {}>(
      spec: ResourceSpec<TClient, A, B>,
    ): ResourceDefinition<TClient, Model<A, B>> {
      checkSchemaNames(spec, spec.name);
      return { ...(spec as unknown as ResourceSpec<TClient, AttributeMap, BlockMap>), kind: 'resource', version: spec.version ?? 0 };
    },
    defineDataSource<A extends AttributeMap, B extends BlockMap = {}>(
      spec: DataSourceSpec<TClient, A, B>,
    ): DataSourceDefinition<TClient, Model<A, B>> {
      checkSchemaNames(spec, spec.name);
      return { ...(spec as unknown as DataSourceSpec<TClient, AttributeMap, BlockMap>), kind: 'data-source' };
    },
  };
}

export function defineProvider<TClient, A extends AttributeMap, B extends BlockMap = {}>(
  spec: ProviderSpec<TClient, A, B>,
): ProviderDefinition<TClient> {
  const typeName = spec.address.split('/').pop() ?? '';
  if (!/^[a-z][a-z0-9-]*$/.test(typeName) || spec.address.split('/').length !== 3) {
    throw new Error(`provider address must look like "registry.terraform.io/<namespace>/<type>", got "${spec.address}"`);
  }
  checkSchemaNames(spec, typeName);
  const names = new Set<string>();
  for (const entry of [...spec.resources, ...(spec.dataSources ?? [])]) {
    const key = `${entry.kind}:${entry.name}`;
    if (names.has(key)) throw new Error(`${entry.kind} "${entry.name}" is declared twice`);
    if (entry.name !== typeName && !entry.name.startsWith(`${typeName}_`)) {
      throw new Error(`${entry.kind} "${entry.name}" must be named "${typeName}_<something>"`);
    }
    names.add(key);
  }
  return { ...(spec as unknown as ProviderSpec<TClient, AttributeMap, BlockMap>), kind: 'provider', typeName };
}

const NAME_PATTERN = /^[a-z_][a-z0-9_]*$/;
/** Names Terraform reserves in resource blocks (meta-arguments). */
const RESERVED_NAMES = new Set(['count', 'depends_on', 'for_each', 'lifecycle', 'provider', 'provisioner', 'connection']);

/** Fails at declaration time on names Terraform would reject at run time. */
function checkSchemaNames(schema: BlockSchema, owner: string): void {
  if (!NAME_PATTERN.test(owner)) throw new Error(`"${owner}" is not a valid Terraform type name`);
  const names = [...Object.keys(schema.attributes), ...Object.keys(schema.blocks ?? {})];
  for (const name of names) {
    if (!NAME_PATTERN.test(name)) throw new Error(`${owner}: "${name}" is not a valid attribute name`);
    if (RESERVED_NAMES.has(name)) throw new Error(`${owner}: "${name}" is reserved by Terraform`);
  }
  const attributeNames = new Set(Object.keys(schema.attributes));
  for (const name of Object.keys(schema.blocks ?? {})) {
    if (attributeNames.has(name)) throw new Error(`${owner}: "${name}" is both an attribute and a block`);
  }
  for (const nested of Object.values(schema.blocks ?? {})) checkSchemaNames(nested.schema, owner);
}

/** The provider's schemas in `terraform providers schema -json` format (format_version 1.0). */
export function providerSchemaJson(provider: ProviderDefinition<any>) {
  const resourceSchemas: Record<string, SchemaJson> = {};
  for (const resource of [...provider.resources].sort((a, b) => a.name.localeCompare(b.name))) {
    resourceSchemas[resource.name] = toSchemaJson(resource, resource.version);
  }
  const dataSourceSchemas: Record<string, SchemaJson> = {};
  for (const dataSource of [...(provider.dataSources ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
    dataSourceSchemas[dataSource.name] = toSchemaJson(dataSource, 0);
  }
  const entry: Record<string, unknown> = { provider: toSchemaJson(provider, 0) };
  if (Object.keys(resourceSchemas).length > 0) entry.resource_schemas = resourceSchemas;
  if (Object.keys(dataSourceSchemas).length > 0) entry.data_source_schemas = dataSourceSchemas;
  return { format_version: '1.0', provider_schemas: { [provider.address]: entry } };
}
