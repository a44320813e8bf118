/**
 * Two copies of cdktf in one app (e.g. imagecloud installed from a folder with
 * its own node_modules): cdktf keeps aspects under a module-private Symbol, so
 * the ImageQuotaAspect that ImageCloudProvider adds through imagecloud's copy
 * would never run in a stack of the user's copy. ImageCloudProvider refuses
 * such a stack with an error that says how to fix the install. The second
 * copy is a fresh module registry (jest.isolateModules): the same files
 * loaded again, as a second install would be.
 */
import { CustomImage, ImageCloudProvider, ImageQuotaAspect } from '../../src/constructs';
import { App, Aspects, FRAMEWORK_PACKAGE, TerraformStack, Testing } from '../../src/constructs/cdktf';
import { INSTANCE_ID } from './helpers';

type Framework = typeof import('../../src/constructs/cdktf');

function secondCopyOfFramework(): Framework {
  let copy: Framework | undefined;
  jest.isolateModules(() => {
    copy = require(FRAMEWORK_PACKAGE) as Framework;
  });
  return copy!;
}

describe('two copies of cdktf', () => {
  let other: Framework;
  beforeAll(() => {
    other = secondCopyOfFramework();
  });

  it('is a real second copy, whose stacks never run aspects added through ours (why the check exists)', () => {
    expect(other.TerraformStack).not.toBe(TerraformStack);
    const visited: string[] = [];
    const aspect = { visit: (node: { node: { path: string } }) => visited.push(node.node.path) };
    const theirs = new other.TerraformStack(other.Testing.app(), 'theirs');
    Aspects.of(theirs).add(aspect);
    other.Testing.synth(theirs);
    expect(visited).toEqual([]);

    const ours = new TerraformStack(Testing.app(), 'ours');
    Aspects.of(ours).add(aspect);
    Testing.synth(ours);
    expect(visited).toEqual(['ours']);
  });

  it('makes ImageCloudProvider refuse a stack of the other copy, naming the construct and the fix', () => {
    const theirs = new other.TerraformStack(new other.App(), 'images');
    let message = '';
    try {
      new ImageCloudProvider(theirs, 'imagecloud', { region: 'bj' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`[images/imagecloud] stack images was made by another copy of ${FRAMEWORK_PACKAGE} than the one imagecloud loaded (${require.resolve(FRAMEWORK_PACKAGE)})`);
    expect(message).toContain('the ImageQuotaAspect imagecloud adds to the stack would never run');
    expect(message).toContain(`\`npm ls ${FRAMEWORK_PACKAGE}\` should show a single version (\`npm dedupe\` merges them)`);
    expect(message).toContain('`npm install ../imagecloud` links that folder, node_modules and all');
  });

  it('accepts a stack of imagecloud\'s own copy, whose synthesis then runs the quota aspect', () => {
    const stack = new TerraformStack(new App(), 'images');
    new ImageCloudProvider(stack, 'imagecloud', { region: 'bj' });
    expect(Aspects.of(stack).all.filter((aspect) => aspect instanceof ImageQuotaAspect)).toHaveLength(1);
    for (let i = 1; i <= 21; i++) new CustomImage(stack, `image${i}`, { name: `img${i}`, source: { kind: 'instance', instanceId: INSTANCE_ID } });
    expect(() => Testing.synth(stack, true)).toThrow(/\[images\/image21\] quota: the app creates 21 custom images/);
  });
});
