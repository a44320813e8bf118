// Provider bundles replace the `long` package with an empty module (bundle.ts, proto/long-absent.ts):
// the codecs must then carry tfplugin6's int64 fields as plain numbers both ways.
jest.mock('long', () => ({}));

import { util } from 'protobufjs/minimal';
import { serviceDefinition } from '../../../src/provider/runtime/protocol';

const provider = serviceDefinition('tfplugin6.Provider');

describe('the tfplugin6 codecs without long.js', () => {
  it('runs with protobufjs finding no Long class, as in a bundle', () => {
    expect(util.Long).toBeNull();
  });

  it('decodes an int64 request field as a number', () => {
    const { UpgradeResourceState } = provider;
    const bytes = UpgradeResourceState!.requestSerialize({ type_name: 'x_thing', version: 7, raw_state: { json: Buffer.from('{}') } });
    expect(UpgradeResourceState!.requestDeserialize(bytes)).toEqual({ type_name: 'x_thing', version: 7, raw_state: { json: Buffer.from('{}') } });
  });

  it('encodes int64 response fields from numbers', () => {
    const { GetProviderSchema } = provider;
    const response = { resource_schemas: { x_thing: { version: 3, block: { version: 0, attributes: [] } } } };
    const decoded = GetProviderSchema!.responseDeserialize(GetProviderSchema!.responseSerialize(response));
    expect(decoded.resource_schemas.x_thing.version).toBe(3);
  });
});
