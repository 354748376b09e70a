/**
 * The parts of `intl-messageformat`'s parsed message (the AST of `@formatjs/icu-messageformat-parser`) that the
 * checks of a message read. The element types are numbers of the parser's `TYPE`, which `intl-messageformat`
 * does not re-export.
 */
export const ARGUMENT = 1;
export const NUMBER = 2;
export const DATE = 3;
export const TIME = 4;
export const SELECT = 5;
export const PLURAL = 6;

/** One element of a parsed message, as far as the checks read it. */
export interface Element {
  readonly type: number;
  readonly value?: unknown;
  /** A number's or date's style: a name (`percent`), or a parsed skeleton (`::currency/EUR`). */
  readonly style?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
  readonly children?: readonly Element[];
}

/** Calls `visit` with every element of a parsed message, those in plural and select branches too. */
export function forEachElement(elements: readonly Element[], visit: (element: Element) => void): void {
  for (const element of elements) {
    visit(element);
    for (const option of Object.values(element.options ?? {})) forEachElement(option.value, visit);
    if (element.children !== undefined) forEachElement(element.children, visit);
  }
}
