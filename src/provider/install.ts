/**
 * Building and installing the provider, and the generated artifacts: the
 * schema file and the registry docs. Used by `imagecloud provider ...` and by
 * the tests that keep the committed artifacts fresh.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { bundleProvider, installInMirror, mirrorPackageDir, type BundleResult } from './runtime/bundle';
import { generateDocs, providerSchemaJson } from './runtime';
import { PROVIDER_ADDRESS, PROVIDER_VERSION, provider } from './provider';

/** The provider executable's entry file. */
const PROVIDER_ENTRY = join(__dirname, 'main.ts');

/**
 * The client is required only by the launch that configures the provider, so
 * it gets a bundle of its own; its error classes are shared by both bundles.
 */
const SEPARATE_MODULES = [
  { source: join(__dirname, '..', 'client', 'errors.ts'), file: 'client-errors.js' },
  { source: join(__dirname, '..', 'client', 'client.ts'), file: 'client.js' },
];

/** Bundles the provider into `outFile` and its separate modules beside it. */
export function buildProviderBundle(outFile: string): Promise<BundleResult> {
  return bundleProvider(PROVIDER_ENTRY, outFile, SEPARATE_MODULES);
}

/** provider-schema/imagecloud.json as it should be: what `terraform providers schema -json` reports. */
export function providerSchemaText(): string {
  return `${JSON.stringify(providerSchemaJson(provider), null, 2)}\n`;
}

/** The registry docs (`index.md`, `resources/*.md`, `data-sources/*.md`), relative to docs/. */
export function providerDocs(): Record<string, string> {
  return generateDocs(provider);
}

/** Writes the docs under `docsDir`; returns the files written. */
export function writeProviderDocs(docsDir: string): string[] {
  return Object.entries(providerDocs()).map(([relative, text]) => {
    const file = join(docsDir, relative);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  });
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

export interface Installed {
  launcher: string;
  bundleFile: string;
  configFile: string;
  /** The shell lines to run before terraform. */
  envLines: string[];
}

/**
 * Bundles the provider into the mirror's package directory, writes its
 * launcher and the CLI config. Nothing is downloaded.
 */
export async function installProvider(options: { mirrorDir: string; configFile: string }): Promise<Installed> {
  const mirrorDir = resolve(options.mirrorDir);
  const location = { mirrorDir, address: PROVIDER_ADDRESS, version: PROVIDER_VERSION };
  const bundleFile = join(mirrorPackageDir(location), 'provider.js');
  await buildProviderBundle(bundleFile);
  const launcher = installInMirror({ ...location, bundleFile });
  return { launcher, bundleFile, ...writeCliConfig(options.configFile, mirrorDir) };
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
