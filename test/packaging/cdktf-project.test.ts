/**
 * imagecloud as a user installs it: the packed tarball in a fresh project
 * made from cdktf's own TypeScript template (`cdktf init --template=typescript
 * --local`), run the ways that template runs: tsc, `cdktf synth` with its
 * `npx ts-node main.ts` app, `node main.js`, jest; then type-checked with the
 * strictest flags. Run under every Node the package supports (CI runs this
 * file under 22 and 24 too).
 */
import { join } from 'node:path';
import { CDKTF_CLI, UserProject, environmentFor, expectOk, packedTarball, pinned } from './support';
import { CDKTF, esmStrictFiles, mainTest, mainTs, strictTsconfig, templateFiles } from './user-app';

jest.setTimeout(600_000);

const TEMPLATE_DIR = join(__dirname, '..', '..', 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript');

let project: UserProject;
const env = environmentFor(process.execPath);

beforeAll(async () => {
  const tarball = await packedTarball();
  project = await UserProject.create(
    'cdktf',
    {
      ...templateFiles(TEMPLATE_DIR, 'golden'),
      'package.json': `${JSON.stringify(
        {
          name: 'golden',
          version: '1.0.0',
          main: 'main.js',
          types: 'main.ts',
          private: true,
          scripts: { build: 'tsc', synth: 'cdktf synth', test: 'jest' },
          dependencies: { cdktf: pinned('cdktf'), constructs: pinned('constructs'), imagecloud: `file:${tarball}` },
          devDependencies: {
            '@types/jest': pinned('@types/jest'),
            '@types/node': pinned('@types/node'),
            jest: pinned('jest'),
            'ts-jest': pinned('ts-jest'),
            'ts-node': pinned('ts-node'),
            typescript: pinned('typescript'),
          },
        },
        null,
        2,
      )}\n`,
      'main.ts': mainTs(CDKTF),
      '__tests__/main-test.ts': mainTest(CDKTF),
      'tsconfig.strict.json': strictTsconfig(),
      ...esmStrictFiles(CDKTF),
    },
    env,
  );
});

afterAll(() => project?.remove());

const npx = (args: string[], extra: Record<string, string> = {}) => project.run('npx', ['--no-install', ...args], { ...env, ...extra });
const cdktf = (args: string[], extra: Record<string, string> = {}) => project.run(process.execPath, [CDKTF_CLI, ...args], { ...env, ...extra });

describe('a cdktf template project with the packed imagecloud', () => {
  it('type-checks with strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess and the library checks on', async () => {
    expectOk(await npx(['tsc', '-p', 'tsconfig.strict.json']));
  });

  it('type-checks an ES module importing every entry point with verbatimModuleSyntax on', async () => {
    expectOk(await npx(['tsc', '-p', 'tsconfig.esm.json']));
  });

  it('synthesizes with the template app (npx ts-node main.ts)', async () => {
    expectOk(await cdktf(['synth']));
    const synthesized = JSON.parse(project.read('cdktf.out/stacks/golden-image/cdk.tf.json')) as { resource: Record<string, unknown> };
    expect(Object.keys(synthesized.resource).sort()).toEqual(['imagecloud_custom_image', 'imagecloud_image_copy', 'imagecloud_image_share']);
  });

  it('builds with tsc and runs the output with node', async () => {
    expectOk(await npx(['tsc']));
    expectOk(await project.run(process.execPath, ['main.js'], env));
  });

  it('refuses the 21st image at synth: the quota aspect runs in the user app', async () => {
    const run = await cdktf(['synth'], { BREAK_QUOTA: '1' });
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`.replace(/\s+/g, ' ')).toMatch(/quota: the app creates 21 custom images .* the limit is 20 per account and region/);
  });

  it("passes the user's jest tests (snapshot, matchers, quota aspect)", async () => {
    const run = expectOk(await npx(['jest', '--ci=false']));
    expect(run.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
    expect(run.stderr).toMatch(/Snapshots:\s+1 written/);
  });
});
