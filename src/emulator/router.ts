/**
 * Routing by the operation table of src/api/operations.ts: path template,
 * method and action flag. Literal path segments win over `{param}` ones
 * (`/v2/image/import` is never image "import").
 */
import { OPERATIONS, type Operation } from '../api/operations';
import { ApiError } from './api-error';

/**
 * Query parameters that are not actions: clientToken and those of the
 * operations' query schemas, so `?osName=` (empty) is a parameter, not a flag.
 */
const PARAMETERS = new Set([
  'clientToken',
  ...Object.values(OPERATIONS).flatMap((op: Operation) => Object.keys((op.query as { properties?: object } | undefined)?.properties ?? {})),
]);

interface Route {
  op: Operation;
  segments: string[];
  literal: boolean;
}

const ROUTES: Route[] = Object.values(OPERATIONS).map((op: Operation) => {
  const segments = op.path.split('/').slice(1);
  return { op, segments, literal: !segments.some((s) => s.startsWith('{')) };
});

function matchSegments(route: Route, segments: readonly string[]): Record<string, string> | undefined {
  if (route.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const want = route.segments[i]!;
    if (want.startsWith('{')) params[want.slice(1, -1)] = segments[i]!;
    else if (want !== segments[i]) return undefined;
  }
  return params;
}

export interface RouteMatch {
  op: Operation;
  params: Record<string, string>;
}

/** `path` is under the region root, e.g. `/v2/image/m-abc`. */
export function resolveRoute(method: string, path: string, query: ReadonlyArray<readonly [string, string]>): RouteMatch {
  const segments = path.split('/').slice(1);
  let candidates = ROUTES.map((route) => ({ route, params: matchSegments(route, segments) })).filter((c) => c.params !== undefined);
  if (candidates.some((c) => c.route.literal)) candidates = candidates.filter((c) => c.route.literal);
  if (candidates.length === 0) throw new ApiError('InvalidURI', `${path}: no such resource; paths are /region/{region}/v2/image... and /region/{region}/v2/instance...`);

  const flags = [...new Set(query.filter(([k, v]) => v === '' && !PARAMETERS.has(k)).map(([k]) => k))];
  if (flags.length > 1) throw new ApiError('InvalidHTTPRequest', `query: at most one action flag is allowed, got ${flags.join(', ')}`);
  const action = flags[0];
  const forAction = candidates.filter((c) => c.route.op.action === action);
  if (forAction.length === 0) {
    const actions = candidates.map((c) => c.route.op.action).filter((a): a is string => a !== undefined);
    if (action !== undefined) {
      throw new ApiError('InvalidHTTPRequest', `query: unknown action "${action}" for ${path}${actions.length ? `; known: ${actions.join(', ')}` : ''}`);
    }
    throw new ApiError('InvalidHTTPRequest', `query: ${method} ${path} needs an action flag, one of ${actions.join(', ')}`);
  }
  const match = forAction.find((c) => c.route.op.method === method);
  if (!match) {
    const allowed = forAction.map((c) => c.route.op.method).join(', ');
    throw new ApiError('MethodNotAllowed', `${method} ${path}${action ? `?${action}` : ''}: method not allowed; use ${allowed}`, { allow: allowed });
  }
  return { op: match.route.op, params: match.params! };
}
