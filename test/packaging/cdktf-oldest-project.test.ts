/**
 * The oldest cdktf and constructs the peer ranges claim: cdktf 0.20 with
 * constructs 10.3, in a project from the 0.21 template (0.20's is the same
 * shape), with cdktf-cli 0.20 installed in the project as such a user has it.
 */
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './support';
import { describeTemplateProject } from './template-project';
import { CDKTF } from './user-app';

jest.setTimeout(600_000);

const CDKTF_OLDEST = '0.20.0';
const CONSTRUCTS_OLDEST = '10.3.0';

describeTemplateProject(`a cdktf ${CDKTF_OLDEST} project with constructs ${CONSTRUCTS_OLDEST}`, {
  framework: CDKTF,
  dependencies: { cdktf: CDKTF_OLDEST, constructs: CONSTRUCTS_OLDEST },
  devDependencies: { 'cdktf-cli': CDKTF_OLDEST },
  node: () => process.execPath,
  cli: (project) => [process.execPath, join(project.dir, 'node_modules', 'cdktf-cli', 'bundle', 'bin', 'cdktf')],
  templateDir: () => join(REPOSITORY_ROOT, 'node_modules', 'cdktf-cli', 'bundle', 'templates', 'typescript'),
});
