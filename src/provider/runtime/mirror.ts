/**
 * Installing a bundled provider into a Terraform filesystem mirror, the
 * unpacked layout `terraform init` installs from offline:
 * `<mirror>/<hostname>/<namespace>/<type>/<version>/<platform>/`.
 *
 * What lands there depends only on the bundle and the version: the launcher
 * names no path of this machine (not even Node's), so installing the same
 * version again, from another project or under another Node, writes the same
 * bytes and the `h1:` checksum in `.terraform.lock.hcl` stays valid.
 */
import { chmodSync, copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MirrorInstallation {
  /** Root of the filesystem mirror (provider_installation { filesystem_mirror { path = ... } }). */
  mirrorDir: string;
  /** e.g. "registry.terraform.io/imagecloud/imagecloud" */
  address: string;
  version: string;
  /** Directory holding the bundle: `provider.js` (the entry) and any files it requires beside it. */
  bundleDir: string;
  platform?: string;
}

/** The bundle's entry file, run by the launcher: code-cache-loader.ts, which runs MAIN_BUNDLE_FILE. */
export const BUNDLE_ENTRY = 'provider.js';
/** The provider itself, bundled. */
export const MAIN_BUNDLE_FILE = 'provider-main.js';

/**
 * Replaces the package directory's contents with the bundle's files and a
 * launcher `terraform-provider-<type>_v<version>`: a shell script that execs
 * Node (`IMAGECLOUD_NODE`, else `node` on PATH) on the bundle beside it.
 * Returns the launcher's path.
 */
export function installInMirror(installation: MirrorInstallation): string {
  const type = installation.address.split('/')[2];
  const packageDir = mirrorPackageDir(installation);
  // Whole-directory replacement: a file left from an older build would change the checksum.
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  const files = readdirSync(installation.bundleDir).filter((name) => statSync(join(installation.bundleDir, name)).isFile());
  if (!files.includes(BUNDLE_ENTRY)) throw new Error(`${installation.bundleDir} holds no ${BUNDLE_ENTRY}: not a provider bundle`);
  for (const name of files) copyFileSync(join(installation.bundleDir, name), join(packageDir, name));
  const launcher = join(packageDir, `terraform-provider-${type}_v${installation.version}`);
  writeFileSync(launcher, launcherScript(`terraform-provider-${type}`));
  chmodSync(launcher, 0o755);
  return launcher;
}

/**
 * Terraform runs the launcher from `.terraform/providers/...` (a link to the
 * mirror's directory, or a copy of it), so the bundle is found beside `$0`.
 */
function launcherScript(name: string): string {
  return `#!/bin/sh
# ${name}: Node.js runs the provider bundle beside this file.
node="\${IMAGECLOUD_NODE:-node}"
if ! command -v "$node" >/dev/null 2>&1; then
  echo "${name}: Node.js 20 or newer is needed: put node on PATH or set IMAGECLOUD_NODE to its path" >&2
  exit 1
fi
exec "$node" "$(dirname "$0")/${BUNDLE_ENTRY}" "$@"
`;
}

/** `<mirror>/<hostname>/<namespace>/<type>/<version>/<platform>`: the directory installInMirror writes to. */
export function mirrorPackageDir(installation: Omit<MirrorInstallation, 'bundleDir'>): string {
  const [hostname, namespace, type] = installation.address.split('/');
  if (!hostname || !namespace || !type) throw new Error(`not a provider address: ${installation.address}`);
  const platform = installation.platform ?? `${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
  return join(installation.mirrorDir, hostname, namespace, type, installation.version, platform);
}
