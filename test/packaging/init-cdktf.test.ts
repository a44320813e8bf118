/** `imagecloud init` (cdktf) from the packed package, run to deploy and destroy on the emulator. */
import { describeInitProject } from './init-project';

jest.setTimeout(900_000);

describeInitProject('a project made by imagecloud init (cdktf)', { cdktn: false, node: () => process.execPath });
