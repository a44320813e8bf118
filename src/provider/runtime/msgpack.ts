/**
 * cty's msgpack encoding, as Terraform puts it in DynamicValue.msgpack.
 *
 * The bytes are read and written by @msgpack/msgpack; this module maps them
 * to and from cty values under a known type, following cty's own rules:
 * - null is nil; an unknown value is an extension. Terraform 1.11 sends
 *   refined unknowns as extension type 12 with a payload; every extension
 *   type decodes as unknown. Unknowns are written as fixext1 type 0 (d4 00 00).
 * - numbers: an integer that fits int64 is an msgpack int, else a float64 when
 *   that is exact, else the decimal text as a string. Both int64 and string
 *   forms decode to bigint when beyond 2^53.
 * - a value in a `dynamic` slot is a 2-element array [type JSON bytes, value];
 *   null and unknown dynamic values are plain nil / extension.
 * - objects are maps keyed by attribute name; absent attributes decode as null.
 */
import { Decoder, Encoder, ExtData } from '@msgpack/msgpack';
import {
  CtyError,
  CtyNumber,
  CtyType,
  CtyValue,
  PathStep,
  TypedValue,
  Unknown,
  ValuePath,
  inferType,
  isRecord,
  newRecord,
  parseCtyType,
} from './cty';

const UNKNOWN_EXTENSION = new ExtData(0, new Uint8Array([0]));
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

// One of each for the process: @msgpack/msgpack's encode() and decode() build
// a new Encoder (with a fresh 2 KB buffer) or Decoder on every call, which was
// a tenth of a refresh's CPU. Both handle re-entrant use by cloning themselves.
const encoder = new Encoder({ useBigInt64: true });
const decoder = new Decoder({ useBigInt64: true });

export function encodeMsgpack(type: CtyType, value: CtyValue): Uint8Array {
  return encoder.encode(toWire(type, value, []));
}

export function decodeMsgpack(type: CtyType, bytes: Uint8Array): CtyValue {
  return fromWire(type, decoder.decode(bytes), []);
}

/**
 * `path` below is one stack per call, pushed and popped on the way down (a
 * CtyError copies it): a new array per attribute and element was a good part
 * of a refresh's garbage.
 */
function within<T>(path: PathStep[], step: PathStep, convert: () => T): T {
  path.push(step);
  const converted = convert();
  path.pop();
  return converted;
}

const attributeEntries = new WeakMap<Record<string, CtyType>, Array<[string, CtyType]>>();

/** An object type's attributes as entries, computed once per type (every RPC converts with the same types). */
function entriesOf(attributeTypes: Record<string, CtyType>): Array<[string, CtyType]> {
  let entries = attributeEntries.get(attributeTypes);
  if (!entries) {
    entries = Object.entries(attributeTypes);
    attributeEntries.set(attributeTypes, entries);
  }
  return entries;
}

function toWire(type: CtyType, value: CtyValue, path: PathStep[]): unknown {
  if (type === 'dynamic') {
    if (value === null || value === Unknown) return value === null ? null : UNKNOWN_EXTENSION;
    const concreteType = value instanceof TypedValue ? value.type : inferType(value, path);
    const concreteValue = value instanceof TypedValue ? value.value : value;
    return [Buffer.from(JSON.stringify(concreteType)), toWire(concreteType, concreteValue, path)];
  }
  if (value === Unknown) return UNKNOWN_EXTENSION;
  if (value === null) return null;
  if (value instanceof TypedValue) throw new CtyError(`a typed dynamic value cannot stand for ${JSON.stringify(type)}`, path);
  switch (type) {
    case 'string':
      if (typeof value !== 'string') throw mismatch(type, value, path);
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw mismatch(type, value, path);
      return value;
    case 'number':
      if (typeof value !== 'number' && typeof value !== 'bigint') throw mismatch(type, value, path);
      return numberToWire(value, path);
  }
  const [kind] = type;
  if (kind === 'list' || kind === 'set' || kind === 'tuple') {
    if (!Array.isArray(value)) throw mismatch(type, value, path);
    if (kind === 'tuple') {
      if (value.length !== type[1].length) throw new CtyError(`tuple needs ${type[1].length} elements, got ${value.length}`, path);
      return value.map((element, index) => within(path, index, () => toWire(type[1][index], element, path)));
    }
    return value.map((element, index) => within(path, index, () => toWire(type[1], element, path)));
  }
  if (!isRecord(value)) throw mismatch(type, value, path);
  const wire = newRecord<unknown>();
  if (kind === 'map') {
    for (const [key, element] of Object.entries(value)) wire[key] = within(path, { key }, () => toWire(type[1], element as CtyValue, path));
    return wire;
  }
  const attributeTypes = type[1];
  for (const name of Object.keys(value)) {
    if (!(name in attributeTypes)) throw new CtyError(`unsupported attribute "${name}"`, path);
  }
  for (const [name, attributeType] of entriesOf(attributeTypes)) {
    path.push(name);
    wire[name] = toWire(attributeType, (value[name] ?? null) as CtyValue, path);
    path.pop();
  }
  return wire;
}

function numberToWire(value: CtyNumber, path: ValuePath): number | bigint | string {
  if (typeof value === 'bigint') return value >= INT64_MIN && value <= UINT64_MAX ? value : value.toString();
  if (Number.isNaN(value)) throw new CtyError('NaN is not a cty number', path);
  // @msgpack/msgpack in bigint mode writes integers of 2^32 and beyond as
  // float64; cty writes them as int64, so hand them over as bigint.
  if (Number.isInteger(value) && Math.abs(value) >= 2 ** 31 && Number.isSafeInteger(value)) return BigInt(value);
  return value;
}

function fromWire(type: CtyType, raw: unknown, path: PathStep[]): CtyValue {
  // Any extension, whatever its type code, is an unknown (refined or not).
  // @msgpack/msgpack turns extension -1 into a Date itself.
  if (raw instanceof ExtData || raw instanceof Date) return Unknown;
  if (raw === null || raw === undefined) return null;
  switch (type) {
    case 'dynamic': {
      if (!Array.isArray(raw) || raw.length !== 2) throw new CtyError('a dynamic value must be a [type, value] pair', path);
      const [typeBytes, inner] = raw as [unknown, unknown];
      const typeText = typeof typeBytes === 'string' ? typeBytes : bytesToText(typeBytes, path);
      const concreteType = parseCtyType(JSON.parse(typeText), path);
      return new TypedValue(concreteType, fromWire(concreteType, inner, path));
    }
    case 'string':
      if (typeof raw !== 'string') throw mismatch(type, raw, path);
      return raw;
    case 'bool':
      if (typeof raw !== 'boolean') throw mismatch(type, raw, path);
      return raw;
    case 'number':
      return numberFromWire(raw, path);
  }
  const [kind] = type;
  if (kind === 'list' || kind === 'set' || kind === 'tuple') {
    if (!Array.isArray(raw)) throw mismatch(type, raw, path);
    if (kind === 'tuple') {
      if (raw.length !== type[1].length) throw new CtyError(`tuple needs ${type[1].length} elements, got ${raw.length}`, path);
      return raw.map((element, index) => within(path, index, () => fromWire(type[1][index], element, path)));
    }
    return raw.map((element, index) => within(path, index, () => fromWire(type[1], element, path)));
  }
  if (!isRecord(raw)) throw mismatch(type, raw, path);
  if (kind === 'map') {
    const map = newRecord<CtyValue>();
    for (const [key, element] of Object.entries(raw)) map[key] = within(path, { key }, () => fromWire(type[1], element, path));
    return map;
  }
  const object: Record<string, CtyValue> = {};
  for (const [name, attributeType] of entriesOf(type[1])) {
    path.push(name);
    object[name] = fromWire(attributeType, raw[name], path);
    path.pop();
  }
  return object;
}

function numberFromWire(raw: unknown, path: ValuePath): CtyNumber {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : raw;
  if (typeof raw === 'string') return parseNumberText(raw, path);
  throw mismatch('number', raw, path);
}

/** Decimal text from cty (msgpack strings, JSON numbers): exact integers, other values as float64. */
export function parseNumberText(text: string, path: ValuePath): CtyNumber {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) {
    const big = BigInt(trimmed);
    return Number.isSafeInteger(Number(big)) ? Number(big) : big;
  }
  const parsed = Number(trimmed);
  if (trimmed === '' || Number.isNaN(parsed)) throw new CtyError(`"${text}" is not a number`, path);
  return parsed;
}

function bytesToText(bytes: unknown, path: ValuePath): string {
  if (bytes instanceof Uint8Array) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  throw new CtyError('the type of a dynamic value must be JSON bytes', path);
}

function mismatch(type: CtyType, value: unknown, path: ValuePath): CtyError {
  const shown = typeof value === 'bigint' ? `${value}n` : typeof value === 'symbol' ? value.toString() : JSON.stringify(value);
  return new CtyError(`expected ${JSON.stringify(type)}, got ${shown ?? typeof value}`, path);
}
