// What the provider executable (main.ts) loads once its handshake is out: the provider, served by the runtime's gRPC server.
import { provider } from './provider';
import { providerPlugin } from './runtime';

export const plugin = providerPlugin(provider);
