/**
 * Turns the .proto files next to this script into what the provider loads:
 * protobufjs JSON descriptors (tfplugin6.json: the services and their methods)
 * and static codecs generated from them (tfplugin6-codec.js). Parsing .proto
 * text, or building codecs by reflection, costs measurably more per launch,
 * and Terraform launches a provider about three times per command.
 *
 * Run after editing a .proto file:
 *   npx tsx src/provider/runtime/proto/generate-descriptors.ts
 * A test fails when either committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProtocolDescriptors, generateStaticCodecs } from './descriptors';

if (require.main === module) {
  const descriptorsFile = join(__dirname, 'tfplugin6.json');
  writeFileSync(descriptorsFile, `${JSON.stringify(buildProtocolDescriptors(), null, 1)}\n`);
  process.stdout.write(`wrote ${descriptorsFile}\n`);
  const codecFile = join(__dirname, 'tfplugin6-codec.js');
  generateStaticCodecs(descriptorsFile).then(
    (code) => {
      writeFileSync(codecFile, code);
      process.stdout.write(`wrote ${codecFile}\n`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
