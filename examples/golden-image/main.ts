// The golden-image example app (cdktf.json's "app"): `npx cdktf synth`, `npx cdktf deploy golden-image`.
import { App } from '../../src/constructs/cdktf';
import { goldenImageApp } from './stacks';

const app = new App();
goldenImageApp(app);
app.synth();
