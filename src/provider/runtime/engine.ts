/**
 * Schema-driven walks over values: completing objects, validating
 * configuration, computing planned state and redacting secrets for logs.
 */
import { CtyType, CtyValue, TypedValue, Unknown, ValuePath, ctyEqual, isRecord, isWhollyKnown } from './cty';
import { Diagnostic, ProviderError, errorDiagnostic, warningDiagnostic } from './diagnostics';
import { BlockSchema, PlanModifier, TypeSpec, impliedType } from './schema';

type ObjectValue = Record<string, CtyValue>;

function asObject(value: CtyValue): ObjectValue | null {
  return isRecord(value) ? (value as ObjectValue) : null;
}

/**
 * Makes a handler's result a complete object for the schema: absent
 * attributes become null, absent list/set blocks empty lists. Terraform
 * rejects objects missing attributes, and state must not hold unknowns.
 */
export function completeObject(schema: BlockSchema, value: unknown, path: ValuePath = []): ObjectValue {
  if (!isRecord(value)) throw new ProviderError('Provider returned an invalid object', { detail: `expected an object, got ${typeof value}`, path });
  const blocks = schema.blocks ?? {};
  for (const name of Object.keys(value)) {
    if (!(name in schema.attributes) && !(name in blocks)) {
      throw new ProviderError('Provider returned an attribute that is not in the schema', { detail: `"${name}" is not declared`, path: [...path, name] });
    }
  }
  const result: ObjectValue = {};
  for (const name of Object.keys(schema.attributes)) {
    const attributeValue = (value[name] ?? null) as CtyValue;
    if (!isWhollyKnown(attributeValue)) {
      throw new ProviderError('Provider returned an unknown value', {
        detail: 'Values in state must be known; set every computed attribute in the handler.',
        path: [...path, name],
      });
    }
    // A write-only value never goes back to Terraform: state holds null.
    result[name] = schema.attributes[name]!.writeOnly ? null : attributeValue;
  }
  for (const [name, nested] of Object.entries(blocks)) {
    const blockValue = value[name] ?? null;
    if (nested.nesting === 'single') {
      result[name] = blockValue === null ? null : completeObject(nested.schema, blockValue, [...path, name]);
    } else {
      if (blockValue !== null && !Array.isArray(blockValue)) {
        throw new ProviderError('Provider returned an invalid block', { detail: 'expected a list of objects', path: [...path, name] });
      }
      result[name] = (blockValue ?? []).map((element, index) => completeObject(nested.schema, element, [...path, name, index]));
    }
  }
  return result;
}

function withoutWriteOnly(schema: BlockSchema, value: ObjectValue): ObjectValue {
  const copy: ObjectValue = { ...value };
  for (const [name, definition] of Object.entries(schema.attributes)) if (definition.writeOnly) copy[name] = null;
  return copy;
}

/** The plan a create or update handler gets: the planned values, and the write-only values from the configuration. */
export function withWriteOnlyValues(schema: BlockSchema, plan: CtyValue, config: CtyValue): CtyValue {
  const planObjectValue = asObject(plan);
  const configObject = asObject(config);
  if (planObjectValue === null || configObject === null) return plan;
  const merged: ObjectValue = { ...planObjectValue };
  for (const [name, definition] of Object.entries(schema.attributes)) {
    if (definition.writeOnly) merged[name] = unknownsToNull(configObject[name] ?? null);
  }
  return merged;
}

/** Handlers see planned values with unknowns as null: "not known yet, set it". */
export function unknownsToNull(value: CtyValue): CtyValue {
  if (value === Unknown) return null;
  if (value instanceof TypedValue) return new TypedValue(value.type, unknownsToNull(value.value));
  if (Array.isArray(value)) return value.map(unknownsToNull);
  if (isRecord(value)) {
    const copy: ObjectValue = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
    for (const [key, element] of Object.entries(value)) copy[key] = unknownsToNull(element as CtyValue);
    return copy;
  }
  return value;
}

/** Refuses values for read-only attributes, runs attribute validators and number-range checks; unknown and null values are skipped. */
export function validateObject(schema: BlockSchema, value: CtyValue, path: ValuePath = []): Diagnostic[] {
  const object = asObject(value);
  if (object === null) return [];
  const diagnostics: Diagnostic[] = [];
  for (const [name, definition] of Object.entries(schema.attributes)) {
    const attributeValue = object[name] ?? null;
    if (attributeValue === null) continue;
    const attributePath = [...path, name];
    if (definition.computed && !definition.optional && !definition.required) {
      // Terraform itself lets a configuration set a read-only attribute (and then silently overwrites it).
      diagnostics.push(
        errorDiagnostic(
          'Invalid Configuration for Read-Only Attribute',
          `Cannot set ${name}: the provider computes it. Remove the line that sets it.`,
          attributePath,
        ),
      );
      continue;
    }
    if (definition.deprecated) diagnostics.push(warningDiagnostic('Attribute Deprecated', definition.deprecated, attributePath));
    checkNumbers(definition.type, attributeValue, attributePath, diagnostics);
    if (!isWhollyKnown(attributeValue)) continue;
    for (const validator of definition.validators) {
      const problem = validator.validate(attributeValue);
      if (problem !== undefined) diagnostics.push(errorDiagnostic('Invalid Attribute Value', `Attribute ${name} ${problem}.`, attributePath));
    }
  }
  for (const [name, nested] of Object.entries(schema.blocks ?? {})) {
    const blockValue = object[name] ?? null;
    if (blockValue === null || blockValue === Unknown) continue;
    if (nested.schema.deprecated) diagnostics.push(warningDiagnostic('Block Deprecated', nested.schema.deprecated, [...path, name]));
    if (nested.nesting === 'single') diagnostics.push(...validateObject(nested.schema, blockValue, [...path, name]));
    else if (Array.isArray(blockValue)) {
      blockValue.forEach((element, index) => {
        // Set elements have no address of their own; point at the block.
        const elementPath = nested.nesting === 'list' ? [...path, name, index] : [...path, name];
        diagnostics.push(...validateObject(nested.schema, element, elementPath));
      });
    }
  }
  return diagnostics;
}

/** `t.number` promises handlers a JavaScript number: reject configuration that would not fit. */
function checkNumbers(spec: TypeSpec<unknown>, value: CtyValue, path: ValuePath, diagnostics: Diagnostic[]): void {
  if (value === null || value === Unknown) return;
  if (spec.safeNumber) {
    if (typeof value === 'bigint' || (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value))) {
      diagnostics.push(
        errorDiagnostic('Number Out Of Range', `${value} is beyond the range this attribute accepts (±${Number.MAX_SAFE_INTEGER}).`, path),
      );
    }
    return;
  }
  if (spec.element && Array.isArray(value)) value.forEach((element, index) => checkNumbers(spec.element!, element, [...path, index], diagnostics));
  else if (spec.element && isRecord(value)) {
    for (const [key, element] of Object.entries(value)) checkNumbers(spec.element, element as CtyValue, [...path, { key }], diagnostics);
  } else if (spec.attributes && isRecord(value)) {
    for (const [name, attributeSpec] of Object.entries(spec.attributes)) {
      checkNumbers(attributeSpec, (value[name] ?? null) as CtyValue, [...path, name], diagnostics);
    }
  }
}

export interface PlanResult {
  planned: ObjectValue;
  requiresReplace: ValuePath[];
}

/**
 * The planned new state, computed the way Terraform's own frameworks do:
 * start from Terraform's proposed new state (config merged with prior state
 * for computed attributes); on create, or when anything changed, computed
 * attributes the configuration leaves null become their default or unknown;
 * then plan modifiers run and collect the paths that force replacement.
 */
export function planObject(schema: BlockSchema, prior: CtyValue, proposed: CtyValue, config: CtyValue): PlanResult {
  const proposedObject = asObject(proposed) ?? {};
  const priorObject = asObject(prior);
  const resourceExists = priorObject !== null;
  // Write-only values are never in state, so they never make a change.
  const changed = !resourceExists || !ctyEqual(impliedType(schema), priorObject, withoutWriteOnly(schema, proposedObject));
  const requiresReplace: ValuePath[] = [];
  const planned = planBlock(schema, priorObject, proposedObject, asObject(config), { resourceExists, changed, requiresReplace }, []);
  return { planned, requiresReplace };
}

interface PlanWalk {
  resourceExists: boolean;
  changed: boolean;
  requiresReplace: ValuePath[];
}

function planBlock(
  schema: BlockSchema,
  prior: ObjectValue | null,
  proposed: ObjectValue,
  config: ObjectValue | null,
  walk: PlanWalk,
  path: ValuePath,
): ObjectValue {
  const planned: ObjectValue = {};
  for (const [name, definition] of Object.entries(schema.attributes)) {
    const configValue = config?.[name] ?? null;
    let value: CtyValue = proposed[name] ?? null;
    if (definition.writeOnly) {
      // Never planned: Terraform requires null, and the value stays out of plan files.
      planned[name] = null;
      continue;
    }
    // A default is what the configuration means when it leaves the attribute out:
    // planned always, so a remote change of it (drift) plans back to the default.
    if (configValue === null && definition.default !== undefined) value = definition.default as CtyValue;
    else if (definition.computed && configValue === null && walk.changed) value = Unknown;
    planned[name] = runModifiers(definition.planModifiers, definition.type.cty, configValue, prior?.[name] ?? null, value, walk, [...path, name]);
  }
  for (const [name, nested] of Object.entries(schema.blocks ?? {})) {
    const proposedValue = proposed[name] ?? null;
    const priorValue = prior?.[name] ?? null;
    const configValue = config?.[name] ?? null;
    let value: CtyValue;
    if (nested.nesting === 'single') {
      const proposedObject = asObject(proposedValue);
      value = proposedObject === null ? proposedValue : planBlock(nested.schema, asObject(priorValue), proposedObject, asObject(configValue), walk, [...path, name]);
    } else if (Array.isArray(proposedValue)) {
      // List elements line up with prior ones by index; set elements have no
      // stable identity, so they are planned as new.
      const priorList = nested.nesting === 'list' && Array.isArray(priorValue) ? priorValue : [];
      const configList = Array.isArray(configValue) ? configValue : [];
      value = proposedValue.map((element, index) => {
        const elementObject = asObject(element);
        if (elementObject === null) return element;
        const elementPath = nested.nesting === 'list' ? [...path, name, index] : [...path, name];
        return planBlock(nested.schema, asObject(priorList[index] ?? null), elementObject, asObject(configList[index] ?? null), walk, elementPath);
      });
    } else {
      value = proposedValue;
    }
    const blockType: CtyType = nested.nesting === 'single' ? impliedType(nested.schema) : [nested.nesting, impliedType(nested.schema)];
    planned[name] = runModifiers(nested.planModifiers, blockType, configValue, priorValue, value, walk, [...path, name]);
  }
  return planned;
}

function runModifiers(
  modifiers: readonly PlanModifier[],
  type: CtyType,
  config: CtyValue,
  state: CtyValue,
  planned: CtyValue,
  walk: PlanWalk,
  path: ValuePath,
): CtyValue {
  let value = planned;
  for (const modifier of modifiers) {
    const result = modifier.modify({ config, state, planned: value, resourceExists: walk.resourceExists, type });
    if (result.planned !== undefined) value = result.planned;
    if (result.requiresReplace && !walk.requiresReplace.some((existing) => samePath(existing, path))) walk.requiresReplace.push(path);
  }
  return value;
}

function samePath(a: ValuePath, b: ValuePath): boolean {
  return a.length === b.length && a.every((step, index) => JSON.stringify(step) === JSON.stringify(b[index]));
}

/** A copy for logs with sensitive attributes replaced. */
export function redact(schema: BlockSchema, value: CtyValue): unknown {
  const object = asObject(value);
  if (object === null) return value === Unknown ? '(unknown)' : value;
  const copy: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(schema.attributes)) {
    const attributeValue = object[name] ?? null;
    copy[name] = definition.sensitive && attributeValue !== null ? '(sensitive)' : attributeValue === Unknown ? '(unknown)' : attributeValue;
  }
  for (const [name, nested] of Object.entries(schema.blocks ?? {})) {
    const blockValue = object[name] ?? null;
    copy[name] = Array.isArray(blockValue) ? blockValue.map((element) => redact(nested.schema, element)) : redact(nested.schema, blockValue);
  }
  return copy;
}
