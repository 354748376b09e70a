/**
 * Next.js's control-flow errors: what `redirect()`, `permanentRedirect()`, `notFound()`, `forbidden()` and
 * `unauthorized()` from `next/navigation` throw, and what Next throws to bail out of static rendering. Next
 * catches them above the route handler and answers them itself (a 307/308 with `Location`, its 404, 403 or 401);
 * answered as errors here they would become 500s. Recognized by their `digest`, the shape Next itself checks
 * (next/dist/client/components/is-next-router-error and unstable_rethrow), so any copy of Next is.
 */
const DIGEST_PREFIXES = [
  // redirect(), permanentRedirect(): `NEXT_REDIRECT;replace;/path;307;`
  'NEXT_REDIRECT',
  // notFound(), forbidden(), unauthorized() since Next 15: `NEXT_HTTP_ERROR_FALLBACK;404`
  'NEXT_HTTP_ERROR_FALLBACK;',
];
const DIGESTS = new Set([
  // notFound() before Next 15
  'NEXT_NOT_FOUND',
  // headers(), cookies() and other dynamic APIs used while Next renders a route statically
  'DYNAMIC_SERVER_USAGE',
  // a client-only API met during server rendering
  'BAILOUT_TO_CLIENT_SIDE_RENDERING',
  // prerendering stopped a promise on purpose (cacheComponents)
  'HANGING_PROMISE_REJECTION',
  'NEXT_PRERENDER_INTERRUPTED',
]);
// `export const dynamic = 'error'` met a dynamic API: Next fails the build with it, so it must not be answered.
const STATIC_BAILOUT_CODE = 'NEXT_STATIC_GEN_BAILOUT';
// React's postpone (Next 14 and 15 with partial prerendering), recognized by React's own marker.
const REACT_POSTPONE = Symbol.for('react.postpone');
// How far a `cause` chain is followed, as Next's unstable_rethrow follows it (bounded: a chain may be a cycle).
const MAX_CAUSES = 8;

function readKey(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function isOwnControlFlow(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (readKey(value, '$$typeof') === REACT_POSTPONE) return true;
  if (readKey(value, 'code') === STATIC_BAILOUT_CODE) return true;
  const digest = readKey(value, 'digest');
  if (typeof digest !== 'string') return false;
  return DIGESTS.has(digest) || DIGEST_PREFIXES.some((prefix) => digest.startsWith(prefix));
}

/**
 * The Next.js control-flow error in a thrown value or its `cause` chain, if any: what must be rethrown for
 * Next to answer, not answered as an error.
 *
 * @example
 * ```ts
 * const control = nextControlFlowError(error);
 * if (control !== undefined) throw control;
 * ```
 */
export function nextControlFlowError(thrown: unknown): unknown {
  let value = thrown;
  for (let depth = 0; depth <= MAX_CAUSES; depth++) {
    if (isOwnControlFlow(value)) return value;
    if (!(value instanceof Error)) return undefined;
    value = readKey(value, 'cause');
  }
  return undefined;
}
