/**
 * gRPC service definitions for tfplugin6.Provider and plugin.GRPCController:
 * the methods come from the JSON descriptors and the message codecs from the
 * static code pbjs generated from them (proto/generate-descriptors.ts). No
 * reflection at run time: building codecs from descriptors cost a launch
 * about 20 ms, and Terraform starts a provider about three times per command.
 */
import descriptors from './proto/tfplugin6.json';
import codecs from './proto/tfplugin6-codec';

type MessageCodec = codecs.MessageCodec;

/** How decoded messages look: field names as in the .proto, int64 as number, bytes as Buffer. */
const TO_OBJECT_OPTIONS = { longs: Number, enums: Number, bytes: Buffer, defaults: false };

interface MethodDescriptor {
  requestType: string;
  responseType: string;
  requestStream?: boolean;
  responseStream?: boolean;
}

/** The codec of a message named as a method descriptor names it: relative to the service's package. */
function codecOf(packageName: string, typeName: string): MessageCodec {
  let node: unknown = codecs;
  for (const name of [packageName, ...typeName.split('.')]) node = (node as Record<string, unknown> | undefined)?.[name];
  if (typeof (node as MessageCodec | undefined)?.encode !== 'function') throw new Error(`no codec for ${packageName}.${typeName}`);
  return node as MessageCodec;
}

/**
 * Encodes a plain message as the runtime builds them (field names as in the
 * .proto, enums as numbers, bytes as Buffer): pbjs's encoders take plain
 * objects, so no fromObject copy first, and the writer's Buffer goes out as is.
 */
function encode(codec: MessageCodec, message: object): Buffer {
  const bytes = codec.encode(message).finish();
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** One method of a service: its path on the wire and its message codecs. */
export interface MethodDefinition {
  /** "/tfplugin6.Provider/ReadResource" */
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(message: object): Buffer;
  requestDeserialize(bytes: Buffer): any;
  responseSerialize(message: object): Buffer;
  responseDeserialize(bytes: Buffer): any;
}

/** The methods of a service in the descriptors, e.g. "tfplugin6.Provider", by name. */
export function serviceDefinition(serviceName: string): Record<string, MethodDefinition> {
  const [packageName, service] = serviceName.split('.') as [string, string];
  const namespace = (descriptors.nested as Record<string, { nested: Record<string, { methods?: Record<string, MethodDescriptor> }> }>)[packageName];
  const methods = namespace?.nested[service]?.methods;
  if (!methods) throw new Error(`no service ${serviceName} in the descriptors`);
  const definition: Record<string, MethodDefinition> = {};
  for (const [name, method] of Object.entries(methods)) {
    const request = codecOf(packageName, method.requestType);
    const response = codecOf(packageName, method.responseType);
    definition[name] = {
      path: `/${serviceName}/${name}`,
      requestStream: method.requestStream === true,
      responseStream: method.responseStream === true,
      requestSerialize: (message: object) => encode(request, message),
      requestDeserialize: (bytes: Buffer) => request.toObject(request.decode(bytes), TO_OBJECT_OPTIONS),
      responseSerialize: (message: object) => encode(response, message),
      responseDeserialize: (bytes: Buffer) => response.toObject(response.decode(bytes), TO_OBJECT_OPTIONS),
    };
  }
  return definition;
}
