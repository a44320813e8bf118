import { join } from 'node:path';
import * as protobuf from 'protobufjs';

/** The .proto files that make up what the provider serves. */
export const PROTO_FILES = ['tfplugin6.proto', 'grpc_controller.proto'];

/**
 * Parses the .proto files into one protobufjs JSON descriptor. Only build
 * tooling and tests call this; the served provider reads the generated JSON.
 */
export function buildProtocolDescriptors(): protobuf.INamespace {
  const root = new protobuf.Root();
  // protobufjs ships google/protobuf/timestamp.proto; resolve other imports here.
  root.resolvePath = (origin, target) =>
    target.startsWith('google/protobuf/') ? target : protobuf.util.path.resolve(origin, target);
  root.loadSync(PROTO_FILES.map((file) => join(__dirname, file)), { keepCase: true });
  root.resolveAll();
  return root.toJSON({ keepComments: false });
}
