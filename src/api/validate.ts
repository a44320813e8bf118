/**
 * JSON Schema validation shared by the emulator (requests it receives) and the
 * client (requests before sending, responses in strict mode). Messages name the
 * field and the rule, e.g. `imageName: must start with a letter ...`.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Static, TSchema } from '@sinclair/typebox';

// validateSchema: false skips compiling JSON Schema's meta-schema (~20 ms on the
// first validation of every process): our schemas are static, and tested.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true, verbose: true, validateSchema: false });
const compiled = new WeakMap<TSchema, ValidateFunction>();

function validatorFor(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** A value failed its schema; `problems` are `field: rule` sentences. */
export class SchemaViolation {
  constructor(readonly problems: string[]) {}
  get message(): string {
    return this.problems.join('; ');
  }
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; violation: SchemaViolation };

export function validate<S extends TSchema>(schema: S, value: unknown, what = 'body'): ValidationResult<Static<S>> {
  const fn = validatorFor(schema);
  if (fn(value)) return { ok: true, value: value as Static<S> };
  return { ok: false, violation: new SchemaViolation(describeErrors(fn.errors ?? [], what)) };
}

function fieldName(instancePath: string, what: string): string {
  if (!instancePath) return what;
  return instancePath
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

function describeErrors(errors: ErrorObject[], what: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // A union of literals (our enums) reports one error per member plus an anyOf; keep only the anyOf.
  const unionPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && unionPaths.has(e.instancePath)) continue;
    const sentence = describe(e, what);
    if (!seen.has(sentence)) {
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out;
}

function describe(e: ErrorObject, what: string): string {
  const field = fieldName(e.instancePath, what);
  const schemaDescription = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'required':
      return `${joinField(field, what, String(e.params.missingProperty))}: is required`;
    case 'additionalProperties':
      return `${joinField(field, what, String(e.params.additionalProperty))}: is not a known field`;
    case 'pattern':
    case 'anyOf':
    case 'const':
      return `${field}: ${schemaDescription ? `invalid value; ${schemaDescription}` : e.message ?? 'invalid value'}`;
    case 'minProperties':
      return `${field}: must set at least ${e.params.limit} field(s)`;
    default:
      return `${field}: ${e.message ?? 'is invalid'}`;
  }
}

function joinField(parent: string, what: string, child: string): string {
  return parent === what ? child : `${parent}.${child}`;
}
