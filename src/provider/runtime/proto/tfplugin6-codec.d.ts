// Types for tfplugin6-codec.js, which pbjs generates (see generate-descriptors.ts).

declare namespace root {
  /** What pbjs generates for each message type. */
  interface MessageCodec {
    encode(message: object): { finish(): Uint8Array };
    decode(bytes: Uint8Array): object;
    toObject(message: object, options?: { longs?: unknown; enums?: unknown; bytes?: unknown; defaults?: boolean }): Record<string, unknown>;
  }
}

/** Packages, then messages (and the messages nested in them), by name, as in the .proto files. */
declare const root: Record<string, unknown>;
export = root;
