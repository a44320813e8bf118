/**
 * The Terraform plugin runtime: declare a provider with the framework, then
 * `serve(address, () => providerPlugin(provider))` from the executable's entry file. See docs/provider-runtime.md.
 */
export type { CtyNumber, CtyType, CtyValue, PathStep, ValuePath } from './cty';
export { TypedValue, Unknown, formatPath } from './cty';
export { OperationTimeoutError } from './deadline';
export type { Diagnostic } from './diagnostics';
export { ProviderError, errorDiagnostic, warningDiagnostic } from './diagnostics';
export type {
  ConfigureContext,
  DataSourceDefinition,
  HandlerContext,
  ModifyPlanRequest,
  ModifyPlanResult,
  Planned,
  ProviderDefinition,
  ResourceContext,
  ResourceDefinition,
} from './framework';
export { defineProvider, frameworkFor, providerSchemaJson } from './framework';
export type { AttributeDefinition, BlockDefinition, Model, PlanModifier, TypeSpec, Validator } from './schema';
export {
  attr,
  attribute,
  block,
  goDuration,
  numberBetween,
  oneOf,
  parseGoDuration,
  requiresReplace,
  requiresReplaceIf,
  stringLengthBetween,
  stringMatches,
  t,
  timeoutsBlock,
  useStateForUnknown,
} from './schema';
export { generateDocs } from './docs';
export type { ProviderPlugin } from './provider-server';
export { providerPlugin } from './provider-server';
export { serve } from './serve';
