import { CtyType, CtyValue, TypedValue, Unknown, ctyEqual } from '../../../src/provider/runtime/cty';
import { decodeJson } from '../../../src/provider/runtime/json';
import { decodeMsgpack, encodeMsgpack } from '../../../src/provider/runtime/msgpack';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
const roundTrip = (type: CtyType, value: CtyValue) => decodeMsgpack(type, encodeMsgpack(type, value));

describe('cty msgpack codec', () => {
  const cases: Array<[string, CtyType, CtyValue]> = [
    ['string', 'string', 'héllo'],
    ['empty string', 'string', ''],
    ['small integer', 'number', 42],
    ['negative integer', 'number', -7],
    ['32-bit boundary', 'number', 2 ** 31],
    ['negative beyond 32 bits', 'number', -(2 ** 40)],
    ['max safe integer', 'number', Number.MAX_SAFE_INTEGER],
    ['decimal', 'number', 3.25],
    ['bool true', 'bool', true],
    ['bool false', 'bool', false],
    ['list', ['list', 'string'], ['a', 'b']],
    ['empty list', ['list', 'number'], []],
    ['set', ['set', 'number'], [1, 2, 3]],
    ['map', ['map', 'bool'], { yes: true, no: false }],
    ['object', ['object', { a: 'string', b: ['list', 'number'] }], { a: 'x', b: [1, 2] }],
    ['object with optional attributes', ['object', { a: 'string', b: 'number' }, ['b']], { a: 'x', b: null }],
    ['tuple', ['tuple', ['string', 'number', 'bool']], ['x', 1, false]],
    ['null string', 'string', null],
    ['null object', ['object', { a: 'string' }], null],
    ['unknown', 'string', Unknown],
    ['unknown inside a list', ['list', 'string'], ['a', Unknown]],
    ['unknown attribute', ['object', { id: 'string', name: 'string' }], { id: Unknown, name: 'n' }],
    ['nested collections', ['map', ['list', ['object', { n: 'number' }]]], { k: [{ n: 1 }, { n: 2 }] }],
  ];

  it.each(cases)('round-trips %s', (_name, type, value) => {
    expect(roundTrip(type, value)).toEqual(value);
  });

  it('writes null as nil and unknown as fixext1 type 0', () => {
    expect(hex(encodeMsgpack('string', null))).toBe('c0');
    expect(hex(encodeMsgpack('string', Unknown))).toBe('d40000');
    expect(hex(encodeMsgpack('dynamic', Unknown))).toBe('d40000');
  });

  it('decodes every extension type as unknown, including refined unknowns', () => {
    // Terraform 1.11's refined unknown "not null": ext 12 with a one-entry map payload.
    expect(decodeMsgpack('string', fromHex('c7 03 0c 81 01 c2'))).toBe(Unknown);
    expect(decodeMsgpack('number', fromHex('d4 00 00'))).toBe(Unknown);
    expect(decodeMsgpack(['list', 'string'], fromHex('d5 07 01 02'))).toBe(Unknown);
    // An object attribute holding a refined unknown: {"a": <ext 12>}
    expect(decodeMsgpack(['object', { a: 'string' }], fromHex('81 a1 61 c7 03 0c 81 01 c2'))).toEqual({ a: Unknown });
  });

  it('writes integers the way cty does: int64 where they fit, decimal strings beyond', () => {
    expect(hex(encodeMsgpack('number', 5_000_000_000))).toBe('cf000000012a05f200');
    expect(hex(encodeMsgpack('number', 12345678901234567890n))).toBe('cfab54a98ceb1f0ad2');
    const huge = 123456789012345678901234567890n;
    expect(Buffer.from(encodeMsgpack('number', huge)).subarray(1).toString()).toBe(huge.toString());
    expect(hex(encodeMsgpack('number', 0.5))).toBe('cb3fe0000000000000');
  });

  it('decodes large integers exactly as bigint, from int64 and from decimal strings', () => {
    expect(decodeMsgpack('number', fromHex('cf ab54a98ceb1f0ad2'))).toBe(12345678901234567890n);
    expect(decodeMsgpack('number', fromHex('d3 8000000000000000'))).toBe(-(2n ** 63n));
    expect(decodeMsgpack('number', fromHex('cf 0000000000000005'))).toBe(5);
    const text = Buffer.from('123456789012345678901234567890');
    expect(decodeMsgpack('number', new Uint8Array([0xbe, ...text]))).toBe(123456789012345678901234567890n);
    expect(decodeMsgpack('number', new Uint8Array([0xa3, ...Buffer.from('1.5')]))).toBe(1.5);
    expect(roundTrip('number', 2n ** 70n)).toBe(2n ** 70n);
  });

  it('carries the type of dynamic values as [type JSON, value]', () => {
    const value = new TypedValue(['list', 'string'], ['a']);
    const bytes = encodeMsgpack('dynamic', value);
    // fixarray(2), bin8 of the 17-byte type JSON, then the value
    expect(hex(bytes).startsWith(`92c411${Buffer.from('["list","string"]').toString('hex')}`)).toBe(true);
    expect(roundTrip('dynamic', value)).toEqual(value);
    expect(roundTrip('dynamic', null)).toBeNull();
    expect(roundTrip('dynamic', Unknown)).toBe(Unknown);
    // Plain values in dynamic slots get their type inferred.
    expect(roundTrip('dynamic', { a: 1, b: ['x'] })).toEqual(new TypedValue(['object', { a: 'number', b: ['tuple', ['string']] }], { a: 1, b: ['x'] }));
    // cty also accepts the type as a msgpack string.
    expect(decodeMsgpack('dynamic', fromHex('92 a8 22737472696e6722 a1 78'))).toEqual(new TypedValue('string', 'x'));
    expect(roundTrip(['object', { d: 'dynamic' }], { d: new TypedValue('bool', true) })).toEqual({ d: new TypedValue('bool', true) });
  });

  it('fills absent object attributes with null and rejects undeclared ones', () => {
    const type: CtyType = ['object', { a: 'string', b: 'string' }];
    expect(roundTrip(type, { a: 'x' })).toEqual({ a: 'x', b: null });
    expect(() => encodeMsgpack(type, { a: 'x', c: 'y' })).toThrow(/unsupported attribute "c"/);
  });

  it('reports type mismatches with the path', () => {
    expect(() => encodeMsgpack(['object', { tags: ['map', 'string'] }], { tags: { env: 3 } })).toThrow('tags["env"]: expected "string", got 3');
    expect(() => encodeMsgpack('number', Number.NaN)).toThrow(/NaN/);
  });

  it('keeps map keys that look like prototype properties as data', () => {
    const map = roundTrip(['map', 'string'], { constructor: 'y', toString: 'z' }) as Record<string, string>;
    expect(Object.keys(map).sort()).toEqual(['constructor', 'toString']);
    // @msgpack/msgpack refuses a "__proto__" key outright: an error, never a polluted prototype.
    expect(() => roundTrip(['map', 'string'], JSON.parse('{"__proto__":"x"}'))).toThrow(/__proto__/);
  });
});

describe('cty JSON state decoding', () => {
  const type: CtyType = [
    'object',
    { id: 'string', big: 'number', ratio: 'number', tags: ['map', 'string'], ports: ['set', 'number'], extra: 'dynamic', rule: ['list', ['object', { port: 'number' }]] },
  ];

  it('decodes stored state, keeping integers beyond 2^53 exact', () => {
    const state = decodeJson(
      type,
      '{"id":"i-1","big":12345678901234567890,"ratio":0.25,"tags":{"env":"prod"},"ports":[22,80],"extra":{"value":["a",1],"type":["tuple",["string","number"]]},"rule":[{"port":443}],"removed_attribute":true}',
    );
    expect(state).toEqual({
      id: 'i-1',
      big: 12345678901234567890n,
      ratio: 0.25,
      tags: { env: 'prod' },
      ports: [22, 80],
      extra: new TypedValue(['tuple', ['string', 'number']], ['a', 1]),
      rule: [{ port: 443 }],
    });
  });

  it('fills attributes the stored state lacks with null', () => {
    expect(decodeJson(type, Buffer.from('{"id":"i-2"}'))).toEqual({ id: 'i-2', big: null, ratio: null, tags: null, ports: null, extra: null, rule: null });
  });

  it('decodes escapes, whitespace and numbers in strings', () => {
    expect(decodeJson(['object', { s: 'string', n: 'number' }], ' { "s" : "a\\"b\\u00e9\\n" , "n" : "-1e3" } ')).toEqual({ s: 'a"bé\n', n: -1000 });
  });

  it('rejects malformed JSON and mismatched types', () => {
    expect(() => decodeJson(type, '{"id": }')).toThrow(/invalid JSON/);
    expect(() => decodeJson(type, '{"id":"x"} trailing')).toThrow(/after the JSON value/);
    expect(() => decodeJson(type, '{"tags":["a"]}')).toThrow(/tags: stored JSON does not match/);
  });

  it('compares values the way cty does', () => {
    expect(ctyEqual(['set', 'number'], [1, 2], [2, 1])).toBe(true);
    expect(ctyEqual(['list', 'number'], [1, 2], [2, 1])).toBe(false);
    expect(ctyEqual('number', 5, 5n)).toBe(true);
    expect(ctyEqual('string', Unknown, 'x')).toBe(false);
    expect(ctyEqual(type, decodeJson(type, '{"id":"a"}'), { id: 'a' })).toBe(true);
  });
});
