/**
 * Schemas in the two shapes Terraform uses: tfplugin6.Schema messages for
 * GetProviderSchema, and the JSON `terraform providers schema -json` prints.
 */
import { BlockSchema } from './schema';

/** tfplugin6.StringKind.MARKDOWN: descriptions are written in Markdown. */
const MARKDOWN = 1;
const NESTING_MODE = { single: 1, list: 2, set: 3 } as const;

export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: number;
  deprecated: boolean;
}

interface ProtoAttribute {
  name: string;
  type: Buffer;
  description: string;
  description_kind: number;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
}

interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: number;
  min_items: number;
  max_items: number;
}

export function toProtoSchema(schema: BlockSchema, version: number): ProtoSchema {
  return { version, block: toProtoBlock(schema, version) };
}

function toProtoBlock(schema: BlockSchema, version: number): ProtoBlock {
  return {
    version,
    attributes: Object.entries(schema.attributes).map(([name, definition]) => ({
      name,
      type: Buffer.from(JSON.stringify(definition.type.cty)),
      description: definition.description,
      description_kind: MARKDOWN,
      required: definition.required,
      optional: definition.optional,
      computed: definition.computed,
      sensitive: definition.sensitive,
      deprecated: definition.deprecated !== undefined,
      write_only: definition.writeOnly,
    })),
    block_types: Object.entries(schema.blocks ?? {}).map(([name, nested]) => ({
      type_name: name,
      block: toProtoBlock(nested.schema, 0),
      nesting: NESTING_MODE[nested.nesting],
      min_items: nested.minItems,
      max_items: nested.nesting === 'single' ? 0 : nested.maxItems,
    })),
    description: schema.description ?? '',
    description_kind: MARKDOWN,
    deprecated: schema.deprecated !== undefined,
  };
}

// The JSON shapes below follow Terraform's jsonprovider package: zero values
// are omitted, description_kind is always present, map keys are sorted.

export interface SchemaJson {
  version: number;
  block: BlockJson;
}

export interface BlockJson {
  attributes?: Record<string, AttributeJson>;
  block_types?: Record<string, BlockTypeJson>;
  description?: string;
  description_kind: 'markdown';
  deprecated?: true;
}

export interface AttributeJson {
  type: unknown;
  description?: string;
  description_kind: 'markdown';
  deprecated?: true;
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
  write_only?: true;
}

export interface BlockTypeJson {
  nesting_mode: 'single' | 'list' | 'set';
  block: BlockJson;
  min_items?: number;
  max_items?: number;
}

export function toSchemaJson(schema: BlockSchema, version: number): SchemaJson {
  return { version, block: toBlockJson(schema) };
}

function toBlockJson(schema: BlockSchema): BlockJson {
  const result: BlockJson = { description_kind: 'markdown' };
  const attributeNames = Object.keys(schema.attributes).sort();
  if (attributeNames.length > 0) {
    result.attributes = {};
    for (const name of attributeNames) {
      const definition = schema.attributes[name]!;
      const attribute: AttributeJson = { type: definition.type.cty, description_kind: 'markdown' };
      if (definition.description) attribute.description = definition.description;
      if (definition.deprecated !== undefined) attribute.deprecated = true;
      if (definition.required) attribute.required = true;
      if (definition.optional) attribute.optional = true;
      if (definition.computed) attribute.computed = true;
      if (definition.sensitive) attribute.sensitive = true;
      if (definition.writeOnly) attribute.write_only = true;
      result.attributes[name] = attribute;
    }
  }
  const blocks = schema.blocks ?? {};
  const blockNames = Object.keys(blocks).sort();
  if (blockNames.length > 0) {
    result.block_types = {};
    for (const name of blockNames) {
      const nested = blocks[name]!;
      const blockType: BlockTypeJson = { nesting_mode: nested.nesting, block: toBlockJson(nested.schema) };
      if (nested.minItems > 0) blockType.min_items = nested.minItems;
      if (nested.nesting !== 'single' && nested.maxItems > 0) blockType.max_items = nested.maxItems;
      result.block_types[name] = blockType;
    }
  }
  if (schema.description) result.description = schema.description;
  if (schema.deprecated !== undefined) result.deprecated = true;
  return sortKeys(result);
}

function sortKeys<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}
