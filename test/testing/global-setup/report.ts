// What a test file of the nested run saw, written where the outer test (testing.test.ts) reads it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function reportWhatThisWorkerSees(name: string): void {
  const seen = {
    pid: process.pid,
    TF_CLI_CONFIG_FILE: process.env.TF_CLI_CONFIG_FILE,
    CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE,
    IMAGECLOUD_ENDPOINT: process.env.IMAGECLOUD_ENDPOINT,
    BCE_ACCESS_KEY_ID: process.env.BCE_ACCESS_KEY_ID,
  };
  writeFileSync(join(process.env.IMAGECLOUD_TEST_REPORT_DIR!, `${name}.json`), JSON.stringify(seen));
}
