import { Testing } from '../../../src/constructs/cdktf';

Testing.setupJest();
