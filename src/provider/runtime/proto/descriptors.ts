import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { pbjs } from 'protobufjs-cli';

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

/**
 * pbjs's static codecs for a JSON descriptor file: encode, decode, fromObject
 * and toObject per message, as plain code (which V8's code cache keeps)
 * instead of functions protobufjs generates and evals at run time.
 */
export async function generateStaticCodecs(descriptorsFile: string): Promise<string> {
  const options = ['--no-create', '--no-verify', '--no-delimited', '--no-typeurl', '--no-comments', '--no-service', '--no-beautify'];
  const code = await new Promise<string>((resolve, reject) =>
    pbjs.main(['--target', 'static-module', '--wrap', 'commonjs', ...options, descriptorsFile], (error, output) =>
      error ? reject(error) : resolve(output ?? ''),
    ),
  );
  // tfplugin6 has a message called Object (Schema.Object), whose generated
  // constructor `function Object` hides the global inside its scope, where the
  // code also calls Object.create and Object.keys: name the global otherwise.
  return code.replace('"use strict";\n', '"use strict";\n\nvar $Object = Object;\n').replace(/(?<![.\w$])Object\.(create|keys|hasOwnProperty|defineProperty)\b/g, '$$Object.$1');
}
