/** The signer's RFC 3986 encoding, checked against the definition byte by byte (written here, independently). */
import { uriEncode } from '../../src/api/signer';

function byDefinition(value: string, keepSlash: boolean): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || '-._~'.includes(ch) || (keepSlash && ch === '/')) out += ch;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

test.each([
  ['plain-Name_1.2~x', true],
  ["!'()* are reserved too", false],
  ['/v2/image/m-abc/tag', true],
  ['/v2/image/m-abc/tag', false],
  ['a b+c=d&e', false],
  ['中文 名字', true],
  ['emoji 😀', false],
  ['lone \ud800 surrogate', true],
])('uriEncode(%j, keepSlash=%s) follows RFC 3986', (value, keepSlash) => {
  expect(uriEncode(value, keepSlash)).toBe(byDefinition(value, keepSlash));
});
