/**
 * cty's JSON encoding, as Terraform stores resource state and sends it to
 * UpgradeResourceState (RawState.json).
 *
 * JSON.parse would round integers beyond 2^53, so a small parser keeps each
 * number's text and the type decides what it becomes. A `dynamic` value is
 * stored as {"value": ..., "type": ...}.
 */
import { CtyError, CtyType, CtyValue, TypedValue, ValuePath, isRecord, newRecord, parseCtyType } from './cty';
import { parseNumberText } from './msgpack';

/** A JSON number whose text is kept until a type says how to read it. */
class JsonNumber {
  constructor(readonly text: string) {}
}

type JsonNode = null | boolean | string | JsonNumber | JsonNode[] | { [key: string]: JsonNode };

export function decodeJson(type: CtyType, text: string | Uint8Array): CtyValue {
  const source = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  return fromJsonNode(type, new PreciseJsonParser(source).parseDocument(), []);
}

function fromJsonNode(type: CtyType, node: JsonNode, path: ValuePath): CtyValue {
  if (node === null) return null;
  switch (type) {
    case 'dynamic': {
      if (!isJsonObject(node) || !('type' in node) || !('value' in node)) {
        throw new CtyError('a dynamic value must be stored as {"value", "type"}', path);
      }
      const concreteType = parseCtyType(plainJson(node.type as JsonNode), path);
      return new TypedValue(concreteType, fromJsonNode(concreteType, node.value as JsonNode, path));
    }
    case 'string':
      if (typeof node === 'string') return node;
      // cty's JSON decoder accepts numbers and bools for strings, as HCL does.
      if (node instanceof JsonNumber) return node.text;
      if (typeof node === 'boolean') return String(node);
      throw mismatch(type, path);
    case 'number':
      if (node instanceof JsonNumber) return parseNumberText(node.text, path);
      if (typeof node === 'string') return parseNumberText(node, path);
      throw mismatch(type, path);
    case 'bool':
      if (typeof node === 'boolean') return node;
      if (node === 'true' || node === 'false') return node === 'true';
      throw mismatch(type, path);
  }
  const [kind] = type;
  if (kind === 'list' || kind === 'set' || kind === 'tuple') {
    if (!Array.isArray(node)) throw mismatch(type, path);
    if (kind === 'tuple') {
      if (node.length !== type[1].length) throw new CtyError(`tuple needs ${type[1].length} elements, got ${node.length}`, path);
      return node.map((element, index) => fromJsonNode(type[1][index], element, [...path, index]));
    }
    return node.map((element, index) => fromJsonNode(type[1], element, [...path, index]));
  }
  if (!isJsonObject(node)) throw mismatch(type, path);
  if (kind === 'map') {
    const map = newRecord<CtyValue>();
    for (const [key, element] of Object.entries(node)) map[key] = fromJsonNode(type[1], element, [...path, { key }]);
    return map;
  }
  const object: Record<string, CtyValue> = {};
  for (const [name, attributeType] of Object.entries(type[1])) {
    object[name] = fromJsonNode(attributeType, node[name] ?? null, [...path, name]);
  }
  return object;
}

function isJsonObject(node: JsonNode): node is { [key: string]: JsonNode } {
  return isRecord(node) && !(node instanceof JsonNumber);
}

/** Back to ordinary JSON values, for parts (like type descriptions) that hold no big numbers. */
function plainJson(node: JsonNode): unknown {
  if (node instanceof JsonNumber) return Number(node.text);
  if (Array.isArray(node)) return node.map(plainJson);
  if (isJsonObject(node)) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, plainJson(value)]));
  return node;
}

function mismatch(type: CtyType, path: ValuePath): CtyError {
  return new CtyError(`stored JSON does not match ${JSON.stringify(type)}`, path);
}

// Sticky patterns match at the parser's position without copying the rest of the text.
const JSON_STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const JSON_WHITESPACE = /[ \t\n\r]*/y;

class PreciseJsonParser {
  private position = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonNode {
    const node = this.parseValue();
    this.skipWhitespace();
    if (this.position !== this.text.length) this.fail('unexpected text after the JSON value');
    return node;
  }

  private parseValue(): JsonNode {
    this.skipWhitespace();
    const char = this.text[this.position];
    if (char === '{') return this.parseObject();
    if (char === '[') return this.parseArray();
    if (char === '"') return this.parseString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }
    return this.fail('expected a JSON value');
  }

  private parseObject(): JsonNode {
    const object = newRecord<JsonNode>();
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === '}') {
      this.position++;
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') this.fail('expected an object key');
      const key = this.parseString();
      this.skipWhitespace();
      this.expect(':');
      object[key] = this.parseValue();
      this.skipWhitespace();
      if (this.text[this.position] === '}') {
        this.position++;
        return object;
      }
      this.expect(',');
    }
  }

  private parseArray(): JsonNode {
    const array: JsonNode[] = [];
    this.position++;
    this.skipWhitespace();
    if (this.text[this.position] === ']') {
      this.position++;
      return array;
    }
    for (;;) {
      array.push(this.parseValue());
      this.skipWhitespace();
      if (this.text[this.position] === ']') {
        this.position++;
        return array;
      }
      this.expect(',');
    }
  }

  private parseString(): string {
    const match = this.matchAtPosition(JSON_STRING);
    if (!match) return this.fail('malformed string');
    this.position += match[0].length;
    return JSON.parse(match[0]) as string;
  }

  private parseNumber(): JsonNumber {
    const match = this.matchAtPosition(JSON_NUMBER);
    if (!match) return this.fail('malformed number');
    this.position += match[0].length;
    return new JsonNumber(match[0]);
  }

  private matchAtPosition(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.position;
    return pattern.exec(this.text);
  }

  private skipWhitespace(): void {
    this.position += this.matchAtPosition(JSON_WHITESPACE)?.[0].length ?? 0;
  }

  private expect(char: string): void {
    if (this.text[this.position] !== char) this.fail(`expected "${char}"`);
    this.position++;
  }

  private fail(message: string): never {
    throw new CtyError(`invalid JSON at offset ${this.position}: ${message}`, []);
  }
}
