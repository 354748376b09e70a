import type { RuleKind } from '../problems/validation/issue';

/**
 * The words of validation problems in one locale, as ICU MessageFormat strings: the problem's `title` and
 * `detail` (with `{count}`, the number of field errors listed, and `{more}`, `yes` when the validator reported more
 * than the at most 100 listed, else `no`), and one message per rule a field can break, with the
 * rule's parameters (`{minimum}`, `{maximum}`, `{length}`, `{count}`, `{divisor}`, `{bound}` = `inclusive` or
 * `exclusive`, `{expected}` = a type, `{format}`, `{values}` = the allowed values as a list in the language).
 */
export type ValidationMessages = { readonly title: string; readonly detail: string } & {
  readonly [Kind in RuleKind]: string;
};
