/**
 * Taking a stack is what makes an `Error` expensive: V8 walks the frames when the error is made (several µs for
 * its default ten), and formats them when `stack` is first read (as much again). An error made on the answer's path
 * only to carry what another error said needs neither: it points at the error it stands for.
 */

/** What {@link pauseStackTraces} returns where it paused nothing. */
export const NOT_PAUSED: unique symbol = Symbol('not paused');

/**
 * Sets `Error.stackTraceLimit` to 0 until {@link resumeStackTraces}, and returns the limit it had; or
 * `NOT_PAUSED` where there is nothing to pause (no limit set: V8 then takes no stack at all) or it cannot be
 * changed (a frozen `Error`), and the stack is then what V8 makes of it.
 */
export function pauseStackTraces(): number | typeof NOT_PAUSED {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number') return NOT_PAUSED;
  try {
    Error.stackTraceLimit = 0;
    return limit;
  } catch {
    return NOT_PAUSED;
  }
}

/** Gives `Error.stackTraceLimit` back the limit {@link pauseStackTraces} found. */
export function resumeStackTraces(limit: number | typeof NOT_PAUSED): void {
  if (limit !== NOT_PAUSED) Error.stackTraceLimit = limit;
}

/**
 * Makes an error without taking a stack of its own (its `stack` is then only its name and message), and gives
 * `Error.stackTraceLimit` back whatever `make` does. For adapters that translate a framework's exception into an
 * error the core reads: the exception keeps its own stack, for the log and for `debug`.
 *
 * @example
 * ```ts
 * const translated = withoutStackTrace(() => new Error(exception.message));
 * ```
 */
export function withoutStackTrace<T>(make: () => T): T {
  const limit = pauseStackTraces();
  try {
    return make();
  } finally {
    resumeStackTraces(limit);
  }
}

/**
 * The frames of an error's stack (its lines that start with `at`), each on a line of its own after a line break;
 * `''` when it has none or its `stack` cannot be read. For an error that stands for another whose message it must
 * not carry, but whose place in the code it should.
 *
 * @example
 * ```ts
 * problem.stack = `${problem.name}: ${problem.message}${framesOf(thrown)}`;
 * ```
 */
export function framesOf(error: Error): string {
  let stack: unknown;
  try {
    stack = error.stack;
  } catch {
    return '';
  }
  if (typeof stack !== 'string') return '';
  const frames = stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
  return frames.length === 0 ? '' : `\n${frames.join('\n')}`;
}
