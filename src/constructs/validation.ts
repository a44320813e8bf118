/**
 * Synth-time validation of construct props against the API's own JSON Schemas
 * (src/api/schemas.ts, checked with the same ajv setup as the emulator and the
 * client), so a bad name or id fails before any API call, with the construct
 * path and the prop's name in the message.
 *
 * Values that are not known yet are skipped: unresolved tokens while the
 * constructor runs, and Terraform references ("${...}") once values are
 * resolved at synth. Values are checked eagerly in the constructor (the error
 * points at the user's line) and again at synth (node.addValidation) when they
 * were Lazy then or can change afterwards.
 */
import type { TSchema } from '@sinclair/typebox';
import type { IConstruct } from 'constructs';
import { validate } from '../api/validate';
import { DefaultTokenResolver, StringConcat, Token, Tokenization } from './cdktf';

/** True for a value that holds a token or a Terraform expression: known only at plan or apply time. */
export function isUnknown(value: unknown): boolean {
  return Token.isUnresolved(value) || (typeof value === 'string' && value.includes('${'));
}

/**
 * `field: rule` sentences for `value` against `schema`, leaving out fields whose
 * value is unknown. `propName` turns the API's field path (e.g. `imageName`,
 * `changeTags[2].tagKey`) into the construct prop users wrote.
 */
export function schemaProblems(schema: TSchema, value: Record<string, unknown>, propName: (apiField: string) => string): string[] {
  const unknownPaths: string[] = [];
  collectUnknownPaths(value, '', unknownPaths);
  const result = validate(schema, value);
  if (result.ok) return [];
  return result.violation.problems
    .map(splitProblem)
    .filter(({ field }) => !unknownPaths.some((path) => field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`)))
    .map(({ field, rule }) => `${propName(field)}: ${rule}`);
}

function splitProblem(problem: string): { field: string; rule: string } {
  const at = problem.indexOf(': ');
  return at < 0 ? { field: '', rule: problem } : { field: problem.slice(0, at), rule: problem.slice(at + 2) };
}

/** Paths in src/api/validate.ts's notation (`a.b`, `a[0].b`) of every unknown value under `value`. */
function collectUnknownPaths(value: unknown, path: string, out: string[]): void {
  if (isUnknown(value)) {
    out.push(path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectUnknownPaths(item, `${path}[${index}]`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) collectUnknownPaths(item, path === '' ? key : `${path}.${key}`, out);
  }
}

/**
 * The prop a problem of a tag list names, for tags given as a map: `tags (key "k")`
 * for a key, `tags.k` for a value, `tags` for the list itself.
 *
 * @param tags the entries of the tags prop, in the order the request lists them
 * @param path the problem's path below the request's tag list, e.g. `[2].tagKey`, or `` for the list
 */
export function tagPropName(tags: readonly (readonly [string, string])[], path: string): string {
  const entry = /^\[(\d+)\]\.(tagKey|tagValue)$/.exec(path);
  if (!entry) return 'tags';
  const key = tags[Number(entry[1])]![0];
  return entry[2] === 'tagKey' ? `tags (key ${JSON.stringify(key)})` : `tags.${key}`;
}

/** Thrown by a construct's constructor when a known prop value is invalid. */
export class ImageCloudValidationError extends Error {
  /**
   * @param constructPath path of the construct whose props are invalid, e.g. `images/golden`
   * @param problems one `prop: rule` sentence per problem
   */
  constructor(
    /** Path of the construct whose props are invalid, e.g. `images/golden`. */
    readonly constructPath: string,
    /** One `prop: rule` sentence per problem; the message prefixes each with the construct path. */
    readonly problems: readonly string[],
  ) {
    super(problems.map((problem) => `[${constructPath}] ${problem}`).join('\n'));
    this.name = 'ImageCloudValidationError';
  }
}

/**
 * Checks a construct now and at synth: `check` receives the props (as given in
 * the constructor, resolved at synth) and returns problems. Known-bad values
 * throw right away. At synth the check runs again when it can give another
 * answer: when the props held unresolved values (Lazy values resolve then) or
 * can change after construction (`changing`, e.g. a share's account list);
 * its problems become validation errors that name the construct path.
 */
export function validateNowAndAtSynth<P>(construct: IConstruct, props: () => P, check: (props: P) => string[], changing = false): void {
  const given = props();
  const problems = check(given);
  if (problems.length > 0) throw new ImageCloudValidationError(construct.node.path, problems);
  const unknownPaths: string[] = [];
  collectUnknownPaths(given, '', unknownPaths);
  if (!changing && unknownPaths.length === 0) return;
  construct.node.addValidation({
    validate: () => check(Tokenization.resolve(props(), { scope: construct, preparing: false, resolver: SYNTH_RESOLVER }) as P),
  });
}

/** Resolves tokens the way synthesis does: Lazy values become values, references become "${...}" expressions. */
const SYNTH_RESOLVER = new DefaultTokenResolver(new StringConcat());
