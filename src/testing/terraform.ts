/**
 * Finding the `terraform` binary: cdktf, the testing helpers' plans and
 * `imagecloud local` all need it on PATH, and a missing one should read as one
 * clear line rather than a spawn error deep inside cdktf.
 */
import { spawnSync } from 'node:child_process';

/** terraform is not on PATH (or does not run): an expected failure, reported in one line. */
export class TerraformNotFoundError extends Error {
  constructor() {
    super('terraform is not on PATH: install Terraform >= 1.5 (https://developer.hashicorp.com/terraform/install) and run again');
    this.name = 'TerraformNotFoundError';
  }
}

/**
 * Checks that `terraform` runs from PATH and answers its version (e.g. `1.11.4`).
 * @throws TerraformNotFoundError when it does not.
 */
export function requireTerraform(): string {
  const probe = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (probe.error || probe.status !== 0) throw new TerraformNotFoundError();
  return (JSON.parse(probe.stdout) as { terraform_version: string }).terraform_version;
}
