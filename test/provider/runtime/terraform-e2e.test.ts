/**
 * The runtime under the real Terraform CLI: the fixture provider is bundled
 * with esbuild, installed in a filesystem mirror and driven through init,
 * plan, apply, update, replacement, validation, import, schema export and
 * destroy.
 */
import { execFile, spawn } from 'node:child_process';
import { connect as connectHttp2, type ClientHttp2Session } from 'node:http2';
import { connect as connectTls } from 'node:tls';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleProvider } from '../../../src/provider/runtime/bundle';
import { installInMirror } from '../../../src/provider/runtime/mirror';
import { providerSchemaJson } from '../../../src/provider/runtime';
import { MAGIC_COOKIE_VALUE } from '../../../src/provider/runtime/serve';
import { generateServerCertificate, type ServerCertificate } from '../../../src/provider/runtime/tls';
import { StoredThing, fixtureProvider } from './fixtures/fixture-provider';

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

const root = mkdtempSync(join(tmpdir(), 'tf-runtime-e2e-'));
const workDir = join(root, 'work');
const pluginTmp = join(root, 'tmp');
const storePath = join(root, 'store.json');
const bundleFile = join(root, 'dist', 'provider.js');

function terraform(args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      'terraform',
      [...args, '-no-color'],
      {
        cwd: workDir,
        timeout: 30_000,
        env: {
          PATH: process.env.PATH,
          HOME: root,
          TMPDIR: pluginTmp,
          TF_CLI_CONFIG_FILE: join(root, 'cli.tfrc'),
          CHECKPOINT_DISABLE: '1',
          TF_IN_AUTOMATION: '1',
          ...extraEnv,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

function writeConfig(resourceBody: string): void {
  writeFileSync(
    join(workDir, 'main.tf'),
    `terraform {
  required_providers {
    fixture = { source = "imagecloud/fixture", version = "0.0.1" }
  }
}

provider "fixture" {
  store_path = ${JSON.stringify(storePath)}
  token      = "provider-token-value"
}

resource "fixture_thing" "a" {
${resourceBody}
}

data "fixture_thing_lookup" "a" {
  name       = fixture_thing.a.name
  depends_on = [fixture_thing.a]
}

output "looked_up_size" {
  value = data.fixture_thing_lookup.a.size
}
`,
  );
}

const baseResource = `  name   = "alpha"
  big    = 12345678901234567890
  secret = "resource-secret-value"
  tags   = { env = "test" }
  rule {
    port     = 22
    protocol = "tcp"
  }
  timeouts {
    create = "30s"
  }`;

function stored(): StoredThing[] {
  return Object.values(JSON.parse(readFileSync(storePath, 'utf8')) as Record<string, StoredThing>);
}

async function expectOk(result: Promise<RunResult>): Promise<RunResult> {
  const settled = await result;
  if (settled.code !== 0) throw new Error(`terraform failed (${settled.code}):\n${settled.stdout}\n${settled.stderr}`);
  return settled;
}

/** Milliseconds from spawning the bundled provider to its handshake line. */
async function measureHandshake(): Promise<{ ms: number; line: string }> {
  const started = process.hrtime.bigint();
  const child = spawnProvider(bundleFile, generateServerCertificate());
  const line = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString())));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { ms, line };
}

/** An HTTP/2 session to a provider, from its handshake line, as Terraform dials it with its certificate `presented`. */
function dialLikeTerraform(handshakeLine: string, presented: ServerCertificate): ClientHttp2Session {
  const [, , , socketPath, , serverCertificate] = handshakeLine.trim().split('|') as [string, string, string, string, string, string];
  // The handshake line drops base64's padding; PEM needs it back.
  const ca = `-----BEGIN CERTIFICATE-----\n${serverCertificate.padEnd(Math.ceil(serverCertificate.length / 4) * 4, '=')}\n-----END CERTIFICATE-----\n`;
  const session = connectHttp2('https://localhost', {
    createConnection: () => connectTls({ path: socketPath, ca, servername: 'localhost', cert: presented.certificatePem, key: presented.privateKeyPem, ALPNProtocols: ['h2'] }),
  });
  session.on('error', () => undefined);
  return session;
}

/** Spawns a bundled provider as Terraform would (offering protocols 5 and 6) for its certificate `announced`. */
function spawnProvider(file: string, announced: ServerCertificate, stderr: 'pipe' | 'ignore' = 'ignore') {
  return spawn(process.execPath, [file], {
    env: { PATH: process.env.PATH, TMPDIR: pluginTmp, TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6', PLUGIN_CLIENT_CERT: announced.certificatePem },
    stdio: ['ignore', 'pipe', stderr],
  });
}

/**
 * Starts the bundled provider for Terraform's certificate `announced`, dials
 * it presenting `presented`, and answers whether the gRPC server's HTTP/2
 * settings came back (the connection got through) or the connection closed.
 */
async function dialWithCertificate(announced: ServerCertificate, presented: ServerCertificate): Promise<'served' | 'closed'> {
  const child = spawnProvider(bundleFile, announced);
  try {
    const line = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    const session = dialLikeTerraform(line, presented);
    return await new Promise<'served' | 'closed'>((resolve) => {
      session.once('remoteSettings', () => resolve('served'));
      session.once('close', () => resolve('closed'));
    }).finally(() => session.destroy());
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('fixture provider under terraform', () => {
  beforeAll(async () => {
    mkdirSync(workDir, { recursive: true });
    mkdirSync(pluginTmp, { recursive: true });
    await bundleProvider(join(__dirname, 'fixtures', 'provider-main.ts'), bundleFile);
    installInMirror({ mirrorDir: join(root, 'mirror'), address: fixtureProvider.address, version: '0.0.1', bundleDir: dirname(bundleFile) });
    writeFileSync(
      join(root, 'cli.tfrc'),
      `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(join(root, 'mirror'))}
    include = ["imagecloud/*"]
  }
  direct {
    exclude = ["imagecloud/*"]
  }
}
`,
    );
    writeConfig(baseResource);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('prints a well-formed handshake quickly and stops on SIGTERM', async () => {
    const runs: number[] = [];
    let line = '';
    for (let run = 0; run < 5; run++) {
      const measured = await measureHandshake();
      runs.push(measured.ms);
      line = measured.line;
    }
    runs.sort((a, b) => a - b);
    const median = runs[2]!;
    process.stderr.write(`provider launch-to-handshake (bundled), median of 5: ${median.toFixed(0)} ms [${runs.map((ms) => ms.toFixed(0)).join(', ')}]\n`);
    expect(line).toMatch(/^1\|6\|unix\|[^|]+\/plugin\.sock\|grpc\|[A-Za-z0-9+/]+\n$/);
    // Generous bound for loaded CI machines; the figure itself is printed above.
    expect(median).toBeLessThan(1000);
    expect(readdirSync(pluginTmp)).toEqual([]);
  });

  it('serves a connection only from the client certificate Terraform announced', async () => {
    const terraformCertificate = generateServerCertificate();
    expect(await dialWithCertificate(terraformCertificate, terraformCertificate)).toBe('served');
    expect(await dialWithCertificate(terraformCertificate, generateServerCertificate())).toBe('closed');
  });

  it('exits with the reason when the provider fails to load after Terraform has connected', async () => {
    const mismatched = join(root, 'mismatched', 'provider.js');
    await bundleProvider(join(__dirname, 'fixtures', 'mismatched-provider-main.ts'), mismatched);
    const certificate = generateServerCertificate();
    const child = spawnProvider(mismatched, certificate, 'pipe');
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const line = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    // The provider loads once a connection is in, here with a call waiting for it, as Terraform's would.
    const session = dialLikeTerraform(line, certificate);
    const call = session.request({ ':method': 'POST', ':path': '/tfplugin6.Provider/GetProviderSchema', 'content-type': 'application/grpc' });
    call.on('error', () => undefined);
    call.end(Buffer.alloc(5));
    expect(await exited).toBe(1);
    session.destroy();
    expect(stderr).toContain('Failed to start the provider: the entry serves registry.terraform.io/imagecloud/other, but its plugin is registry.terraform.io/imagecloud/fixture');
    expect(readdirSync(pluginTmp)).toEqual([]);
  });

  it('refuses to run when started by hand', async () => {
    const child = spawn(process.execPath, [bundleFile], { env: { PATH: process.env.PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('This is a Terraform plugin; it is started by terraform, not by hand');
  });

  it('initializes from the filesystem mirror', async () => {
    const init = await expectOk(terraform(['init', '-input=false']));
    expect(init.stdout).toContain('Installing imagecloud/fixture v0.0.1');
  });

  it('exports the same schema the framework generates', async () => {
    const schema = await expectOk(terraform(['providers', 'schema', '-json']));
    expect(JSON.parse(schema.stdout)).toEqual(JSON.parse(JSON.stringify(providerSchemaJson(fixtureProvider))));
  });

  it('creates, then plans nothing', async () => {
    const plan = await expectOk(terraform(['plan', '-input=false']));
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');
    expect(plan.stdout).toContain('+ id         = (known after apply)');
    expect(plan.stdout).toContain('+ secret     = (sensitive value)');

    const apply = await expectOk(terraform(['apply', '-auto-approve', '-input=false']));
    expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect(apply.stdout).toContain('looked_up_size = 10');
    expect(stored()).toEqual([expect.objectContaining({ name: 'alpha', size: 10, zone: 'zone-a', big: '12345678901234567890', revision: 1 })]);

    for (const refresh of ['-refresh=true', '-refresh=false']) {
      const again = await terraform(['plan', '-detailed-exitcode', '-input=false', refresh]);
      expect({ refresh, code: again.code, stderr: again.stderr }).toEqual({ refresh, code: 0, stderr: '' });
    }
    // Integers beyond 2^53 stay exact all the way into Terraform's state file.
    expect(readFileSync(join(workDir, 'terraform.tfstate'), 'utf8')).toContain('"big": 12345678901234567890,');
  });

  it('updates in place, keeping secrets out of provider logs', async () => {
    writeConfig(baseResource.replace('"alpha"', '"alpha-2"'));
    const plan = await expectOk(terraform(['plan', '-input=false'], { TF_LOG_PROVIDER: 'trace' }));
    expect(plan.stdout).toContain('~ name       = "alpha" -> "alpha-2"');
    expect(plan.stdout).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
    expect(plan.stderr).toContain('Planned resource change');
    expect(plan.stderr).not.toContain('resource-secret-value');
    expect(plan.stderr).not.toContain('provider-token-value');

    await expectOk(terraform(['apply', '-auto-approve', '-input=false']));
    expect(stored()).toEqual([expect.objectContaining({ name: 'alpha-2', revision: 2 })]);
    expect((await terraform(['plan', '-detailed-exitcode', '-input=false'])).code).toBe(0);
  });

  it('replaces when a requiresReplace attribute changes', async () => {
    const before = stored()[0]!;
    writeConfig(baseResource.replace('"alpha"', '"alpha-2"').replace('  big', '  zone   = "zone-b"\n  big'));
    const plan = await expectOk(terraform(['plan', '-input=false']));
    expect(plan.stdout).toContain('~ zone       = "zone-a" -> "zone-b" # forces replacement');
    expect(plan.stdout).toContain('Plan: 1 to add, 0 to change, 1 to destroy.');
    await expectOk(terraform(['apply', '-auto-approve', '-input=false']));
    const after = stored();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before.id);
    expect(after[0]!.zone).toBe('zone-b');
  });

  it('reports validation errors at the attribute', async () => {
    writeConfig(baseResource.replace('port     = 22', 'port     = 70000'));
    const validate = await terraform(['validate']);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('Error: Invalid Attribute Value');
    expect(validate.stderr).toContain('port     = 70000');
    expect(validate.stderr).toContain('Attribute port must be between 1 and 65535, got 70000.');
    writeConfig(baseResource.replace('"alpha"', '"alpha-2"').replace('  big', '  zone   = "zone-b"\n  big'));
  });

  it('imports an existing object with the attributes apply produced', async () => {
    const shown = async () => JSON.parse((await expectOk(terraform(['show', '-json']))).stdout).values.root_module.resources[0].values;
    const applied = await shown();
    await expectOk(terraform(['state', 'rm', 'fixture_thing.a']));
    const imported = await expectOk(terraform(['import', '-input=false', 'fixture_thing.a', applied.id]));
    expect(imported.stdout).toContain('Import successful!');
    const afterImport = await shown();
    // The timeouts block lives only in configuration; import cannot know it.
    expect({ ...afterImport, timeouts: null }).toEqual({ ...applied, timeouts: null });
    const missing = await terraform(['import', '-input=false', 'fixture_thing.b', 'thing-does-not-exist']);
    expect(missing.code).toBe(1);
  });

  it('destroys, and every provider process cleaned up after itself', async () => {
    const destroy = await expectOk(terraform(['destroy', '-auto-approve', '-input=false']));
    expect(destroy.stdout).toContain('Destroy complete! Resources: 1 destroyed.');
    expect(stored()).toEqual([]);
    // Each launch made a socket directory under TMPDIR; Shutdown removes it.
    expect(readdirSync(pluginTmp)).toEqual([]);
  });
});
