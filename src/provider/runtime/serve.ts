/**
 * The provider process: go-plugin's handshake, an mTLS gRPC server on a unix
 * socket, and the lifecycle Terraform expects (Shutdown over GRPCController,
 * SIGINT ignored because Terraform sends StopProvider on Ctrl-C instead).
 *
 * stdout carries exactly one line, the handshake; everything else goes to
 * stderr as hclog JSON.
 *
 * A launch is staged for Terraform, which starts the plugins of a command one
 * at a time: each once the one before has sent its handshake and answered the
 * connection (an apply of ten provider configurations starts 31 in a row).
 * What comes before that is paid in sequence, what comes after runs beside
 * the next launch. So this file, which imports only what listening needs,
 * listens and prints the handshake; then loads the gRPC server (a bundle of
 * its own: grpc-server.ts, with the protobuf codecs), which answers
 * Terraform's connection; and loads the provider (the entry's `load`) only
 * once that connection is in. Calls that arrive before the provider wait for
 * it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PluginServer } from './grpc-server';
import { createLogger, logLevelFromEnv, type Logger } from './log';
import { listenForTerraform, type PluginListener } from './plugin-listener';
import type { ProviderPlugin, ProviderServer } from './provider-server';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const CORE_PROTOCOL_VERSION = 1;
const PLUGIN_PROTOCOL_VERSION = 6;

class PluginLaunchError extends Error {}

/** Throws PluginLaunchError when the environment is not one Terraform sets up for a plugin. */
function checkLaunchEnvironment(address: string, env: NodeJS.ProcessEnv): void {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new PluginLaunchError(
      `This is a Terraform plugin; it is started by terraform, not by hand.\n` +
        `Install it in a provider mirror or the plugin directory and use it from a configuration that requires ${address}.\n`,
    );
  }
  const offeredVersions = (env.PLUGIN_PROTOCOL_VERSIONS ?? '').split(',').map((version) => version.trim());
  if (!offeredVersions.includes(String(PLUGIN_PROTOCOL_VERSION))) {
    throw new PluginLaunchError(
      `This provider speaks plugin protocol ${PLUGIN_PROTOCOL_VERSION}; Terraform offered ${env.PLUGIN_PROTOCOL_VERSIONS || 'none'}. Use Terraform 1.0 or later.\n`,
    );
  }
  if (!env.TF_DISABLE_PLUGIN_TLS && !env.PLUGIN_CLIENT_CERT) {
    throw new PluginLaunchError('Terraform did not send PLUGIN_CLIENT_CERT, which TLS needs (set TF_DISABLE_PLUGIN_TLS to run without TLS).\n');
  }
}

/**
 * The entry point of a provider executable: `serve(address, () => providerPlugin(provider))`,
 * where `address` is the provider's (checked against the loaded one) and
 * `load` may require the provider's module only when called. Prints the
 * handshake, serves until Terraform shuts the plugin down, then exits.
 * Synchronous up to the gRPC server: a bundle loader that caches compiled
 * code sees all of that compiled when this returns.
 */
export function serve(address: string, load: () => ProviderPlugin): void {
  // performance.now() counts from process start: Node's own start-up plus loading this file.
  const loadedMs = performance.now();
  const log = createLogger({ module: `provider.terraform-provider-${address.split('/').pop()}`, level: logLevelFromEnv() });
  // A handler bug must become a log line, not a dead provider mid-apply.
  process.on('unhandledRejection', (reason) => log.error('Unhandled promise rejection', { error: reason }));
  // Go providers ignore SIGINT: Terraform relays Ctrl-C as StopProvider and
  // then still needs the plugin to answer.
  process.on('SIGINT', () => log.debug('Ignoring SIGINT; Terraform sends StopProvider instead'));

  let listener: PluginListener;
  let socketPath: string;
  try {
    checkLaunchEnvironment(address, process.env);
    const socketDirectory = mkdtempSync(join(process.env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'tfprovider-'));
    // However the process ends (Shutdown, SIGTERM, a failed start, an emptied event loop).
    process.once('exit', () => rmSync(socketDirectory, { recursive: true, force: true }));
    socketPath = join(socketDirectory, 'plugin.sock');
    listener = listenForTerraform(socketPath, process.env.TF_DISABLE_PLUGIN_TLS ? undefined : process.env.PLUGIN_CLIENT_CERT, log);
  } catch (error) {
    process.stderr.write(error instanceof PluginLaunchError ? error.message : `Failed to start the provider: ${String(error)}\n`);
    process.exit(1);
  }
  const listeningMs = performance.now();
  let server: PluginServer | undefined;
  // Before the handshake: a SIGTERM that comes while the gRPC server loads must not kill the
  // process there and then (its handler runs once the load, which is synchronous, is done).
  process.on('SIGTERM', () => {
    log.info('SIGTERM received; stopping');
    void server?.stop();
  });
  process.stdout.write(`${[CORE_PROTOCOL_VERSION, PLUGIN_PROTOCOL_VERSION, 'unix', socketPath, 'grpc', listener.handshakeCertificate].join('|')}\n`);
  // The launch cost Terraform pays, and where it went (bench/provider.ts reads these).
  log.debug('Handshake sent', {
    startup_ms: round(performance.now()),
    loaded_ms: round(loadedMs),
    listen_ms: round(listeningMs - loadedMs),
    socket: socketPath,
    tls: listener.handshakeCertificate !== '',
  });

  let provider: Promise<ProviderServer>;
  try {
    const { startGrpcServer } = require('./grpc-server') as typeof import('./grpc-server');
    provider = new Promise<ProviderServer>((resolve, reject) => {
      // setImmediate: the gRPC session has sent its settings, which is what Terraform's connection waits for.
      void listener.firstConnection.then(() => setImmediate(() => loadProvider(address, load, log).then(resolve, reject)));
    });
    server = startGrpcServer(listener, log, provider);
  } catch (error) {
    failedToStart(log, error);
  }
  log.debug('Serving', { ready_ms: round(performance.now()) });
  provider.catch((error: unknown) => failedToStart(log, error));
  void server.stopped.then(() => {
    log.debug('Plugin server stopped');
    // What this launch cost, for bench/provider.ts (resourceUsage reports kilobytes and microseconds).
    const usage = process.resourceUsage();
    log.debug('Exiting', { max_rss_mb: round(usage.maxRSS / 1024), cpu_ms: round((usage.userCPUTime + usage.systemCPUTime) / 1000) });
    process.exit(0);
  });
}

async function loadProvider(address: string, load: () => ProviderPlugin, log: Logger): Promise<ProviderServer> {
  const started = performance.now();
  const plugin = load();
  if (plugin.provider.address !== address) throw new Error(`the entry serves ${address}, but its plugin is ${plugin.provider.address}`);
  const providerServer = plugin.serverFor(log);
  log.debug('Provider loaded', { load_ms: round(performance.now() - started), loaded_at_ms: round(performance.now()) });
  return providerServer;
}

function failedToStart(log: Logger, error: unknown): never {
  log.error('Failed to start the provider', { error: error instanceof Error ? error.stack : String(error) });
  process.stderr.write(`Failed to start the provider: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const round = (ms: number) => Math.round(ms * 10) / 10;
