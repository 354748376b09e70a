import {
  type ClassFacts,
  type CodeDescription,
  ftpClasses,
  ftpCodes,
  httpClasses,
  httpCodes,
  type Protocol,
  websocketClasses,
  websocketCodes,
} from '@status-i18n/core';
import { describe } from './catalog';

/**
 * The protocols in the order the command line and the reference page show them.
 *
 * @example
 * ```ts
 * PROTOCOLS.flatMap((protocol) => codeEntries(protocol, 'en')).length; // every code of the catalog
 * ```
 */
export const PROTOCOLS: readonly Protocol[] = ['http', 'ftp', 'websocket'];

const tables: Readonly<Record<Protocol, { codes: object; classes: Readonly<Record<string, ClassFacts>> }>> = {
  http: { codes: httpCodes, classes: httpClasses },
  ftp: { codes: ftpCodes, classes: ftpClasses },
  websocket: { codes: websocketCodes, classes: websocketClasses },
};

/** One class of a protocol, in one locale, with the codes the catalog has in it. */
export interface ClassEntry {
  readonly key: string;
  readonly min: number;
  readonly max: number;
  readonly title: string;
  readonly description: string;
  readonly codes: readonly CodeDescription[];
}

/**
 * Every code the built-in catalog documents for a protocol, ascending, described in `locale`.
 *
 * @example
 * ```ts
 * codeEntries('websocket', 'en').map((entry) => entry.code); // [1000, 1001, …, 1015]
 * ```
 */
export function codeEntries(protocol: Protocol, locale: string): CodeDescription[] {
  return Object.keys(tables[protocol].codes)
    .map(Number)
    .sort((a, b) => a - b)
    .flatMap((code) => describe(code, { protocol, locale }) ?? []);
}

/**
 * The classes of a protocol in order, each with its words (read from its lowest code, which the catalog
 * describes by the class when it lacks that code) and its codes.
 *
 * @example
 * ```ts
 * classEntries('http', 'zh-CN')[3]; // { key: '4xx', title: '客户端错误', codes: [400, 401, …], … }
 * ```
 */
export function classEntries(protocol: Protocol, locale: string): ClassEntry[] {
  const codes = codeEntries(protocol, locale);
  return Object.entries(tables[protocol].classes)
    .sort(([, a], [, b]) => a.min - b.min)
    .map(([key, { min, max }]) => {
      const words = describe(min, { protocol, locale });
      return {
        key,
        min,
        max,
        title: words?.classTitle ?? key,
        description: words?.classDescription ?? '',
        codes: codes.filter((entry) => entry.code >= min && entry.code <= max),
      };
    });
}
