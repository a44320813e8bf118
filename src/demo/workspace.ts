/**
 * A throwaway place to run the real cdktf CLI on an example app against the
 * emulator: a temp directory holding the filesystem mirror with the provider,
 * a Terraform CLI config, a cdktf.json pointing at the example and, once
 * deployed, the local state. Used by the demo, the end-to-end test and the
 * benchmark. Nothing is downloaded: the provider comes from the mirror and
 * cdktf runs with `--skip-provider-lock`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installProvider } from '../provider/install';

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
const CDKTF_CLI = join(REPOSITORY_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf');
const TSX_CLI = join(REPOSITORY_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export const GOLDEN_IMAGE_APP = join(REPOSITORY_ROOT, 'examples', 'golden-image', 'main.ts');

export interface WorkspaceOptions {
  /** The example's main.ts; default the golden-image app. */
  app?: string;
  /** Environment for every cdktf run (endpoint, credentials, stack settings); PATH is added. */
  env: Record<string, string>;
}

export interface CdktfRun {
  code: number;
  output: string;
}

export class CdktfWorkspace {
  readonly dir: string;
  readonly cliConfigFile: string;
  readonly outputsFile: string;
  private readonly env: Record<string, string>;

  private constructor(dir: string, cliConfigFile: string, env: Record<string, string>) {
    this.dir = dir;
    this.cliConfigFile = cliConfigFile;
    this.outputsFile = join(dir, 'outputs.json');
    this.env = env;
  }

  /**
   * Bundles the provider into a fresh mirror and writes the CLI config and
   * cdktf.json. The app runs with Node and the project's tsx directly (no
   * npx, which could try the registry).
   */
  static async create(options: WorkspaceOptions): Promise<CdktfWorkspace> {
    const dir = mkdtempSync(join(tmpdir(), 'imagecloud-cdktf-'));
    const installed = await installProvider({ mirrorDir: join(dir, 'mirror'), configFile: join(dir, 'terraform.rc') });
    const app = `${shellWord(process.execPath)} ${shellWord(TSX_CLI)} ${shellWord(options.app ?? GOLDEN_IMAGE_APP)}`;
    writeFileSync(join(dir, 'cdktf.json'), `${JSON.stringify({ language: 'typescript', app, output: 'cdktf.out', sendCrashReports: 'false' }, null, 2)}\n`);
    mkdirSync(join(dir, 'home'));
    return new CdktfWorkspace(dir, installed.configFile, {
      ...options.env,
      PATH: process.env.PATH ?? '',
      // cdktf and terraform keep caches and settings under HOME: a private one keeps runs isolated.
      HOME: join(dir, 'home'),
      TF_CLI_CONFIG_FILE: installed.configFile,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      CDKTF_DISABLE_PLUGIN_CACHE_ENV: '1',
      CI: '1',
      FORCE_COLOR: '0',
    });
  }

  /**
   * Runs `cdktf <args>` in the workspace; `extraEnv` overrides settings for
   * this run (e.g. a changed stack). Lines of output go to `onLine` as they come.
   */
  cdktf(args: string[], extraEnv: Record<string, string> = {}, onLine?: (line: string) => void): Promise<CdktfRun> {
    return new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [CDKTF_CLI, ...args], { cwd: this.dir, env: { ...this.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      let pending = '';
      const take = (chunk: Buffer) => {
        const text = chunk.toString();
        output += text;
        if (!onLine) return;
        pending += text;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) onLine(line);
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('error', reject);
      child.on('close', (code) => {
        if (onLine && pending !== '') onLine(pending);
        resolvePromise({ code: code ?? 1, output });
      });
    });
  }

  /** Like cdktf(), but a non-zero exit is an error carrying the output. */
  async cdktfOk(args: string[], extraEnv: Record<string, string> = {}, onLine?: (line: string) => void): Promise<CdktfRun> {
    const run = await this.cdktf(args, extraEnv, onLine);
    if (run.code !== 0) throw new Error(`cdktf ${args.join(' ')} exited with ${run.code}:\n${run.output}`);
    return run;
  }

  /** `cdktf deploy --auto-approve --skip-provider-lock <stack>`, writing the stack outputs to outputsFile. */
  deploy(stack: string, extraEnv: Record<string, string> = {}, onLine?: (line: string) => void): Promise<CdktfRun> {
    return this.cdktfOk(['deploy', stack, '--auto-approve', '--skip-provider-lock', '--outputs-file', this.outputsFile, '--no-color'], extraEnv, onLine);
  }

  /** `cdktf diff --skip-provider-lock <stack>`. */
  diff(stack: string, extraEnv: Record<string, string> = {}, onLine?: (line: string) => void): Promise<CdktfRun> {
    return this.cdktfOk(['diff', stack, '--skip-provider-lock', '--no-color'], extraEnv, onLine);
  }

  /** `cdktf destroy --auto-approve --skip-provider-lock <stack>`. */
  destroy(stack: string, extraEnv: Record<string, string> = {}, onLine?: (line: string) => void): Promise<CdktfRun> {
    return this.cdktfOk(['destroy', stack, '--auto-approve', '--skip-provider-lock', '--ignore-missing-stack-dependencies', '--no-color'], extraEnv, onLine);
  }

  /** The outputs of the last deploy of `stack`, from the outputs file. */
  outputs(stack: string): Record<string, string> {
    const all = JSON.parse(readFileSync(this.outputsFile, 'utf8')) as Record<string, Record<string, string>>;
    return all[stack] ?? {};
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
