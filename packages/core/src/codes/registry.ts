import { ftpClasses, ftpCodes } from './ftp';
import { httpClasses, httpCodes } from './http';
import type { ClassFacts, CodeFacts, Protocol } from './types';
import { websocketClasses, websocketCodes } from './websocket';

/** Everything the catalog knows about one protocol's numbers, apart from the words. */
export interface ProtocolTable {
  readonly codes: Readonly<Record<number, CodeFacts>>;
  readonly classes: Readonly<Record<string, ClassFacts>>;
  /** Where the meaning of the classes (and so of unknown codes) is defined. */
  readonly classReference: string;
}

export const protocolTables: Readonly<Record<Protocol, ProtocolTable>> = {
  http: { codes: httpCodes, classes: httpClasses, classReference: 'RFC 9110, Section 15' },
  ftp: { codes: ftpCodes, classes: ftpClasses, classReference: 'RFC 959, Section 4.2.1' },
  websocket: { codes: websocketCodes, classes: websocketClasses, classReference: 'RFC 6455, Section 7.4.2' },
};

export const protocols: readonly Protocol[] = ['http', 'ftp', 'websocket'];

export function isProtocol(value: unknown): value is Protocol {
  return value === 'http' || value === 'ftp' || value === 'websocket';
}

/** The key of the class that contains `code`, if any. */
export function classKeyOf(classes: Readonly<Record<string, ClassFacts>>, code: number): string | undefined {
  for (const [key, range] of Object.entries(classes)) if (code >= range.min && code <= range.max) return key;
  return undefined;
}

/** Whether `id` is written as a code (digits) and falls in one of `table`'s classes. */
export function isClassCode(id: string, table: ProtocolTable): boolean {
  return /^\d{1,4}$/.test(id) && classKeyOf(table.classes, Number(id)) !== undefined;
}
