/** The Terraform provider installed for tests, in a filesystem mirror of its own. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installProvider } from '../provider/install';

/** Where installTestProvider put the provider. */
export interface TestProvider {
  /** The directory holding the mirror and the CLI config. */
  dir: string;
  /** The filesystem mirror holding the provider (the package's version). */
  mirrorDir: string;
  /** The Terraform CLI config that installs imagecloud/* from the mirror: what `TF_CLI_CONFIG_FILE` names. */
  configFile: string;
  /** The provider's version, which is the imagecloud package's. */
  version: string;
  /** Deletes `dir`. */
  remove(): void;
}

/**
 * Installs the imagecloud Terraform provider into `dir/mirror` and writes
 * `dir/terraform.rc`, a CLI config that takes imagecloud/* from that mirror
 * and nothing of it from the network. Nothing is downloaded.
 *
 * @param dir Default: a new temporary directory.
 */
export async function installTestProvider(dir?: string): Promise<TestProvider> {
  const root = dir === undefined ? mkdtempSync(join(tmpdir(), 'imagecloud-provider-')) : resolve(dir);
  const installed = await installProvider({ mirrorDir: join(root, 'mirror'), configFile: join(root, 'terraform.rc') });
  return {
    dir: root,
    mirrorDir: join(root, 'mirror'),
    configFile: installed.configFile,
    version: installed.version,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
