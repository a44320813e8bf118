/**
 * The provider's gRPC server: tfplugin6.Provider and plugin.GRPCController
 * over HTTP/2 (http2-connection.ts), fed with connections by the plugin
 * listener. serve.ts loads it right after the handshake line, and the
 * provider itself only once Terraform's connection is up (see there): calls
 * that come first wait for it.
 *
 * Only what Terraform uses: unary calls (every tfplugin6 and GRPCController
 * method; GRPCStdio's stream and anything else answer UNIMPLEMENTED, which
 * go-plugin and Terraform accept), no compression, the gRPC wire format of
 * length-prefixed messages with the status in the trailers. grpc-js did the
 * same with ~400 KB of code loaded by every launch and ~15% of the CPU of a
 * call, node:http2 with ~0.5 ms of a call; see docs/provider-runtime.md.
 *
 * bundleProvider bundles this file on its own, so it must not import the
 * provider's side of the runtime (the framework, the ProviderServer): those
 * come with the provider's bundle, once, for their classes to be one.
 */
import type { Socket } from 'node:net';
import { encodeHeaderBlock, type HeaderField } from './hpack';
import { Http2Connection, type ServerStream } from './http2-connection';
import type { Logger } from './log';
import type { PluginListener } from './plugin-listener';
import { serviceDefinition, type MethodDefinition } from './protocol';
import type { ProviderServer } from './provider-server';

/** What Go providers accept; a large plan or state is well beyond gRPC's usual 4 MB default. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** gRPC status codes (grpc/status.proto) this server answers. */
const STATUS = { OK: 0, RESOURCE_EXHAUSTED: 8, UNIMPLEMENTED: 12, INTERNAL: 13 } as const;
/** A message on the wire: a compressed-flag byte and a 4-byte big-endian length, then the bytes. */
const PREFIX_BYTES = 5;

export interface PluginServer {
  /** Resolves once the server has stopped. */
  stopped: Promise<void>;
  /** Graceful stop: finish in-flight calls, then close. */
  stop(): Promise<void>;
}

/** Where the listener hands checked connections (plugin-listener.ts). */
export interface ConnectionInjector {
  injectConnection(socket: Socket): void;
}

class CallError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

type UnaryHandler = (request: any) => object | Promise<object>;

interface Method {
  definition: MethodDefinition;
  rpc: string;
  handler: UnaryHandler;
}

/**
 * Serves the listener's connections until stopped (by GRPCController.Shutdown
 * or `stop`); the Provider service's calls go to `provider` once it resolves,
 * and fail with its error if it rejects.
 */
export function startGrpcServer(listener: PluginListener, log: Logger, provider: Promise<ProviderServer>): PluginServer {
  const connections = new Set<Http2Connection>();
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      // Shutdown arrives as a call: let its response leave before closing.
      setImmediate(() => {
        void listener.close();
        // Each connection answers the calls in progress, then ends.
        void Promise.all([...connections].map((connection) => connection.close())).then(() => {
          resolve();
          resolveStopped();
        });
      });
    });
    return stopping;
  };

  const methods = new Map<string, Method>();
  const add = (service: string, handlers: Record<string, UnaryHandler>) => {
    const definitions = serviceDefinition(service);
    for (const [rpc, handler] of Object.entries(handlers)) {
      const definition = definitions[rpc];
      if (!definition || definition.requestStream || definition.responseStream) throw new Error(`${service} has no unary method ${rpc}`);
      methods.set(definition.path, { definition, rpc, handler });
    }
  };
  add('tfplugin6.Provider', providerHandlers(provider));
  add('plugin.GRPCController', {
    Shutdown: () => {
      void stop();
      return {};
    },
  });

  const injector: ConnectionInjector = {
    injectConnection: (socket) => {
      const connection = new Http2Connection(socket, {
        maxBodyBytes: MAX_MESSAGE_BYTES + PREFIX_BYTES,
        onStream: (stream) => serveCall(stream, methods, log),
        onError: (error) => log.debug('Plugin connection failed', { error: error.message }),
      });
      connections.add(connection);
      void connection.closed.then(() => connections.delete(connection));
    },
  };
  listener.attach(injector);
  return { stopped, stop };
}

function serveCall(stream: ServerStream, methods: Map<string, Method>, log: Logger): void {
  const method = methods.get(stream.path);
  if (!method) {
    answerStatus(stream, STATUS.UNIMPLEMENTED, `The server does not implement the method ${stream.path}`);
    return;
  }
  stream.onBody = (body) => {
    if (body === undefined) {
      answerStatus(stream, STATUS.RESOURCE_EXHAUSTED, `request larger than ${MAX_MESSAGE_BYTES} bytes`);
      return;
    }
    let request: unknown;
    try {
      request = method.definition.requestDeserialize(unframe(body));
    } catch (error) {
      answerStatus(stream, error instanceof CallError ? error.code : STATUS.INTERNAL, error instanceof Error ? error.message : String(error));
      return;
    }
    if (log.enabled('trace')) log.trace('Received RPC', { tf_rpc: method.rpc, tf_resource_type: (request as { type_name?: string } | undefined)?.type_name });
    Promise.resolve()
      .then(() => method.handler(request))
      .then(
        (response) => answer(stream, method.definition.responseSerialize(response)),
        (error: unknown) => {
          log.error('RPC failed', { tf_rpc: method.rpc, error: error instanceof Error ? error.stack : String(error) });
          answerStatus(stream, STATUS.INTERNAL, error instanceof Error ? error.message : String(error));
        },
      );
  };
}

/** The one message of a unary request. */
function unframe(body: Buffer): Buffer {
  if (body.length < PREFIX_BYTES) throw new CallError(STATUS.INTERNAL, 'request without a message');
  if (body[0] !== 0) throw new CallError(STATUS.UNIMPLEMENTED, 'compressed messages are not supported');
  const length = body.readUInt32BE(1);
  if (body.length !== PREFIX_BYTES + length) throw new CallError(STATUS.INTERNAL, 'a unary request holds exactly one message');
  return body.subarray(PREFIX_BYTES);
}

/** Every answer's headers; encoded once for a call that returns a message, with the status for one that does not. */
const RESPONSE_HEADER_FIELDS: readonly HeaderField[] = [
  [':status', '200'],
  ['content-type', 'application/grpc'],
];
const RESPONSE_HEADERS = encodeHeaderBlock(RESPONSE_HEADER_FIELDS);
const OK_TRAILERS = encodeHeaderBlock([['grpc-status', String(STATUS.OK)]]);

function answer(stream: ServerStream, message: Buffer): void {
  const body = Buffer.allocUnsafe(PREFIX_BYTES + message.length);
  body[0] = 0; // not compressed
  body.writeUInt32BE(message.length, 1);
  message.copy(body, PREFIX_BYTES);
  stream.respond(RESPONSE_HEADERS, body, OK_TRAILERS);
}

/** A trailers-only answer: the status in the one header block, as gRPC allows for calls that return no message. */
function answerStatus(stream: ServerStream, code: number, message: string): void {
  stream.respond(
    encodeHeaderBlock([
      ...RESPONSE_HEADER_FIELDS,
      ['grpc-status', String(code)],
      ['grpc-message', percentEncode(message)],
    ]),
  );
}

/** gRPC's grpc-message encoding: UTF-8, with "%" and bytes outside printable ASCII as %XX. */
function percentEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** RPCs not listed here answer UNIMPLEMENTED. */
function providerHandlers(provider: Promise<ProviderServer>): Record<string, UnaryHandler> {
  const handlers: Record<string, (server: ProviderServer, request: any) => object | Promise<object>> = {
    GetMetadata: (server) => server.getMetadata(),
    GetProviderSchema: (server) => server.getProviderSchema(),
    GetFunctions: (server) => server.getFunctions(),
    ValidateProviderConfig: (server, request) => server.validateProviderConfig(request),
    ValidateResourceConfig: (server, request) => server.validateResourceConfig(request),
    ValidateDataResourceConfig: (server, request) => server.validateDataResourceConfig(request),
    UpgradeResourceState: (server, request) => server.upgradeResourceState(request),
    ConfigureProvider: (server, request) => server.configureProvider(request),
    ReadResource: (server, request) => server.readResource(request),
    PlanResourceChange: (server, request) => server.planResourceChange(request),
    ApplyResourceChange: (server, request) => server.applyResourceChange(request),
    ImportResourceState: (server, request) => server.importResourceState(request),
    ReadDataSource: (server, request) => server.readDataSource(request),
    StopProvider: (server) => server.stopProvider(),
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([rpc, handler]) => [rpc, (request: unknown) => provider.then((server) => handler(server, request))]),
  );
}
