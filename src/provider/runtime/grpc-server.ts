/**
 * The provider's gRPC server: tfplugin6.Provider and plugin.GRPCController
 * on grpc-js, fed with connections by the plugin listener. This is the part of
 * a launch that serve.ts loads only after the handshake line is out (see
 * there), together with the provider itself.
 */
import * as grpc from '@grpc/grpc-js';
import type { ProviderDefinition } from './framework';
import type { Logger } from './log';
import type { PluginListener } from './plugin-listener';
import { serviceDefinition } from './protocol';
import { ProviderServer } from './provider-server';

/** What Go providers accept; a large plan or state is well beyond grpc-js's 4 MB default. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export interface PluginServer {
  /** Resolves once the server has stopped. */
  stopped: Promise<void>;
  /** Graceful stop: finish in-flight calls, then close. */
  stop(): Promise<void>;
}

/** A provider with what serves it: what a provider executable's entry hands `serve` to load after the handshake. */
export interface ProviderPlugin {
  provider: ProviderDefinition<any>;
  /** Serves the provider on the listener's connections until stopped (by GRPCController.Shutdown or `stop`). */
  start(listener: PluginListener, log: Logger): PluginServer;
}

export function providerPlugin(provider: ProviderDefinition<any>): ProviderPlugin {
  return { provider, start: (listener, log) => startGrpcServer(provider, listener, log) };
}

function startGrpcServer(provider: ProviderDefinition<any>, listener: PluginListener, log: Logger): PluginServer {
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    // Per-call bookkeeping for a debugging service nothing here serves.
    'grpc.enable_channelz': 0,
  });
  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      // Shutdown arrives as an RPC: let its response leave before closing.
      setImmediate(() => {
        void listener.close();
        server.tryShutdown(() => {
          resolve();
          resolveStopped();
        });
      });
    });
    return stopping;
  };

  server.addService(serviceDefinition('tfplugin6.Provider'), providerImplementation(new ProviderServer(provider, log), log));
  server.addService(serviceDefinition('plugin.GRPCController'), {
    Shutdown: unary(log, 'Shutdown', () => {
      void stop();
      return {};
    }),
  });
  // TLS is the listener's (plugin-listener.ts): the gRPC server gets connections already checked.
  listener.attach(server.createConnectionInjector(grpc.ServerCredentials.createInsecure()));
  return { stopped, stop };
}

type UnaryHandler = (request: any) => object | Promise<object>;

function unary(log: Logger, rpc: string, handler: UnaryHandler): grpc.handleUnaryCall<any, object> {
  return (call, callback) => {
    log.trace('Received RPC', { tf_rpc: rpc, tf_resource_type: call.request?.type_name });
    Promise.resolve()
      .then(() => handler(call.request))
      .then(
        (response) => callback(null, response),
        (error: unknown) => {
          log.error('RPC failed', { tf_rpc: rpc, error: error instanceof Error ? error.stack : String(error) });
          callback({ code: grpc.status.INTERNAL, details: error instanceof Error ? error.message : String(error) });
        },
      );
  };
}

/** RPCs not listed here answer UNIMPLEMENTED (grpc-js does that for missing methods). */
function providerImplementation(server: ProviderServer, log: Logger): grpc.UntypedServiceImplementation {
  const handlers: Record<string, UnaryHandler> = {
    GetMetadata: () => server.getMetadata(),
    GetProviderSchema: () => server.getProviderSchema(),
    GetFunctions: () => server.getFunctions(),
    ValidateProviderConfig: (request) => server.validateProviderConfig(request),
    ValidateResourceConfig: (request) => server.validateResourceConfig(request),
    ValidateDataResourceConfig: (request) => server.validateDataResourceConfig(request),
    UpgradeResourceState: (request) => server.upgradeResourceState(request),
    ConfigureProvider: (request) => server.configureProvider(request),
    ReadResource: (request) => server.readResource(request),
    PlanResourceChange: (request) => server.planResourceChange(request),
    ApplyResourceChange: (request) => server.applyResourceChange(request),
    ImportResourceState: (request) => server.importResourceState(request),
    ReadDataSource: (request) => server.readDataSource(request),
    StopProvider: () => server.stopProvider(),
  };
  return Object.fromEntries(Object.entries(handlers).map(([rpc, handler]) => [rpc, unary(log, rpc, handler)]));
}
