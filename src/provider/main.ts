// The provider executable's entry: bundled by `imagecloud provider install` (see src/provider/install.ts).
import { serve } from './runtime';
import { provider } from './provider';

void serve(provider);
