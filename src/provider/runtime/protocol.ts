/**
 * gRPC service definitions for tfplugin6.Provider and plugin.GRPCController,
 * built from protobufjs JSON descriptors generated from the .proto files in
 * proto/. protobufjs "light" (no .proto parser) and no @grpc/proto-loader keep
 * the provider's start-up short: Terraform starts it about three times per
 * command.
 */
import type { ServiceDefinition } from '@grpc/grpc-js';
import * as protobuf from 'protobufjs/light';
import descriptors from './proto/tfplugin6.json';

/** How decoded messages look: field names as in the .proto, int64 as number, bytes as Buffer. */
const TO_OBJECT_OPTIONS: protobuf.IConversionOptions = { longs: Number, enums: Number, bytes: Buffer, defaults: false };

let root: protobuf.Root | undefined;

function protocolRoot(): protobuf.Root {
  root ??= protobuf.Root.fromJSON(descriptors as protobuf.INamespace);
  return root;
}

/** A grpc-js service definition for a service in the descriptors, e.g. "tfplugin6.Provider". */
export function serviceDefinition(serviceName: string): ServiceDefinition {
  const service = protocolRoot().lookupService(serviceName);
  const definition: Record<string, ServiceDefinition[string]> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const requestType = method.resolvedRequestType!;
    const responseType = method.resolvedResponseType!;
    definition[method.name] = {
      path: `/${serviceName}/${method.name}`,
      requestStream: method.requestStream === true,
      responseStream: method.responseStream === true,
      requestSerialize: (message: object) => Buffer.from(requestType.encode(requestType.fromObject(message)).finish()),
      requestDeserialize: (bytes: Buffer) => requestType.toObject(requestType.decode(bytes), TO_OBJECT_OPTIONS),
      responseSerialize: (message: object) => Buffer.from(responseType.encode(responseType.fromObject(message)).finish()),
      responseDeserialize: (bytes: Buffer) => responseType.toObject(responseType.decode(bytes), TO_OBJECT_OPTIONS),
    };
  }
  return definition;
}
