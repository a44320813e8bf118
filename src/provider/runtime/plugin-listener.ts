/**
 * The plugin's unix socket and its mutual TLS, in front of the gRPC server.
 *
 * go-plugin's AutoMTLS: the provider presents a certificate of its own,
 * announced in the handshake line, and accepts only the client certificate
 * Terraform passed in PLUGIN_CLIENT_CERT. A tls.Server could do this itself
 * (with that certificate as the only CA), but
 * any secure context given a CA makes Node 20 parse its ~140 bundled root
 * certificates first: ~30 ms of every launch, for a store that would then
 * hold none of them. So the TLS is done here, with no CA store at all, and
 * the client's certificate is checked against Terraform's byte for byte
 * (stricter than go-plugin, which trusts anything that certificate signs);
 * the TLS handshake itself proves the client holds its private key. Only a
 * checked connection reaches the gRPC server, through its connection injector.
 */
import { X509Certificate } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { TLSSocket, createSecureContext } from 'node:tls';
import type { ConnectionInjector } from './grpc-server';
import type { Logger } from './log';
import { generateServerCertificate } from './tls';

export interface PluginListener {
  /** The server certificate for the handshake line ('' without TLS). */
  handshakeCertificate: string;
  /**
   * Where checked connections go from now on; those that came before wait
   * for it (the listener is up before the gRPC server is loaded).
   */
  attach(injector: ConnectionInjector): void;
  /** Resolves when the first checked connection has been handed to the injector. */
  firstConnection: Promise<void>;
  /** Stops accepting connections. */
  close(): Promise<void>;
}

/**
 * Listens on `socketPath` and hands each connection to the attached injector:
 * over TLS when `clientCertificatePem` is given (only Terraform's certificate
 * gets through), as it is when not (TF_DISABLE_PLUGIN_TLS). Synchronous: a
 * unix socket is bound and listening when `listen` returns, so the handshake
 * line can follow at once.
 */
export function listenForTerraform(socketPath: string, clientCertificatePem: string | undefined, log: Logger): PluginListener {
  let injector: ConnectionInjector | undefined;
  const waiting: Socket[] = [];
  let connected!: () => void;
  const firstConnection = new Promise<void>((resolve) => (connected = resolve));
  // Connections the gRPC server has, which reports their errors from then on.
  const handedOver = new WeakSet<Socket>();
  const inject = (to: ConnectionInjector, socket: Socket) => {
    handedOver.add(socket);
    to.injectConnection(socket);
    connected();
  };
  const deliver = (socket: Socket) => (injector ? inject(injector, socket) : waiting.push(socket));
  let accept: (socket: Socket) => void = deliver;
  let handshakeCertificate = '';
  if (clientCertificatePem !== undefined) {
    const expected = new X509Certificate(clientCertificatePem).raw;
    const certificate = generateServerCertificate();
    handshakeCertificate = certificate.handshakeCertificate;
    // `ca: []` rather than none: without a ca option Node loads its root store.
    const secureContext = createSecureContext({ key: certificate.privateKeyPem, cert: certificate.certificatePem, ca: [] });
    accept = (socket) => {
      const secure = new TLSSocket(socket, { isServer: true, secureContext, requestCert: true, rejectUnauthorized: false, ALPNProtocols: ['h2'] });
      secure.once('secure', () => {
        const presented = secure.getPeerCertificate();
        if (presented?.raw?.equals(expected)) {
          deliver(secure);
          return;
        }
        log.warn('Refused a connection that did not present the certificate Terraform announced');
        secure.destroy();
      });
      secure.on('error', (error) => {
        if (!handedOver.has(secure)) log.debug('Plugin connection failed', { error: error.message });
      });
    };
  }
  const server: Server = createServer((socket) => accept(socket));
  server.on('error', (error) => log.error('Plugin socket failed', { error: error.message }));
  server.listen(socketPath);
  // Binding failed (the reason follows as an 'error' event, logged above).
  if (!server.listening) throw new Error(`cannot listen on ${socketPath}`);
  return {
    handshakeCertificate,
    attach(to) {
      injector = to;
      for (const socket of waiting.splice(0)) inject(to, socket);
    },
    firstConnection,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
