/**
 * The provider process: go-plugin's handshake, an mTLS gRPC server on a unix
 * socket, and the lifecycle Terraform expects (Shutdown over GRPCController,
 * SIGINT ignored because Terraform sends StopProvider on Ctrl-C instead).
 *
 * stdout carries exactly one line, the handshake; everything else goes to
 * stderr as hclog JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { ProviderDefinition } from './framework';
import { Logger, createLogger, logLevelFromEnv } from './log';
import { listenForTerraform, type PluginListener } from './plugin-listener';
import { serviceDefinition } from './protocol';
import { ProviderServer } from './provider-server';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const CORE_PROTOCOL_VERSION = 1;
const PLUGIN_PROTOCOL_VERSION = 6;
/** What Go providers accept; a large plan or state is well beyond grpc-js's 4 MB default. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export class PluginLaunchError extends Error {}

export interface PluginServerHandle {
  /** The line to print on stdout. */
  handshakeLine: string;
  socketPath: string;
  /** Resolves once the server has stopped and its socket directory is gone. */
  stopped: Promise<void>;
  /** Graceful stop: finish in-flight calls, then close. */
  stop(): Promise<void>;
  /** Where the start-up went, in milliseconds: the gRPC server's set-up, then the certificate, TLS context and listen. */
  startup: { serverMs: number; listenMs: number };
}

/**
 * Starts the gRPC server for a provider as go-plugin would, without touching
 * stdout or the process: `serve` does that. Throws PluginLaunchError when the
 * environment is not one Terraform sets up.
 */
export async function startPluginServer(
  provider: ProviderDefinition<any>,
  env: NodeJS.ProcessEnv,
  log: Logger,
): Promise<PluginServerHandle> {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new PluginLaunchError(
      `This is a Terraform plugin; it is started by terraform, not by hand.\n` +
        `Install it in a provider mirror or the plugin directory and use it from a configuration that requires ${provider.address}.\n`,
    );
  }
  const offeredVersions = (env.PLUGIN_PROTOCOL_VERSIONS ?? '').split(',').map((version) => version.trim());
  if (!offeredVersions.includes(String(PLUGIN_PROTOCOL_VERSION))) {
    throw new PluginLaunchError(
      `This provider speaks plugin protocol ${PLUGIN_PROTOCOL_VERSION}; Terraform offered ${env.PLUGIN_PROTOCOL_VERSIONS || 'none'}. Use Terraform 1.0 or later.\n`,
    );
  }
  const tlsEnabled = !env.TF_DISABLE_PLUGIN_TLS;
  if (tlsEnabled && !env.PLUGIN_CLIENT_CERT) {
    throw new PluginLaunchError('Terraform did not send PLUGIN_CLIENT_CERT, which TLS needs (set TF_DISABLE_PLUGIN_TLS to run without TLS).\n');
  }

  const serverStarted = performance.now();
  const socketDirectory = mkdtempSync(join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'tfprovider-'));
  const socketPath = join(socketDirectory, 'plugin.sock');
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    // Per-call bookkeeping for a debugging service nothing here serves.
    'grpc.enable_channelz': 0,
  });
  const providerServer = new ProviderServer(provider, log);

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  let stopping: Promise<void> | undefined;
  let listener: PluginListener | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      // Shutdown arrives as an RPC: let its response leave before closing.
      setImmediate(() => {
        void listener?.close();
        server.tryShutdown(() => {
          rmSync(socketDirectory, { recursive: true, force: true });
          log.debug('Plugin server stopped');
          resolve();
          resolveStopped();
        });
      });
    });
    return stopping;
  };

  server.addService(serviceDefinition('tfplugin6.Provider'), providerImplementation(providerServer, log));
  server.addService(serviceDefinition('plugin.GRPCController'), {
    Shutdown: unary(log, 'Shutdown', () => {
      void stop();
      return {};
    }),
  });

  const listenStarted = performance.now();
  // TLS is the listener's (plugin-listener.ts): the gRPC server gets connections already checked.
  const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
  listener = await listenForTerraform(socketPath, tlsEnabled ? env.PLUGIN_CLIENT_CERT! : undefined, injector, log);
  const handshakeLine = [CORE_PROTOCOL_VERSION, PLUGIN_PROTOCOL_VERSION, 'unix', socketPath, 'grpc', listener.handshakeCertificate].join('|');
  const startup = { serverMs: listenStarted - serverStarted, listenMs: performance.now() - listenStarted };
  log.debug('Plugin server listening', { socket: socketPath, tls: tlsEnabled });
  return { handshakeLine, socketPath, stopped, stop, startup };
}

/**
 * The entry point of a provider executable: `serve(provider)`. Prints the
 * handshake, serves until Terraform shuts the plugin down, then exits.
 */
export async function serve(provider: ProviderDefinition<any>): Promise<void> {
  // performance.now() counts from process start: Node's own start-up plus loading this bundle.
  const loadedMs = performance.now();
  const log = createLogger({ module: `provider.terraform-provider-${provider.typeName}`, level: logLevelFromEnv() });
  // A handler bug must become a log line, not a dead provider mid-apply.
  process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection', { error: reason }));
  // Go providers ignore SIGINT: Terraform relays Ctrl-C as StopProvider and
  // then still needs the plugin to answer.
  process.on('SIGINT', () => log.debug('Ignoring SIGINT; Terraform sends StopProvider instead'));

  let handle: PluginServerHandle;
  try {
    handle = await startPluginServer(provider, process.env, log);
  } catch (error) {
    process.stderr.write(error instanceof PluginLaunchError ? error.message : `Failed to start the provider: ${String(error)}\n`);
    process.exit(1);
  }
  process.on('SIGTERM', () => {
    log.info('SIGTERM received; stopping');
    void handle.stop();
  });
  process.stdout.write(`${handle.handshakeLine}\n`);
  // The launch cost Terraform pays, and where it went (bench/provider.ts reads these).
  log.debug('Handshake sent', {
    startup_ms: round(performance.now()),
    loaded_ms: round(loadedMs),
    grpc_server_ms: round(handle.startup.serverMs),
    listen_ms: round(handle.startup.listenMs),
  });
  await handle.stopped;
  // What this launch cost, for bench/provider.ts (resourceUsage reports kilobytes and microseconds).
  const usage = process.resourceUsage();
  log.debug('Exiting', { max_rss_mb: round(usage.maxRSS / 1024), cpu_ms: round((usage.userCPUTime + usage.systemCPUTime) / 1000) });
  process.exit(0);
}

const round = (ms: number) => Math.round(ms * 10) / 10;

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
