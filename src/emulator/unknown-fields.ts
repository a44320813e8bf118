/**
 * Request body fields the API does not define. By default the emulator
 * ignores them, as a service accepting newer clients does: they are removed
 * before validation (so the handlers never see them) and their paths go to the
 * request log. In strict mode they are left in, and the schema refuses them
 * (`colour: is not a known field`).
 */
import type { TSchema } from '@sinclair/typebox';

interface ObjectSchema {
  type: 'object';
  properties?: Record<string, TSchema>;
  patternProperties?: Record<string, TSchema>;
  additionalProperties?: boolean | TSchema;
}

interface ArraySchema {
  type: 'array';
  items?: TSchema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `[0]` after an array, `.name` after an object, the bare name at the top: the paths validation messages use. */
const child = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** The schema of `key` in an object schema: a declared property (own, never inherited), else a matching pattern. */
function fieldSchemaOf(schema: ObjectSchema, key: string): TSchema | undefined {
  if (schema.properties && Object.hasOwn(schema.properties, key)) return schema.properties[key];
  return Object.entries(schema.patternProperties ?? {}).find(([pattern]) => new RegExp(pattern, 'u').test(key))?.[1];
}

export interface StrippedBody {
  value: unknown;
  /** Paths of the removed fields, e.g. `colour`, `changeTags[0].colour`. */
  ignoredFields: string[];
}

/**
 * A copy of `value` without the fields `schema` does not define (objects
 * closed with additionalProperties: false). Values of the wrong type are kept
 * as they are, for validation to refuse naming the rule.
 */
export function stripUnknownFields(schema: TSchema, value: unknown): StrippedBody {
  const ignoredFields: string[] = [];
  const walk = (node: TSchema, current: unknown, path: string): unknown => {
    if (node.type === 'object' && isPlainObject(current)) {
      const objectSchema = node as unknown as ObjectSchema;
      // Entries, then fromEntries: a `__proto__` key stays a plain field.
      const kept: Array<[string, unknown]> = [];
      for (const [key, fieldValue] of Object.entries(current)) {
        const fieldSchema = fieldSchemaOf(objectSchema, key);
        if (fieldSchema) kept.push([key, walk(fieldSchema, fieldValue, child(path, key))]);
        else if (objectSchema.additionalProperties === false) ignoredFields.push(child(path, key));
        else kept.push([key, fieldValue]);
      }
      return Object.fromEntries(kept);
    }
    const items = (node as unknown as ArraySchema).items;
    if (node.type === 'array' && items && Array.isArray(current)) {
      return current.map((element, i) => walk(items, element, `${path}[${i}]`));
    }
    return current;
  };
  return { value: walk(schema, value, ''), ignoredFields };
}
