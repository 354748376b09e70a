import { LINE_BREAK, oneLine, printable } from '../internal/text';
import {
  extensionMembers,
  type FieldError,
  fieldOf,
  headingOf,
  isFieldErrorList,
  otherMembersOf,
  textOf,
} from './members';
import type { RenderInput } from './problem';

// A value may span lines, but each of its lines is indented under its label.
const INDENT = '  ';
// Short JSON stays on its label's line; longer is printed below it, indented.
const INLINE_JSON = 60;

/**
 * A value's text, safe to print: its control characters and bidirectional controls replaced, its later lines
 * indented by `indent`.
 */
function lines(text: string, indent: string): string {
  return printable(text).replace(LINE_BREAK, `\n${indent}`);
}

// What JSON leaves as it is but a reader must not get raw: C1 controls, line and paragraph separators, bidi
// controls and direction marks.
const UNREADABLE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * JSON text with the characters JSON does not escape but a reader must not get raw written as `\uXXXX` escapes:
 * still the same JSON, and a structure quoting the client cannot redraw the lines around it.
 */
function readableJson(json: string): string {
  return json.replace(UNREADABLE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function fieldErrors(errors: readonly FieldError[], colon: string): string {
  const items = errors.map((error) => {
    const where = fieldOf(error);
    // One line already (`fieldOf`): a field's name can be the client's.
    const label = where === undefined ? '' : `${where}${colon}`;
    // Its other members (`code`, …) each on a line of its own below it, as the problem's own members are listed.
    const others = otherMembersOf(error).map(
      ([name, value]) => `\n${INDENT.repeat(2)}${member(name, value, colon).replace(/\n/g, `\n${INDENT.repeat(2)}`)}`,
    );
    return `\n${INDENT}- ${label}${lines(textOf(error), INDENT.repeat(2))}${others.join('')}`;
  });
  return items.join('');
}

/** `name: value` for one member; a list of field errors or a structure goes on the lines below its name. */
function member(name: string, value: unknown, colon: string): string {
  const label = oneLine(name);
  if (typeof value === 'string') return `${label}${colon}${lines(value, INDENT)}`;
  if (typeof value !== 'object' || value === null) return `${label}${colon}${String(value)}`;
  // A person reads a list of what to fix more easily than the JSON it came from.
  if (isFieldErrorList(value)) return `${label}${colon.trimEnd()}${fieldErrors(value, colon)}`;
  const compact = readableJson(JSON.stringify(value) ?? '');
  if (compact.length <= INLINE_JSON) return `${label}${colon}${compact}`;
  const pretty = readableJson(JSON.stringify(value, null, 2) ?? '');
  return `${label}${colon.trimEnd()}\n${INDENT}${lines(pretty, INDENT)}`;
}

/**
 * `404 Not Found`, a blank line, the detail (its later lines indented): readable with curl and in logs. Then what the JSON body carries
 * besides: the extension members (field errors as a list, `code`, …) by their names, a `type` other than
 * `about:blank`, `instance`, the request id and, with `debug`, the stack, each on a labelled line in the
 * response's language. A value's own line breaks are indented, so it cannot pass for another line.
 *
 * @example
 * ```text
 * 422 Unprocessable Content
 *
 * The form is invalid
 *
 * errors:
 *   - email: must be an email address
 * code: FORM_INVALID
 *
 * Request ID: 5f0c…
 * ```
 */
export function renderText({ problem, labels }: RenderInput): string {
  const { colon } = labels;
  // The title and the detail are the error's words too (an exposed message can quote the request): the title
  // stays on the status line, the detail's later lines are indented, so neither can pass for a line of its own.
  const title = lines(problem.title, '').replace(/\n/g, ' ');
  let text = `${problem.status} ${title}\n\n${lines(problem.detail, INDENT)}\n`;
  const members = extensionMembers(problem).map(([name, value]) =>
    member(headingOf(name, value, labels.fieldErrors), value, colon),
  );
  if (members.length > 0) text += `\n${members.join('\n')}\n`;
  const about: string[] = [];
  if (problem.type !== 'about:blank') about.push(member('type', problem.type, colon));
  if (typeof problem.instance === 'string') about.push(member('instance', problem.instance, colon));
  if (typeof problem.requestId === 'string') about.push(member(labels.requestId, problem.requestId, colon));
  if (about.length > 0) text += `\n${about.join('\n')}\n`;
  if (Array.isArray(problem.stack)) {
    const stack = problem.stack.map((line) => `${INDENT}${lines(String(line), INDENT)}`).join('\n');
    text += `\n${oneLine(labels.stack)}${colon.trimEnd()}\n${stack}\n`;
  }
  return text;
}
