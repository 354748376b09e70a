import type { CodeDescription, Protocol } from '@status-i18n/core';
import { catalog, describe } from '../catalog';
import { codeEntries, PROTOCOLS } from '../entries';
import { formatSearch } from '../format';
import { type CommandContext, EXIT_NOT_FOUND, EXIT_OK, toJson } from './context';

/** Case- and width-insensitive form for matching: `ＧＡＴＥＷＡＹ`, `Gateway` and `gateway` are one word. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Every code whose title and description, in one locale of the catalog, contain every word of `query`, in any
 * order (`gateway bad` finds 502 as `bad gateway` does); described in the chosen locale, HTTP first, then FTP, then
 * WebSocket. A query without spaces (`网关`) is one word.
 *
 * @example
 * ```ts
 * searchCodes('网关', undefined, 'en').map((entry) => entry.code); // [502, 504, …, 1014]
 * ```
 */
export function searchCodes(query: string, protocol: Protocol | undefined, locale: string): CodeDescription[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const matches = (entry: CodeDescription | undefined) => {
    if (entry === undefined) return false;
    const text = `${fold(entry.title)}\n${fold(entry.description)}`;
    return words.every((word) => text.includes(word));
  };
  return (protocol === undefined ? PROTOCOLS : [protocol]).flatMap((each) =>
    codeEntries(each, locale).filter((entry) =>
      catalog.locales.some((other) => matches(describe(entry.code, { protocol: each, locale: other }))),
    ),
  );
}

/** How much of a query that found nothing the message repeats. */
const MAX_QUERY_SHOWN = 80;

/**
 * `status-i18n search <words>`: exit 1 and a message when nothing matches (`[]` on stdout with `--json`).
 *
 * @example
 * ```ts
 * searchCommand('gateway', undefined, context); // prints "502  HTTP  Bad Gateway" …, returns 0
 * ```
 */
export function searchCommand(query: string, protocol: Protocol | undefined, context: CommandContext): number {
  const results = searchCodes(query, protocol, context.locale);
  if (context.json) context.print(toJson(results));
  if (results.length === 0) {
    // The query as the user typed it, but not a whole pasted page of it back on the terminal.
    const characters = [...query];
    const shown = characters.length > MAX_QUERY_SHOWN ? `${characters.slice(0, MAX_QUERY_SHOWN).join('')}…` : query;
    context.error(context.ui.errors.noResults(shown));
    return EXIT_NOT_FOUND;
  }
  if (!context.json) context.print(formatSearch(results, context.ui, context.paint));
  return EXIT_OK;
}
