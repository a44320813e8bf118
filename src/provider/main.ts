// The provider executable's entry: bundled by `imagecloud provider install` (see src/provider/install.ts).
// Only the listener loads before the handshake; plugin.ts (the provider) once Terraform has connected (serve.ts).
import { PROVIDER_ADDRESS } from './identity';
import type { ProviderPlugin } from './runtime';
import { serve } from './runtime/serve';

serve(PROVIDER_ADDRESS, () => (require('./plugin') as { plugin: ProviderPlugin }).plugin);
