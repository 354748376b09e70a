// The words of one protocol's table in a catalog's locale: read, checked and merged.
import { isClassCode, type ProtocolTable, protocols, protocolTables } from '../codes/registry';
import type { Message, Protocol } from '../codes/types';

/** A locale's words for one protocol, by code (`'404'`) or class (`'4xx'`). */
export type Words = ReadonlyMap<string, Partial<Message>>;

/**
 * Whether `id` names a code of one of `table`'s classes (`404`, `432`) or a class (`4xx`): what a protocol's words
 * may be keyed by.
 */
function isWordsKey(id: string, table: ProtocolTable): boolean {
  return Object.hasOwn(table.classes, id) || isClassCode(id, table);
}

/**
 * The words of one protocol's table in `messages` (or a pack), checked: a key that is no code of a class nor a
 * class (`600`, `abc`: words no answer would ever carry), a misspelt `title`, or a title or description that is
 * not a non-empty string (one that is a number was dropped, an empty one answered with nothing) throws a
 * `TypeError`.
 */
export function wordsOf(table: object | undefined, protocol: Protocol, locale: string): Map<string, Partial<Message>> {
  const words = new Map<string, Partial<Message>>();
  if (table === undefined) return words;
  for (const [code, message] of Object.entries(table)) {
    if (message === null || typeof message !== 'object') continue;
    if (!isWordsKey(code, protocolTables[protocol])) {
      throw new TypeError(
        `status-i18n: createCatalog(): the ${locale} words of ${protocol} "${code}": it is neither a code of a class nor a class (as 404 or '4xx')`,
      );
    }
    // A misspelt `title` would leave the built-in words in place without a word of why.
    for (const key of Object.keys(message)) {
      if (key !== 'title' && key !== 'description') {
        throw new TypeError(
          `status-i18n: createCatalog(): the ${locale} words of ${protocol} ${code}: unknown key "${key}" (title, description)`,
        );
      }
    }
    const { title, description } = message as Partial<Message>;
    for (const [name, text] of [
      ['title', title],
      ['description', description],
    ] as const) {
      if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) {
        throw new TypeError(
          `status-i18n: createCatalog(): the ${locale} words of ${protocol} ${code}: the ${name} must be a non-empty string`,
        );
      }
    }
    words.set(code, {
      ...(title === undefined ? {} : { title }),
      ...(description === undefined ? {} : { description }),
    });
  }
  return words;
}

function mergeWords(base: Words | undefined, extra: Words): Words {
  const merged = new Map(base);
  for (const [code, message] of extra) merged.set(code, { ...merged.get(code), ...message });
  return merged;
}

/**
 * The words of every locale, by protocol, from each source in order (the shipped words, the language packs, the
 * app's `messages`): a later source's words for a code override an earlier one's, title and description each.
 *
 * @example
 * ```ts
 * wordsByLocale([['en', builtInMessages.en], ['en', { http: { 404: { title: 'Gone fishing' } } }]]);
 * ```
 */
export function wordsByLocale(
  sources: Iterable<readonly [locale: string, messages: object]>,
): Map<string, Record<Protocol, Words>> {
  const words = new Map<string, Record<Protocol, Words>>();
  for (const [locale, messages] of sources) {
    const current = words.get(locale);
    const next = {} as Record<Protocol, Words>;
    for (const protocol of protocols) {
      next[protocol] = mergeWords(
        current?.[protocol],
        wordsOf((messages as Record<string, object>)[protocol], protocol, locale),
      );
    }
    words.set(locale, next);
  }
  return words;
}
