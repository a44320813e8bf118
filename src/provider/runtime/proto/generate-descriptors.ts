/**
 * Turns the .proto files next to this script into protobufjs JSON descriptors
 * (tfplugin6.json). The provider loads the JSON at startup because parsing
 * .proto text costs measurably more per launch, and Terraform launches a
 * provider about three times per command.
 *
 * Run after editing a .proto file:
 *   npx tsx src/provider/runtime/proto/generate-descriptors.ts
 * A test fails when the committed JSON is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProtocolDescriptors } from './descriptors';

if (require.main === module) {
  const outFile = join(__dirname, 'tfplugin6.json');
  writeFileSync(outFile, `${JSON.stringify(buildProtocolDescriptors(), null, 1)}\n`);
  process.stdout.write(`wrote ${outFile}\n`);
}
