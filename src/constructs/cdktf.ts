/**
 * The one module that imports the CDKTF core library. Everything else in the
 * project (constructs, generated bindings, examples, tests) imports these names
 * from here, so the CDK Terrain build of the package (`imagecloud/cdktn`, made
 * by scripts/build.ts) is this module requiring `cdktn` (same API under a new
 * package name) instead.
 *
 * The second group is what the generated bindings use (`cdktf.X` in
 * src/constructs/bindings); generate-bindings.ts points their import here.
 */
/**
 * The package this module re-exports, for messages about it. A string the
 * CDK Terrain build rewrites together with the imports (`'cdktn'` there).
 */
export const FRAMEWORK_PACKAGE = 'cdktf';

export {
  App,
  Aspects,
  DefaultTokenResolver,
  Fn,
  Lazy,
  StringConcat,
  TerraformDataSource,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  TerraformVariable,
  Testing,
  Token,
  Tokenization,
  type IAspect,
} from 'cdktf';

export {
  ComplexList,
  ComplexObject,
  ImportableResource,
  StringMap,
  booleanToHclTerraform,
  booleanToTerraform,
  canInspect,
  hashMapper,
  hashMapperHcl,
  isComplexElement,
  listMapper,
  listMapperHcl,
  numberToHclTerraform,
  numberToTerraform,
  stringToHclTerraform,
  stringToTerraform,
  type IInterpolatingParent,
  type IResolvable,
  type TerraformMetaArguments,
} from 'cdktf';
