import { isLanguageTag } from '../../locale/tags';
import type { ProblemParams } from '../define';
import type { ValidationStatus } from '../validation/validation-error';
import { checkPrefix } from './names';
import type { ProblemList, ProblemsEntry } from './problem-list';

/** Options of `openApiComponents()`. */
export interface OpenApiComponentsOptions {
  /**
   * The application's problems: what `defineProblems()` returned, its `list()`, or an array of either (several
   * `defineProblems()` results, single problems). Each gets a schema and a response. Default: none.
   */
  readonly problems?: ProblemList | readonly ProblemsEntry[];
  /** Put before every component name (`'Shop'` → `ShopProblem`, `ShopOutOfCreditProblem`). Default `''`. */
  readonly prefix?: string;
  /**
   * The languages to show examples in: each is answered as a request in it would be, so a language a problem
   * lacks shows its fallback. Default: every language a problem has (en, zh-CN and zh-TW for validation).
   */
  readonly locales?: readonly string[];
  /** The error handler's `defaultLocale`, where a problem's fallback starts. Default `'en'`. */
  readonly defaultLocale?: string;
  /**
   * The status of validation problems: the error handler's `validationStatus`, and what `validationProblem()`
   * calls pass. `422` (default), `400`, or both (`[422, 400]`; the examples use the first).
   */
  readonly validationStatus?: ValidationStatus | readonly ValidationStatus[];
  /**
   * Params for the examples, by problem name, over the generated ones (numbers 30, 50, …; a date; a select's
   * first case; a text argument's name), e.g. `{ 'out-of-credit': { balance: 30, price: 1250 } }`.
   */
  readonly examples?: Readonly<Record<string, ProblemParams>>;
}

/** The options, checked: a wrong one throws a `TypeError` that names it. */
export interface CheckedOptions {
  readonly prefix: string;
  readonly locales: readonly string[] | undefined;
  readonly defaultLocale: string;
  readonly statuses: readonly ValidationStatus[];
  readonly examples: Readonly<Record<string, ProblemParams>>;
}

function fail(option: string, expected: string): never {
  throw new TypeError(`status-i18n: openApiComponents() option "${option}" must be ${expected}`);
}

function isStatus(value: unknown): value is ValidationStatus {
  return value === 400 || value === 422;
}

export function checkOptions(options: OpenApiComponentsOptions): CheckedOptions {
  const { locales, defaultLocale = 'en', validationStatus = 422, examples = {} } = options;
  if (locales !== undefined && (!Array.isArray(locales) || locales.length === 0 || !locales.every(isLanguageTag))) {
    fail('locales', 'a non-empty array of language tags');
  }
  if (typeof defaultLocale !== 'string' || !isLanguageTag(defaultLocale)) fail('defaultLocale', 'a language tag');
  const statuses: readonly unknown[] = Array.isArray(validationStatus) ? validationStatus : [validationStatus];
  if (statuses.length === 0 || !statuses.every(isStatus)) fail('validationStatus', '400, 422, or an array of them');
  if (typeof examples !== 'object' || examples === null) fail('examples', 'an object of params by problem name');
  return {
    prefix: checkPrefix(options.prefix ?? ''),
    locales,
    defaultLocale,
    statuses: [...new Set(statuses)],
    examples,
  };
}
