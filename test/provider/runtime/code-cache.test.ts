/**
 * The bundle's code-cache loader (src/provider/runtime/code-cache-loader.ts),
 * on the real provider bundle: where the cache goes, that a launch uses what
 * an earlier one left, that a damaged file is replaced, and that a directory
 * others can write to is not used.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_ENTRY } from '../../../src/provider/runtime/mirror';
import { MAGIC_COOKIE_VALUE } from '../../../src/provider/runtime/serve';
import { generateServerCertificate } from '../../../src/provider/runtime/tls';
import { sourceBundleDir } from '../../../src/provider/source-bundle';
import { fixtureNamed } from '../../helpers/admin';
import { closeTestbed, openTestbed, providerBlock } from '../harness';

const root = mkdtempSync(join(tmpdir(), 'code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Launches the provider with `env` added until its handshake, stops it, and answers its handshake line. */
async function launch(env: Record<string, string>): Promise<string> {
  const bundle = join(await sourceBundleDir(), BUNDLE_ENTRY);
  const child = spawn(process.execPath, [bundle], {
    env: { PATH: process.env.PATH, HOME: join(root, 'home'), TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_CLIENT_CERT: generateServerCertificate().certificatePem, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the provider exited ${code} before its handshake`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return line;
}

const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.v8cache')).sort() : []);

it('writes the cache, then launches from it without writing it again', async () => {
  const dir = join(root, 'cache');
  await launch({ IMAGECLOUD_PROVIDER_CACHE: dir });
  const files = cacheFiles(dir);
  // The main bundle (up to the handshake) and the gRPC server (loaded right after it) are cached by the launch that loads
  // them; the provider's own bundle loads once Terraform connects (the terraform case below).
  for (const bundle of ['provider-main', 'grpc-server']) {
    expect(files.some((name) => name.startsWith(`${bundle}-`) && name.endsWith(`-${process.version}.v8cache`))).toBe(true);
  }
  expect(statSync(dir).mode & 0o777).toBe(0o700);
  const written = Object.fromEntries(files.map((name) => [name, statSync(join(dir, name)).mtimeMs]));

  expect(await launch({ IMAGECLOUD_PROVIDER_CACHE: dir })).toMatch(/^1\|6\|unix\|/);
  expect(Object.fromEntries(files.map((name) => [name, statSync(join(dir, name)).mtimeMs]))).toEqual(written);
});

it('replaces a cache file V8 rejects, and still starts', async () => {
  const dir = join(root, 'damaged');
  await launch({ IMAGECLOUD_PROVIDER_CACHE: dir });
  const grpcServer = cacheFiles(dir).find((name) => name.startsWith('grpc-server-'))!;
  writeFileSync(join(dir, grpcServer), Buffer.alloc(4096, 7));
  expect(await launch({ IMAGECLOUD_PROVIDER_CACHE: dir })).toMatch(/^1\|6\|unix\|/);
  expect(statSync(join(dir, grpcServer)).size).toBeGreaterThan(100_000);
});

it('defaults to ~/.cache/imagecloud-provider, and writes nothing when turned off', async () => {
  await launch({});
  expect(cacheFiles(join(root, 'home', '.cache', 'imagecloud-provider')).length).toBeGreaterThan(0);

  await launch({ HOME: join(root, 'home-off'), IMAGECLOUD_PROVIDER_CACHE: 'off' });
  expect(existsSync(join(root, 'home-off', '.cache'))).toBe(false);
});

it('uses no directory that others can write to', async () => {
  const dir = join(root, 'shared');
  mkdirSync(dir);
  chmodSync(dir, 0o777);
  expect(await launch({ IMAGECLOUD_PROVIDER_CACHE: dir })).toMatch(/^1\|6\|unix\|/);
  expect(cacheFiles(dir)).toEqual([]);
});

it('under terraform, keeps every file it wrote, the client\'s included, across commands that configure the provider', async () => {
  const bed = await openTestbed('code-cache');
  try {
    const instanceId = fixtureNamed(bed.fixtures.instances, bed.account.id, 'bj', 'running-cds').id;
    bed.ws.write(`${providerBlock(bed.emulator, bed.account)}\nresource "imagecloud_custom_image" "one" {\n  name = "one"\n  source {\n    instance_id = "${instanceId}"\n  }\n}\n`);
    await bed.ws.init();
    await bed.ws.apply();
    // The workspace's terraform runs with HOME at its root.
    const dir = join(bed.ws.root, '.cache', 'imagecloud-provider');
    const written = () => Object.fromEntries(cacheFiles(dir).map((name) => [name, statSync(join(dir, name)).mtimeMs]));
    const first = written();
    for (const bundle of ['provider-main', 'grpc-server', 'provider-plugin', 'client']) {
      expect(Object.keys(first).some((name) => name.startsWith(`${bundle}-`))).toBe(true);
    }
    await bed.ws.expectNoChanges();
    expect(written()).toEqual(first);
  } finally {
    await closeTestbed(bed);
  }
});
