/**
 * cty, Terraform's type system, as plain TypeScript data.
 *
 * Types are kept in cty's own JSON form ("string", ["list","string"],
 * ["object",{...}], ...) because that is what the plugin protocol carries in
 * schemas and what `terraform providers schema -json` prints.
 *
 * Values are plain JavaScript: string, number | bigint, boolean, arrays for
 * lists, sets and tuples, objects for maps and objects, `null` for null and
 * the `Unknown` sentinel for values Terraform will only know after apply.
 * Values of a `dynamic` slot carry their type in a `TypedValue`.
 */

export type CtyPrimitiveType = 'string' | 'number' | 'bool';

export type CtyType =
  | CtyPrimitiveType
  | 'dynamic'
  | ['list', CtyType]
  | ['set', CtyType]
  | ['map', CtyType]
  | ['object', Record<string, CtyType>]
  | ['object', Record<string, CtyType>, string[]]
  | ['tuple', CtyType[]];

/**
 * Marks a value Terraform does not know yet. A registered symbol so that two
 * copies of this module (bundled provider plus test harness) agree on it.
 */
export const Unknown: unique symbol = Symbol.for('imagecloud.provider.cty.unknown');
export type Unknown = typeof Unknown;

/** cty numbers: integers beyond 2^53 stay exact as bigint. */
export type CtyNumber = number | bigint;

export type CtyValue =
  | null
  | Unknown
  | string
  | CtyNumber
  | boolean
  | TypedValue
  | CtyValue[]
  | { [key: string]: CtyValue };

/** A value together with its type, for attributes of type `dynamic`. */
export class TypedValue {
  constructor(
    readonly type: CtyType,
    readonly value: CtyValue,
  ) {}
}

/** Where in a value something happened: attribute names, list indexes, map keys. */
export type PathStep = string | number | { key: string };
export type ValuePath = readonly PathStep[];

export function formatPath(path: ValuePath): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'string') text += text === '' ? step : `.${step}`;
    else if (typeof step === 'number') text += `[${step}]`;
    else text += `[${JSON.stringify(step.key)}]`;
  }
  return text === '' ? '(root)' : text;
}

export class CtyError extends Error {
  readonly path: ValuePath;

  /** `path` is copied: the converters pass the stack they are still walking with. */
  constructor(message: string, path: ValuePath) {
    super(path.length > 0 ? `${formatPath(path)}: ${message}` : message);
    this.path = [...path];
    this.name = 'CtyError';
  }
}

/** Records are created without a prototype so map keys like "__proto__" stay data. */
export function newRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof TypedValue);
}

/** Checks that parsed JSON is a cty type, so a malformed type fails where it is read. */
export function parseCtyType(json: unknown, path: ValuePath = []): CtyType {
  if (json === 'string' || json === 'number' || json === 'bool' || json === 'dynamic') return json;
  if (Array.isArray(json) && typeof json[0] === 'string') {
    const [kind, arg, optional] = json as [string, unknown, unknown];
    switch (kind) {
      case 'list':
      case 'set':
      case 'map':
        return [kind, parseCtyType(arg, path)];
      case 'tuple':
        if (Array.isArray(arg)) return ['tuple', arg.map((element) => parseCtyType(element, path))];
        break;
      case 'object':
        if (isRecord(arg)) {
          const attributes: Record<string, CtyType> = {};
          for (const [name, attributeType] of Object.entries(arg)) attributes[name] = parseCtyType(attributeType, path);
          if (optional === undefined) return ['object', attributes];
          if (Array.isArray(optional) && optional.every((name) => typeof name === 'string')) {
            return ['object', attributes, optional as string[]];
          }
        }
        break;
    }
  }
  throw new CtyError(`not a cty type: ${JSON.stringify(json)}`, path);
}

/** The type of a plain value placed in a `dynamic` slot without a TypedValue. */
export function inferType(value: CtyValue, path: ValuePath = []): CtyType {
  if (value instanceof TypedValue) return value.type;
  if (value === null || value === Unknown) return 'dynamic';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return ['tuple', value.map((element, index) => inferType(element, [...path, index]))];
  const attributes: Record<string, CtyType> = {};
  for (const [name, attribute] of Object.entries(value)) attributes[name] = inferType(attribute, [...path, name]);
  return ['object', attributes];
}

/** True when no part of the value is unknown. */
export function isWhollyKnown(value: CtyValue): boolean {
  if (value === Unknown) return false;
  if (value instanceof TypedValue) return isWhollyKnown(value.value);
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isRecord(value)) return Object.values(value).every(isWhollyKnown);
  return true;
}

/**
 * Value equality as cty defines it for a type: sets ignore order, numbers
 * compare by value whether number or bigint, unknown equals only unknown.
 */
export function ctyEqual(type: CtyType, a: CtyValue, b: CtyValue): boolean {
  if (a === Unknown || b === Unknown || a === null || b === null) return a === b;
  if (type === 'dynamic') {
    const aType = a instanceof TypedValue ? a.type : inferType(a);
    const bType = b instanceof TypedValue ? b.type : inferType(b);
    if (JSON.stringify(aType) !== JSON.stringify(bType)) return false;
    return ctyEqual(aType, a instanceof TypedValue ? a.value : a, b instanceof TypedValue ? b.value : b);
  }
  if (type === 'number') {
    if ((typeof a !== 'number' && typeof a !== 'bigint') || (typeof b !== 'number' && typeof b !== 'bigint')) return false;
    // `==` compares a number with a bigint by mathematical value.
    return a == b;
  }
  if (typeof type === 'string') return a === b;
  const [kind] = type;
  if (kind === 'list' || kind === 'tuple' || kind === 'set') {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    if (kind === 'list') return a.every((element, index) => ctyEqual(type[1], element, b[index]));
    if (kind === 'tuple') return a.every((element, index) => ctyEqual(type[1][index], element, b[index]));
    const unmatched = [...b];
    for (const element of a) {
      const match = unmatched.findIndex((candidate) => ctyEqual(type[1], element, candidate));
      if (match < 0) return false;
      unmatched.splice(match, 1);
    }
    return true;
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  if (kind === 'map') {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && ctyEqual(type[1], a[key] as CtyValue, b[key] as CtyValue));
  }
  return Object.entries(type[1]).every(([name, attributeType]) =>
    ctyEqual(attributeType, (a[name] ?? null) as CtyValue, (b[name] ?? null) as CtyValue),
  );
}
