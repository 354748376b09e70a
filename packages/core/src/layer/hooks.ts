import { isErrorStatus } from '../error/status';
import type { ProblemDetails } from '../render/problem';
import type { MappedProblem } from './options';

/**
 * Thrown when one of the application's hooks throws or returns something unusable. The layer answers with a
 * minimal safe 500 and logs both this and the original error.
 */
export class HookError extends Error {
  override readonly name = 'StatusI18nHookError';
  constructor(hook: string, problem: string, cause?: unknown) {
    super(`status-i18n: the ${hook} hook ${problem}`, cause === undefined ? undefined : { cause });
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** Runs a hook, turning a throw into a HookError. */
export function callHook<T>(hook: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new HookError(hook, 'threw', error);
  }
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** Checks what `map` returned: `undefined`, or an object of the documented shape. */
export function checkMapped(value: unknown): MappedProblem | undefined {
  if (value === undefined || value === null) return undefined;
  const mapped = value as Record<string, unknown>;
  const valid =
    typeof value === 'object' &&
    !Array.isArray(value) &&
    (mapped.status === undefined || isErrorStatus(mapped.status)) &&
    isOptionalString(mapped.title) &&
    isOptionalString(mapped.detail) &&
    isOptionalString(mapped.type) &&
    (mapped.extensions === undefined || (typeof mapped.extensions === 'object' && mapped.extensions !== null));
  if (!valid) throw new HookError('map', `returned ${describeValue(value)} that is not a MappedProblem`);
  return value as MappedProblem;
}

/** Checks what `transform` returned: a problem with string `type`, `title` and `detail`. */
export function checkTransformed(value: unknown): ProblemDetails {
  const problem = value as Record<string, unknown> | null;
  const valid =
    typeof problem === 'object' &&
    problem !== null &&
    !Array.isArray(problem) &&
    typeof problem.type === 'string' &&
    typeof problem.title === 'string' &&
    typeof problem.detail === 'string';
  if (!valid) throw new HookError('transform', `returned ${describeValue(value)} that is not a problem`);
  return problem as ProblemDetails;
}

/** Checks what `locale`, `type` or `requestId` returned: a string (or, where allowed, nothing). */
export function checkString(hook: string, value: unknown, optional: boolean): string | undefined {
  if (typeof value === 'string' || (optional && value === undefined)) return value as string | undefined;
  throw new HookError(hook, `returned ${describeValue(value)} instead of a string`);
}
