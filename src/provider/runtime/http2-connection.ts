/**
 * The server side of one HTTP/2 connection (RFC 9113), as much as a gRPC
 * server of unary calls needs: requests whose headers and whole body arrive,
 * then one answer each (headers, body, trailers), with HTTP/2's flow control
 * and settings, PING, RST_STREAM and a graceful GOAWAY.
 *
 * Why not node:http2: a short-lived plugin process runs its JavaScript
 * mostly cold, and node:http2 spends ~0.5 ms of such code per call (a Duplex
 * per stream, header objects built and checked, timers, events), about half
 * of what a Terraform call costs the provider, plus ~4 ms of every launch to
 * load. Framing a unary call is a few buffer reads and writes; see
 * docs/provider-runtime.md for the measurements.
 *
 * What it leaves out, as a unary gRPC server may: server push, priorities
 * (ignored), request trailers (decoded and dropped), streams of more than one
 * answer. The receive windows are opened to the maximum at once, so the
 * client never waits for this side.
 */
import type { Socket } from 'node:net';
import { HpackDecoder, HpackError, type HeaderField } from './hpack';
import {
  DEFAULT_MAX_FRAME, DEFAULT_WINDOW, ERROR, FLAG, FRAME, FRAME_HEADER_BYTES, MAX_WINDOW, PREFACE, SETTING, frame, frameHeader, goAway, settingsPayload, uint32,
} from './http2-frames';

/** Once this much of the connection's receive window is used, it is given back in one WINDOW_UPDATE. */
const WINDOW_REFILL = 1 << 30;
/** Header blocks past this, as received or once decoded, are refused (HTTP/2 leaves the limit to each side). */
const MAX_HEADER_BLOCK_BYTES = 1 << 20;

class ConnectionError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A request whose headers have arrived. */
export interface ServerStream {
  readonly path: string;
  /**
   * Called once the whole body has arrived; with `undefined` instead once it
   * has grown past the connection's maxBodyBytes (the rest is dropped). Not
   * called if the stream is answered or reset first.
   */
  onBody?: (body: Buffer | undefined) => void;
  /**
   * Answers the request, once: the header block (hpack.ts's
   * encodeHeaderBlock), then the body and the trailer block when given; a
   * header block alone ends the stream. Does nothing if the client has reset
   * the stream or gone away.
   */
  respond(headerBlock: Buffer, body?: Buffer, trailerBlock?: Buffer): void;
}

export interface Http2ConnectionOptions {
  maxBodyBytes: number;
  onStream(stream: ServerStream): void;
  /** The connection failed: a protocol error (the peer gets a GOAWAY saying why) or the socket's. */
  onError(error: Error): void;
}

/** The part of an answer that waits for flow-control window. */
interface Outbox {
  body: Buffer;
  trailerBlock: Buffer | undefined;
}

class Stream implements ServerStream {
  onBody?: (body: Buffer | undefined) => void;
  readonly chunks: Buffer[] = [];
  received = 0;
  requestEnded = false;
  /** The body is past maxBodyBytes: onBody has had its undefined. */
  overflowed = false;
  answered = false;
  /** The answer has been sent whole (or can no longer be): nothing more to do for it. */
  done = false;
  outbox: Outbox | undefined;

  constructor(
    readonly id: number,
    readonly path: string,
    public sendWindow: number,
    private readonly connection: Http2Connection,
  ) {}

  respond(headerBlock: Buffer, body?: Buffer, trailerBlock?: Buffer): void {
    if (this.answered || this.done) return;
    this.answered = true;
    this.connection.answer(this, headerBlock, body, trailerBlock);
  }
}

/** A header block whose CONTINUATION frames are still to come. */
interface PendingHeaders {
  streamId: number;
  endStream: boolean;
  fragments: Buffer[];
  bytes: number;
}

/** Serves HTTP/2 on `socket` (already past TLS, if any) until either side closes it. */
export class Http2Connection {
  /** Resolves once the socket has closed. */
  readonly closed: Promise<void>;
  private readonly decoder = new HpackDecoder(4096, MAX_HEADER_BLOCK_BYTES);
  private readonly streams = new Map<number, Stream>();
  private unparsed: Buffer = Buffer.alloc(0);
  private prefaceReceived = false;
  private pendingHeaders: PendingHeaders | undefined;
  private lastStreamId = 0;
  private sendWindow = DEFAULT_WINDOW;
  private peerInitialWindow = DEFAULT_WINDOW;
  private peerMaxFrame = DEFAULT_MAX_FRAME;
  private receivedSinceRefill = 0;
  private goingAway = false;
  private ended = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: Http2ConnectionOptions,
  ) {
    this.closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('close', () => {
      this.ended = true;
      for (const stream of this.streams.values()) stream.done = true;
      this.streams.clear();
    });
    // Frames go out as they are ready, not after the peer's delayed ACK (Nagle; TCP only, as in the tests).
    socket.setNoDelay(true);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // How a connection usually ends: Terraform closes it once Shutdown has answered, maybe before this side's GOAWAY.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') options.onError(error);
    });
    // The peer has ended its side: nothing more will be read, and the socket ends this side too.
    socket.on('end', () => (this.ended = true));
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    // This side's settings and the widest connection window, before anything else.
    this.write([
      frame(FRAME.SETTINGS, 0, 0, settingsPayload([[SETTING.INITIAL_WINDOW_SIZE, MAX_WINDOW]])),
      frame(FRAME.WINDOW_UPDATE, 0, 0, uint32(MAX_WINDOW - DEFAULT_WINDOW)),
    ]);
  }

  /** Graceful close: GOAWAY, then the socket ends once the streams in progress are answered. */
  close(): Promise<void> {
    if (!this.goingAway && !this.ended) {
      this.goingAway = true;
      this.write([goAway(this.lastStreamId, ERROR.NO_ERROR, '')]);
      this.endIfIdle();
    }
    return this.closed;
  }

  /** Stream.respond's work: everything the windows allow now, the rest when they open. */
  answer(stream: Stream, headerBlock: Buffer, body: Buffer | undefined, trailerBlock: Buffer | undefined): void {
    if (stream.done || this.ended) return;
    const headersOnly = (body === undefined || body.length === 0) && trailerBlock === undefined;
    const frames = this.headerFrames(stream.id, headerBlock, headersOnly);
    if (headersOnly) {
      this.finish(stream, frames);
    } else {
      stream.outbox = { body: body ?? Buffer.alloc(0), trailerBlock };
      this.flush(stream, frames);
    }
    this.write(frames);
    this.endIfIdle();
  }

  private receive(chunk: Buffer): void {
    if (this.ended) return;
    this.unparsed = this.unparsed.length === 0 ? chunk : Buffer.concat([this.unparsed, chunk]);
    try {
      if (!this.prefaceReceived) {
        if (this.unparsed.length < PREFACE.length) {
          if (!PREFACE.subarray(0, this.unparsed.length).equals(this.unparsed)) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'not an HTTP/2 connection preface');
          return;
        }
        if (!this.unparsed.subarray(0, PREFACE.length).equals(PREFACE)) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'not an HTTP/2 connection preface');
        this.prefaceReceived = true;
        this.unparsed = this.unparsed.subarray(PREFACE.length);
      }
      let offset = 0;
      const data = this.unparsed;
      while (data.length - offset >= FRAME_HEADER_BYTES) {
        const length = data.readUIntBE(offset, 3);
        if (length > DEFAULT_MAX_FRAME) throw new ConnectionError(ERROR.FRAME_SIZE_ERROR, `a frame of ${length} bytes exceeds the ${DEFAULT_MAX_FRAME} allowed`);
        if (data.length - offset < FRAME_HEADER_BYTES + length) break;
        const type = data[offset + 3]!;
        const flags = data[offset + 4]!;
        const streamId = data.readUInt32BE(offset + 5) & MAX_WINDOW;
        const payload = data.subarray(offset + FRAME_HEADER_BYTES, offset + FRAME_HEADER_BYTES + length);
        offset += FRAME_HEADER_BYTES + length;
        this.onFrame(type, flags, streamId, payload);
        if (this.ended) return;
      }
      this.unparsed = data.subarray(offset);
    } catch (error) {
      this.fail(error);
    }
  }

  private onFrame(type: number, flags: number, streamId: number, payload: Buffer): void {
    if (this.pendingHeaders && (type !== FRAME.CONTINUATION || streamId !== this.pendingHeaders.streamId)) {
      throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'a header block was interrupted before its END_HEADERS');
    }
    switch (type) {
      case FRAME.DATA:
        return this.onData(flags, streamId, payload);
      case FRAME.HEADERS:
        return this.onHeaders(flags, streamId, payload);
      case FRAME.CONTINUATION:
        if (!this.pendingHeaders) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'CONTINUATION without a header block');
        return this.addHeaderFragment(this.pendingHeaders, payload, (flags & FLAG.END_HEADERS) !== 0);
      case FRAME.RST_STREAM: {
        const stream = this.streams.get(streamId);
        if (stream) {
          stream.done = true;
          this.streams.delete(streamId);
          this.endIfIdle();
        }
        return;
      }
      case FRAME.SETTINGS:
        return this.onSettings(flags, streamId, payload);
      case FRAME.PING:
        if (streamId !== 0 || payload.length !== 8) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'a malformed PING');
        if ((flags & FLAG.ACK) === 0) this.write([frame(FRAME.PING, FLAG.ACK, 0, payload)]);
        return;
      case FRAME.WINDOW_UPDATE:
        return this.onWindowUpdate(streamId, payload);
      case FRAME.GOAWAY:
        // The client starts no more streams; those in progress still get their answers.
        return;
      case FRAME.PUSH_PROMISE:
        throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'a client sent PUSH_PROMISE');
      default:
        // PRIORITY, and frame types this side does not know, are ignored (RFC 9113 §4.1, §5.3.2).
        return;
    }
  }

  private onHeaders(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'HEADERS on stream 0');
    let start = 0;
    let padding = 0;
    if (flags & FLAG.PADDED) {
      padding = payload[0] ?? 0;
      start = 1;
    }
    if (flags & FLAG.PRIORITY) start += 5;
    if (start + padding > payload.length) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'HEADERS padding exceeds the frame');
    const pending: PendingHeaders = { streamId, endStream: (flags & FLAG.END_STREAM) !== 0, fragments: [], bytes: 0 };
    this.addHeaderFragment(pending, payload.subarray(start, payload.length - padding), (flags & FLAG.END_HEADERS) !== 0);
  }

  private addHeaderFragment(pending: PendingHeaders, fragment: Buffer, endHeaders: boolean): void {
    pending.fragments.push(fragment);
    pending.bytes += fragment.length;
    if (pending.bytes > MAX_HEADER_BLOCK_BYTES) throw new ConnectionError(ERROR.PROTOCOL_ERROR, `a header block exceeds ${MAX_HEADER_BLOCK_BYTES} bytes`);
    if (!endHeaders) {
      this.pendingHeaders = pending;
      return;
    }
    this.pendingHeaders = undefined;
    let headers: HeaderField[];
    try {
      headers = this.decoder.decode(pending.fragments.length === 1 ? pending.fragments[0]! : Buffer.concat(pending.fragments));
    } catch (error) {
      if (error instanceof HpackError) throw new ConnectionError(ERROR.COMPRESSION_ERROR, error.message);
      throw error;
    }
    this.onHeaderBlock(pending.streamId, pending.endStream, headers);
  }

  private onHeaderBlock(streamId: number, endStream: boolean, headers: HeaderField[]): void {
    const existing = this.streams.get(streamId);
    if (existing) {
      // Trailers of a request: gRPC clients send none; end the body as they would.
      if (!endStream) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'a second header block that does not end its stream');
      this.endRequest(existing);
      return;
    }
    if (streamId <= this.lastStreamId) return; // a stream already answered and reset: nothing to add
    if (streamId % 2 === 0) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'a client stream with an even id');
    this.lastStreamId = streamId;
    if (this.goingAway) {
      this.write([frame(FRAME.RST_STREAM, 0, streamId, uint32(ERROR.REFUSED_STREAM))]);
      return;
    }
    let path = '';
    for (const [name, value] of headers) if (name === ':path') path = value;
    const stream = new Stream(streamId, path, this.peerInitialWindow, this);
    this.streams.set(streamId, stream);
    // Before onStream, which may answer at once: an answer to a request already ended needs no RST_STREAM.
    stream.requestEnded = endStream;
    this.options.onStream(stream);
    if (endStream) this.deliverBody(stream);
  }

  private onData(flags: number, streamId: number, payload: Buffer): void {
    if (streamId === 0) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'DATA on stream 0');
    this.receivedSinceRefill += payload.length;
    if (this.receivedSinceRefill >= WINDOW_REFILL) {
      this.write([frame(FRAME.WINDOW_UPDATE, 0, 0, uint32(this.receivedSinceRefill))]);
      this.receivedSinceRefill = 0;
    }
    const stream = this.streams.get(streamId);
    if (!stream) {
      if (streamId > this.lastStreamId) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'DATA on a stream that was never opened');
      return; // answered and reset, or refused: the client may still be sending
    }
    if (stream.requestEnded) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'DATA after the end of a request');
    let data = payload;
    if (flags & FLAG.PADDED) {
      const padding = payload[0] ?? 0;
      if (1 + padding > payload.length) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'DATA padding exceeds the frame');
      data = payload.subarray(1, payload.length - padding);
    }
    if (!stream.overflowed) {
      stream.received += data.length;
      if (stream.received > this.options.maxBodyBytes) {
        stream.overflowed = true;
        stream.chunks.length = 0;
        stream.onBody?.(undefined);
      } else if (data.length > 0) {
        stream.chunks.push(data);
      }
    }
    if (flags & FLAG.END_STREAM) this.endRequest(stream);
  }

  private endRequest(stream: Stream): void {
    stream.requestEnded = true;
    this.deliverBody(stream);
  }

  private deliverBody(stream: Stream): void {
    if (stream.overflowed || stream.done || stream.answered) return;
    const body = stream.chunks.length === 1 ? stream.chunks[0]! : Buffer.concat(stream.chunks, stream.received);
    stream.chunks.length = 0;
    stream.onBody?.(body);
  }

  private onSettings(flags: number, streamId: number, payload: Buffer): void {
    if (streamId !== 0) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'SETTINGS on a stream');
    if (flags & FLAG.ACK) return;
    if (payload.length % 6 !== 0) throw new ConnectionError(ERROR.FRAME_SIZE_ERROR, 'a SETTINGS frame of a length not a multiple of 6');
    for (let offset = 0; offset < payload.length; offset += 6) {
      const id = payload.readUInt16BE(offset);
      const value = payload.readUInt32BE(offset + 2);
      if (id === SETTING.INITIAL_WINDOW_SIZE) {
        if (value > MAX_WINDOW) throw new ConnectionError(ERROR.FLOW_CONTROL_ERROR, 'SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1');
        // §6.9.2: the change applies to the windows of the open streams too.
        const delta = value - this.peerInitialWindow;
        this.peerInitialWindow = value;
        for (const stream of this.streams.values()) stream.sendWindow += delta;
      } else if (id === SETTING.MAX_FRAME_SIZE) {
        if (value < DEFAULT_MAX_FRAME || value > 0xffffff) throw new ConnectionError(ERROR.PROTOCOL_ERROR, `SETTINGS_MAX_FRAME_SIZE of ${value}`);
        this.peerMaxFrame = value;
      }
      // The header table size bounds the peer's decoder, which this side's encoder never fills;
      // push, concurrency and header-list limits do not concern a server that sends one answer per request.
    }
    const frames = [frame(FRAME.SETTINGS, FLAG.ACK, 0, Buffer.alloc(0))];
    this.flushAll(frames);
    this.write(frames);
    this.endIfIdle();
  }

  private onWindowUpdate(streamId: number, payload: Buffer): void {
    if (payload.length !== 4) throw new ConnectionError(ERROR.FRAME_SIZE_ERROR, 'a WINDOW_UPDATE not of 4 bytes');
    const increment = payload.readUInt32BE(0) & MAX_WINDOW;
    if (streamId === 0) {
      if (increment === 0) throw new ConnectionError(ERROR.PROTOCOL_ERROR, 'a WINDOW_UPDATE of 0');
      this.sendWindow += increment;
      if (this.sendWindow > MAX_WINDOW) throw new ConnectionError(ERROR.FLOW_CONTROL_ERROR, 'the connection window grew past 2^31-1');
      const frames: Buffer[] = [];
      this.flushAll(frames);
      this.write(frames);
    } else {
      const stream = this.streams.get(streamId);
      if (!stream || increment === 0) return;
      stream.sendWindow += increment;
      const frames: Buffer[] = [];
      this.flush(stream, frames);
      this.write(frames);
    }
    this.endIfIdle();
  }

  /** Adds to `frames` what the windows let `stream` send of its outbox. */
  private flush(stream: Stream, frames: Buffer[]): void {
    const outbox = stream.outbox;
    if (!outbox) return;
    while (outbox.body.length > 0) {
      const size = Math.min(outbox.body.length, this.sendWindow, stream.sendWindow, this.peerMaxFrame);
      if (size <= 0) return;
      const last = size === outbox.body.length && outbox.trailerBlock === undefined;
      frames.push(frameHeader(size, FRAME.DATA, last ? FLAG.END_STREAM : 0, stream.id), outbox.body.subarray(0, size));
      outbox.body = outbox.body.subarray(size);
      this.sendWindow -= size;
      stream.sendWindow -= size;
      if (last) break;
    }
    if (outbox.trailerBlock !== undefined) frames.push(...this.headerFrames(stream.id, outbox.trailerBlock, true));
    stream.outbox = undefined;
    this.finish(stream, frames);
  }

  private flushAll(frames: Buffer[]): void {
    for (const stream of this.streams.values()) if (stream.outbox) this.flush(stream, frames);
  }

  /** The answer is in `frames`: forget the stream, and tell a client still sending its body to stop (§8.1). */
  private finish(stream: Stream, frames: Buffer[]): void {
    stream.done = true;
    if (!stream.requestEnded) frames.push(frame(FRAME.RST_STREAM, 0, stream.id, uint32(ERROR.NO_ERROR)));
    this.streams.delete(stream.id);
  }

  /** A header block as HEADERS and, past the peer's frame size, CONTINUATION frames. */
  private headerFrames(streamId: number, block: Buffer, endStream: boolean): Buffer[] {
    const frames: Buffer[] = [];
    let offset = 0;
    do {
      const size = Math.min(block.length - offset, this.peerMaxFrame);
      const first = offset === 0;
      const last = offset + size === block.length;
      const flags = (last ? FLAG.END_HEADERS : 0) | (first && endStream ? FLAG.END_STREAM : 0);
      frames.push(frameHeader(size, first ? FRAME.HEADERS : FRAME.CONTINUATION, flags, streamId), block.subarray(offset, offset + size));
      offset += size;
    } while (offset < block.length);
    return frames;
  }

  private endIfIdle(): void {
    if (this.goingAway && this.streams.size === 0 && !this.ended) {
      this.ended = true;
      this.socket.end(() => this.socket.destroy());
    }
  }

  private fail(error: unknown): void {
    const connectionError = error instanceof ConnectionError ? error : new ConnectionError(ERROR.PROTOCOL_ERROR, String(error));
    this.options.onError(connectionError);
    if (this.ended) return;
    this.ended = true;
    this.socket.end(goAway(this.lastStreamId, connectionError.code, connectionError.message), () => this.socket.destroy());
  }

  private write(frames: Buffer[]): void {
    if (frames.length === 0 || this.socket.destroyed || this.socket.writableEnded) return;
    this.socket.write(frames.length === 1 ? frames[0]! : Buffer.concat(frames));
  }
}
