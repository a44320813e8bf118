/**
 * imagecloud in a project made from cdktf 0.21's own TypeScript template
 * (`cdktf init --template=typescript --local`), with the cdktf CLI a user has
 * installed globally (this repository's). CI runs this file under Node 22
 * and 24 too.
 */
import { join } from 'node:path';
import { CDKTF_CLI, REPOSITORY_ROOT, pinned } from './support';
import { describeTemplateProject } from './template-project';
import { CDKTF } from './user-app';

jest.setTimeout(600_000);

describeTemplateProject(`a cdktf ${pinned('cdktf')} template project`, {
  framework: CDKTF,
  dependencies: { cdktf: pinned('cdktf'), constructs: pinned('constructs') },
  node: () => process.execPath,
  cli: () => [process.execPath, CDKTF_CLI],
  templateDir: () => join(REPOSITORY_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript'),
});
