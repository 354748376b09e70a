import type { CodeDescription } from '@status-i18n/core';
import type { Paint, Style } from './color';
import type { ClassEntry } from './entries';
import type { UiStrings } from './ui';

// The catalog writes unofficial references as `nginx (unofficial)`; the mark already says "unofficial".
const UNOFFICIAL_SUFFIX = /\s*\(unofficial\)\s*$/i;

/**
 * The status notes of a code: unofficial (with who uses it), deprecated, obsolete. Empty for an official,
 * current code and for a code the catalog lacks.
 *
 * @example
 * ```ts
 * statusMarks(describe(499)!, uiStrings('en')); // ['unofficial, used by nginx']
 * statusMarks(describe(305)!, uiStrings('en')); // ['deprecated']
 * ```
 */
export function statusMarks(entry: CodeDescription, ui: UiStrings): string[] {
  const marks: string[] = [];
  if (entry.known && !entry.official) {
    marks.push(ui.usedBy(entry.source ?? entry.reference.replace(UNOFFICIAL_SUFFIX, '')));
  }
  if (entry.deprecated) marks.push(ui.deprecated);
  if (entry.obsolete) marks.push(ui.obsolete);
  return marks;
}

/**
 * The reference worth printing next to the status marks: the catalog's, unless it only repeats who uses an
 * unofficial code (`nginx (unofficial)` next to "used by nginx").
 *
 * @example
 * ```ts
 * referenceOf(describe(404)!); // 'RFC 9110, Section 15.5.5'
 * referenceOf(describe(499)!); // undefined
 * ```
 */
export function referenceOf(entry: CodeDescription): string | undefined {
  if (entry.official || !entry.known) return entry.reference || undefined;
  const reference = entry.reference.replace(UNOFFICIAL_SUFFIX, '');
  if (reference === '' || (entry.source !== undefined && reference.includes(entry.source))) return undefined;
  return reference;
}

/**
 * A class key as people write it: WebSocket ranges with an en dash (`1000–2999`), HTTP and FTP as they are.
 *
 * @example
 * ```ts
 * rangeLabel('1000-2999'); // '1000–2999'
 * ```
 */
export function rangeLabel(classKey: string): string {
  return classKey.replace('-', '\u2013');
}

/** The colour of a code: by class for HTTP and FTP (success green, client error yellow, …). */
function codeStyle(entry: CodeDescription, paint: Paint): Style {
  if (entry.protocol === 'websocket') return entry.sendable === false ? paint.magenta : paint.cyan;
  const byDigit: Readonly<Record<string, Style>> = {
    '1': paint.cyan,
    '2': paint.green,
    '3': paint.cyan,
    '4': paint.yellow,
    '5': paint.red,
    '6': paint.magenta,
  };
  return byDigit[String(entry.code).charAt(0)] ?? paint.bold;
}

/**
 * The human answer to `status-i18n <code>`: title, key, description, then one labelled line per fact.
 *
 * @example
 * ```ts
 * formatLookup(describe(404)!, uiStrings('en'), createPaint(false));
 * // '404 Not Found\nNOT_FOUND\n\nThe server cannot find …\n\nProtocol: HTTP\nClass: 4xx Client Error\n…'
 * ```
 */
export function formatLookup(entry: CodeDescription, ui: UiStrings, paint: Paint): string {
  const line = (label: string, value: string) => `${paint.dim(`${label}${ui.colon}`)}${value}`;
  const lines = [paint.bold(codeStyle(entry, paint)(`${entry.code} ${entry.title}`)), paint.dim(entry.key), ''];
  if (!entry.known) lines.push(paint.yellow(ui.notInCatalog(entry.code, rangeLabel(entry.classKey), entry.classTitle)));
  lines.push(entry.description, '');
  lines.push(line(ui.labels.protocol, ui.protocols[entry.protocol]));
  lines.push(line(ui.labels.class, ui.classHeading(rangeLabel(entry.classKey), entry.classTitle)));
  lines.push(line(ui.labels.reference, entry.reference));
  if (entry.known) {
    const marks = statusMarks(entry, ui);
    const status = entry.official ? [ui.official, ...marks] : marks;
    lines.push(line(ui.labels.status, marks.length > 0 ? paint.yellow(status.join(ui.separator)) : status.join('')));
  }
  if (entry.sendable !== undefined) lines.push(line(ui.labels.sendable, entry.sendable ? ui.yes : ui.no));
  return `${lines.join('\n')}\n`;
}

/**
 * `status-i18n list`: a heading per class, then one line per code with its status notes.
 *
 * @example
 * ```ts
 * formatList(classEntries('http', 'en'), uiStrings('en'), createPaint(false));
 * // '1xx Informational\n  100  Continue\n  …'
 * ```
 */
export function formatList(classes: readonly ClassEntry[], ui: UiStrings, paint: Paint): string {
  const width = Math.max(...classes.map((entry) => String(entry.max).length));
  const blocks = classes.map((group) => {
    const heading = paint.bold(ui.classHeading(rangeLabel(group.key), group.title));
    const lines = group.codes.map((entry) => {
      const marks = statusMarks(entry, ui);
      if (entry.sendable === false) marks.push(ui.mustNotBeSent);
      const note = marks.length > 0 ? paint.yellow(ui.note(marks.join(ui.separator))) : '';
      return `  ${codeStyle(entry, paint)(String(entry.code).padEnd(width))}  ${entry.title}${note}`;
    });
    return [heading, ...lines].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * `status-i18n search`: one line per match, code, protocol and title.
 *
 * @example
 * ```ts
 * formatSearch([describe(502)!, describe(1014, { protocol: 'websocket' })!], uiStrings('en'), createPaint(false));
 * // '502   HTTP       Bad Gateway\n1014  WebSocket  Bad Gateway\n'
 * ```
 */
export function formatSearch(entries: readonly CodeDescription[], ui: UiStrings, paint: Paint): string {
  const codeWidth = Math.max(...entries.map((entry) => String(entry.code).length));
  const protocolWidth = Math.max(...entries.map((entry) => ui.protocols[entry.protocol].length));
  const lines = entries.map((entry) => {
    const code = codeStyle(entry, paint)(String(entry.code).padEnd(codeWidth));
    return `${code}  ${paint.dim(ui.protocols[entry.protocol].padEnd(protocolWidth))}  ${entry.title}`;
  });
  return `${lines.join('\n')}\n`;
}
