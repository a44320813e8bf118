/**
 * The runtime fix this provider needed: a create that fails after the remote
 * object exists keeps that object in state (Terraform marks it tainted), and
 * an update that fails part-way saves the object as it now is, when the
 * handler throws ProviderError with partialState. The real-terraform side is
 * covered by custom-image.test.ts (create timeout) and
 * resources/image-share-partial.test.ts (shares failing part-way).
 */
import { Unknown } from '../../src/provider/runtime/cty';
import { createLogger } from '../../src/provider/runtime/log';
import { decodeMsgpack, encodeMsgpack } from '../../src/provider/runtime/msgpack';
import { ProviderServer } from '../../src/provider/runtime/provider-server';
import { impliedType } from '../../src/provider/runtime/schema';
import { ProviderError, attr, defineProvider, frameworkFor } from '../../src/provider/runtime';

const { defineResource } = frameworkFor<null>();

function serverFor(create: () => never) {
  const resource = defineResource({
    name: 'half_thing',
    attributes: { id: attr.string({ computed: true }), status: attr.string({ computed: true }) },
    create,
    read: (_ctx, state) => state,
    delete: () => undefined,
  });
  const provider = defineProvider({ address: 'registry.terraform.io/test/half', version: '0.0.0', attributes: {}, configure: () => null, resources: [resource] });
  return { server: new ProviderServer(provider, createLogger({ module: 'test', level: 'off' })), type: impliedType(resource) };
}

it('answers the partial state with the error when create throws ProviderError with partialState', async () => {
  const { server, type } = serverFor(() => {
    throw new ProviderError('Timed out', { detail: 'kept', partialState: { id: 'x-1', status: 'Creating' } });
  });
  const response = (await server.applyResourceChange({
    type_name: 'half_thing',
    planned_state: { msgpack: encodeMsgpack(type, { id: Unknown, status: Unknown }) },
  })) as { new_state: { msgpack: Uint8Array }; diagnostics: Array<{ severity: number; summary: string; detail: string }> };
  expect(decodeMsgpack(type, response.new_state.msgpack)).toEqual({ id: 'x-1', status: 'Creating' });
  expect(response.diagnostics).toEqual([expect.objectContaining({ severity: 1, summary: 'Timed out', detail: 'kept' })]);
});

it('still leaves no state for a plain failed create', async () => {
  const { server, type } = serverFor(() => {
    throw new ProviderError('Refused');
  });
  const response = (await server.applyResourceChange({
    type_name: 'half_thing',
    planned_state: { msgpack: encodeMsgpack(type, { id: Unknown, status: Unknown }) },
  })) as { new_state: { msgpack: Uint8Array } };
  expect(decodeMsgpack(type, response.new_state.msgpack)).toBeNull();
});

it('answers the partial state with the error when update throws ProviderError with partialState', async () => {
  const resource = defineResource({
    name: 'half_thing',
    attributes: { id: attr.string({ computed: true }), status: attr.string({ optional: true }) },
    create: (_ctx, plan) => plan,
    read: (_ctx, state) => state,
    update: () => {
      throw new ProviderError('Half done', { partialState: { id: 'x-1', status: 'half' } });
    },
    delete: () => undefined,
  });
  const provider = defineProvider({ address: 'registry.terraform.io/test/half', version: '0.0.0', attributes: {}, configure: () => null, resources: [resource] });
  const server = new ProviderServer(provider, createLogger({ module: 'test', level: 'off' }));
  const type = impliedType(resource);
  const response = (await server.applyResourceChange({
    type_name: 'half_thing',
    prior_state: { msgpack: encodeMsgpack(type, { id: 'x-1', status: 'old' }) },
    planned_state: { msgpack: encodeMsgpack(type, { id: 'x-1', status: 'new' }) },
  })) as { new_state: { msgpack: Uint8Array }; diagnostics: Array<{ summary: string }> };
  expect(decodeMsgpack(type, response.new_state.msgpack)).toEqual({ id: 'x-1', status: 'half' });
  expect(response.diagnostics).toEqual([expect.objectContaining({ summary: 'Half done' })]);
});
