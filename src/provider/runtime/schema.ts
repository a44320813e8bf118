/**
 * Schema declarations: attributes, nested blocks, validators and plan
 * modifiers. A resource declares its schema once with these builders; the
 * protocol schema, `providers schema -json` output, docs, validation and
 * planning are all derived from the same declaration.
 */
import { CtyType, CtyValue, Unknown, ctyEqual } from './cty';

// ---------------------------------------------------------------------------
// Types: a cty type plus the TypeScript type its values have in handlers.

export interface TypeSpec<T> {
  readonly cty: CtyType;
  /** Element or attribute specs, so checks can walk values the way the type does. */
  readonly element?: TypeSpec<unknown>;
  readonly attributes?: Record<string, TypeSpec<unknown>>;
  /** For `t.number`: values must fit a JavaScript number exactly. */
  readonly safeNumber?: boolean;
  /** Phantom field carrying T; never set. */
  readonly __value?: T;
}

export type ValueOf<S> = S extends TypeSpec<infer T> ? T : never;

type ObjectValue<S extends Record<string, TypeSpec<unknown>>> = { [K in keyof S]: ValueOf<S[K]> | null };

export const t = {
  string: { cty: 'string' } as TypeSpec<string>,
  /** A number that handlers see as a JavaScript number; configuration beyond ±2^53 is rejected. */
  number: { cty: 'number', safeNumber: true } as TypeSpec<number>,
  /** A number that may be an integer beyond 2^53, kept exact as bigint. */
  bigNumber: { cty: 'number' } as TypeSpec<number | bigint>,
  bool: { cty: 'bool' } as TypeSpec<boolean>,
  dynamic: { cty: 'dynamic' } as TypeSpec<CtyValue>,
  list<T>(element: TypeSpec<T>): TypeSpec<T[]> {
    return { cty: ['list', element.cty], element };
  },
  set<T>(element: TypeSpec<T>): TypeSpec<T[]> {
    return { cty: ['set', element.cty], element };
  },
  map<T>(element: TypeSpec<T>): TypeSpec<Record<string, T>> {
    return { cty: ['map', element.cty], element };
  },
  object<S extends Record<string, TypeSpec<unknown>>>(attributes: S): TypeSpec<ObjectValue<S>> {
    const types: Record<string, CtyType> = {};
    for (const [name, spec] of Object.entries(attributes)) types[name] = spec.cty;
    return { cty: ['object', types], attributes };
  },
};

// ---------------------------------------------------------------------------
// Validators and plan modifiers.

/**
 * Checks one attribute value. It only ever sees known, non-null values:
 * unknown and null values are skipped, so validators need not handle them.
 */
export interface Validator<T> {
  /** Markdown, shown in generated docs. */
  readonly description: string;
  /** An error message, or undefined when the value is fine. */
  validate(value: T): string | undefined;
}

export interface PlanModifierRequest {
  /** The configured value; may be unknown. */
  config: CtyValue;
  /** The value in prior state; null when the resource is being created. */
  state: CtyValue;
  /** The value planned so far; may be unknown. */
  planned: CtyValue;
  /** False while planning a create. */
  resourceExists: boolean;
  type: CtyType;
}

export interface PlanModifierResult {
  planned?: CtyValue;
  requiresReplace?: boolean;
}

export interface PlanModifier {
  /** Markdown, shown in generated docs. */
  readonly description: string;
  modify(request: PlanModifierRequest): PlanModifierResult;
}

/** Changing this attribute destroys and re-creates the resource ("forces replacement"). */
export function requiresReplace(): PlanModifier {
  return requiresReplaceIf(() => true, 'Changing this value forces the resource to be replaced.');
}

/** Like requiresReplace, but only when `when(state, planned)` says so. */
export function requiresReplaceIf(when: (state: CtyValue, planned: CtyValue) => boolean, description: string): PlanModifier {
  return {
    description,
    modify: ({ state, planned, resourceExists, type }) => ({
      requiresReplace: resourceExists && !ctyEqual(type, state, planned) && when(state, planned),
    }),
  };
}

/**
 * Keeps the prior state value for a computed attribute instead of showing
 * "(known after apply)" on every change: for IDs, and for values an in-place
 * update sets from the configuration or leaves alone.
 */
export function useStateForUnknown(): PlanModifier {
  return {
    description: 'Plans that do not replace the resource show the value from state.',
    modify: ({ state, planned, config }) =>
      planned === Unknown && config === null && state !== null ? { planned: state } : {},
  };
}

// ---------------------------------------------------------------------------
// Attributes.

export interface AttributeOptions<T> {
  /** Markdown. */
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  /** Hidden in plan output and in logs. */
  sensitive?: boolean;
  /**
   * Write-only (Terraform 1.11+): the configured value reaches create and
   * update handlers but is never planned nor stored in state (always null
   * there). For secrets a resource sends once, such as a password.
   */
  writeOnly?: boolean;
  /** A deprecation message; marks the attribute deprecated. */
  deprecated?: string;
  validators?: readonly Validator<T>[];
  planModifiers?: readonly PlanModifier[];
  /** Value planned when the configuration leaves the attribute out; makes the attribute optional + computed. */
  default?: T;
}

export interface AttributeDefinition<T = unknown, IsRequired extends boolean = boolean> {
  readonly kind: 'attribute';
  readonly type: TypeSpec<T>;
  readonly description: string;
  readonly required: IsRequired;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly sensitive: boolean;
  readonly writeOnly: boolean;
  readonly deprecated?: string;
  readonly validators: readonly Validator<T>[];
  readonly planModifiers: readonly PlanModifier[];
  readonly default?: T;
}

type IsRequired<O> = O extends { required: true } ? true : false;

export function attribute<T, O extends AttributeOptions<T>>(type: TypeSpec<T>, options: O): AttributeDefinition<T, IsRequired<O>> {
  const hasDefault = options.default !== undefined;
  const required = options.required === true;
  const optional = options.optional === true || hasDefault;
  const computed = options.computed === true || hasDefault;
  if (required && (optional || computed)) throw new Error('an attribute is either required, or optional and/or computed');
  if (!required && !optional && !computed) throw new Error('an attribute must be required, optional or computed');
  if (options.writeOnly === true && computed) throw new Error('a write-only attribute cannot be computed nor have a default: its value is never in state');
  return {
    kind: 'attribute',
    type,
    description: options.description ?? '',
    required: required as IsRequired<O>,
    optional,
    computed,
    sensitive: options.sensitive === true,
    writeOnly: options.writeOnly === true,
    deprecated: options.deprecated,
    validators: options.validators ?? [],
    planModifiers: options.planModifiers ?? [],
    default: options.default,
  };
}

/** Shorthands: attr.string({ required: true }) is attribute(t.string, { required: true }). */
export const attr = {
  string: <O extends AttributeOptions<string>>(options: O) => attribute(t.string, options),
  number: <O extends AttributeOptions<number>>(options: O) => attribute(t.number, options),
  bool: <O extends AttributeOptions<boolean>>(options: O) => attribute(t.bool, options),
  list: <T, O extends AttributeOptions<T[]>>(element: TypeSpec<T>, options: O) => attribute(t.list(element), options),
  set: <T, O extends AttributeOptions<T[]>>(element: TypeSpec<T>, options: O) => attribute(t.set(element), options),
  map: <T, O extends AttributeOptions<Record<string, T>>>(element: TypeSpec<T>, options: O) =>
    attribute(t.map(element), options),
};

// ---------------------------------------------------------------------------
// Nested blocks and the block schema.

export type Nesting = 'single' | 'list' | 'set';

export type AttributeMap = Record<string, AttributeDefinition<any, boolean>>;
export type BlockMap = Record<string, BlockDefinition<any, Nesting>>;

export interface BlockSchema<A extends AttributeMap = AttributeMap, B extends BlockMap = BlockMap> {
  /** Markdown. */
  description?: string;
  deprecated?: string;
  attributes: A;
  blocks?: B;
}

export interface BlockDefinition<M = unknown, N extends Nesting = Nesting> {
  readonly kind: 'block';
  readonly nesting: N;
  readonly schema: BlockSchema;
  readonly minItems: number;
  readonly maxItems: number;
  readonly planModifiers: readonly PlanModifier[];
  /** Phantom field carrying the model type; never set. */
  readonly __model?: M;
}

type AttributeValue<D> =
  D extends AttributeDefinition<infer T, infer R> ? (R extends true ? T : T | null) : never;
type BlockValue<D> =
  D extends BlockDefinition<infer M, infer N> ? (N extends 'single' ? M | null : M[]) : never;

/** The object a handler sees for a block schema: every attribute and block present. */
export type Model<A extends AttributeMap, B extends BlockMap = {}> = {
  -readonly [K in keyof A]: AttributeValue<A[K]>;
} & { -readonly [K in keyof B]: BlockValue<B[K]> };

export interface BlockOptions<A extends AttributeMap, B extends BlockMap> extends BlockSchema<A, B> {
  minItems?: number;
  maxItems?: number;
  planModifiers?: readonly PlanModifier[];
}

function makeBlock<N extends Nesting, A extends AttributeMap, B extends BlockMap>(
  nesting: N,
  options: BlockOptions<A, B>,
): BlockDefinition<Model<A, B>, N> {
  const { minItems, maxItems, planModifiers, ...schema } = options;
  return { kind: 'block', nesting, schema, minItems: minItems ?? 0, maxItems: maxItems ?? 0, planModifiers: planModifiers ?? [] };
}

export const block = {
  /** At most one `name { ... }` block; null when absent. */
  single: <A extends AttributeMap, B extends BlockMap = {}>(options: BlockOptions<A, B>) => makeBlock('single', options),
  /** Repeated blocks in order; an empty list when absent. */
  list: <A extends AttributeMap, B extends BlockMap = {}>(options: BlockOptions<A, B>) => makeBlock('list', options),
  /** Repeated blocks without order. */
  set: <A extends AttributeMap, B extends BlockMap = {}>(options: BlockOptions<A, B>) => makeBlock('set', options),
};

export type TimeoutOperation = 'create' | 'read' | 'update' | 'delete';

/** The conventional `timeouts { create = "30m" }` block; the framework applies it to handler signals. */
export function timeoutsBlock<const O extends readonly TimeoutOperation[]>(operations: O) {
  const attributes = {} as { [K in O[number]]: AttributeDefinition<string, false> };
  for (const operation of operations) {
    (attributes as Record<string, AttributeDefinition<string, false>>)[operation] = attribute(t.string, {
      optional: true,
      description: `How long to wait for the ${operation} operation.`,
      validators: [goDuration({ positive: true })],
    });
  }
  return block.single({ description: 'Time limits for operations on this resource.', attributes });
}

// ---------------------------------------------------------------------------
// Validators for common cases.

export function stringLengthBetween(min: number, max: number): Validator<string> {
  return {
    description: `Between ${min} and ${max} characters long.`,
    validate: (value) =>
      [...value].length < min || [...value].length > max
        ? `must be between ${min} and ${max} characters long, got ${[...value].length}`
        : undefined,
  };
}

/** `message` is a sentence for the docs ("Must be ..."); in an error it follows the attribute name, so it starts lowercase there. */
export function stringMatches(pattern: RegExp, message: string): Validator<string> {
  const problem = message.charAt(0).toLowerCase() + message.slice(1);
  return {
    description: message,
    validate: (value) => (pattern.test(value) ? undefined : `${problem} (got ${JSON.stringify(value)})`),
  };
}

export function oneOf<T extends string | number>(...allowed: readonly T[]): Validator<T> {
  return {
    description: `One of ${allowed.map((value) => `\`${value}\``).join(', ')}.`,
    validate: (value) =>
      allowed.includes(value) ? undefined : `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}`,
  };
}

export function numberBetween(min: number, max: number): Validator<number> {
  return {
    description: `Between ${min} and ${max}.`,
    validate: (value) => (value < min || value > max ? `must be between ${min} and ${max}, got ${value}` : undefined),
  };
}

/** `positive`: refuse zero and negative durations (a timeout of "0s" or "-5m" would fail every operation at once). */
export function goDuration(options: { positive?: boolean } = {}): Validator<string> {
  return {
    description: 'A duration like `30s`, `10m` or `2h45m`.',
    validate: (value) => {
      const ms = parseGoDuration(value);
      if (ms === undefined) return `${JSON.stringify(value)} is not a duration like "30s", "10m" or "2h45m"`;
      return options.positive && ms <= 0 ? `must be a positive duration like "30s" or "10m", got ${JSON.stringify(value)}` : undefined;
    },
  };
}

const DURATION_UNITS_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration format, which Terraform users know from timeouts blocks; milliseconds. */
export function parseGoDuration(text: string): number | undefined {
  const match = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(text);
  if (text === '0') return 0;
  if (!match) return undefined;
  let total = 0;
  for (const part of text.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(part[1]) * (DURATION_UNITS_MS[part[2] as string] as number);
  }
  return match[1] === '-' ? -total : total;
}

// ---------------------------------------------------------------------------
// Derived facts about a block schema.

const impliedTypes = new WeakMap<BlockSchema, CtyType>();

/** The cty object type of a block's values; computed once per schema (every RPC decodes with it). */
export function impliedType(schema: BlockSchema): CtyType {
  let type = impliedTypes.get(schema);
  if (type === undefined) {
    type = computeImpliedType(schema);
    impliedTypes.set(schema, type);
  }
  return type;
}

function computeImpliedType(schema: BlockSchema): CtyType {
  const attributes: Record<string, CtyType> = {};
  for (const [name, definition] of Object.entries(schema.attributes)) attributes[name] = definition.type.cty;
  for (const [name, nested] of Object.entries(schema.blocks ?? {})) {
    const objectType = impliedType(nested.schema);
    attributes[name] = nested.nesting === 'single' ? objectType : [nested.nesting, objectType];
  }
  return ['object', attributes];
}
