/**
 * Packaging a provider for Terraform: one esbuild bundle (start-up reads one
 * file instead of hundreds of modules) and a launcher in the filesystem
 * mirror layout `terraform init` installs from.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

export interface BundleResult {
  outFile: string;
  bytes: number;
}

/** Bundles a provider entry file (one that calls `serve(provider)`) into a single CommonJS file for Node 20. */
export async function bundleProvider(entry: string, outFile: string): Promise<BundleResult> {
  const result = await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Smaller code parses faster; names stay for readable stack traces in logs.
    minify: true,
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  const output = Object.entries(result.metafile.outputs).find(([path]) => resolve(path) === resolve(outFile));
  return { outFile, bytes: output?.[1].bytes ?? 0 };
}

export interface MirrorInstallation {
  /** Root of the filesystem mirror (provider_installation { filesystem_mirror { path = ... } }). */
  mirrorDir: string;
  /** e.g. "registry.terraform.io/imagecloud/imagecloud" */
  address: string;
  version: string;
  /** The bundle from bundleProvider. */
  bundleFile: string;
  /** Defaults to the Node running this code. */
  nodePath?: string;
  platform?: string;
}

/**
 * Writes `<mirror>/<hostname>/<namespace>/<type>/<version>/<platform>/terraform-provider-<type>_v<version>`
 * as a shell script that execs Node on the bundle. Returns the launcher path.
 */
export function installInMirror(installation: MirrorInstallation): string {
  const type = installation.address.split('/')[2];
  const launcher = join(mirrorPackageDir(installation), `terraform-provider-${type}_v${installation.version}`);
  mkdirSync(dirname(launcher), { recursive: true });
  const node = installation.nodePath ?? process.execPath;
  writeFileSync(launcher, `#!/bin/sh\nexec ${shellQuote(node)} ${shellQuote(resolve(installation.bundleFile))} "$@"\n`);
  chmodSync(launcher, 0o755);
  return launcher;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `<mirror>/<hostname>/<namespace>/<type>/<version>/<platform>`: the directory installInMirror writes the launcher to. */
export function mirrorPackageDir(installation: Omit<MirrorInstallation, 'bundleFile' | 'nodePath'>): string {
  const [hostname, namespace, type] = installation.address.split('/');
  if (!hostname || !namespace || !type) throw new Error(`not a provider address: ${installation.address}`);
  const platform = installation.platform ?? `${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
  return join(installation.mirrorDir, hostname, namespace, type, installation.version, platform);
}
