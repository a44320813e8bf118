/**
 * The README's TypeScript examples run as written: each runnable block is
 * extracted, its imports of the package (as a user writes them: `imagecloud`,
 * `imagecloud/client`) pointed at this checkout's sources, and executed with tsx in a
 * child process — the client example against a live emulator, the constructs
 * example through a real synth.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImageClient } from '../src/client';
import { startTestEmulator, type RunningEmulator } from './helpers/emulator';
import { admin, fixtureNamed } from './helpers/admin';

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const README_ENDPOINT = 'http://127.0.0.1:4566/region/{region}';

/** The ```ts blocks of the README that contain `marker`; exactly one is expected. */
function block(marker: string): string {
  const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes(marker));
  if (blocks.length !== 1) throw new Error(`expected one README block with ${marker}, found ${blocks.length}`);
  return blocks[0]!;
}

const EXPORTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { default: string } | string> }).exports;

/**
 * Where an import of the README resolves in this checkout: a package entry
 * point to the source its `exports` entry is compiled from (dist/x/index.js is
 * src/x/index.ts), anything else (cdktf) to this repository's node_modules.
 */
function sourceOf(specifier: string): string {
  const entry = EXPORTS[specifier === 'imagecloud' ? '.' : specifier.replace(/^imagecloud\//, './')];
  if (typeof entry === 'object') return join(ROOT, entry.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, ''));
  if (specifier.startsWith('imagecloud')) throw new Error(`the README imports ${specifier}, which the package does not export`);
  return join(ROOT, 'node_modules', specifier);
}

/**
 * A runnable file: the block's imports (resolved by sourceOf) at the top, its
 * statements in an async function, since README snippets use top-level await.
 */
function runnable(code: string, prelude = ''): string {
  const lines = code.split('\n');
  const imports = lines.filter((line) => line.startsWith('import ')).map((line) => line.replace(/from '([^']*)'/, (_, specifier: string) => `from ${JSON.stringify(sourceOf(specifier))}`));
  const body = lines.filter((line) => !line.startsWith('import ')).join('\n');
  return `${imports.join('\n')}\n\n(async () => {\n${prelude}\n${body}\n})().catch((error) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n`;
}

function runTs(file: string, cwd: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules', '.bin', 'tsx'), [file], { cwd, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: stdout + stderr }),
    );
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readme-examples-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  test('the client example creates, shares and copies an image', async () => {
    const code = block('new ImageClient(');
    expect(code).toContain(README_ENDPOINT);
    const dev = emulator.accounts[0]!;
    const fixtures = await admin(emulator.url).fixtures({ accountId: dev.accountId, region: 'bj' });
    const instanceId = fixtureNamed(fixtures.instances, dev.accountId, 'bj', 'running-cds').id;
    const file = join(dir, 'client-example.ts');
    writeFileSync(file, runnable(code.replace(README_ENDPOINT, emulator.endpointTemplate), `const instanceId = ${JSON.stringify(instanceId)};`));
    const run = await runTs(file, dir);
    expect(run).toEqual({ code: 0, output: '' });

    const client = new ImageClient({
      region: 'bj',
      endpoint: emulator.endpointTemplate,
      credentials: { accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey },
    });
    try {
      const images = [];
      for await (const image of client.listImages({ imageType: 'Custom', imageName: 'golden-web' })) images.push(image);
      expect(images).toHaveLength(1);
      expect((await client.listSharedUsers(images[0]!.id)).users.map((u) => u.account)).toEqual(['alice']);
      const copies = [];
      for await (const image of client.withRegion('gz').listImages({ imageType: 'Custom' })) copies.push(image);
      expect(copies).toMatchObject([{ status: 'Available', copySource: { region: 'bj', imageId: images[0]!.id } }]);
    } finally {
      await client.close();
    }
  }, 90_000);
});

test('the constructs example synthesizes the image, its shares and the copy with its alias provider', async () => {
  const file = join(dir, 'constructs-example.ts');
  writeFileSync(file, runnable(block('new App()')));
  const run = await runTs(file, dir, { BCE_REGION: '' });
  expect(run).toEqual({ code: 0, output: '' });

  const synthesized = JSON.parse(readFileSync(join(dir, 'cdktf.out', 'stacks', 'images', 'cdk.tf.json'), 'utf8')) as {
    provider: { imagecloud: Array<{ region: string; alias?: string }> };
    resource: Record<string, Record<string, Record<string, unknown>>>;
    output: Record<string, unknown>;
  };
  expect(synthesized.provider.imagecloud.map((p) => p.region).sort()).toEqual(['bj', 'gz']);
  expect(Object.keys(synthesized.resource.imagecloud_custom_image ?? {})).toHaveLength(1);
  expect(Object.keys(synthesized.resource.imagecloud_image_copy ?? {})).toHaveLength(1);
  const shares = Object.values(synthesized.resource.imagecloud_image_share ?? {});
  expect(shares.map((share) => share.accounts)).toEqual([['alice', 'bob'], ['alice', 'bob']]);
  expect(Object.keys(synthesized.output)).toEqual(['image_id']);
}, 90_000);
