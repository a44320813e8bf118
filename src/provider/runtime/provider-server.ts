/**
 * The tfplugin6 Provider service over a provider definition, independent of
 * gRPC: each method takes a decoded request message and returns the response
 * message. Handler errors become diagnostics; nothing here throws to the
 * transport.
 */
import { CtyType, CtyValue, ValuePath, ctyEqual, isRecord, isWhollyKnown } from './cty';
import { Diagnostic, ProviderError, diagnosticFromError, formatDiagnostic, warningDiagnostic } from './diagnostics';
import { completeObject, planObject, redact, unknownsToNull, validateObject, withWriteOnlyValues } from './engine';
import { ConfigureContext, DataSourceDefinition, Planned, ProviderDefinition, ResourceContext, ResourceDefinition } from './framework';
import { OperationDeadline, type OperationTimeout } from './deadline';
import { decodeJson } from './json';
import { Logger } from './log';
import { decodeMsgpack, encodeMsgpack } from './msgpack';
import { AttributeMap, BlockMap, BlockSchema, Model, TimeoutOperation, impliedType, parseGoDuration } from './schema';
import { ProtoSchema, toProtoSchema } from './schema-export';

// Message shapes as @grpc/proto-loader-style objects (field names as in the .proto).

export interface DynamicValueMessage {
  msgpack?: Uint8Array;
  json?: Uint8Array;
}

interface AttributePathMessage {
  steps: Array<{ attribute_name: string } | { element_key_string: string } | { element_key_int: number }>;
}

export interface DiagnosticMessage {
  severity: number;
  summary: string;
  detail: string;
  attribute?: AttributePathMessage;
}

type Diagnosed<T> = T & { diagnostics: DiagnosticMessage[] };

const SEVERITY = { error: 1, warning: 2 } as const;
/** A null value of any type. */
const MSGPACK_NIL = new Uint8Array([0xc0]);

/**
 * A provider with what serves its calls: what a provider executable's entry
 * hands `serve` to load (serve.ts), made by `providerPlugin(provider)`.
 */
export interface ProviderPlugin {
  provider: ProviderDefinition<any>;
  serverFor(log: Logger): ProviderServer;
}

export function providerPlugin(provider: ProviderDefinition<any>): ProviderPlugin {
  return { provider, serverFor: (log) => new ProviderServer(provider, log) };
}

export class ProviderServer {
  private client: unknown;
  private configured = false;
  /** StopProvider aborts this; every handler's signal follows it. */
  private readonly stopController = new AbortController();
  private readonly resources: Map<string, ResourceDefinition<unknown>>;
  private readonly dataSources: Map<string, DataSourceDefinition<unknown>>;
  private schemaResponse?: Diagnosed<Record<string, unknown>>;

  constructor(
    private readonly provider: ProviderDefinition<unknown>,
    private readonly log: Logger,
  ) {
    this.resources = new Map(provider.resources.map((resource) => [resource.name, resource]));
    this.dataSources = new Map((provider.dataSources ?? []).map((dataSource) => [dataSource.name, dataSource]));
  }

  getMetadata() {
    return {
      server_capabilities: this.capabilities(),
      diagnostics: [],
      resources: [...this.resources.keys()].map((type_name) => ({ type_name })),
      data_sources: [...this.dataSources.keys()].map((type_name) => ({ type_name })),
      functions: [],
      ephemeral_resources: [],
    };
  }

  getProviderSchema() {
    this.schemaResponse ??= {
      provider: toProtoSchema(this.provider, 0),
      resource_schemas: mapValues(this.resources, (resource): ProtoSchema => toProtoSchema(resource, resource.version)),
      data_source_schemas: mapValues(this.dataSources, (dataSource): ProtoSchema => toProtoSchema(dataSource, 0)),
      functions: {},
      ephemeral_resource_schemas: {},
      server_capabilities: this.capabilities(),
      diagnostics: [],
    };
    return this.schemaResponse;
  }

  getFunctions() {
    return { functions: {}, diagnostics: [] };
  }

  async validateProviderConfig(request: { config?: DynamicValueMessage }) {
    return this.guard('provider configuration validation', {}, async () => {
      const config = decodeDynamic(impliedType(this.provider), request.config);
      return { diagnostics: this.validate(this.provider, config) };
    });
  }

  async validateResourceConfig(request: { type_name: string; config?: DynamicValueMessage }) {
    return this.guard(`validation of ${request.type_name}`, {}, async () => {
      const resource = this.resource(request.type_name);
      return { diagnostics: this.validate(resource, decodeDynamic(impliedType(resource), request.config)) };
    });
  }

  async validateDataResourceConfig(request: { type_name: string; config?: DynamicValueMessage }) {
    return this.guard(`validation of data source ${request.type_name}`, {}, async () => {
      const dataSource = this.dataSource(request.type_name);
      return { diagnostics: this.validate(dataSource, decodeDynamic(impliedType(dataSource), request.config)) };
    });
  }

  async configureProvider(request: { terraform_version?: string; config?: DynamicValueMessage }) {
    return this.guard('provider configuration', {}, async () => {
      const config = decodeDynamic(impliedType(this.provider), request.config);
      const diagnostics: Diagnostic[] = [];
      const context: ConfigureContext = {
        signal: this.stopController.signal,
        log: this.log,
        terraformVersion: request.terraform_version ?? '',
        configIsPartial: !isWhollyKnown(config),
        warn: (summary, detail, path) => diagnostics.push(warningDiagnostic(summary, detail, path)),
      };
      if (this.log.enabled('debug')) this.log.debug('Configuring provider', { tf_terraform_version: context.terraformVersion, config: redact(this.provider, config) });
      this.client = await this.provider.configure(context, unknownsToNull(config) as never);
      this.configured = true;
      return { diagnostics: diagnostics.map(toDiagnosticMessage) };
    });
  }

  async upgradeResourceState(request: { type_name: string; version?: number; raw_state?: { json?: Uint8Array; flatmap?: Record<string, string> } }) {
    return this.guard(`state upgrade of ${request.type_name}`, {}, async () => {
      const resource = this.resource(request.type_name);
      const storedVersion = Number(request.version ?? 0);
      const rawJson = request.raw_state?.json;
      if (!rawJson || rawJson.length === 0) {
        throw new ProviderError('Unsupported state format', {
          detail: 'This provider reads JSON state only; the stored state uses the legacy flatmap format.',
        });
      }
      if (storedVersion > resource.version) {
        throw new ProviderError('State written by a newer provider', {
          detail: `The stored state has schema version ${storedVersion}; this provider knows up to ${resource.version}. Upgrade the provider.`,
        });
      }
      let jsonText = Buffer.from(rawJson).toString('utf8');
      if (storedVersion < resource.version && resource.upgradeState) {
        jsonText = JSON.stringify(resource.upgradeState(storedVersion, JSON.parse(jsonText) as Record<string, unknown>));
      }
      const upgraded = completeObject(resource, decodeJson(impliedType(resource), jsonText));
      return { upgraded_state: encodeDynamic(impliedType(resource), upgraded), diagnostics: [] };
    });
  }

  async readResource(request: { type_name: string; current_state?: DynamicValueMessage; private?: Uint8Array }) {
    // On failure Terraform keeps what it had: answer with the current state.
    const unchanged = { new_state: request.current_state, private: request.private };
    return this.guard(`read of ${request.type_name}`, unchanged, async () => {
      const resource = this.resource(request.type_name);
      const type = impliedType(resource);
      const current = decodeDynamic(type, request.current_state);
      if (current === null) return { new_state: encodeDynamic(type, null), private: request.private, diagnostics: [] };
      const { context, diagnostics, privateBytes, release } = this.resourceContext(request.type_name, request.private, this.timeoutFor(resource, 'read', current));
      const newState = await Promise.resolve(resource.read(context, asModel(current))).finally(release);
      if (newState === null) this.log.info('Remote object is gone; Terraform will plan to create it', { tf_resource_type: request.type_name });
      const completed = newState === null ? null : completeObject(resource, newState);
      if (this.log.enabled('trace')) this.log.trace('Read resource', { tf_resource_type: request.type_name, state: redact(resource, completed) });
      return { new_state: encodeDynamic(type, completed), private: privateBytes(), diagnostics };
    });
  }

  async planResourceChange(request: {
    type_name: string;
    prior_state?: DynamicValueMessage;
    proposed_new_state?: DynamicValueMessage;
    config?: DynamicValueMessage;
    prior_private?: Uint8Array;
  }) {
    return this.guard(`plan of ${request.type_name}`, {}, async () => {
      const resource = this.resource(request.type_name);
      const type = impliedType(resource);
      const prior = decodeDynamic(type, request.prior_state);
      const proposed = decodeDynamic(type, request.proposed_new_state);
      if (proposed === null) {
        return { planned_state: encodeDynamic(type, null), requires_replace: [], planned_private: request.prior_private, diagnostics: [] };
      }
      const config = decodeDynamic(type, request.config);
      let { planned, requiresReplace } = planObject(resource, prior, proposed, config);
      if (prior !== null && !resource.update) requiresReplace = changedConfigurablePaths(resource, prior, planned);
      const { context, diagnostics, privateBytes } = this.resourceContext(request.type_name, request.prior_private, undefined);
      if (resource.modifyPlan) {
        const modified = await resource.modifyPlan(context, {
          config: config as Planned<Record<string, unknown>>,
          prior: prior as Record<string, unknown> | null,
          planned: planned as Planned<Record<string, unknown>>,
        });
        if (modified?.planned) planned = completePlanned(resource, modified.planned as Record<string, CtyValue>);
        requiresReplace = [...requiresReplace, ...(modified?.requiresReplace ?? [])];
      }
      if (this.log.enabled('trace')) this.log.trace('Planned resource change', {
        tf_resource_type: request.type_name,
        planned: redact(resource, planned),
        requires_replace: requiresReplace,
      });
      return {
        planned_state: encodeDynamic(type, planned),
        requires_replace: requiresReplace.map(toAttributePath),
        planned_private: privateBytes(),
        diagnostics,
      };
    });
  }

  async applyResourceChange(request: {
    type_name: string;
    prior_state?: DynamicValueMessage;
    planned_state?: DynamicValueMessage;
    config?: DynamicValueMessage;
    planned_private?: Uint8Array;
  }) {
    // If the change fails, the object is as it was: a failed create leaves
    // nothing, a failed update or delete leaves the prior object.
    const failed = { new_state: request.prior_state ?? { msgpack: MSGPACK_NIL }, private: request.planned_private };
    return this.guard(`apply of ${request.type_name}`, failed, async () => {
      const resource = this.resource(request.type_name);
      const type = impliedType(resource);
      const prior = decodeDynamic(type, request.prior_state);
      const planned = decodeDynamic(type, request.planned_state);
      if (planned === null) {
        if (prior !== null) {
          const { context, release } = this.resourceContext(request.type_name, request.planned_private, this.timeoutFor(resource, 'delete', prior));
          await Promise.resolve(resource.delete(context, asModel(prior))).finally(release);
          this.log.info('Deleted resource', { tf_resource_type: request.type_name });
        }
        return { new_state: encodeDynamic(type, null), private: Buffer.alloc(0), diagnostics: [] };
      }
      const plan = withWriteOnlyValues(resource, unknownsToNull(planned), decodeDynamic(type, request.config));
      const operation: TimeoutOperation = prior === null ? 'create' : 'update';
      const { context, diagnostics, privateBytes, release } = this.resourceContext(request.type_name, request.planned_private, this.timeoutFor(resource, operation, plan));
      let result: unknown;
      try {
        if (prior === null) result = await resource.create(context, asModel(plan));
        else if (resource.update) result = await resource.update(context, asModel(plan), asModel(prior));
        else throw new ProviderError('Resource cannot be updated in place', { detail: `${request.type_name} has no update handler.` });
      } catch (error) {
        if (!(error instanceof ProviderError) || error.partialState === undefined) throw error;
        // The change happened in part: Terraform stores the object as it now is (after a failed create, tainted).
        this.log.warn(prior === null ? 'Create failed after the object was made; keeping it in state' : 'Update failed part-way; saving the object as it now is', {
          tf_resource_type: request.type_name,
        });
        const partial = completeObject(resource, error.partialState);
        return { new_state: encodeDynamic(type, partial), private: privateBytes(), diagnostics: [...diagnostics, toDiagnosticMessage(error.toDiagnostic())] };
      } finally {
        release();
      }
      const newState = completeObject(resource, result);
      this.log.info(prior === null ? 'Created resource' : 'Updated resource', { tf_resource_type: request.type_name });
      if (this.log.enabled('trace')) this.log.trace('New state', { tf_resource_type: request.type_name, state: redact(resource, newState) });
      return { new_state: encodeDynamic(type, newState), private: privateBytes(), diagnostics };
    });
  }

  async importResourceState(request: { type_name: string; id: string }) {
    return this.guard(`import of ${request.type_name}`, { imported_resources: [] }, async () => {
      const resource = this.resource(request.type_name);
      if (!resource.importState) {
        throw new ProviderError('Resource Import Not Implemented', { detail: `${request.type_name} does not support terraform import.` });
      }
      const { context, diagnostics, privateBytes } = this.resourceContext(request.type_name, undefined, undefined);
      const partial = await resource.importState(context, request.id);
      const state = completeObject(resource, partial);
      return {
        imported_resources: [{ type_name: request.type_name, state: encodeDynamic(impliedType(resource), state), private: privateBytes() }],
        diagnostics,
      };
    });
  }

  async readDataSource(request: { type_name: string; config?: DynamicValueMessage }) {
    return this.guard(`read of data source ${request.type_name}`, {}, async () => {
      const dataSource = this.dataSource(request.type_name);
      const type = impliedType(dataSource);
      const config = unknownsToNull(decodeDynamic(type, request.config));
      const { context, diagnostics } = this.resourceContext(request.type_name, undefined, undefined);
      const state = completeObject(dataSource, await dataSource.read(context, asModel(config)));
      return { state: encodeDynamic(type, state), diagnostics };
    });
  }

  /** Terraform's Ctrl-C: cancel in-flight work. Stopping is final for this process, as in Go providers. */
  stopProvider() {
    this.log.info('Stop requested; cancelling operations in progress');
    this.stopController.abort(new DOMException('Terraform stopped the provider', 'AbortError'));
    return { Error: '' };
  }

  private capabilities() {
    return { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false };
  }

  private validate(schema: BlockSchema & { validate?(config: never): Diagnostic[] | undefined }, config: CtyValue): DiagnosticMessage[] {
    const diagnostics = validateObject(schema, config);
    if (config !== null && schema.validate) diagnostics.push(...(schema.validate(config as never) ?? []));
    return diagnostics.map(toDiagnosticMessage);
  }

  private resource(typeName: string): ResourceDefinition<unknown> {
    const resource = this.resources.get(typeName);
    if (!resource) throw new ProviderError('Unknown resource type', { detail: `This provider has no resource type "${typeName}".` });
    return resource;
  }

  private dataSource(typeName: string): DataSourceDefinition<unknown> {
    const dataSource = this.dataSources.get(typeName);
    if (!dataSource) throw new ProviderError('Unknown data source type', { detail: `This provider has no data source "${typeName}".` });
    return dataSource;
  }

  /** The `timeouts` block's value for the operation, else the resource's default; undefined when neither says. */
  private timeoutFor(resource: ResourceDefinition<unknown>, operation: TimeoutOperation, model: CtyValue): OperationTimeout | undefined {
    const timeouts = (model as Record<string, unknown> | null)?.timeouts as Record<string, unknown> | null | undefined;
    const configured = timeouts?.[operation];
    const duration = typeof configured === 'string' ? configured : resource.defaultTimeouts?.[operation];
    const ms = duration === undefined ? undefined : parseGoDuration(duration);
    return duration === undefined || ms === undefined ? undefined : { operation, duration, ms, configured: typeof configured === 'string' };
  }

  /** The handler's context; call release() when the handler is done (it clears the operation's timer). */
  private resourceContext(typeName: string, privateIn: Uint8Array | undefined, timeout: OperationTimeout | undefined) {
    const diagnostics: DiagnosticMessage[] = [];
    const privateState = decodePrivate(privateIn);
    const deadline = timeout === undefined ? undefined : new OperationDeadline(this.stopController.signal, timeout);
    const signal = deadline?.signal ?? this.stopController.signal;
    const server = this;
    const context: ResourceContext<unknown> = {
      get client() {
        if (!server.configured) throw new ProviderError('Provider not configured', { detail: 'Terraform did not call ConfigureProvider before using a resource.' });
        return server.client;
      },
      signal,
      log: this.log.with({ tf_resource_type: typeName }),
      private: privateState,
      warn: (summary, detail, path) => diagnostics.push(toDiagnosticMessage(warningDiagnostic(summary, detail, path))),
    };
    return { context, diagnostics, privateBytes: () => encodePrivate(privateState), release: () => deadline?.dispose() };
  }

  /** Runs one RPC; anything thrown becomes an error diagnostic on `fallback`. */
  private async guard<R extends { diagnostics: DiagnosticMessage[] }, F extends object>(
    operation: string,
    fallback: F,
    body: () => Promise<R>,
  ): Promise<R | Diagnosed<F>> {
    try {
      const response = await body();
      for (const diagnostic of response.diagnostics) {
        if (diagnostic.severity === SEVERITY.error) this.log.warn('Returning error diagnostic', { tf_operation: operation, summary: diagnostic.summary });
      }
      return response;
    } catch (error) {
      const diagnostic = diagnosticFromError(error, operation);
      this.log.error(`Failed: ${operation}`, {
        diagnostic: formatDiagnostic(diagnostic),
        ...(error instanceof Error && !(error instanceof ProviderError) ? { stack: error.stack } : {}),
      });
      return { ...fallback, diagnostics: [toDiagnosticMessage(diagnostic)] };
    }
  }
}

/** Without an update handler, any change to what the user configures forces replacement. */
function changedConfigurablePaths(schema: BlockSchema, prior: CtyValue, planned: Record<string, CtyValue>): ValuePath[] {
  const priorObject = (prior ?? {}) as Record<string, CtyValue>;
  const type = impliedType(schema) as ['object', Record<string, CtyType>];
  const paths: ValuePath[] = [];
  for (const [name, attributeType] of Object.entries(type[1])) {
    const definition = schema.attributes[name];
    const configurable = definition === undefined || definition.required || definition.optional;
    if (configurable && !ctyEqual(attributeType, priorObject[name] ?? null, planned[name] ?? null)) paths.push([name]);
  }
  return paths;
}

/** modifyPlan may hand back a partial object; Terraform needs every attribute. */
function completePlanned(schema: BlockSchema, planned: Record<string, CtyValue>): Record<string, CtyValue> {
  const complete: Record<string, CtyValue> = {};
  for (const name of [...Object.keys(schema.attributes), ...Object.keys(schema.blocks ?? {})]) complete[name] = planned[name] ?? null;
  return complete;
}

/** Values decoded with a block's object type are objects; handlers get them as models. */
function asModel(value: CtyValue): Model<AttributeMap, BlockMap> {
  if (!isRecord(value)) throw new ProviderError('Invalid object from Terraform', { detail: 'expected an object value' });
  return value as Model<AttributeMap, BlockMap>;
}

function decodeDynamic(type: CtyType, value: DynamicValueMessage | undefined): CtyValue {
  if (value?.msgpack && value.msgpack.length > 0) return decodeMsgpack(type, value.msgpack);
  if (value?.json && value.json.length > 0) return decodeJson(type, value.json);
  return null;
}

function encodeDynamic(type: CtyType, value: CtyValue): DynamicValueMessage {
  return { msgpack: encodeMsgpack(type, value) };
}

function decodePrivate(bytes: Uint8Array | undefined): Record<string, unknown> {
  if (!bytes || bytes.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Not ours (another SDK wrote it): start afresh rather than fail the operation.
  }
  return {};
}

function encodePrivate(privateState: Record<string, unknown>): Buffer {
  return Object.keys(privateState).length === 0 ? Buffer.alloc(0) : Buffer.from(JSON.stringify(privateState));
}

export function toDiagnosticMessage(diagnostic: Diagnostic): DiagnosticMessage {
  const message: DiagnosticMessage = { severity: SEVERITY[diagnostic.severity], summary: diagnostic.summary, detail: diagnostic.detail ?? '' };
  if (diagnostic.path && diagnostic.path.length > 0) message.attribute = toAttributePath(diagnostic.path);
  return message;
}

function toAttributePath(path: ValuePath): AttributePathMessage {
  return {
    steps: path.map((step) =>
      typeof step === 'string' ? { attribute_name: step } : typeof step === 'number' ? { element_key_int: step } : { element_key_string: step.key },
    ),
  };
}

function mapValues<V, R>(map: Map<string, V>, convert: (value: V) => R): Record<string, R> {
  const result: Record<string, R> = {};
  for (const [key, value] of map) result[key] = convert(value);
  return result;
}
