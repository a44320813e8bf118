/**
 * A newcomer's path, from the packed package: `npx imagecloud init`, then in
 * the new project `npm install`, its type-check, its own tests (snapshot,
 * quota aspect, a plan through imagecloud/testing) and `npm run deploy`,
 * `diff`, `destroy` on the emulator, as docs/getting-started.md tells.
 */
import { join } from 'node:path';
import { UserProject, environmentFor, expectOk, packedTarball, pinned } from './support';

export interface InitProjectOptions {
  /** `imagecloud init --cdktn`. */
  cdktn: boolean;
  /** The Node binary that runs everything in the project. */
  node: () => string;
}

export function describeInitProject(title: string, options: InitProjectOptions): void {
  let installer: UserProject;
  let project: UserProject;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    env = environmentFor(options.node());
    const tarball = await packedTarball();
    installer = await UserProject.create('init', { 'package.json': '{ "name": "scratch", "version": "1.0.0", "private": true }\n' }, env);
    expectOk(await installer.run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], env));
    const init = expectOk(await installer.run('npx', ['--no-install', 'imagecloud', 'init', 'app', '--imagecloud', `file:${tarball}`, ...(options.cdktn ? ['--cdktn'] : [])], env));
    expect(init.stdout).toMatch(/next: cd app && npm install && npm test && npm run deploy/);
    project = UserProject.at(join(installer.dir, 'app'));
    expectOk(await project.run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], env, 600_000));
  });

  afterAll(() => installer?.remove());

  describe(title, () => {
    it("pins this repository's tested versions", () => {
      const manifest = JSON.parse(project.read('package.json')) as { devDependencies: Record<string, string> };
      for (const name of ['typescript', 'ts-node', 'jest', 'ts-jest', '@types/jest', '@types/node']) expect({ name, version: manifest.devDependencies[name] }).toEqual({ name, version: pinned(name) });
    });

    it('type-checks', async () => {
      expectOk(await project.run('npx', ['--no-install', 'tsc', '--noEmit'], env));
    });

    it('passes its own tests: snapshot, quota aspect, a plan on the emulator', async () => {
      const run = expectOk(await project.run('npx', ['--no-install', 'jest', '--ci=false'], env, 600_000));
      expect(run.stderr).toMatch(/Tests:\s+4 passed, 4 total/);
      expect(run.stderr).toMatch(/1 snapshot written/);
    });

    it('deploys, diffs clean and destroys on the emulator with npm run', async () => {
      const deploy = expectOk(await project.run('npm', ['run', 'deploy'], env, 600_000));
      expect(deploy.stdout).toMatch(/Apply complete! Resources: 4 added, 0 changed, 0 destroyed\./);
      const diff = expectOk(await project.run('npm', ['run', 'diff'], env, 600_000));
      expect(diff.stdout).toMatch(/No changes/);
      const destroy = expectOk(await project.run('npm', ['run', 'destroy'], env, 600_000));
      expect(destroy.stdout).toMatch(/Destroy complete! Resources: 4 destroyed\./);
    });

    it('moves the lock file to the new provider version after an upgrade of the package, by itself', async () => {
      expectOk(await project.run('npm', ['run', 'deploy'], env, 600_000));
      const lockFile = join('cdktf.out', 'stacks', 'golden-image', '.terraform.lock.hcl');
      const installedVersion = (JSON.parse(project.read('node_modules/imagecloud/package.json')) as { version: string }).version;
      expect(project.read(lockFile)).toContain(`version     = "${installedVersion}"`);
      // An upgrade, simulated in place: a new package version, whose bindings pin the new provider version.
      const upgraded = simulateUpgrade(project, installedVersion);
      const deploy = expectOk(await project.run('npm', ['run', 'deploy'], env, 600_000));
      expect(deploy.stdout).toMatch(/No changes|0 added, 0 changed, 0 destroyed/);
      expect(project.read(lockFile)).toContain(`version     = "${upgraded}"`);
      expectOk(await project.run('npm', ['run', 'destroy'], env, 600_000));
    });
  });
}

/** Gives the installed imagecloud a new version: package.json and the providerVersion its bindings were generated with. */
function simulateUpgrade(project: UserProject, from: string): string {
  // A release version: cdktf compares versions without their prerelease part, so 0.1.0-x would look unchanged to it.
  const [major, minor, patch] = from.split(/[.-]/).map(Number);
  const to = `${major}.${minor}.${patch! + 1}`;
  const pin = (text: string) => text.split(`providerVersion: '${from}'`).join(`providerVersion: '${to}'`);
  const manifest = 'node_modules/imagecloud/package.json';
  project.write(manifest, project.read(manifest).replace(`"version": "${from}"`, `"version": "${to}"`));
  let pinned = 0;
  for (const build of ['constructs', 'cdktn']) {
    const file = `node_modules/imagecloud/dist/${build}/bindings/provider/index.js`;
    const text = project.read(file);
    if (pin(text) !== text) pinned++;
    project.write(file, pin(text));
  }
  if (pinned !== 2) throw new Error(`the bindings no longer pin providerVersion '${from}': update this simulation`);
  return to;
}
