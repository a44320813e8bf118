/**
 * imagecloud/cdktn in a project made from CDK Terrain's own TypeScript
 * template (cdktn-cli's), with cdktn-cli installed in the project. cdktn-cli
 * needs Node >= 22.19, so the project runs on Node 22 from the npm registry
 * whatever Node runs the tests.
 */
import { join } from 'node:path';
import { NODE_22, nodeBinary } from './support';
import { describeTemplateProject } from './template-project';
import { CDKTN } from './user-app';

jest.setTimeout(600_000);

const CDKTN_VERSION = '0.24.0';
/** The newest constructs cdktn 0.24 accepts (its peer range is >=10.6.0 <10.8.0). */
const CONSTRUCTS_FOR_CDKTN = '10.7.2';

describeTemplateProject(`a cdktn ${CDKTN_VERSION} template project (Node ${NODE_22})`, {
  framework: CDKTN,
  dependencies: { cdktn: CDKTN_VERSION, constructs: CONSTRUCTS_FOR_CDKTN },
  devDependencies: { 'cdktn-cli': CDKTN_VERSION },
  node: () => nodeBinary(NODE_22),
  cli: (project) => [nodeBinary(NODE_22), join(project.dir, 'node_modules', 'cdktn-cli', 'bin', 'cdktn')],
  templateDir: (project) => join(project.dir, 'node_modules', 'cdktn-cli', 'bundle', 'templates', 'typescript'),
});
