// What the provider executable (main.ts) loads once Terraform has connected: the provider, with the runtime's ProviderServer.
import { provider } from './provider';
import { providerPlugin } from './runtime';

export const plugin = providerPlugin(provider);
