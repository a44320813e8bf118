/**
 * Driving the real terraform binary against the provider and the emulator.
 *
 * The provider is bundled once per source version (src/provider/source-bundle.ts),
 * shared by jest workers and test files. Each workspace gets its own
 * filesystem mirror, CLI config and working dir, and runs terraform with a
 * clean environment.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImageClient } from '../../src/client';
import { newTestAccount, type AdminAccount, type Fixtures } from '../helpers/admin';
import { startTestEmulator, type RunningEmulator } from '../helpers/emulator';
import type { EmulatorOptions } from '../../src/emulator';
import { PROVIDER_VERSION } from '../../src/provider/identity';
import { installProvider } from '../../src/provider/install';

/** Terraform wraps diagnostics to the terminal width: compare text with whitespace runs made single spaces. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Whose keys the provider and the checking client use. */
export interface Account {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * The provider block for an account of the emulator; `endpoint` defaults to
 * the path-prefix template (`emulator.hostEndpointTemplate` addresses regions by host name).
 */
export function providerBlock(emulator: RunningEmulator, account: Account, region = 'bj', extra = '', endpoint = emulator.endpointTemplate): string {
  return `terraform {
  required_providers {
    imagecloud = { source = "imagecloud/imagecloud", version = "${PROVIDER_VERSION}" }
  }
}

provider "imagecloud" {
  region     = "${region}"
  endpoint   = "${endpoint}"
  access_key = "${account.accessKeyId}"
  secret_key = "${account.secretAccessKey}"
${extra}}
`;
}

/** A client of the emulator for an account, to check and change remote state beside Terraform. */
export function clientFor(emulator: RunningEmulator, account: Account, region = 'bj'): ImageClient {
  return new ImageClient({
    region,
    endpoint: emulator.endpointTemplate,
    credentials: { accessKeyId: account.accessKeyId, secretAccessKey: account.secretAccessKey },
  });
}

export class Workspace {
  readonly root: string;
  readonly dir: string;
  private readonly env: Record<string, string>;

  private constructor(root: string) {
    this.root = root;
    this.dir = join(root, 'work');
    mkdirSync(this.dir, { recursive: true });
    mkdirSync(join(root, 'tmp'), { recursive: true });
    this.env = {
      PATH: process.env.PATH ?? '',
      HOME: root,
      TMPDIR: join(root, 'tmp'),
      TF_CLI_CONFIG_FILE: join(root, 'cli.tfrc'),
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
    };
  }

  /** A fresh working directory with the provider installed in its own mirror. */
  static async create(prefix = 'tf-provider-'): Promise<Workspace> {
    const workspace = new Workspace(mkdtempSync(join(tmpdir(), prefix)));
    await installProvider({ mirrorDir: join(workspace.root, 'mirror'), configFile: join(workspace.root, 'cli.tfrc') });
    return workspace;
  }

  write(hcl: string, file = 'main.tf'): void {
    writeFileSync(join(this.dir, file), hcl);
  }

  terraform(args: string[], extraEnv: Record<string, string> = {}, timeoutMs = 120_000): Promise<RunResult> {
    return new Promise((resolve) => {
      execFile(
        'terraform',
        [...args, '-no-color'],
        { cwd: this.dir, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...this.env, ...extraEnv } },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
  }

  /** Runs terraform and fails with its output unless it exits 0. */
  async ok(args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
    const result = await this.terraform(args, extraEnv);
    if (result.code !== 0) throw new Error(`terraform ${args.join(' ')} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
    return result;
  }

  init(): Promise<RunResult> {
    return this.ok(['init', '-input=false']);
  }

  apply(extra: string[] = []): Promise<RunResult> {
    return this.ok(['apply', '-auto-approve', '-input=false', ...extra]);
  }

  plan(extra: string[] = []): Promise<RunResult> {
    return this.terraform(['plan', '-input=false', ...extra]);
  }

  /** `plan -detailed-exitcode`: 0 no changes, 2 changes, 1 error. */
  async planExitCode(extra: string[] = []): Promise<RunResult> {
    return this.terraform(['plan', '-input=false', '-detailed-exitcode', ...extra]);
  }

  /** Fails unless plan (with refresh, and without) shows no changes. */
  async expectNoChanges(): Promise<void> {
    for (const refresh of ['-refresh=true', '-refresh=false']) {
      const plan = await this.planExitCode([refresh]);
      if (plan.code !== 0) throw new Error(`expected an empty plan with ${refresh}, exit ${plan.code}:\n${plan.stdout}\n${plan.stderr}`);
    }
  }

  /** Resources of the root module from `terraform show -json`, by address. */
  async resources(): Promise<Record<string, Record<string, unknown>>> {
    const shown = JSON.parse((await this.ok(['show', '-json'])).stdout) as {
      values?: { root_module?: { resources?: Array<{ address: string; values: Record<string, unknown> }> } };
    };
    return Object.fromEntries((shown.values?.root_module?.resources ?? []).map((r) => [r.address, r.values]));
  }

  /** state rm + import, answering the imported values (the import step of an acceptance test). */
  async reimport(address: string, id: string): Promise<Record<string, unknown>> {
    await this.ok(['state', 'rm', address]);
    const imported = await this.ok(['import', '-input=false', address, id]);
    if (!imported.stdout.includes('Import successful!')) throw new Error(imported.stdout);
    const values = (await this.resources())[address];
    if (!values) throw new Error(`${address} not in state after import`);
    return values;
  }

  stateFile(): string {
    return readFileSync(join(this.dir, 'terraform.tfstate'), 'utf8');
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** What most provider test files share: an emulator, a fresh account with its fixtures, a client for it, a workspace. */
export interface Testbed {
  emulator: RunningEmulator;
  account: AdminAccount;
  fixtures: Fixtures;
  client: ImageClient;
  ws: Workspace;
}

/** For beforeAll: a testbed whose account name starts with `accountPrefix`. */
export async function openTestbed(accountPrefix: string, options: EmulatorOptions = {}): Promise<Testbed> {
  const emulator = await startTestEmulator(options);
  const { account, fixtures } = await newTestAccount(emulator.url, accountPrefix);
  return { emulator, account, fixtures, client: clientFor(emulator, account), ws: await Workspace.create() };
}

/** For afterAll: removes the workspace, closes the client and stops the emulator. */
export async function closeTestbed(bed: Testbed): Promise<void> {
  bed.ws.remove();
  await bed.client.close();
  await bed.emulator.close();
}
