// Reading `createCatalog()`'s `codes`, and the codes that words alone add: the catalog's tables of facts.
import { isClassCode, type ProtocolTable, protocols, protocolTables } from '../codes/registry';
import type { CodeFacts, Protocol } from '../codes/types';
import { checkKnownKeys } from '../internal/known-keys';
import { REFERENCE_LOCALE } from '../locales';
import type { Words } from './words';

const PROTOCOL_NAMES: ReadonlySet<string> = new Set(['http', 'ftp', 'websocket']);

const CODE_FACT_NAMES: ReadonlySet<string> = new Set(
  Object.keys({
    key: true,
    reference: true,
    official: true,
    source: true,
    deprecated: true,
    obsolete: true,
    sendable: true,
  } satisfies Record<keyof CodeFacts, true>),
);

// A constant name, as the shipped keys are (`NOT_FOUND`, `QUOTA_EXCEEDED`): what apps compare and switch on.
const CONSTANT_NAME = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)*$/;

/**
 * Checks an own code of `createCatalog({ codes })`: a code of a class the catalog lacks (a shipped code's facts are
 * the standard's: an app that could make WebSocket 1005 sendable would send a frame the protocol forbids), facts
 * with known names only, and a `key` that is a constant name.
 */
function checkCodeFacts(protocol: Protocol, code: string, facts: unknown, table: ProtocolTable): void {
  const where = `createCatalog() codes.${protocol}[${code}]`;
  if (!isClassCode(code, table)) {
    throw new TypeError(`status-i18n: createCatalog() codes.${protocol}: ${code} is no ${protocol} code of a class`);
  }
  if (table.codes[Number(code)] !== undefined) {
    throw new TypeError(
      `status-i18n: ${where}: ${code} is in the catalog, and its facts are the standard's; change its words with \`messages\``,
    );
  }
  checkKnownKeys(where, facts, CODE_FACT_NAMES);
  const { key } = facts as { key?: unknown };
  if (typeof key !== 'string' || !CONSTANT_NAME.test(key)) {
    throw new TypeError(
      `status-i18n: ${where}.key must be a constant name in capitals, as QUOTA_EXCEEDED (got ${typeof key === 'string' ? JSON.stringify(key) : key === undefined ? 'none' : `a ${typeof key}`})`,
    );
  }
}

// Latin letters that no decomposition turns into A–Z (`ß` becomes `SS` when upper-cased).
const LATIN_LETTERS: Readonly<Record<string, string>> = { Æ: 'AE', Œ: 'OE', Ø: 'O', Ð: 'D', Đ: 'D', Ł: 'L', Þ: 'TH' };

/** `'Client Error'` → `'CLIENT_ERROR'`; `'Déjà vu'` → `'DEJA_VU'`, `'Straße'` → `'STRASSE'` (letters kept as letters). */
export function constantNameOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[ÆŒØÐĐŁÞ]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    .replace(/[^A-Z\d]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A code the application adds to a class: the catalog lacks it. */
export type CustomCodeFacts = Partial<CodeFacts> & { readonly key: string };

/** `createCatalog({ codes })`: the application's own codes, by protocol. */
export type OwnCodes = { readonly [P in Protocol]?: Readonly<Record<number, CustomCodeFacts>> };

/**
 * The catalog's tables: the shipped facts, with the app's own codes (`codes`, checked) and the codes that only
 * its words name (as the application meant: a key made of the English title, `QUOTA_EXCEEDED`).
 */
export function codeTables(
  ownCodes: OwnCodes | undefined,
  words: ReadonlyMap<string, Readonly<Record<Protocol, Words>>>,
): Record<Protocol, ProtocolTable> {
  if (ownCodes !== undefined) checkKnownKeys('createCatalog() codes', ownCodes, PROTOCOL_NAMES);
  const tables = { ...protocolTables };
  for (const protocol of protocols) {
    const custom = ownCodes?.[protocol];
    if (custom === undefined) continue;
    const codes: Record<number, CodeFacts> = { ...tables[protocol].codes };
    for (const [code, facts] of Object.entries(custom)) {
      checkCodeFacts(protocol, code, facts, tables[protocol]);
      codes[Number(code)] = { reference: '', official: false, ...codes[Number(code)], ...facts };
    }
    tables[protocol] = { ...tables[protocol], codes };
  }
  for (const protocol of protocols) {
    const codes: Record<number, CodeFacts> = { ...tables[protocol].codes };
    for (const id of new Set([...words.values()].flatMap((locale) => [...locale[protocol].keys()]))) {
      const code = Number(id);
      // Every key of the words is a class or a code of one (see wordsOf): the class keys are not codes.
      if (!isClassCode(id, tables[protocol]) || codes[code] !== undefined) continue;
      const title = words.get(REFERENCE_LOCALE)?.[protocol].get(id)?.title;
      const key = (title === undefined ? '' : constantNameOf(title)) || `${protocol.toUpperCase()}_${code}`;
      codes[code] = { key, reference: '', official: false };
    }
    tables[protocol] = { ...tables[protocol], codes };
  }
  return tables;
}
