// The adopt-existing example app: `npx cdktf synth --app "npx tsx examples/adopt-existing/main.ts"` (settings in stacks.ts).
import { App } from '../../src/constructs/cdktf';
import { ADOPT_STACK, AdoptExistingStack, adoptConfig } from './stacks';

const app = new App();
new AdoptExistingStack(app, ADOPT_STACK, adoptConfig(app));
app.synth();
