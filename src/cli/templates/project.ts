/**
 * The files of the project `imagecloud init` writes, as strings (so the
 * compiled package carries them in dist/ with nothing else to ship). Modelled
 * on `cdktf init --template=typescript --local` (cdktf-cli 0.21.0) and CDK
 * Terrain's template (cdktn-cli 0.24.0, which keeps cdktf.json and cdktf.out),
 * with the versions pinned to ones that work together: TypeScript 5.9 (ts-jest
 * 29 wants TypeScript < 6; the cdktf template's `^7` fails the next install).
 */

/** The CDK flavour of the project. */
export type Framework = 'cdktf' | 'cdktn';

export interface ProjectSettings {
  /** The npm package name of the project (and its directory's name). */
  name: string;
  framework: Framework;
  /** What package.json depends on for imagecloud: a version range, a tarball path, a git URL. */
  imagecloudSpec: string;
}

interface FrameworkFacts {
  /** The library's npm name and pinned version. */
  library: string;
  libraryVersion: string;
  /** The CLI's npm name, pinned version and command. */
  cli: string;
  cliVersion: string;
  command: string;
  /** Where imagecloud's constructs bound to this library are imported from. */
  constructsModule: string;
  /** Node versions the CLI runs on. */
  node: string;
  /** What the framework's own template calls it. */
  title: string;
}

const FRAMEWORKS: Record<Framework, FrameworkFacts> = {
  cdktf: {
    library: 'cdktf',
    libraryVersion: '0.21.0',
    cli: 'cdktf-cli',
    cliVersion: '0.21.0',
    command: 'cdktf',
    constructsModule: 'imagecloud',
    node: '>=20.10',
    title: 'CDKTF',
  },
  cdktn: {
    library: 'cdktn',
    libraryVersion: '0.24.0',
    cli: 'cdktn-cli',
    cliVersion: '0.24.0',
    command: 'cdktn',
    constructsModule: 'imagecloud/cdktn',
    node: '>=22.19',
    title: 'CDK Terrain',
  },
};

/** Versions from imagecloud's own lock file: the set its tests run with. */
const DEV_VERSIONS = {
  typescript: '5.9.3',
  'ts-node': '10.9.2',
  jest: '30.5.2',
  'ts-jest': '29.4.15',
  '@types/jest': '30.0.0',
  '@types/node': '20.19.43',
};
const CONSTRUCTS_VERSION = '10.7.2';

/** The stack `npm run deploy`, `diff` and `destroy` work on. */
export const STACK_NAME = 'golden-image';

/** The file tree of a new project: relative path → contents. */
export function projectFiles(settings: ProjectSettings): Record<string, string> {
  const facts = FRAMEWORKS[settings.framework];
  return {
    'package.json': packageJson(settings, facts),
    'cdktf.json': cdktfJson(settings.framework),
    'tsconfig.json': TSCONFIG,
    'main.ts': mainTs(facts),
    'jest.config.js': JEST_CONFIG,
    'setup.js': setupJs(facts),
    '__tests__/main.test.ts': mainTest(facts),
    '.gitignore': GITIGNORE,
    'README.md': readme(settings, facts),
  };
}

function packageJson(settings: ProjectSettings, facts: FrameworkFacts): string {
  const local = (args: string) => `imagecloud local -- ${facts.command} ${args}`;
  const json = {
    name: settings.name,
    version: '1.0.0',
    private: true,
    main: 'main.js',
    types: 'main.ts',
    scripts: {
      build: 'tsc',
      synth: `${facts.command} synth`,
      test: 'jest',
      deploy: local(`deploy --auto-approve --skip-provider-lock ${STACK_NAME}`),
      diff: local(`diff --skip-provider-lock ${STACK_NAME}`),
      destroy: local(`destroy --auto-approve --skip-provider-lock ${STACK_NAME}`),
    },
    engines: { node: facts.node },
    dependencies: {
      [facts.library]: facts.libraryVersion,
      constructs: CONSTRUCTS_VERSION,
      imagecloud: settings.imagecloudSpec,
    },
    devDependencies: { ...DEV_VERSIONS, [facts.cli]: facts.cliVersion },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function cdktfJson(framework: Framework): string {
  const json = {
    language: 'typescript',
    app: 'npx ts-node main.ts',
    sendCrashReports: 'false',
    ...(framework === 'cdktn' ? { targetVersions: { terraform: '>=1.5.7' } } : {}),
    terraformProviders: [],
    terraformModules: [],
    context: {},
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

// The cdktf template's compiler options, stricter; node16 modules so that
// imagecloud's subpath exports (imagecloud/cdktn, imagecloud/testing) resolve;
// ES2022, which Node 20 runs.
const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      alwaysStrict: true,
      declaration: true,
      experimentalDecorators: true,
      inlineSourceMap: true,
      inlineSources: true,
      lib: ['es2022'],
      module: 'node16',
      moduleResolution: 'node16',
      isolatedModules: true,
      noEmitOnError: true,
      noFallthroughCasesInSwitch: true,
      noImplicitAny: true,
      noImplicitReturns: true,
      noImplicitThis: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      resolveJsonModule: true,
      strict: true,
      strictNullChecks: true,
      strictPropertyInitialization: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      stripInternal: true,
      target: 'ES2022',
      incremental: true,
      skipLibCheck: false,
    },
    include: ['**/*.ts'],
    exclude: ['node_modules', 'cdktf.out'],
  },
  null,
  2,
)}\n`;

function mainTs(facts: FrameworkFacts): string {
  return `/**
 * The golden-image stack: a custom image made from an instance, shared with
 * other accounts and copied to gz, where the copy is shared too. The defaults
 * are the local emulator's: its dev account has the instance, alice and bob
 * are accounts there. \`npm run deploy\` deploys it on the emulator.
 */
import type { Construct } from 'constructs';
import { App, TerraformOutput, TerraformStack } from '${facts.library}';
import { CustomImage, ImageCloudProvider } from '${facts.constructsModule}';

export interface GoldenImageProps {
  /** The instance whose system disk becomes the image. */
  readonly instanceId: string;
  /** Accounts the image, and its copy in gz, are shared with. */
  readonly shareWith: readonly string[];
  /** The account the credentials belong to: synth then refuses to share the image with it. */
  readonly accountName: string;
}

/** The emulator's: dev's seeded running instance in bj (fixture ids never change), two other accounts. */
export const EMULATOR_DEFAULTS: GoldenImageProps = {
  instanceId: 'i-Hl8ITboa',
  shareWith: ['alice', 'bob'],
  accountName: 'dev',
};

export class GoldenImageStack extends TerraformStack {
  readonly image: CustomImage;

  constructor(scope: Construct, id: string, props: GoldenImageProps) {
    super(scope, id);
    // Endpoint and credentials come from the environment when Terraform runs
    // (IMAGECLOUD_ENDPOINT, BCE_ACCESS_KEY_ID, BCE_SECRET_ACCESS_KEY): \`imagecloud local\` sets them.
    new ImageCloudProvider(this, 'imagecloud', { region: 'bj', accountName: props.accountName });

    this.image = new CustomImage(this, 'golden', {
      name: 'golden-web',
      description: 'Golden web image, built from the reference instance',
      source: { kind: 'instance', instanceId: props.instanceId },
      tags: { role: 'web' },
    });
    this.image.shareWith(...props.shareWith);
    new TerraformOutput(this, 'image_id', { value: this.image.imageId });

    const copy = this.image.copyTo('gz');
    copy.shareWith(...props.shareWith);
    new TerraformOutput(this, 'image_id_gz', { value: copy.imageId });
  }
}

// Synthesized when ${facts.command} runs this file (cdktf.json "app"), not when a test imports it.
if (require.main === module) {
  const app = new App();
  new GoldenImageStack(app, '${STACK_NAME}', EMULATOR_DEFAULTS);
  app.synth();
}
`;
}

const JEST_CONFIG = `/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/cdktf.out/'],
  setupFilesAfterEnv: ['<rootDir>/setup.js'],
  // One emulator (a child process) and the provider in a temporary filesystem
  // mirror for the whole run, with TF_CLI_CONFIG_FILE, IMAGECLOUD_ENDPOINT and
  // the dev account's keys in the environment: what toPlanSuccessfully() needs.
  globalSetup: 'imagecloud/testing/jest-global-setup',
  globalTeardown: 'imagecloud/testing/jest-global-teardown',
  // A plan runs terraform init and plan: seconds, not milliseconds.
  testTimeout: 120000,
};
`;

function setupJs(facts: FrameworkFacts): string {
  return `// The ${facts.title} matchers (toPlanSuccessfully, toHaveResourceWithProperties, ...) for every test file.
const { Testing } = require('${facts.library}');
Testing.setupJest();
`;
}

function mainTest(facts: FrameworkFacts): string {
  return `import '${facts.library}/lib/testing/adapters/jest'; // the types of the matchers setup.js registers
import { Testing } from '${facts.library}';
import { CustomImage } from '${facts.constructsModule}';
import { EMULATOR_DEFAULTS, GoldenImageStack, type GoldenImageProps } from '../main';

function goldenImage(props: GoldenImageProps = EMULATOR_DEFAULTS): GoldenImageStack {
  return new GoldenImageStack(Testing.app(), '${STACK_NAME}', props);
}

describe('the golden-image stack', () => {
  it('synthesizes the image, its shares and its copy', () => {
    // true: run the validations too (props and the quota aspect), as \`${facts.command} synth\` does.
    expect(Testing.synth(goldenImage(), true)).toMatchSnapshot();
  });

  it('refuses to share the image with the account that owns it', () => {
    const stack = goldenImage({ ...EMULATOR_DEFAULTS, shareWith: ['alice', 'dev'] });
    expect(() => Testing.synth(stack, true)).toThrow(/dev owns the image; an image cannot be shared with its owner/);
  });

  it('refuses a 21st custom image of one account in one region', () => {
    const stack = goldenImage();
    for (let n = 1; n <= 20; n++) {
      new CustomImage(stack, \`extra-\${n}\`, { name: \`extra-\${n}\`, source: { kind: 'instance', instanceId: EMULATOR_DEFAULTS.instanceId } });
    }
    expect(() => Testing.synth(stack, true)).toThrow(/the limit is 20 per account and region/);
  });

  it('is planned by terraform against the emulator', () => {
    // The emulator and the provider come from imagecloud/testing's global setup (jest.config.js).
    expect(Testing.fullSynth(goldenImage())).toPlanSuccessfully();
  });
});
`;
}

// The cdktf template's, plus imagecloud local's state (.imagecloud: the emulator's data, the provider mirror).
const GITIGNORE = `*.d.ts
*.js
node_modules
cdktf.out
cdktf.log
*terraform.*.tfstate*
.gen
.terraform
tsconfig.tsbuildinfo
.imagecloud
!jest.config.js
!setup.js
`;

function readme(settings: ProjectSettings, facts: FrameworkFacts): string {
  return `# ${settings.name}

Custom machine images as code with [imagecloud](https://www.npmjs.com/package/imagecloud)
and ${facts.title}. Needs Node.js ${facts.node} and \`terraform\` (1.5 or newer) on PATH.

\`\`\`sh
npm install
npm test          # snapshot, quota checks, and a terraform plan against the local emulator
npm run deploy    # ${facts.command} deploy ${STACK_NAME} on the local emulator
npm run diff      # what a change would do
npm run destroy
\`\`\`

- \`main.ts\`: the \`${STACK_NAME}\` stack — an image from an instance, shared with
  alice and bob, copied to gz and shared there too.
- \`__tests__/main.test.ts\`: the tests. The first \`npm test\` writes the snapshot
  (\`__tests__/__snapshots__\`); commit it. On CI (\`CI\` set) Jest does not write
  snapshots: run \`npx jest --ci=false\` once, or commit the snapshot first.
- \`npm run deploy\`, \`diff\` and \`destroy\` run \`imagecloud local -- ${facts.command} ...\`: the
  emulator with its state in \`.imagecloud/emulator\` (kept between runs, so a
  destroy sees what a deploy made), the provider installed in \`.imagecloud/mirror\`.
  \`--skip-provider-lock\`: nothing is downloaded, the provider comes from the mirror.

Against the real service, leave \`imagecloud local\` out: install the provider once
(\`npx imagecloud provider install\`, then the two \`export\` lines it prints), set
\`BCE_ACCESS_KEY_ID\` and \`BCE_SECRET_ACCESS_KEY\`, pass your own instance and
accounts to \`GoldenImageStack\` in \`main.ts\`, and run
\`npx ${facts.command} deploy ${STACK_NAME} --skip-provider-lock\`.
`;
}
