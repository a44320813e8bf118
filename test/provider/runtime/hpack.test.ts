import { HpackDecoder, HpackError, encodeHeaderBlock } from '../../../src/provider/runtime/hpack';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

// The examples of RFC 7541 Appendix C: each a sequence of header blocks on one connection.
describe('HpackDecoder, RFC 7541 Appendix C', () => {
  it('C.2: literal representations and an indexed field', () => {
    expect(new HpackDecoder().decode(hex('400a 6375 7374 6f6d 2d6b 6579 0d63 7573 746f 6d2d 6865 6164 6572'))).toEqual([['custom-key', 'custom-header']]);
    expect(new HpackDecoder().decode(hex('040c 2f73 616d 706c 652f 7061 7468'))).toEqual([[':path', '/sample/path']]);
    expect(new HpackDecoder().decode(hex('1008 7061 7373 776f 7264 0673 6563 7265 74'))).toEqual([['password', 'secret']]);
    expect(new HpackDecoder().decode(hex('82'))).toEqual([[':method', 'GET']]);
  });

  const requests = [
    [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
    ],
    [
      [':method', 'GET'],
      [':scheme', 'http'],
      [':path', '/'],
      [':authority', 'www.example.com'],
      ['cache-control', 'no-cache'],
    ],
    [
      [':method', 'GET'],
      [':scheme', 'https'],
      [':path', '/index.html'],
      [':authority', 'www.example.com'],
      ['custom-key', 'custom-value'],
    ],
  ];

  it('C.3: requests without Huffman coding, through the dynamic table', () => {
    const decoder = new HpackDecoder();
    expect(decoder.decode(hex('8286 8441 0f77 7777 2e65 7861 6d70 6c65 2e63 6f6d'))).toEqual(requests[0]);
    expect(decoder.decode(hex('8286 84be 5808 6e6f 2d63 6163 6865'))).toEqual(requests[1]);
    expect(decoder.decode(hex('8287 85bf 400a 6375 7374 6f6d 2d6b 6579 0c63 7573 746f 6d2d 7661 6c75 65'))).toEqual(requests[2]);
  });

  it('C.4: requests with Huffman coding', () => {
    const decoder = new HpackDecoder();
    expect(decoder.decode(hex('8286 8441 8cf1 e3c2 e5f2 3a6b a0ab 90f4 ff'))).toEqual(requests[0]);
    expect(decoder.decode(hex('8286 84be 5886 a8eb 1064 9cbf'))).toEqual(requests[1]);
    expect(decoder.decode(hex('8287 85bf 4088 25a8 49e9 5ba9 7d7f 8925 a849 e95b b8e8 b4bf'))).toEqual(requests[2]);
  });

  const responses = [
    [
      [':status', '302'],
      ['cache-control', 'private'],
      ['date', 'Mon, 21 Oct 2013 20:13:21 GMT'],
      ['location', 'https://www.example.com'],
    ],
    [
      [':status', '307'],
      ['cache-control', 'private'],
      ['date', 'Mon, 21 Oct 2013 20:13:21 GMT'],
      ['location', 'https://www.example.com'],
    ],
    [
      [':status', '200'],
      ['cache-control', 'private'],
      ['date', 'Mon, 21 Oct 2013 20:13:22 GMT'],
      ['location', 'https://www.example.com'],
      ['content-encoding', 'gzip'],
      ['set-cookie', 'foo=ASDJKHQKBZXOQWEOPIUAXQWEOIU; max-age=3600; version=1'],
    ],
  ];

  it('C.6: responses with Huffman coding, evicting from a 256-octet table', () => {
    const decoder = new HpackDecoder(256);
    const sizeUpdate = '3fe1 01'; // to 256: the table size these examples assume
    expect(
      decoder.decode(hex(`${sizeUpdate} 4882 6402 5885 aec3 771a 4b61 96d0 7abe 9410 54d4 44a8 2005 9504 0b81 66e0 82a6 2d1b ff6e 919d 29ad 1718 63c7 8f0b 97c8 e9ae 82ae 43d3`)),
    ).toEqual(responses[0]);
    expect(decoder.decode(hex('4883 640e ffc1 c0bf'))).toEqual(responses[1]);
    expect(
      decoder.decode(
        hex(
          '88c1 6196 d07a be94 1054 d444 a820 0595 040b 8166 e084 a62d 1bff c05a 839b d9ab 77ad 94e7 821d d7f2 e6c7 b335 dfdf cd5b 3960 d5af 2708 7f36 72c1 ab27 0fb5 291f 9587 3160 65c0 03ed 4ee5 b106 3d50 07',
        ),
      ),
    ).toEqual(responses[2]);
  });
});

describe('HpackDecoder, Huffman codes outside the examples', () => {
  it('decodes octets from the whole range by their codes in RFC 7541 Appendix B', () => {
    // [octet, code, bits] as the RFC lists them.
    const codes: Array<[number, number, number]> = [
      [0, 0x1ff8, 13],
      [1, 0x7fffd8, 23],
      [10, 0x3ffffffc, 30],
      [97, 0x3, 5],
      [127, 0xffffffc, 28],
      [128, 0xfffe6, 20],
      [200, 0x3ffffe2, 26],
      [254, 0x7fffff0, 27],
      [255, 0x3ffffee, 26],
    ];
    let bits = codes.map(([, code, length]) => code.toString(2).padStart(length, '0')).join('');
    bits += '1'.repeat((8 - (bits.length % 8)) % 8); // padding: the start of EOS
    const huffman = Buffer.from(bits.match(/.{8}/g)!.map((byte) => parseInt(byte, 2)));
    const block = Buffer.concat([Buffer.from([0x00, 0x01, 0x78, 0x80 | huffman.length]), huffman]); // literal "x": <Huffman value>
    const [[, value]] = new HpackDecoder().decode(block) as [[string, string]];
    expect([...Buffer.from(value, 'latin1')]).toEqual(codes.map(([octet]) => octet));
  });
});

describe('HpackDecoder, malformed blocks', () => {
  const fails = (block: string, message: RegExp, decoder = new HpackDecoder()) => {
    let thrown: unknown;
    try {
      decoder.decode(hex(block));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HpackError);
    expect((thrown as Error).message).toMatch(message);
  };

  it('refuses index 0 and indexes past the tables', () => {
    fails('80', /index 0/);
    fails('be', /past the dynamic table/); // 62 with an empty dynamic table
  });

  it('refuses a block that ends inside a field or a string', () => {
    fails('41', /ends inside a field/);
    fails('4105 6162', /runs past the header block/);
    fails('ff', /ends inside a field/); // an integer whose continuation bytes are missing
  });

  it('refuses Huffman strings with EOS or with padding that is not a prefix of EOS', () => {
    fails('0084 ffff fffc', /holds EOS/); // name: 30 one-bits (EOS) and padding
    fails('0081 00', /padded/); // "0" (00000) then three zero bits of padding
    fails('0082 ffff', /padded/); // 16 one-bits: more than 7 bits of padding
  });

  it('allows a dynamic table size update only first, and only within the limit', () => {
    fails('823f e101', /after a header field/);
    fails('3fe1 3f', /exceeds the 4096 allowed/); // 8192
  });

  it('refuses a block that decodes to more than its header list limit', () => {
    // Two indexed copies of a 40-octet entry count 2 x (3 + 40 + 32) = 150 octets.
    const decoder = new HpackDecoder(4096, 100);
    expect(decoder.decode(Buffer.concat([hex('4003 6b65 7928'), Buffer.alloc(40, 0x76)]))).toEqual([['key', 'v'.repeat(40)]]);
    expect(() => decoder.decode(hex('bebe'))).toThrow(/decodes to more than 100 octets/);
  });

  it('evicts to a smaller size on an update, keeping the newest entries', () => {
    const decoder = new HpackDecoder();
    decoder.decode(hex('4003 6161 6103 7878 78 4003 6262 6203 7979 79')); // aaa: xxx, then bbb: yyy (38 octets each)
    decoder.decode(hex('3f07')); // size 38: room for one
    expect(decoder.decode(hex('be'))).toEqual([['bbb', 'yyy']]);
    expect(() => decoder.decode(hex('bf'))).toThrow(/past the dynamic table/);
  });
});

describe('encodeHeaderBlock', () => {
  it('uses whole static fields, static names and literals, and decodes back', () => {
    const fields = [
      [':status', '200'],
      ['content-type', 'application/grpc'],
      ['grpc-status', '13'],
      ['grpc-message', 'x'.repeat(300)],
    ] as const;
    const block = encodeHeaderBlock(fields);
    expect(block[0]).toBe(0x88); // :status 200, static index 8
    expect(block.subarray(1, 3)).toEqual(Buffer.from([0x0f, 0x10])); // without indexing, name index 31
    const decoder = new HpackDecoder();
    expect(decoder.decode(block)).toEqual(fields);
    // Nothing entered the dynamic table: the same block decodes the same on any connection.
    expect(() => decoder.decode(hex('be'))).toThrow(/past the dynamic table/);
  });
});
