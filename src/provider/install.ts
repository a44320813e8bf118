/**
 * Installing the provider into a local filesystem mirror (nothing is
 * downloaded) with a Terraform CLI config that uses it. Run by
 * `imagecloud provider install`, the testing helpers and the demo.
 *
 * The published package ships the provider prebuilt in `dist/provider-bundle`;
 * run from this repository's TypeScript sources, the bundle is built for them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROVIDER_ADDRESS, PROVIDER_VERSION } from './identity';
import { BUNDLE_ENTRY, installInMirror } from './runtime/mirror';

/** The provider bundle to install: the package's prebuilt one, or one built from the sources. */
export async function providerBundleDir(): Promise<string> {
  const packaged = join(__dirname, '..', 'provider-bundle');
  if (existsSync(join(packaged, BUNDLE_ENTRY))) return packaged;
  if (!__filename.endsWith('.ts')) {
    throw new Error(`the imagecloud package is incomplete: ${packaged} holds no ${BUNDLE_ENTRY} (reinstall the package)`);
  }
  // Required only here: the builder needs esbuild, a development dependency.
  const { sourceBundleDir } = require('./source-bundle') as { sourceBundleDir(): Promise<string> };
  return sourceBundleDir();
}

/** A Terraform CLI configuration that installs imagecloud/* from the mirror and nothing of it from the network. */
export function cliConfigText(mirrorDir: string): string {
  return `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(resolve(mirrorDir))}
    include = ["imagecloud/*"]
  }
  direct {
    exclude = ["imagecloud/*"]
  }
}
`;
}

export interface InstallOptions {
  /** Root of the filesystem mirror. */
  mirrorDir: string;
  /** Where to write the Terraform CLI config that uses the mirror. */
  configFile: string;
  /** The bundle to install; default providerBundleDir(). */
  bundleDir?: string;
}

export interface Installed {
  /** The provider's version: the package's. */
  version: string;
  launcher: string;
  configFile: string;
  /** The shell lines to run before terraform. */
  envLines: string[];
}

/** Installs the provider (version = the package's) into the mirror and writes the CLI config. */
export async function installProvider(options: InstallOptions): Promise<Installed> {
  const mirrorDir = resolve(options.mirrorDir);
  const bundleDir = options.bundleDir ?? (await providerBundleDir());
  const launcher = installInMirror({ mirrorDir, address: PROVIDER_ADDRESS, version: PROVIDER_VERSION, bundleDir });
  return { version: PROVIDER_VERSION, launcher, ...writeCliConfig(options.configFile, mirrorDir) };
}

/** Writes the CLI config for a mirror; answers the environment lines that make Terraform use it. */
export function writeCliConfig(configFile: string, mirrorDir: string): { configFile: string; envLines: string[] } {
  const file = resolve(configFile);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, cliConfigText(mirrorDir));
  return { configFile: file, envLines: [`export TF_CLI_CONFIG_FILE=${shellWord(file)}`, 'export CHECKPOINT_DISABLE=1'] };
}

function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
