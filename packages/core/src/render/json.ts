import type { RenderInput } from './problem';

/** The problem as JSON, for `application/problem+json` and `application/json` alike (RFC 9457, Section 3). */
export function renderJson({ problem }: RenderInput): string {
  return JSON.stringify(problem);
}
