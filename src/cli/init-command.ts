/**
 * `imagecloud init [dir] [--cdktn] [--imagecloud SPEC]`: writes a new cdktf
 * (or, with --cdktn, CDK Terrain) TypeScript project with a golden-image
 * stack, its tests (snapshot, quota checks, a plan against the emulator) and
 * npm scripts that deploy, diff and destroy it on the emulator. It writes
 * files only: `npm install` is the user's next step.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { PROVIDER_VERSION as PACKAGE_VERSION } from '../provider/identity';
import { CommandFailure, UsageError, parseCommand } from './args';
import { STACK_NAME, projectFiles } from './templates/project';

export const INIT_USAGE = `Usage: imagecloud init [dir] [--cdktn] [--imagecloud SPEC]

  Writes a TypeScript cdktf project using imagecloud into dir (default: the
  current directory), which must be empty or not exist yet: a ${STACK_NAME} stack
  (main.ts), Jest tests with a plan against the emulator, and the npm scripts
  build, synth, test, deploy, diff and destroy (deploy, diff and destroy run on
  the emulator through \`imagecloud local\`). Then: npm install && npm test.

Options:
  --cdktn            a CDK Terrain project (cdktn, cdktn-cli; Node >= 22.19)
  --imagecloud SPEC  the imagecloud dependency (default ^${PACKAGE_VERSION}; e.g. a .tgz path)
  -h, --help         show this help`;

const OPTIONS = {
  cdktn: { type: 'boolean' },
  imagecloud: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runInitCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS, INIT_USAGE);
  if (values.help) {
    process.stdout.write(`${INIT_USAGE}\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`, INIT_USAGE);
  if (values.imagecloud === '') throw new UsageError('--imagecloud: expected a version or package spec', INIT_USAGE);
  const dir = resolve(positionals[0] ?? '.');
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new CommandFailure(`${dir} is not empty: imagecloud init writes a new project into an empty or new directory`);
  }
  const files = projectFiles({
    name: packageName(basename(dir)),
    framework: values.cdktn ? 'cdktn' : 'cdktf',
    imagecloudSpec: values.imagecloud ?? `^${PACKAGE_VERSION}`,
  });
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const where = relative(process.cwd(), dir);
  process.stdout.write(
    `wrote a ${values.cdktn ? 'CDK Terrain' : 'cdktf'} project in ${where || '.'}: ${Object.keys(files).join(', ')}\n` +
      `next:${where ? ` cd ${where} &&` : ''} npm install && npm test && npm run deploy\n`,
  );
  return 0;
}

/** An npm package name from a directory name: lower case, only the characters npm allows. */
function packageName(directoryName: string): string {
  const name = directoryName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '');
  return name || 'golden-image';
}
