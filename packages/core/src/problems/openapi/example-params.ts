import type { ProblemParams } from '../define';
import type { MessageArgument } from './message-arguments';

// A fixed instant, so the examples do not change from run to run (a date is shown in the server's time zone, as
// in its responses).
const EXAMPLE_DATE = '2025-01-31T09:30:00.000Z';

/**
 * Params for a problem's example: a value for each argument of its messages, by how it is formatted (numbers
 * 30, 50, 70, …; a date; a select's first case; a text argument's own name), with `given` over them.
 *
 * @example
 * ```ts
 * exampleParams(messageArguments({ en: { title: 'No credit', detail: 'Balance {balance, number}, due {due, date}' } }), {});
 * // { balance: 30, due: new Date('2025-01-31T09:30:00.000Z') }
 * ```
 */
export function exampleParams(
  args: ReadonlyMap<string, MessageArgument>,
  given: ProblemParams,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  let numbers = 0;
  for (const [name, { kind, cases }] of args) {
    if (kind === 'number') params[name] = 30 + 20 * numbers++;
    else if (kind === 'date') params[name] = new Date(EXAMPLE_DATE);
    else if (kind === 'select') params[name] = cases[0] ?? 'other';
    else params[name] = name;
  }
  return { ...params, ...given };
}
