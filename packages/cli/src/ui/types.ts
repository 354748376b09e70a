import type { Protocol } from '@status-i18n/core';

/** The column headings of the WebSocket table of the reference page. */
export interface WebSocketTableHeadings {
  readonly code: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly sendable: string;
  readonly reference: string;
}

/** The column headings of the WebSocket ranges table of the reference page. */
export interface RangeTableHeadings {
  readonly range: string;
  readonly title: string;
  readonly description: string;
}

/** The words of the reference page (`status-i18n docs`) around the catalog's own. */
export interface DocsStrings {
  readonly title: string;
  /** An HTML comment on generated files; `command` is the line that wrote the page. */
  readonly generated: (command: string) => string;
  readonly intro: string;
  readonly sections: Readonly<Record<Protocol, string>>;
  readonly websocketIntro: string;
  readonly rangesHeading: string;
  readonly websocketTable: WebSocketTableHeadings;
  readonly rangeTable: RangeTableHeadings;
}

/** Messages on stderr. Each names what was wrong, so the user can fix the command line. */
export interface ErrorStrings {
  readonly unknownCode: (code: string, protocol: string) => string;
  readonly notACode: (value: string) => string;
  readonly conflictingProtocols: (flags: readonly string[]) => string;
  readonly unknownOption: (option: string) => string;
  readonly optionTakesNoValue: (option: string) => string;
  readonly optionNeedsValue: (option: string) => string;
  readonly unexpectedArgument: (argument: string, command: string) => string;
  readonly optionNotForCommand: (option: string, command: string) => string;
  readonly missingQuery: string;
  readonly noResults: (query: string) => string;
  readonly badLanguageTag: (tag: string) => string;
  readonly languageFallback: (tag: string, used: string) => string;
  readonly seeHelp: string;
}

/**
 * Every word the command line prints that does not come from the catalog, for one locale. Templates are
 * functions so each language can order its own words.
 */
export interface UiStrings {
  readonly protocols: Readonly<Record<Protocol, string>>;
  /** `'4xx Client Error'` in English, `'4xx客户端错误'` in Chinese, as the seed document writes it. */
  readonly classHeading: (classKey: string, title: string) => string;
  /** Between a title and its description: `': '` or `'：'`. */
  readonly colon: string;
  /** Between items of a note: `'; '` or `'；'`. */
  readonly separator: string;
  /** A note after a sentence: `' (…)'` or `'（…）'`. */
  readonly note: (text: string) => string;
  readonly labels: {
    readonly protocol: string;
    readonly class: string;
    readonly reference: string;
    readonly status: string;
    readonly sendable: string;
  };
  readonly official: string;
  readonly usedBy: (source: string) => string;
  readonly deprecated: string;
  readonly obsolete: string;
  readonly mustNotBeSent: string;
  readonly yes: string;
  readonly no: string;
  readonly notInCatalog: (code: number, classKey: string, classTitle: string) => string;
  readonly help: (locales: readonly string[]) => string;
  readonly errors: ErrorStrings;
  readonly docs: DocsStrings;
}
