import type { ProblemMessages } from '../definition';
import { type CompiledMessage, compileMessage } from '../icu';
import { ARGUMENT, DATE, type Element, forEachElement, NUMBER, PLURAL, SELECT, TIME } from '../icu-ast';

/** How the messages format an argument: what its value is expected to be. */
export type ArgumentKind = 'number' | 'date' | 'select' | 'text';

/** An argument of a problem's messages. */
export interface MessageArgument {
  readonly kind: ArgumentKind;
  /** For a `select`: its cases besides `other`, in the order written (an example value picks the first). */
  readonly cases: readonly string[];
  /**
   * Whether a plural or a `selectordinal` counts with it: ICU then computes with the value, which a `bigint`
   * cannot take part in (its rules compare and subtract numbers).
   */
  readonly counted: boolean;
}

const KIND_OF_TYPE: Readonly<Record<number, ArgumentKind>> = {
  [ARGUMENT]: 'text',
  [NUMBER]: 'number',
  [DATE]: 'date',
  [TIME]: 'date',
  [SELECT]: 'select',
  [PLURAL]: 'number',
};

// When languages format one argument differently, the strictest use decides, as for `create()`'s params:
// a number anywhere makes it a number.
const PRECEDENCE: readonly ArgumentKind[] = ['number', 'date', 'select', 'text'];

function stricter(a: ArgumentKind, b: ArgumentKind): ArgumentKind {
  return PRECEDENCE.indexOf(a) <= PRECEDENCE.indexOf(b) ? a : b;
}

function collect(elements: readonly Element[], found: Map<string, MessageArgument>): void {
  forEachElement(elements, (element) => {
    const kind = KIND_OF_TYPE[element.type];
    if (kind === undefined || typeof element.value !== 'string') return;
    const cases = kind === 'select' ? Object.keys(element.options ?? {}).filter((key) => key !== 'other') : [];
    const known = found.get(element.value);
    const merged = known === undefined ? kind : stricter(known.kind, kind);
    const counted = element.type === PLURAL || known?.counted === true;
    found.set(element.value, { kind: merged, cases: known?.cases.length ? known.cases : cases, counted });
  });
}

/**
 * The arguments that a problem's messages name, in every language, title and detail, with how they are
 * formatted: `{price, number}` and plurals are numbers, `{due, date}` and `{at, time}` dates, `{plan, select, …}`
 * a select, a plain `{seat}` text.
 *
 * @example
 * ```ts
 * messageArguments({ en: { title: 'Sold out', detail: '{n, plural, one {# seat} other {# seats}} left' } });
 * // Map { 'n' => { kind: 'number', cases: [], counted: true } }
 * ```
 */
export function messageArguments(messages: Readonly<Record<string, ProblemMessages>>): Map<string, MessageArgument> {
  const found = new Map<string, MessageArgument>();
  for (const [locale, { title, detail }] of Object.entries(messages)) {
    for (const message of [title, detail]) {
      const compiled: CompiledMessage = compileMessage(message, locale, `a message in ${locale}`);
      collect(compiled.getAst() as unknown as readonly Element[], found);
    }
  }
  return found;
}

/**
 * The arguments of one compiled ICU message, with how it formats each (see {@link messageArguments}).
 *
 * @example
 * ```ts
 * argumentsOf(compileMessage('Must be at least {minimum, number}.', 'en', 'tooShort')); // Map { 'minimum' => { kind: 'number', … } }
 * ```
 */
export function argumentsOf(compiled: CompiledMessage): Map<string, MessageArgument> {
  const found = new Map<string, MessageArgument>();
  collect(compiled.getAst() as unknown as readonly Element[], found);
  return found;
}
