import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { CtyValue, Unknown } from '../../../src/provider/runtime/cty';
import { createLogger } from '../../../src/provider/runtime/log';
import { decodeMsgpack, encodeMsgpack } from '../../../src/provider/runtime/msgpack';
import { buildProtocolDescriptors, generateStaticCodecs } from '../../../src/provider/runtime/proto/descriptors';
import { serviceDefinition } from '../../../src/provider/runtime/protocol';
import { DiagnosticMessage, ProviderServer } from '../../../src/provider/runtime/provider-server';
import { impliedType, parseGoDuration } from '../../../src/provider/runtime/schema';
import { generateServerCertificate } from '../../../src/provider/runtime/tls';
import { frameworkFor, defineProvider, attr, generateDocs, ProviderError, requiresReplace, timeoutsBlock } from '../../../src/provider/runtime';
import { FileStore, fixtureProvider, thingResource } from './fixtures/fixture-provider';

const silent = createLogger({ module: 'test', level: 'off' });
const type = impliedType(thingResource);
const dv = (value: CtyValue) => ({ msgpack: encodeMsgpack(type, value) });
const decode = (message: { msgpack?: Uint8Array } | undefined) => decodeMsgpack(type, message!.msgpack!);
const errors = (diagnostics: DiagnosticMessage[]) => diagnostics.filter((d) => d.severity === 1);

function thingConfig(overrides: Record<string, CtyValue> = {}): Record<string, CtyValue> {
  return { id: null, name: 'a', size: null, zone: null, tags: null, secret: null, big: null, created_at: null, revision: null, rule: [], timeouts: null, ...overrides };
}

describe('ProviderServer', () => {
  let dir: string;
  let server: ProviderServer;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runtime-test-'));
    server = new ProviderServer(fixtureProvider, silent);
    const providerType = impliedType(fixtureProvider);
    const configured = await server.configureProvider({ config: { msgpack: encodeMsgpack(providerType, { store_path: join(dir, 'store.json'), token: null }) } });
    expect(configured.diagnostics).toEqual([]);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the schema with markdown descriptions and the capabilities Terraform needs', () => {
    const schema = server.getProviderSchema() as any;
    expect(schema.server_capabilities).toEqual({ plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false });
    const thing = schema.resource_schemas.fixture_thing.block;
    const name = thing.attributes.find((a: any) => a.name === 'name');
    expect(name).toMatchObject({ required: true, description: 'Display name.', description_kind: 1 });
    expect(JSON.parse(name.type.toString())).toBe('string');
    expect(thing.block_types.map((b: any) => [b.type_name, b.nesting])).toEqual([['rule', 2], ['timeouts', 1]]);
  });

  it('plans a create: config values kept, defaults applied, other computed values unknown', async () => {
    const config = thingConfig({ rule: [{ port: 22, protocol: null }] });
    const response = (await server.planResourceChange({ type_name: 'fixture_thing', prior_state: dv(null), proposed_new_state: dv(config), config: dv(config) })) as any;
    expect(response.diagnostics).toEqual([]);
    expect(decode(response.planned_state)).toEqual({ ...config, id: Unknown, size: 10, zone: Unknown, created_at: Unknown, revision: Unknown });
    expect(response.requires_replace).toEqual([]);
  });

  it('plans no change as no change, and a change with replacement paths and prior values kept', async () => {
    const config = thingConfig({ zone: 'zone-a' });
    const created = (await server.applyResourceChange({ type_name: 'fixture_thing', prior_state: dv(null), planned_state: dv({ ...config, size: 10, id: Unknown, created_at: Unknown, revision: Unknown }), config: dv(config) })) as any;
    expect(created.diagnostics).toEqual([]);
    const state = decode(created.new_state) as Record<string, CtyValue>;
    expect(state).toMatchObject({ name: 'a', zone: 'zone-a', revision: 1 });
    expect(JSON.parse(created.private.toString())).toEqual({ created_by: 'fixture' });

    const same = (await server.planResourceChange({ type_name: 'fixture_thing', prior_state: dv(state), proposed_new_state: dv(state), config: dv(config), prior_private: created.private })) as any;
    expect(decode(same.planned_state)).toEqual(state);
    expect(same.planned_private).toEqual(created.private);

    const moved = { ...state, zone: 'zone-b', name: 'b' };
    const changed = (await server.planResourceChange({ type_name: 'fixture_thing', prior_state: dv(state), proposed_new_state: dv(moved), config: dv({ ...config, zone: 'zone-b', name: 'b' }) })) as any;
    expect(changed.requires_replace).toEqual([{ steps: [{ attribute_name: 'zone' }] }]);
    expect(decode(changed.planned_state)).toMatchObject({ id: state.id, created_at: state.created_at, revision: Unknown, name: 'b' });
  });

  it('deletes on a null planned state and returns a null new state', async () => {
    const store = new FileStore(join(dir, 'store.json'));
    store.put({ id: 'x', name: 'x', size: 1, zone: 'zone-a', tags: null, secret: null, big: null, rules: [], created_at: 't', revision: 1 });
    const state = thingConfig({ id: 'x', name: 'x', size: 1, zone: 'zone-a', created_at: 't', revision: 1 });
    const response = (await server.applyResourceChange({ type_name: 'fixture_thing', prior_state: dv(state), planned_state: dv(null), config: dv(null) })) as any;
    expect(response.diagnostics).toEqual([]);
    expect(decode(response.new_state)).toBeNull();
    expect(store.get('x')).toBeUndefined();
  });

  it('reads a vanished object as null', async () => {
    const state = thingConfig({ id: 'gone', size: 1, zone: 'zone-a', created_at: 't', revision: 1 });
    const response = (await server.readResource({ type_name: 'fixture_thing', current_state: dv(state) })) as any;
    expect(response.diagnostics).toEqual([]);
    expect(decode(response.new_state)).toBeNull();
  });

  it('validates with attribute paths, skipping unknown values', async () => {
    const bad = thingConfig({ name: 'Bad Name', rule: [{ port: 22, protocol: 'tcp' }, { port: 70000, protocol: null }], size: Unknown });
    const response = await server.validateResourceConfig({ type_name: 'fixture_thing', config: dv(bad) });
    expect(errors(response.diagnostics).map((d) => [d.attribute?.steps, d.detail])).toEqual([
      [[{ attribute_name: 'name' }], 'Attribute name must use lowercase letters, digits and dashes (got "Bad Name").'],
      [[{ attribute_name: 'rule' }, { element_key_int: 1 }, { attribute_name: 'port' }], 'Attribute port must be between 1 and 65535, got 70000.'],
    ]);
    const forbidden = await server.validateResourceConfig({ type_name: 'fixture_thing', config: dv(thingConfig({ secret: 'forbidden' })) });
    expect(forbidden.diagnostics).toEqual([{ severity: 1, summary: 'Forbidden secret', detail: 'Pick another secret.', attribute: { steps: [{ attribute_name: 'secret' }] } }]);
    const tooBig = await server.validateResourceConfig({ type_name: 'fixture_thing', config: dv(thingConfig({ size: 2n ** 60n })) });
    expect(tooBig.diagnostics[0]).toMatchObject({ summary: 'Number Out Of Range', attribute: { steps: [{ attribute_name: 'size' }] } });
    // Optional + computed may be set; computed-only may not (Terraform would silently overwrite it).
    const readOnly = await server.validateResourceConfig({ type_name: 'fixture_thing', config: dv(thingConfig({ created_at: 'yesterday', zone: 'zone-a' })) });
    expect(readOnly.diagnostics).toEqual([
      {
        severity: 1,
        summary: 'Invalid Configuration for Read-Only Attribute',
        detail: 'Cannot set created_at: the provider computes it. Remove the line that sets it.',
        attribute: { steps: [{ attribute_name: 'created_at' }] },
      },
    ]);
  });

  it('turns handler errors into diagnostics, keeping the prior state', async () => {
    const state = thingConfig({ id: 'missing', size: 1, zone: 'zone-a', created_at: 't', revision: 1 });
    const request = { type_name: 'fixture_thing', prior_state: dv(state), planned_state: dv({ ...state, name: 'b' }), config: dv(state), planned_private: Buffer.from('{"created_by":"fixture"}') };
    const response = (await server.applyResourceChange(request)) as any;
    expect(response.diagnostics).toEqual([{ severity: 1, summary: 'Thing disappeared', detail: 'No thing missing in the store.', attribute: { steps: [{ attribute_name: 'id' }] } }]);
    expect(response.new_state).toBe(request.prior_state);
    const unknownType = await server.readResource({ type_name: 'nope', current_state: dv(state) });
    expect(unknownType.diagnostics[0]!.summary).toBe('Unknown resource type');
  });

  it('imports with type_name set and upgrades raw JSON state into the current schema', async () => {
    const imported = (await server.importResourceState({ type_name: 'fixture_thing', id: 'thing-9' })) as any;
    expect(imported.imported_resources[0].type_name).toBe('fixture_thing');
    expect(decode(imported.imported_resources[0].state)).toEqual({ ...thingConfig({ name: null, id: 'thing-9' }) });
    const upgraded = (await server.upgradeResourceState({
      type_name: 'fixture_thing',
      version: 0,
      raw_state: { json: Buffer.from('{"id":"t","name":"n","big":98765432109876543210,"rule":null,"old_field":1}') },
    })) as any;
    expect(upgraded.diagnostics).toEqual([]);
    expect(decode(upgraded.upgraded_state)).toEqual(thingConfig({ id: 't', name: 'n', big: 98765432109876543210n }));
  });

  it('cancels in-flight operations on StopProvider', async () => {
    let observed: AbortSignal | undefined;
    const { defineResource } = frameworkFor<null>();
    const slow = defineResource({
      name: 'slow_thing',
      attributes: { id: attr.string({ computed: true }) },
      async create(ctx) {
        observed = ctx.signal;
        await new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
        return { id: 'never' };
      },
      read: (_ctx, state) => state,
      delete: () => undefined,
    });
    const provider = defineProvider({ address: 'registry.terraform.io/test/slow', version: '0.0.0', attributes: {}, configure: () => null, resources: [slow] });
    const slowServer = new ProviderServer(provider, silent);
    await slowServer.configureProvider({ config: { msgpack: encodeMsgpack(['object', {}], {}) } });
    const slowType = impliedType(slow);
    const pending = slowServer.applyResourceChange({ type_name: 'slow_thing', prior_state: { msgpack: encodeMsgpack(slowType, null) }, planned_state: { msgpack: encodeMsgpack(slowType, { id: Unknown }) } });
    await new Promise((resolve) => setImmediate(resolve));
    slowServer.stopProvider();
    const response = (await pending) as any;
    expect(observed?.aborted).toBe(true);
    expect(response.diagnostics[0].summary).toBe('apply of slow_thing was cancelled');
  });

  it('aborts an operation that runs past its timeout', async () => {
    const { defineResource } = frameworkFor<null>();
    const slow = defineResource({
      name: 'slow_thing',
      defaultTimeouts: { create: '20ms' },
      attributes: { id: attr.string({ computed: true }) },
      blocks: { timeouts: timeoutsBlock(['create']) },
      create: (ctx) => new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason))),
      read: (_ctx, state) => state,
      delete: () => undefined,
    });
    const provider = defineProvider({ address: 'registry.terraform.io/test/slow', version: '0.0.0', attributes: {}, configure: () => null, resources: [slow] });
    const slowServer = new ProviderServer(provider, silent);
    const slowType = impliedType(slow);
    const response = (await slowServer.applyResourceChange({
      type_name: 'slow_thing',
      planned_state: { msgpack: encodeMsgpack(slowType, { id: Unknown, timeouts: null }) },
    })) as any;
    expect(response.diagnostics[0].summary).toBe('apply of slow_thing timed out');
  });

  it('refuses declarations Terraform would reject', () => {
    const { defineResource } = frameworkFor<null>();
    const base = { read: () => null, create: () => { throw new Error('never called'); }, delete: () => undefined };
    expect(() => defineResource({ ...base, name: 'x_y', attributes: { count: attr.string({ optional: true }) } })).toThrow(/reserved/);
    expect(() => defineResource({ ...base, name: 'x_y', attributes: { a: attr.string({}) } })).toThrow(/required, optional or computed/);
    expect(() => defineResource({ ...base, name: 'x_y', attributes: { a: attr.string({ required: true, computed: true }) } })).toThrow();
    expect(() => new ProviderError('s', { path: ['a'] }).toDiagnostic()).not.toThrow();
    expect(requiresReplace().description).toMatch(/replaced/);
  });
});

describe('supporting pieces', () => {
  it('keeps the generated protocol descriptors in step with the .proto files', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../src/provider/runtime/proto/tfplugin6.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildProtocolDescriptors())));
  });

  it('keeps the generated static codecs in step with the descriptors', async () => {
    const proto = join(__dirname, '../../../src/provider/runtime/proto');
    expect(readFileSync(join(proto, 'tfplugin6-codec.js'), 'utf8')).toBe(await generateStaticCodecs(join(proto, 'tfplugin6.json')));
  });

  it('encodes and decodes through the static codecs as the protocol defines, Schema.Object included', () => {
    const definition = serviceDefinition('tfplugin6.Provider');
    const response = {
      provider: { version: 1, block: { attributes: [{ name: 'x', type: Buffer.from('"string"'), optional: true }] } },
      resource_schemas: {
        r: { version: 2, block: { attributes: [{ name: 'n', nested_type: { nesting: 2, attributes: [{ name: 'k', type: Buffer.from('"number"'), required: true }] } }] } },
      },
    };
    const bytes = definition.GetProviderSchema!.responseSerialize(response);
    expect(definition.GetProviderSchema!.responseDeserialize(bytes)).toEqual({
      provider: { version: 1, block: { attributes: [{ name: 'x', type: Buffer.from('"string"'), optional: true }] } },
      resource_schemas: {
        r: { version: 2, block: { attributes: [{ name: 'n', nested_type: { nesting: 2, attributes: [{ name: 'k', type: Buffer.from('"number"'), required: true }] } }] } },
      },
    });
  });

  it('generates a certificate Terraform accepts: self-signed P-256 CA for localhost, both TLS ends', () => {
    const generated = generateServerCertificate();
    const certificate = new X509Certificate(generated.certificatePem);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.ca).toBe(true);
    expect(certificate.checkHost('localhost')).toBe('localhost');
    expect(certificate.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(Buffer.from(generated.handshakeCertificate, 'base64')).toEqual(certificate.raw);
    expect(generated.handshakeCertificate).not.toMatch(/=/);
    const parsed = new x509.X509Certificate(generated.certificatePem);
    const usages = parsed.getExtension(x509.KeyUsagesExtension)!.usages;
    expect(usages).toBe(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyCertSign);
    expect(parsed.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toEqual([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]);
    expect(parsed.getExtension(x509.BasicConstraintsExtension)!.critical).toBe(true);
  });

  it('parses Go durations for timeouts', () => {
    expect(parseGoDuration('1h30m')).toBe(5_400_000);
    expect(parseGoDuration('250ms')).toBe(250);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('10')).toBeUndefined();
    expect(parseGoDuration('soon')).toBeUndefined();
  });

  it('writes registry-layout docs from the declarations', () => {
    const docs = generateDocs(fixtureProvider);
    expect(Object.keys(docs).sort()).toEqual(['data-sources/thing_lookup.md', 'index.md', 'resources/thing.md']);
    const page = docs['resources/thing.md']!;
    expect(page).toContain('# fixture_thing (Resource)');
    expect(page).toContain('### Required\n\n- `name` (String) Display name.');
    expect(page).toContain('- `secret` (String, Sensitive) A secret value.');
    expect(page).toContain('- `size` (Number) Size in GB. Between 1 and 1000. Defaults to `10`.');
    expect(page).toContain('### Read-Only\n\n- `created_at` (String)');
    expect(page).toContain('- `rule` (Block List, Max: 5) Firewall-like rules. (see [below for nested schema](#nestedblock--rule))');
    expect(page).toContain('<a id="nestedblock--timeouts"></a>\n### Nested Schema for `timeouts`\n\nOptional:\n\n- `create` (String)');
    expect(page).toContain('terraform import fixture_thing.example thing-1234');
  });
});
