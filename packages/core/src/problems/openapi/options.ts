import { type Catalog, defaultCatalog, isCatalog } from '../../catalog';
import { unknownOptionError } from '../../internal/known-keys';
import { isTimeZone } from '../../internal/time-zone';
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
   * The error handler's `catalog` (from `createCatalog()`): the validation problem's examples use its words, so
   * a catalog that loads `ja` shows the Japanese answer. Default: the built-in catalog.
   */
  readonly catalog?: Catalog;
  /**
   * The languages to show examples in: each is answered as a request in it would be, so a language a problem
   * lacks shows its fallback. Default: the catalog's locales for the validation problem, and every language a
   * defined problem has for that problem. The server answers only in a language its catalog negotiates: a
   * problem's language that the catalog lacks is shown here but never sent, so give the catalog's locales.
   */
  readonly locales?: readonly string[];
  /** The error handler's `defaultLocale`, where a problem's fallback starts. Default: the catalog's default locale. */
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
  /** The error handler's `timeZone` when it is a name: the zone the examples show dates in. Default: the server's. */
  readonly timeZone?: string;
}

/** The options, checked: a wrong one throws a `TypeError` that names it. */
export interface CheckedOptions {
  readonly prefix: string;
  readonly catalog: Catalog;
  readonly locales: readonly string[] | undefined;
  readonly defaultLocale: string;
  readonly statuses: readonly ValidationStatus[];
  readonly examples: Readonly<Record<string, ProblemParams>>;
  readonly timeZone: string | undefined;
}

// Every option, once: a name added to OpenApiComponentsOptions and not here fails the type check.
const OPTION_NAMES: ReadonlySet<string> = new Set(
  Object.keys({
    problems: true,
    prefix: true,
    catalog: true,
    locales: true,
    defaultLocale: true,
    validationStatus: true,
    examples: true,
    timeZone: true,
  } satisfies Record<keyof OpenApiComponentsOptions, true>),
);

function fail(option: string, expected: string): never {
  throw new TypeError(`status-i18n: openApiComponents() option "${option}" must be ${expected}`);
}

function isStatus(value: unknown): value is ValidationStatus {
  return value === 400 || value === 422;
}

export function checkOptions(options: OpenApiComponentsOptions): CheckedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('status-i18n: openApiComponents() options must be an object');
  }
  // A misspelt option would be ignored, and the document would silently differ from what the server sends.
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) throw unknownOptionError('openApiComponents()', name, OPTION_NAMES);
  }
  const { catalog = defaultCatalog, locales, validationStatus = 422, examples = {} } = options;
  if (!isCatalog(catalog)) fail('catalog', 'a Catalog from createCatalog()');
  const defaultLocale = options.defaultLocale ?? catalog.defaultLocale;
  if (locales !== undefined && (!Array.isArray(locales) || locales.length === 0 || !locales.every(isLanguageTag))) {
    fail('locales', 'a non-empty array of language tags');
  }
  if (typeof defaultLocale !== 'string' || !isLanguageTag(defaultLocale)) fail('defaultLocale', 'a language tag');
  // As the error handler refuses it: a document of a server that cannot be set up so would describe nothing real.
  if (catalog.matchLocale(defaultLocale) === undefined) {
    fail(
      'defaultLocale',
      `one of the catalog's locales (${catalog.locales.join(', ')}) or a tag that means one (zh-HK)`,
    );
  }
  const statuses: readonly unknown[] = Array.isArray(validationStatus) ? validationStatus : [validationStatus];
  if (statuses.length === 0 || !statuses.every(isStatus)) fail('validationStatus', '400, 422, or an array of them');
  if (typeof examples !== 'object' || examples === null) fail('examples', 'an object of params by problem name');
  const { timeZone } = options;
  if (timeZone !== undefined && !isTimeZone(timeZone)) fail('timeZone', "an IANA time zone such as 'Asia/Shanghai'");
  return {
    prefix: checkPrefix(options.prefix ?? ''),
    catalog,
    locales,
    defaultLocale,
    statuses: [...new Set(statuses)],
    examples,
    timeZone,
  };
}
