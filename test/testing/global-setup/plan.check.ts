// Run by testing.test.ts in a nested jest whose globalSetup is src/testing/jest-global-setup.ts.
import { CustomImage, ImageCloudProvider } from '../../../src/constructs';
import { TerraformStack, Testing } from '../../../src/constructs/cdktf';
import { reportWhatThisWorkerSees } from './report';

it('plans a CustomImage stack against the emulator the global setup started', () => {
  reportWhatThisWorkerSees('plan');
  const stack = new TerraformStack(Testing.app(), 'planned');
  new ImageCloudProvider(stack, 'imagecloud', { region: 'bj' });
  new CustomImage(stack, 'golden', { name: 'golden-web', source: { kind: 'instance', instanceId: 'i-Hl8ITboa' } }).shareWith('alice');
  expect(Testing.fullSynth(stack)).toPlanSuccessfully();
});
