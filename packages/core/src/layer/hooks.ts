import { isErrorStatus } from '../error/status';
import type { ProblemDetails } from '../render/problem';
import type { MappedProblem } from './options';

/**
 * Thrown when one of the application's hooks throws or returns something unusable. The layer answers with a
 * minimal safe 500 and logs both this and the original error.
 */
export class HookError extends Error {
  override readonly name = 'StatusI18nHookError';
  /** The option whose hook failed (`map`, `locale`, `requestId`, …). */
  readonly hook: string;
  constructor(hook: string, problem: string, cause?: unknown) {
    super(`status-i18n: the ${hook} hook ${problem}`, cause === undefined ? undefined : { cause });
    this.hook = hook;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
    if (typeof value === 'object') {
      // A class instance is not the plain object a hook must return: say which class it is.
      const prototype = Object.getPrototypeOf(value);
      const name: unknown = prototype?.constructor?.name;
      if (prototype !== null && prototype !== Object.prototype) {
        return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'a class instance';
      }
    }
  } catch {
    // A revoked proxy: Array.isArray throws; it is still an object.
  }
  return typeof value === 'object' ? 'an object' : typeof value;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return typeof (value as { then?: unknown }).then === 'function';
  } catch {
    return false;
  }
}

/**
 * Runs a hook, turning a throw into a HookError. Hooks are synchronous: a promise (an `async` hook) is not an
 * answer the layer can wait for, so it is refused, and its rejection is handled here rather than left unhandled.
 */
export function callHook<T>(hook: string, run: () => T): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    throw new HookError(hook, 'threw', error);
  }
  if (isThenable(result)) {
    Promise.resolve(result).then(undefined, () => undefined);
    throw new HookError(hook, 'returned a promise; hooks must be synchronous');
  }
  return result;
}

/** Runs a check of what a hook returned; a value that throws when read (a hostile proxy) fails the check. */
function readable(hook: string, value: unknown, check: () => boolean): boolean {
  try {
    return check();
  } catch (error) {
    throw new HookError(hook, `returned ${describeValue(value)} that cannot be read`, error);
  }
}

const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** Checks what `map` returned: `undefined`, or an object of the documented shape. */
export function checkMapped(value: unknown): MappedProblem | undefined {
  if (value === undefined || value === null) return undefined;
  const mapped = value as Record<string, unknown>;
  const valid = readable(
    'map',
    value,
    () =>
      typeof value === 'object' &&
      !Array.isArray(value) &&
      (mapped.status === undefined || isErrorStatus(mapped.status)) &&
      isOptionalString(mapped.title) &&
      isOptionalString(mapped.detail) &&
      isOptionalString(mapped.type) &&
      (mapped.extensions === undefined || (typeof mapped.extensions === 'object' && mapped.extensions !== null)),
  );
  if (!valid) throw new HookError('map', `returned ${describeValue(value)} that is not a MappedProblem`);
  return value as MappedProblem;
}

/**
 * Checks what `transform` returned, copied JSON-safe (`value`): a problem with string `type`, `title` and `detail`.
 * `returned` is what the hook gave, for the log line when it is not one (a class instance copies to nothing).
 */
export function checkTransformed(value: unknown, returned: unknown = value): ProblemDetails {
  const problem = value as Record<string, unknown> | null;
  const valid = readable(
    'transform',
    value,
    () =>
      typeof problem === 'object' &&
      problem !== null &&
      !Array.isArray(problem) &&
      typeof problem.type === 'string' &&
      typeof problem.title === 'string' &&
      typeof problem.detail === 'string',
  );
  if (!valid) {
    const what = describeValue(returned);
    // A class instance copies JSON-safe to nothing: its own words say what to do instead.
    const copiedToNothing = value === undefined && typeof returned === 'object' && returned !== null;
    throw new HookError(
      'transform',
      copiedToNothing
        ? `returned ${what}, not a plain object: return one ({ ...problem, … })`
        : `returned ${what} that is not a problem`,
    );
  }
  return problem as ProblemDetails;
}

/** Checks what `locale`, `type` or `requestId` returned: a string (or, where allowed, nothing). */
export function checkString(hook: string, value: unknown, optional: boolean): string | undefined {
  if (typeof value === 'string' || (optional && value === undefined)) return value as string | undefined;
  throw new HookError(hook, `returned ${describeValue(value)} instead of a string`);
}
