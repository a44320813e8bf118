/**
 * `imagecloud init` run as a child process: the files of a new cdktf or CDK
 * Terrain project, and the refusals. That the project installs, tests and
 * deploys is the packaging test's job (it needs the packed package).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'imagecloud.js');
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function imagecloud(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'imagecloud-init-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

it('writes a cdktf project into a new directory', async () => {
  const run = await imagecloud(['init', 'My Images'], scratch);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toContain('next: cd My Images && npm install && npm test && npm run deploy');
  const dir = join(scratch, 'My Images');
  expect(listFiles(dir)).toEqual(['.gitignore', 'README.md', '__tests__/main.test.ts', 'cdktf.json', 'jest.config.js', 'main.ts', 'package.json', 'setup.js', 'tsconfig.json']);

  expect(readJson(join(dir, 'package.json'))).toMatchObject({
    name: 'my-images',
    private: true,
    scripts: {
      build: 'tsc',
      synth: 'cdktf synth',
      test: 'jest',
      deploy: 'imagecloud local -- cdktf deploy --auto-approve --skip-provider-lock golden-image',
      diff: 'imagecloud local -- cdktf diff --skip-provider-lock golden-image',
      destroy: 'imagecloud local -- cdktf destroy --auto-approve --skip-provider-lock golden-image',
    },
    dependencies: { cdktf: '0.21.0', constructs: '10.7.2', imagecloud: `^${PACKAGE_VERSION}` },
    devDependencies: {
      typescript: '5.9.3',
      'ts-node': '10.9.2',
      jest: '30.5.2',
      'ts-jest': '29.4.15',
      '@types/jest': '30.0.0',
      '@types/node': '20.19.43',
      'cdktf-cli': '0.21.0',
    },
  });
  expect(readJson(join(dir, 'cdktf.json'))).toMatchObject({ language: 'typescript', app: 'npx ts-node main.ts' });
  expect((readJson(join(dir, 'tsconfig.json')) as { compilerOptions: unknown }).compilerOptions).toMatchObject({
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
  });
  const main = readFileSync(join(dir, 'main.ts'), 'utf8');
  expect(main).toContain(`import { App, TerraformOutput, TerraformStack } from 'cdktf';`);
  expect(main).toContain(`import { CustomImage, ImageCloudProvider } from 'imagecloud';`);
  expect(main).toContain(`instanceId: 'i-Hl8ITboa'`);
  const jestConfig = readFileSync(join(dir, 'jest.config.js'), 'utf8');
  expect(jestConfig).toContain(`globalSetup: 'imagecloud/testing/jest-global-setup'`);
  expect(jestConfig).toContain(`globalTeardown: 'imagecloud/testing/jest-global-teardown'`);
  const test = readFileSync(join(dir, '__tests__', 'main.test.ts'), 'utf8');
  expect(test).toContain(`import 'cdktf/lib/testing/adapters/jest';`);
  expect(test).toContain('toPlanSuccessfully()');
  expect(test).toContain('toMatchSnapshot()');
  expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('\n.imagecloud\n');
});

it('writes a CDK Terrain project with --cdktn, into the current directory when it is empty, with the imagecloud spec given', async () => {
  const run = await imagecloud(['init', '--cdktn', '--imagecloud', 'file:../imagecloud-0.1.0.tgz'], scratch);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout).toContain('next: npm install && npm test && npm run deploy');
  const pkg = readJson(join(scratch, 'package.json'));
  expect(pkg).toMatchObject({
    scripts: { synth: 'cdktn synth', deploy: 'imagecloud local -- cdktn deploy --auto-approve --skip-provider-lock golden-image' },
    engines: { node: '>=22.19' },
    dependencies: { cdktn: '0.24.0', constructs: '10.7.2', imagecloud: 'file:../imagecloud-0.1.0.tgz' },
    devDependencies: { 'cdktn-cli': '0.24.0', typescript: '5.9.3' },
  });
  expect(Object.keys(pkg.dependencies as object)).not.toContain('cdktf');
  expect(Object.keys(pkg.devDependencies as object)).not.toContain('cdktf-cli');
  expect(readJson(join(scratch, 'cdktf.json'))).toMatchObject({ app: 'npx ts-node main.ts', targetVersions: { terraform: '>=1.5.7' } });
  const main = readFileSync(join(scratch, 'main.ts'), 'utf8');
  expect(main).toContain(`from 'cdktn';`);
  expect(main).toContain(`from 'imagecloud/cdktn';`);
  expect(readFileSync(join(scratch, 'setup.js'), 'utf8')).toContain(`require('cdktn')`);
  expect(readFileSync(join(scratch, '__tests__', 'main.test.ts'), 'utf8')).toContain(`import 'cdktn/lib/testing/adapters/jest';`);
});

it('refuses a directory that is not empty, in one line, writing nothing', async () => {
  const dir = join(scratch, 'existing');
  mkdirSync(dir);
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const run = await imagecloud(['init', 'existing'], scratch);
  expect(run).toEqual({ code: 1, stdout: '', stderr: `error: ${dir} is not empty: imagecloud init writes a new project into an empty or new directory\n` });
  expect(readdirSync(dir)).toEqual(['notes.txt']);
  expect(existsSync(join(dir, 'package.json'))).toBe(false);
});

it('prints its help, and refuses unknown options with exit code 2', async () => {
  const [help, unknown] = await Promise.all([imagecloud(['init', '--help'], scratch), imagecloud(['init', '--cdk'], scratch)]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: imagecloud init \[dir\] \[--cdktn\] \[--imagecloud SPEC\]/);
  expect(help.stdout).toContain(`default ^${PACKAGE_VERSION}`);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/^error: Unknown option '--cdk'/);
  expect(readdirSync(scratch)).toEqual([]);
});
