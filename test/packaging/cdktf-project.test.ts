/**
 * imagecloud in a project made from cdktf 0.21's own TypeScript template
 * (`cdktf init --template=typescript --local`), with the cdktf CLI a user has
 * installed globally (this repository's). CI runs this file under Node 22
 * and 24 too.
 */
import { join } from 'node:path';
import { CDKTF_CLI, NODE_22, REPOSITORY_ROOT, nodeBinary, pinned } from './support';
import { describeTemplateProject } from './template-project';
import { CDKTF } from './user-app';

jest.setTimeout(600_000);

/**
 * The Node the cdktf CLI itself runs on: this one, except on Node 24, where
 * cdktf-cli 0.21 cannot start (its node-pty ships no prebuilt binary for Node
 * 24, and npm here runs no build scripts) — there the CLI runs on Node 22,
 * and the app it spawns (`npx ts-node main.ts`) still runs on Node 24, first
 * on PATH.
 */
function cliNode(): string {
  return Number(process.versions.node.split('.')[0]) >= 24 ? nodeBinary(NODE_22) : process.execPath;
}

describeTemplateProject(`a cdktf ${pinned('cdktf')} template project`, {
  framework: CDKTF,
  dependencies: { cdktf: pinned('cdktf'), constructs: pinned('constructs') },
  node: () => process.execPath,
  cli: () => [cliNode(), CDKTF_CLI],
  templateDir: () => join(REPOSITORY_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript'),
});
