/**
 * The provider's gRPC server: tfplugin6.Provider and plugin.GRPCController
 * on grpc-js, fed with connections by the plugin listener. serve.ts loads it
 * right after the handshake line, and the provider itself only once
 * Terraform's connection is up (see there): calls that come first wait for it.
 *
 * bundleProvider bundles this file on its own, so it must not import the
 * provider's side of the runtime (the framework, the ProviderServer): those
 * come with the provider's bundle, once, for their classes to be one.
 */
import * as grpc from '@grpc/grpc-js';
import type { Logger } from './log';
import type { PluginListener } from './plugin-listener';
import { serviceDefinition } from './protocol';
import type { ProviderServer } from './provider-server';

/** What Go providers accept; a large plan or state is well beyond grpc-js's 4 MB default. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export interface PluginServer {
  /** Resolves once the server has stopped. */
  stopped: Promise<void>;
  /** Graceful stop: finish in-flight calls, then close. */
  stop(): Promise<void>;
}

/**
 * Serves the listener's connections until stopped (by GRPCController.Shutdown
 * or `stop`); the Provider service's calls go to `provider` once it resolves,
 * and fail with its error if it rejects.
 */
export function startGrpcServer(listener: PluginListener, log: Logger, provider: Promise<ProviderServer>): PluginServer {
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

  server.addService(serviceDefinition('tfplugin6.Provider'), providerImplementation(provider, log));
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
function providerImplementation(provider: Promise<ProviderServer>, log: Logger): grpc.UntypedServiceImplementation {
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
    Object.entries(handlers).map(([rpc, handler]) => [rpc, unary(log, rpc, (request) => provider.then((server) => handler(server, request)))]),
  );
}
