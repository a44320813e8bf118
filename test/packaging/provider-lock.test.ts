/**
 * `npx imagecloud provider install` from the packed package and Terraform's
 * dependency lock file: the provider's version is the package's; installing
 * the same version again, from another project and under another Node,
 * writes the same bytes, so the `h1:` checksum in `.terraform.lock.hcl`
 * still holds; a new package version is a new provider version, which
 * `terraform init -upgrade` selects (cdktf runs that itself when the
 * bindings' version constraint moves).
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_22, UserProject, environmentFor, expectOk, nodeBinary, packedTarball, run } from './support';

jest.setTimeout(600_000);

let projects: UserProject[] = [];
let scratch: string;

beforeAll(async () => {
  const tarball = await packedTarball();
  const packageJson = `${JSON.stringify({ name: 'lock-user', version: '1.0.0', private: true, dependencies: { imagecloud: `file:${tarball}` } }, null, 2)}\n`;
  projects = await Promise.all(['first', 'second'].map((name) => UserProject.create(`lock-${name}`, { 'package.json': packageJson })));
  scratch = mkdtempSync(join(tmpdir(), 'imagecloud-lock-'));
});

afterAll(() => {
  for (const project of projects) project.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** `imagecloud provider install` of a project, run by `node`, into the shared mirror. */
async function installFrom(project: UserProject, node: string): Promise<{ configFile: string; version: string }> {
  const mirror = join(scratch, 'mirror');
  const configFile = join(scratch, 'terraform.rc');
  const result = expectOk(
    await project.run(node, [join(project.dir, 'node_modules', 'imagecloud', 'dist', 'cli', 'bin.js'), 'provider', 'install', '--mirror', mirror, '--config', configFile], environmentFor(node)),
  );
  const version = /installed imagecloud provider (\S+):/.exec(result.stderr)?.[1];
  if (version === undefined) throw new Error(`no version in: ${result.stderr}`);
  return { configFile, version };
}

function terraform(args: string[], configFile: string, node = process.execPath) {
  return run('terraform', args, { cwd: join(scratch, 'root'), env: environmentFor(node, { TF_CLI_CONFIG_FILE: configFile, HOME: scratch }) });
}

/** A root module requiring exactly `version`, with no providers installed yet (its lock file is kept). */
function writeRootModule(version: string): void {
  const dir = join(scratch, 'root');
  rmSync(join(dir, '.terraform'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), `terraform {\n  required_providers {\n    imagecloud = { source = "imagecloud/imagecloud", version = "${version}" }\n  }\n}\n`);
}

describe('the provider installed from the package and .terraform.lock.hcl', () => {
  it('installs the package version; a reinstall from another project under another Node keeps the lock valid', async () => {
    const packageVersion = (JSON.parse(readFileSync(join(projects[0]!.dir, 'node_modules', 'imagecloud', 'package.json'), 'utf8')) as { version: string }).version;
    const first = await installFrom(projects[0]!, process.execPath);
    expect(first.version).toBe(packageVersion);
    writeRootModule(first.version);
    expectOk(await terraform(['init', '-input=false', '-no-color'], first.configFile));
    const lock = readFileSync(join(scratch, 'root', '.terraform.lock.hcl'), 'utf8');
    expect(lock).toMatch(new RegExp(`provider "registry.terraform.io/imagecloud/imagecloud" \\{\\s+version\\s+= "${first.version.replace(/\./g, '\\.')}"[\\s\\S]*"h1:`));

    const node22 = nodeBinary(NODE_22);
    const second = await installFrom(projects[1]!, node22);
    expect(second.version).toBe(first.version);
    rmSync(join(scratch, 'root', '.terraform'), { recursive: true, force: true });
    expectOk(await terraform(['init', '-input=false', '-no-color'], second.configFile, node22));
    expect(readFileSync(join(scratch, 'root', '.terraform.lock.hcl'), 'utf8')).toBe(lock);
    // The provider really runs under the other Node (the launcher takes node from PATH).
    const schema = expectOk(await terraform(['providers', 'schema', '-json'], second.configFile, node22));
    expect(Object.keys((JSON.parse(schema.stdout) as { provider_schemas: Record<string, unknown> }).provider_schemas)).toEqual(['registry.terraform.io/imagecloud/imagecloud']);
  });

  it('fails the lock when the installed bytes differ (the check above can fail)', async () => {
    const installed = await installFrom(projects[0]!, process.execPath);
    const launcherDir = join(scratch, 'mirror', 'registry.terraform.io', 'imagecloud', 'imagecloud', installed.version);
    const [platform] = readdirSync(launcherDir);
    appendFileSync(join(launcherDir, platform!, 'provider.js'), '\n');
    rmSync(join(scratch, 'root', '.terraform'), { recursive: true, force: true });
    const init = await terraform(['init', '-input=false', '-no-color'], installed.configFile);
    expect(init.code).not.toBe(0);
    expect(`${init.stdout}${init.stderr}`.replace(/\s+/g, ' ')).toMatch(/doesn't match any of the checksums previously recorded|does not match any of the checksums/);
    await installFrom(projects[0]!, process.execPath); // repaired: the same bytes again
    expectOk(await terraform(['init', '-input=false', '-no-color'], installed.configFile));
  });

  it('installs a new provider version after a package upgrade, which terraform init -upgrade selects', async () => {
    const packageFile = join(projects[1]!.dir, 'node_modules', 'imagecloud', 'package.json');
    const manifest = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
    const upgradedVersion = `${manifest.version}-upgrade.1`;
    writeFileSync(packageFile, JSON.stringify({ ...manifest, version: upgradedVersion }));
    const upgraded = await installFrom(projects[1]!, process.execPath);
    expect(upgraded.version).toBe(upgradedVersion);
    writeRootModule(upgradedVersion);
    const stale = await terraform(['init', '-input=false', '-no-color'], upgraded.configFile);
    expect(stale.code).not.toBe(0);
    expect(`${stale.stdout}${stale.stderr}`.replace(/\s+/g, ' ')).toMatch(/terraform init -upgrade/);
    expectOk(await terraform(['init', '-upgrade', '-input=false', '-no-color'], upgraded.configFile));
    expect(readFileSync(join(scratch, 'root', '.terraform.lock.hcl'), 'utf8')).toContain(`version     = "${upgradedVersion}"`);
  });
});
