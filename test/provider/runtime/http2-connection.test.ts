import { connect, type ClientHttp2Session, type ClientHttp2Stream, type IncomingHttpHeaders } from 'node:http2';
import { createServer, connect as connectTcp, type AddressInfo, type Server } from 'node:net';
import { encodeHeaderBlock } from '../../../src/provider/runtime/hpack';
import { Http2Connection, type ServerStream } from '../../../src/provider/runtime/http2-connection';
import { FLAG, FRAME, PREFACE, frame } from '../../../src/provider/runtime/http2-frames';

// The server side of the plugin's HTTP/2 against node:http2's client (nghttp2): another
// implementation of the protocol than Terraform's Go client, which terraform-e2e.test.ts drives.

const OK_HEADERS = encodeHeaderBlock([[':status', '200'], ['content-type', 'application/test']]);
const OK_TRAILERS = encodeHeaderBlock([['x-outcome', 'done']]);
/** How a client's connection starts: the preface and its (empty) SETTINGS. */
const CLIENT_START = Buffer.concat([PREFACE, frame(FRAME.SETTINGS, 0, 0, Buffer.alloc(0))]);

interface Harness {
  url: string;
  connections: Http2Connection[];
  errors: Error[];
  streams: ServerStream[];
  close(): Promise<void>;
}

let harness: Harness;
const sessions: ClientHttp2Session[] = [];

async function startServer(onStream: (stream: ServerStream) => void, maxBodyBytes = 64 * 1024 * 1024): Promise<Harness> {
  const connections: Http2Connection[] = [];
  const errors: Error[] = [];
  const streams: ServerStream[] = [];
  const server: Server = createServer((socket) => {
    connections.push(
      new Http2Connection(socket, {
        maxBodyBytes,
        onStream: (stream) => {
          streams.push(stream);
          onStream(stream);
        },
        onError: (error) => errors.push(error),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections,
    errors,
    streams,
    close: async () => {
      for (const connection of connections) await connection.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function client(settings: Parameters<typeof connect>[1] = {}): ClientHttp2Session {
  const session = connect(harness.url, settings);
  session.on('error', () => undefined);
  sessions.push(session);
  return session;
}

interface Exchange {
  headers: IncomingHttpHeaders;
  body: Buffer;
  trailers: IncomingHttpHeaders;
}

function call(session: ClientHttp2Session, path: string, body: Buffer): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const stream: ClientHttp2Stream = session.request({ ':method': 'POST', ':path': path, 'content-type': 'application/test' });
    let headers: IncomingHttpHeaders = {};
    let trailers: IncomingHttpHeaders = {};
    const chunks: Buffer[] = [];
    stream.on('response', (h) => (headers = h));
    stream.on('trailers', (t) => (trailers = t));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve({ headers, body: Buffer.concat(chunks), trailers }));
    stream.on('error', reject);
    stream.end(body);
  });
}

/** Answers with the path, then the body reversed. */
function echo(stream: ServerStream): void {
  stream.onBody = (body) => {
    const reversed = Buffer.from(body!).reverse();
    stream.respond(OK_HEADERS, Buffer.concat([Buffer.from(`${stream.path}\n`), reversed]), OK_TRAILERS);
  };
}

afterEach(async () => {
  for (const session of sessions.splice(0)) session.destroy();
  await harness?.close();
});

describe('Http2Connection', () => {
  it('answers concurrent requests on one connection, each with its headers, body and trailers', async () => {
    harness = await startServer(echo);
    const session = client();
    const exchanges = await Promise.all(Array.from({ length: 50 }, (_, i) => call(session, `/svc/M${i}`, Buffer.from(`request ${i}`))));
    exchanges.forEach((exchange, i) => {
      expect(exchange.headers[':status']).toBe(200);
      expect(exchange.headers['content-type']).toBe('application/test');
      expect(exchange.body.toString()).toBe(`/svc/M${i}\n${[...`request ${i}`].reverse().join('')}`);
      expect(exchange.trailers['x-outcome']).toBe('done');
    });
    expect(harness.errors).toEqual([]);
  });

  it('keeps to the client window and frame size: a megabyte each way through a 16 KB stream window', async () => {
    harness = await startServer(echo);
    const session = client({ settings: { initialWindowSize: 16_384 } });
    const request = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const [first, second] = await Promise.all([call(session, '/big', request), call(session, '/big', Buffer.alloc(1_000_000, 7))]);
    // Buffer#equals: jest's toEqual walks a buffer byte by byte.
    expect(first!.body.subarray('/big\n'.length).equals(Buffer.from(request).reverse())).toBe(true);
    expect(second!.body.length).toBe('/big\n'.length + 1_000_000);
    expect(second!.trailers['x-outcome']).toBe('done');
  });

  it('sends a header block larger than a frame as HEADERS and CONTINUATION', async () => {
    const long = 'y'.repeat(40_000);
    harness = await startServer((stream) => stream.respond(encodeHeaderBlock([[':status', '200'], ['x-long', long]])));
    const exchange = await call(client({ maxHeaderListPairs: 10, settings: { maxHeaderListSize: 100_000 } }), '/any', Buffer.from('x'));
    expect(exchange.headers['x-long']).toBe(long);
    expect(exchange.body.length).toBe(0);
  });

  it('answers a body past maxBodyBytes as soon as it is, and the client learns it early', async () => {
    harness = await startServer((stream) => {
      stream.onBody = (body) => stream.respond(encodeHeaderBlock([[':status', body === undefined ? '413' : '200']]));
    }, 1000);
    const session = client();
    expect((await call(session, '/small', Buffer.alloc(1000))).headers[':status']).toBe(200);
    expect((await call(session, '/large', Buffer.alloc(200_000))).headers[':status']).toBe(413);
    // The connection goes on.
    expect((await call(session, '/small', Buffer.alloc(10))).headers[':status']).toBe(200);
  });

  it('drops the answer of a stream the client reset, and serves the next', async () => {
    let held: ServerStream | undefined;
    harness = await startServer((stream) => {
      if (stream.path === '/hold') {
        held = stream;
        return;
      }
      echo(stream);
    });
    const session = client();
    const cancelled = session.request({ ':method': 'POST', ':path': '/hold' });
    cancelled.on('error', () => undefined);
    await new Promise<void>((resolve) => cancelled.once('ready', resolve));
    await waitFor(() => held !== undefined);
    cancelled.close(8); // CANCEL
    await new Promise<void>((resolve) => cancelled.once('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    held!.respond(OK_HEADERS, Buffer.from('late'), OK_TRAILERS);
    expect((await call(session, '/next', Buffer.from('ab'))).body.toString()).toBe('/next\nba');
    expect(harness.errors).toEqual([]);
  });

  it('acknowledges PINGs', async () => {
    harness = await startServer(echo);
    const session = client();
    await new Promise<void>((resolve) => session.once('connect', () => resolve()));
    const payload = await new Promise<string>((resolve, reject) => session.ping(Buffer.from('12345678'), (error, _ms, data) => (error ? reject(error) : resolve(data.toString()))));
    expect(payload).toBe('12345678');
  });

  it('closes gracefully: GOAWAY, the calls in progress answered, then the socket ends', async () => {
    let held: ServerStream | undefined;
    harness = await startServer((stream) => {
      if (stream.path === '/hold') held = stream;
      else echo(stream);
    });
    const session = client();
    const inProgress = call(session, '/hold', Buffer.from('x'));
    await waitFor(() => held !== undefined);
    const goaway = new Promise<number>((resolve) => session.once('goaway', (code) => resolve(code)));
    const closed = harness.connections[0]!.close();
    expect(await goaway).toBe(0);
    let settled = false;
    void closed.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    held!.respond(OK_HEADERS, Buffer.from('answered'), OK_TRAILERS);
    expect((await inProgress).body.toString()).toBe('answered');
    await closed;
  });

  it('resets a stream answered before its request ended, and only such a stream', async () => {
    harness = await startServer((stream) => stream.respond(encodeHeaderBlock([[':status', '200'], ['x-at', 'headers']])));
    const block = encodeHeaderBlock([[':method', 'POST'], [':path', '/x']]);
    // Stream 1 ends its request in its HEADERS; stream 3 would send a body.
    const requests = [frame(FRAME.HEADERS, FLAG.END_STREAM | FLAG.END_HEADERS, 1, block), frame(FRAME.HEADERS, FLAG.END_HEADERS, 3, block)];
    const received = frames(await rawExchange(Buffer.concat([CLIENT_START, ...requests]), 100));
    expect(received.filter((frame) => frame.type === 0x1).map((frame) => [frame.streamId, frame.flags])).toEqual([
      [1, 0x5],
      [3, 0x5],
    ]);
    expect(received.filter((frame) => frame.type === 0x3).map((frame) => [frame.streamId, frame.payload.readUInt32BE(0)])).toEqual([[3, 0]]);
  });

  it('ends a connection that does not speak HTTP/2 with a GOAWAY saying why', async () => {
    harness = await startServer(echo);
    const received = await rawExchange(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    const goaway = findFrame(received, 0x7);
    expect(goaway?.readUInt32BE(4)).toBe(0x1); // PROTOCOL_ERROR
    expect(goaway?.subarray(8).toString()).toMatch(/connection preface/);
    expect(harness.errors.map((error) => error.message)).toEqual([expect.stringMatching(/connection preface/)]);
  });

  it('ends a connection whose header block does not decode with COMPRESSION_ERROR', async () => {
    harness = await startServer(echo);
    const headers = frame(FRAME.HEADERS, FLAG.END_STREAM | FLAG.END_HEADERS, 1, Buffer.from([0x80])); // index 0
    const goaway = findFrame(await rawExchange(Buffer.concat([CLIENT_START, headers])), 0x7);
    expect(goaway?.readUInt32BE(4)).toBe(0x9);
    expect(goaway?.subarray(8).toString()).toMatch(/index 0/);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

/** Sends `bytes` on a plain socket and collects what comes back until the socket closes (ended by this side after `endAfterMs`). */
function rawExchange(bytes: Buffer, endAfterMs?: number): Promise<Buffer> {
  const { port } = new URL(harness.url);
  return new Promise((resolve, reject) => {
    const socket = connectTcp(Number(port), '127.0.0.1', () => {
      socket.write(bytes);
      if (endAfterMs !== undefined) setTimeout(() => socket.end(), endAfterMs);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

interface RawFrame {
  type: number;
  flags: number;
  streamId: number;
  payload: Buffer;
}

function frames(bytes: Buffer): RawFrame[] {
  const found: RawFrame[] = [];
  for (let offset = 0; offset + 9 <= bytes.length; ) {
    const length = bytes.readUIntBE(offset, 3);
    found.push({ type: bytes[offset + 3]!, flags: bytes[offset + 4]!, streamId: bytes.readUInt32BE(offset + 5), payload: bytes.subarray(offset + 9, offset + 9 + length) });
    offset += 9 + length;
  }
  return found;
}

/** The payload of the first frame of `type` in a server's byte stream. */
function findFrame(bytes: Buffer, type: number): Buffer | undefined {
  return frames(bytes).find((frame) => frame.type === type)?.payload;
}
