/**
 * HPACK (RFC 7541), the header compression of HTTP/2, as the plugin's gRPC
 * server needs it: a full decoder for what Terraform's gRPC client sends
 * (static and dynamic table, Huffman-coded strings), and an encoder for the
 * server's few answers that never touches the client's dynamic table, so an
 * encoded block can be made once and sent on any connection.
 */

/** A header field as it is on the wire: the name lower-case, both as octets (latin1). */
export type HeaderField = readonly [name: string, value: string];

export class HpackError extends Error {}

/** RFC 7541 Appendix A; index 1 is the first entry. */
const STATIC_TABLE: readonly HeaderField[] = [
  [':authority', ''], [':method', 'GET'], [':method', 'POST'], [':path', '/'], [':path', '/index.html'],
  [':scheme', 'http'], [':scheme', 'https'], [':status', '200'], [':status', '204'], [':status', '206'],
  [':status', '304'], [':status', '400'], [':status', '404'], [':status', '500'], ['accept-charset', ''],
  ['accept-encoding', 'gzip, deflate'], ['accept-language', ''], ['accept-ranges', ''], ['accept', ''],
  ['access-control-allow-origin', ''], ['age', ''], ['allow', ''], ['authorization', ''], ['cache-control', ''],
  ['content-disposition', ''], ['content-encoding', ''], ['content-language', ''], ['content-length', ''],
  ['content-location', ''], ['content-range', ''], ['content-type', ''], ['cookie', ''], ['date', ''], ['etag', ''],
  ['expect', ''], ['expires', ''], ['from', ''], ['host', ''], ['if-match', ''], ['if-modified-since', ''],
  ['if-none-match', ''], ['if-range', ''], ['if-unmodified-since', ''], ['last-modified', ''], ['link', ''],
  ['location', ''], ['max-forwards', ''], ['proxy-authenticate', ''], ['proxy-authorization', ''], ['range', ''],
  ['referer', ''], ['refresh', ''], ['retry-after', ''], ['server', ''], ['set-cookie', ''],
  ['strict-transport-security', ''], ['transfer-encoding', ''], ['user-agent', ''], ['vary', ''], ['via', ''],
  ['www-authenticate', ''],
];

/**
 * RFC 7541 Appendix B's code lengths in bits, one base-36 digit per symbol:
 * octets 0 to 255, then EOS. The code is canonical (each length's codes
 * follow the shorter ones' in symbol order), so the lengths give the codes.
 */
const HUFFMAN_CODE_LENGTHS =
  'dnsssssssoussussssssssusssssssss6aacd68baa8b8666555666666678f6cad67777777777777777777777878djde6f56565666577666567655677777fbeds' +
  'kmkkmmmnmnnnnnonoomnonnnnlmnmnnomlkmmnnlnmmolmnnllmlnmnnkmmmnmmnqqkjmnmpqqqrrqopjlqrrqrollqqsrrrkoklmllnmmppooqnqrqqrrrrrsrrrrrqu';
const EOS = 256;

/**
 * The decoding tree of the Huffman code: node n's children are at 2n and
 * 2n+1 (bit 0, bit 1); a negative entry is a leaf, -(symbol + 1).
 */
const HUFFMAN_TREE = (() => {
  const symbols = [...HUFFMAN_CODE_LENGTHS].map((digit, symbol) => ({ symbol, length: parseInt(digit, 36) }));
  symbols.sort((a, b) => a.length - b.length || a.symbol - b.symbol);
  const tree = new Int32Array(2 * 2 * symbols.length);
  let nodes = 1;
  let code = 0;
  let previousLength = symbols[0]!.length;
  for (const [i, { symbol, length }] of symbols.entries()) {
    if (i > 0) code = (code + 1) << (length - previousLength);
    previousLength = length;
    let node = 0;
    for (let bit = length - 1; bit > 0; bit--) {
      const slot = 2 * node + ((code >>> bit) & 1);
      if (tree[slot] === 0) tree[slot] = nodes++;
      node = tree[slot]!;
    }
    tree[2 * node + (code & 1)] = -(symbol + 1);
  }
  return tree;
})();

function huffmanDecode(bytes: Buffer): string {
  const out = Buffer.allocUnsafe(Math.ceil((bytes.length * 8) / 5));
  let written = 0;
  let node = 0;
  // Bits read since the last symbol, and whether they were all ones: the padding must be a short prefix of EOS.
  let pendingBits = 0;
  let pendingAllOnes = true;
  for (const byte of bytes) {
    for (let bit = 7; bit >= 0; bit--) {
      const one = (byte >> bit) & 1;
      const next = HUFFMAN_TREE[2 * node + one]!;
      pendingBits++;
      pendingAllOnes &&= one === 1;
      if (next < 0) {
        const symbol = -next - 1;
        if (symbol === EOS) throw new HpackError('a Huffman-coded string holds EOS');
        out[written++] = symbol;
        node = 0;
        pendingBits = 0;
        pendingAllOnes = true;
      } else {
        node = next;
      }
    }
  }
  if (pendingBits > 7 || !pendingAllOnes) throw new HpackError('a Huffman-coded string is not padded with the start of EOS');
  return out.toString('latin1', 0, written);
}

/** RFC 7541 §4.1: an entry's size is its octets plus 32. */
const entrySize = (name: string, value: string) => name.length + value.length + 32;

/** The decoding side of one connection: its dynamic table lives as long as the connection. */
export class HpackDecoder {
  /** Newest first: index 62 is entries[0]. */
  private readonly entries: HeaderField[] = [];
  private size = 0;
  private maxSize: number;
  private offset = 0;
  private block: Buffer = Buffer.alloc(0);

  /**
   * `tableSizeLimit`: what SETTINGS_HEADER_TABLE_SIZE told the peer (4096
   * unless changed). `headerListLimit`: the most a block may decode to, in
   * octets counted as SETTINGS_MAX_HEADER_LIST_SIZE counts them (a field's
   * name and value plus 32); indexes into the table could otherwise make a
   * small block decode to gigabytes.
   */
  constructor(
    private readonly tableSizeLimit = 4096,
    private readonly headerListLimit = 1 << 20,
  ) {
    this.maxSize = tableSizeLimit;
  }

  /** Decodes one complete header block (a HEADERS frame and its CONTINUATIONs). */
  decode(block: Buffer): HeaderField[] {
    this.block = block;
    this.offset = 0;
    const fields: HeaderField[] = [];
    let listSize = 0;
    while (this.offset < block.length) {
      const first = block[this.offset]!;
      if (first & 0x80) {
        // Indexed header field.
        fields.push(this.field(this.integer(7)));
      } else if (first & 0x40) {
        // Literal with incremental indexing.
        const field = this.literal(6);
        this.insert(field);
        fields.push(field);
      } else if (first & 0x20) {
        // Dynamic table size update: only before the block's first field.
        if (fields.length > 0) throw new HpackError('a dynamic table size update after a header field');
        const size = this.integer(5);
        if (size > this.tableSizeLimit) throw new HpackError(`a dynamic table size of ${size} exceeds the ${this.tableSizeLimit} allowed`);
        this.maxSize = size;
        this.evictTo(size);
      } else {
        // Literal without indexing (0000) or never indexed (0001).
        fields.push(this.literal(4));
      }
      const last = fields[fields.length - 1];
      if (last && (listSize += entrySize(last[0], last[1])) > this.headerListLimit) {
        throw new HpackError(`a header block decodes to more than ${this.headerListLimit} octets`);
      }
    }
    this.block = Buffer.alloc(0);
    return fields;
  }

  private field(index: number): HeaderField {
    if (index === 0) throw new HpackError('header index 0');
    if (index <= STATIC_TABLE.length) return STATIC_TABLE[index - 1]!;
    const entry = this.entries[index - STATIC_TABLE.length - 1];
    if (!entry) throw new HpackError(`header index ${index} is past the dynamic table`);
    return entry;
  }

  private literal(prefixBits: number): HeaderField {
    const nameIndex = this.integer(prefixBits);
    const name = nameIndex === 0 ? this.string() : this.field(nameIndex)[0];
    return [name, this.string()];
  }

  private insert(field: HeaderField): void {
    const size = entrySize(field[0], field[1]);
    this.evictTo(this.maxSize - size);
    // An entry larger than the whole table empties it and is not added (§4.4).
    if (size > this.maxSize) return;
    this.entries.unshift(field);
    this.size += size;
  }

  private evictTo(limit: number): void {
    while (this.size > Math.max(limit, 0) && this.entries.length > 0) {
      const [name, value] = this.entries.pop()!;
      this.size -= entrySize(name, value);
    }
  }

  /** §5.1: an integer with an N-bit prefix. */
  private integer(prefixBits: number): number {
    const mask = (1 << prefixBits) - 1;
    let value = this.byte() & mask;
    if (value < mask) return value;
    for (let shift = 0; ; shift += 7) {
      if (shift > 28) throw new HpackError('an integer too large');
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
  }

  /** §5.2: a string literal, Huffman-coded or not. */
  private string(): string {
    const huffman = (this.block[this.offset]! & 0x80) !== 0;
    const length = this.integer(7);
    const end = this.offset + length;
    if (end > this.block.length) throw new HpackError('a string runs past the header block');
    const bytes = this.block.subarray(this.offset, end);
    this.offset = end;
    return huffman ? huffmanDecode(bytes) : bytes.toString('latin1');
  }

  private byte(): number {
    if (this.offset >= this.block.length) throw new HpackError('a header block ends inside a field');
    return this.block[this.offset++]!;
  }
}

const STATIC_NAME_INDEX = new Map<string, number>();
const STATIC_FIELD_INDEX = new Map<string, number>();
STATIC_TABLE.forEach(([name, value], i) => {
  if (!STATIC_NAME_INDEX.has(name)) STATIC_NAME_INDEX.set(name, i + 1);
  STATIC_FIELD_INDEX.set(`${name}\0${value}`, i + 1);
});

/**
 * A header block of `fields` that uses only the static table (a whole field
 * or a name from it, else literals without indexing, no Huffman coding): the
 * same bytes fit any connection at any time.
 */
export function encodeHeaderBlock(fields: readonly HeaderField[]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    const fieldIndex = STATIC_FIELD_INDEX.get(`${name}\0${value}`);
    if (fieldIndex !== undefined) {
      parts.push(encodeInteger(fieldIndex, 7, 0x80));
      continue;
    }
    const nameIndex = STATIC_NAME_INDEX.get(name);
    parts.push(encodeInteger(nameIndex ?? 0, 4, 0x00));
    if (nameIndex === undefined) parts.push(...encodeString(name));
    parts.push(...encodeString(value));
  }
  return Buffer.concat(parts);
}

function encodeString(text: string): Buffer[] {
  const bytes = Buffer.from(text, 'latin1');
  return [encodeInteger(bytes.length, 7, 0x00), bytes];
}

function encodeInteger(value: number, prefixBits: number, firstByteFlags: number): Buffer {
  const mask = (1 << prefixBits) - 1;
  if (value < mask) return Buffer.from([firstByteFlags | value]);
  const bytes = [firstByteFlags | mask];
  let rest = value - mask;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}
