/**
 * `imagecloud local -- <command>` run as a child process (`node bin/imagecloud.js`):
 * the environment the command gets, its exit code passed on, the emulator's
 * state kept between runs (terraform apply, then plan and destroy in later
 * runs), and one-line errors.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'imagecloud.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function imagecloud(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'imagecloud-local-'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

it('prints its help', async () => {
  const run = await imagecloud(['local', '--help'], project);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Usage: imagecloud local \[--data-dir DIR\] \[--\] <command>/);
});

it('refuses a missing command and an unknown option with exit code 2', async () => {
  const [missing, unknown] = await Promise.all([imagecloud(['local'], project), imagecloud(['local', '--port', '1', '--', 'true'], project)]);
  expect([missing.code, unknown.code]).toEqual([2, 2]);
  expect(missing.stderr).toMatch(/^error: missing command to run\n/);
  expect(unknown.stderr).toMatch(/^error: unknown option --port \(put the command after --\)\n/);
});

it('says in one line that terraform is not on PATH', async () => {
  const run = await imagecloud(['local', '--', 'terraform', 'plan'], project, { ...process.env, PATH: project });
  expect(run).toEqual({ code: 1, stdout: '', stderr: 'error: terraform is not on PATH: install Terraform >= 1.5 (https://developer.hashicorp.com/terraform/install) and run again\n' });
});

it('says in one line that the command does not exist, with exit code 127', async () => {
  const run = await imagecloud(['local', '--', 'no-such-command-here'], project);
  expect(run.code).toBe(127);
  expect(run.stderr).toMatch(/\nerror: no-such-command-here: command not found\n$/);
});

it('runs the command with the emulator and provider environment and passes its exit code on', async () => {
  const script = `console.log(JSON.stringify(process.env)); process.exit(3)`;
  const run = await imagecloud(['local', '--', process.execPath, '-e', script], project);
  expect(run.code).toBe(3);
  const env = JSON.parse(run.stdout) as Record<string, string>;
  expect(env).toMatchObject({
    TF_CLI_CONFIG_FILE: join(project, '.imagecloud', 'terraform.rc'),
    CHECKPOINT_DISABLE: '1',
    IMAGECLOUD_ENDPOINT: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/region\/\{region\}$/),
    BCE_ACCESS_KEY_ID: 'AKDEV00000000000000000000000000001',
    BCE_SECRET_ACCESS_KEY: 'SKDEV00000000000000000000000000001',
    BCE_REGION: 'bj',
  });
  expect(run.stderr).toMatch(/^imagecloud local: emulator http:\/\/127\.0\.0\.1:\d+\/region\/\{region\} \(state in \.imagecloud\/emulator\), provider \S+ from \.imagecloud\/mirror\n$/);
  expect(existsSync(join(project, '.imagecloud', 'emulator'))).toBe(true);
  // The emulator was stopped when the command ended.
  await expect(fetch(env.IMAGECLOUD_ENDPOINT!.replace('/region/{region}', '/__admin/fixtures'))).rejects.toThrow();
});

it('keeps the emulator state between runs: apply, then an empty plan and a destroy in later runs', async () => {
  writeFileSync(
    join(project, 'main.tf'),
    `terraform {
  required_providers {
    imagecloud = { source = "imagecloud/imagecloud" }
  }
}
provider "imagecloud" {}
resource "imagecloud_custom_image" "kept" {
  name = "kept"
  source {
    instance_id = "i-Hl8ITboa"
  }
}
`,
  );
  const tf = (...args: string[]) => imagecloud(['local', '--data-dir', 'state', '--', 'terraform', ...args, '-no-color', '-input=false'], project);
  const init = await tf('init');
  expect({ code: init.code, output: init.code === 0 ? '' : init.stdout + init.stderr }).toEqual({ code: 0, output: '' });
  const apply = await tf('apply', '-auto-approve');
  expect(apply.stdout).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
  const plan = await tf('plan', '-detailed-exitcode');
  expect({ code: plan.code, noChanges: plan.stdout.includes('No changes.') }).toEqual({ code: 0, noChanges: true });
  const destroy = await tf('destroy', '-auto-approve');
  expect(destroy.stdout).toContain('Destroy complete! Resources: 1 destroyed.');
  expect(existsSync(join(project, 'state'))).toBe(true);
}, 180_000);
