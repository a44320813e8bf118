/**
 * Who the provider is to Terraform: its registry address and its version,
 * which is the npm package's version. Upgrading the package therefore installs
 * a new provider version beside the old one, never different bytes under the
 * same version (which would break `.terraform.lock.hcl` checksums).
 *
 * A require, not an import: package.json lies outside the compiled tree, and
 * this path holds both from src/provider and from dist/provider (esbuild
 * inlines it into the provider bundle).
 */
const packageJson = require('../../package.json') as { version: string };

export const PROVIDER_ADDRESS = 'registry.terraform.io/imagecloud/imagecloud';
export const PROVIDER_VERSION: string = packageJson.version;
