/**
 * HTTP/2's wire format (RFC 9113 §4, §6) as http2-connection.ts writes it:
 * the frame types, flags, error codes and settings it uses, and builders of
 * the frames it sends.
 */
/** What a client's connection starts with. */
export const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');
export const FRAME_HEADER_BYTES = 9;

export const FRAME = { DATA: 0x0, HEADERS: 0x1, PRIORITY: 0x2, RST_STREAM: 0x3, SETTINGS: 0x4, PUSH_PROMISE: 0x5, PING: 0x6, GOAWAY: 0x7, WINDOW_UPDATE: 0x8, CONTINUATION: 0x9 } as const;
export const FLAG = { END_STREAM: 0x1, ACK: 0x1, END_HEADERS: 0x4, PADDED: 0x8, PRIORITY: 0x20 } as const;
export const ERROR = { NO_ERROR: 0x0, PROTOCOL_ERROR: 0x1, FLOW_CONTROL_ERROR: 0x3, FRAME_SIZE_ERROR: 0x6, REFUSED_STREAM: 0x7, COMPRESSION_ERROR: 0x9 } as const;
/** The settings this side sends or acts on. */
export const SETTING = { INITIAL_WINDOW_SIZE: 0x4, MAX_FRAME_SIZE: 0x5 } as const;

/** The largest flow-control window (2^31 - 1). */
export const MAX_WINDOW = 0x7fffffff;
export const DEFAULT_WINDOW = 65_535;
/** The frame size both sides start with; this side never raises its own. */
export const DEFAULT_MAX_FRAME = 16_384;

export function frameHeader(length: number, type: number, flags: number, streamId: number): Buffer {
  const header = Buffer.allocUnsafe(FRAME_HEADER_BYTES);
  header.writeUIntBE(length, 0, 3);
  header[3] = type;
  header[4] = flags;
  header.writeUInt32BE(streamId, 5);
  return header;
}

export function frame(type: number, flags: number, streamId: number, payload: Buffer): Buffer {
  return Buffer.concat([frameHeader(payload.length, type, flags, streamId), payload]);
}

export function uint32(value: number): Buffer {
  const bytes = Buffer.allocUnsafe(4);
  bytes.writeUInt32BE(value, 0);
  return bytes;
}

export function settingsPayload(settings: ReadonlyArray<readonly [number, number]>): Buffer {
  const payload = Buffer.allocUnsafe(6 * settings.length);
  settings.forEach(([id, value], i) => {
    payload.writeUInt16BE(id, 6 * i);
    payload.writeUInt32BE(value, 6 * i + 2);
  });
  return payload;
}

export function goAway(lastStreamId: number, code: number, debug: string): Buffer {
  return frame(FRAME.GOAWAY, 0, 0, Buffer.concat([uint32(lastStreamId), uint32(code), Buffer.from(debug, 'utf8')]));
}
