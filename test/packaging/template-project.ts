/**
 * The checks every template project gets: imagecloud installed from the
 * packed tarball into a project made from a framework's own TypeScript
 * template, then run the ways that template runs (tsc, `synth` with its
 * `npx ts-node main.ts` app, `node main.js`, jest) and type-checked with the
 * strictest flags.
 */
import { join } from 'node:path';
import { UserProject, environmentFor, expectOk, packedTarball, pinned, type RunResult } from './support';
import { esmStrictFiles, mainTest, mainTs, strictTsconfig, templateFiles, type Framework } from './user-app';

export interface TemplateProjectOptions {
  framework: Framework;
  /** The project's dependencies besides imagecloud (the framework core and constructs). */
  dependencies: Record<string, string>;
  /** Extra devDependencies (a framework CLI installed into the project). */
  devDependencies?: Record<string, string>;
  /** The Node binary that runs everything in the project. */
  node: () => string;
  /** The framework CLI as [program, ...args], run with the project's environment. */
  cli: (project: UserProject) => string[];
  /** The directory of the template files, possibly inside the installed project. */
  templateDir: (project: UserProject) => string;
}

export function describeTemplateProject(title: string, options: TemplateProjectOptions): void {
  let project: UserProject;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    env = environmentFor(options.node());
    const tarball = await packedTarball();
    project = await UserProject.create(
      options.framework.core,
      {
        'package.json': `${JSON.stringify(
          {
            name: 'golden',
            version: '1.0.0',
            main: 'main.js',
            types: 'main.ts',
            private: true,
            scripts: { build: 'tsc', synth: `${options.framework.core} synth`, test: 'jest' },
            dependencies: { ...options.dependencies, imagecloud: `file:${tarball}` },
            devDependencies: {
              '@types/jest': pinned('@types/jest'),
              '@types/node': pinned('@types/node'),
              jest: pinned('jest'),
              'ts-jest': pinned('ts-jest'),
              'ts-node': pinned('ts-node'),
              typescript: pinned('typescript'),
              ...options.devDependencies,
            },
          },
          null,
          2,
        )}\n`,
      },
      env,
    );
    const files = {
      ...templateFiles(options.templateDir(project), 'golden'),
      'main.ts': mainTs(options.framework),
      '__tests__/main-test.ts': mainTest(options.framework),
      'tsconfig.strict.json': strictTsconfig(),
      ...esmStrictFiles(options.framework),
    };
    for (const [file, text] of Object.entries(files)) project.write(file, text);
  });

  afterAll(() => project?.remove());

  const npx = (args: string[]) => project.run('npx', ['--no-install', ...args], env);
  const cli = (args: string[], extra: Record<string, string> = {}): Promise<RunResult> => {
    const [program, ...programArgs] = options.cli(project);
    return project.run(program!, [...programArgs, ...args], { ...env, ...extra });
  };

  describe(title, () => {
    it('type-checks with strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess and the library checks on', async () => {
      expectOk(await npx(['tsc', '-p', 'tsconfig.strict.json']));
    });

    it('type-checks an ES module importing every entry point with verbatimModuleSyntax on', async () => {
      expectOk(await npx(['tsc', '-p', 'tsconfig.esm.json']));
    });

    it('synthesizes with the template app (npx ts-node main.ts)', async () => {
      expectOk(await cli(['synth']));
      const synthesized = JSON.parse(project.read(join('cdktf.out', 'stacks', 'golden-image', 'cdk.tf.json'))) as { resource: Record<string, unknown> };
      expect(Object.keys(synthesized.resource).sort()).toEqual(['imagecloud_custom_image', 'imagecloud_image_copy', 'imagecloud_image_share']);
    });

    it('builds with tsc and runs the output with node', async () => {
      expectOk(await npx(['tsc']));
      expectOk(await project.run(options.node(), ['main.js'], env));
    });

    it('refuses the 21st image at synth: the quota aspect runs in the user app', async () => {
      const run = await cli(['synth'], { BREAK_QUOTA: '1' });
      expect(run.code).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`.replace(/\s+/g, ' ')).toMatch(/quota: the app creates 21 custom images .* the limit is 20 per account and region/);
    });

    it("passes the user's jest tests (snapshot, matchers, quota aspect)", async () => {
      const run = expectOk(await npx(['jest', '--ci=false']));
      expect(run.stderr).toMatch(/Tests:\s+3 passed, 3 total/);
      expect(run.stderr).toMatch(/Snapshots:\s+1 written/);
    });
  });
}
