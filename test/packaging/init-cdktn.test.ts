/** `imagecloud init --cdktn` from the packed package on Node 22 (cdktn-cli needs >= 22.19), run to deploy and destroy. */
import { NODE_22, nodeBinary } from './support';
import { describeInitProject } from './init-project';

jest.setTimeout(900_000);

describeInitProject(`a project made by imagecloud init --cdktn (Node ${NODE_22})`, { cdktn: true, node: () => nodeBinary(NODE_22) });
