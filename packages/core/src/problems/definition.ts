import { isErrorStatus } from '../error/status';
import { truncateText } from '../internal/text';
import { canonicalTag, INTL_TAG_RULE, isIntlLanguageTag } from '../locale/tags';
import { REFERENCE_LOCALE } from '../locales';
import { type CompiledMessage, checkFormattable, compileMessage, formatMessage } from './icu';
import { LocaleChoice } from './locale-choice';
import type { ProblemResolveContext, ResolvedProblem } from './member';
import { exampleParams } from './openapi/example-params';
import { messageArguments } from './openapi/message-arguments';
import { type ParamKind, paramsToExtensions } from './params';
import { isProblemName, VALIDATION_PROBLEM_TYPE } from './type-uri';

/** A problem's words in one language: ICU MessageFormat strings. */
export interface ProblemMessages {
  /** A short summary that does not change from occurrence to occurrence, e.g. `'Not enough credit'`. */
  readonly title: string;
  /** This occurrence, with its params, e.g. `'Your balance is {balance, number}.'`. */
  readonly detail: string;
}

/** One application problem: its status and its words by language tag. */
export interface ProblemDefinition {
  /** An error status, 400–599. */
  readonly status: number;
  /** Words by language tag (`en`, `zh-CN`, …); the first is the last fallback. */
  readonly messages: Readonly<Record<string, ProblemMessages>>;
}

/** A defined problem, as `problems.list()` describes it (for documentation and OpenAPI). */
export interface DefinedProblem {
  readonly name: string;
  readonly status: number;
  readonly type: string;
  readonly messages: Readonly<Record<string, ProblemMessages>>;
}

interface Compiled {
  readonly title: CompiledMessage;
  readonly detail: CompiledMessage;
  readonly rawTitle: string;
}

/** The members a definition may have: its own two, and those a listed problem (`problems.list()`) adds. */
const DEFINITION_MEMBERS = ['status', 'messages', 'name', 'type'] as const;
export type DefinitionMember = (typeof DEFINITION_MEMBERS)[number];
const DEFINITION_KEYS: ReadonlySet<string> = new Set(DEFINITION_MEMBERS);

/** One problem, checked and with its messages compiled, ready to answer in any of its languages. */
export class CompiledProblem {
  readonly described: DefinedProblem;
  /**
   * The params its messages use, in any language, title or detail, and how they format each (`{n, number}`,
   * `{due, date}`, …): what `create()` checks a call's params against.
   */
  readonly paramKinds: ReadonlyMap<string, ParamKind>;
  // Compiled once here, one entry per language the definition has: the set is as bounded as the definition.
  readonly #messages = new Map<string, Compiled>();
  readonly #choice: LocaleChoice;
  readonly #reference: string;
  /** Whether a message shows a date (`{due, date}`, `{at, time}`): only then is the context's `timeZone` read. */
  readonly #showsDates: boolean;

  constructor(name: string, definition: unknown, type: string) {
    const where = `problem "${name}"`;
    if (!isProblemName(name)) {
      throw new TypeError(`status-i18n: ${where}: a problem name is letters, digits and - . _ ~ (at most 128)`);
    }
    if (type === VALIDATION_PROBLEM_TYPE) {
      throw new TypeError(`status-i18n: ${where}: the type ${type} is the validation problem's`);
    }
    for (const key of Object.keys(definition ?? {})) {
      // A misspelt `status` would read as a missing one: say which key is not known. (A listed problem,
      // `problems.list()`'s, also has its `name` and `type`, and is read again by openApiComponents().)
      if (!DEFINITION_KEYS.has(key)) throw new TypeError(`status-i18n: ${where}: unknown key "${key}"`);
    }
    const { status, messages } = (definition ?? {}) as Partial<ProblemDefinition>;
    if (!isErrorStatus(status)) throw new TypeError(`status-i18n: ${where}: "status" must be an integer 400–599`);
    if (typeof messages !== 'object' || messages === null || Object.keys(messages).length === 0) {
      throw new TypeError(`status-i18n: ${where}: "messages" must have words in at least one language`);
    }
    const described: Record<string, ProblemMessages> = {};
    for (const [written, words] of Object.entries(messages)) {
      const { title, detail } = (words ?? {}) as Partial<ProblemMessages>;
      if (!isIntlLanguageTag(written)) {
        throw new TypeError(`status-i18n: ${where}: "${written}" is not a language tag ${INTL_TAG_RULE}`);
      }
      // The tag in its canonical case: it is what the answer's Content-Language says (`EN` would be sent as is).
      const locale = canonicalTag(written);
      // A misspelt `detial` beside its `detail` would be dropped without a word.
      for (const key of typeof words === 'object' && words !== null ? Object.keys(words) : []) {
        if (key !== 'title' && key !== 'detail') {
          throw new TypeError(
            `status-i18n: ${where}: messages["${locale}"] has an unknown key "${key}" (title, detail)`,
          );
        }
      }
      if (typeof title !== 'string' || title.trim() === '' || typeof detail !== 'string') {
        throw new TypeError(`status-i18n: ${where}: messages["${locale}"] needs a "title" and a "detail" string`);
      }
      this.#messages.set(locale, {
        title: compileMessage(title, locale, `${where} title in ${locale}`),
        detail: compileMessage(detail, locale, `${where} detail in ${locale}`),
        rawTitle: title,
      });
      described[locale] = Object.freeze({ title, detail });
    }
    // The params the messages name, for `create()` to check: a JavaScript caller that leaves one out (or misspells
    // it) would otherwise get the title in place of the detail, and no word of why.
    const args = messageArguments(described);
    this.paramKinds = new Map([...args].map(([param, { kind, counted }]) => [param, counted ? 'count' : kind]));
    this.#showsDates = [...this.paramKinds.values()].includes('date');
    const examples = exampleParams(args, {});
    for (const [locale, { title, detail }] of this.#messages) {
      checkFormattable(title, examples, `${where} title in ${locale}`);
      checkFormattable(detail, examples, `${where} detail in ${locale}`);
    }
    const locales = [...this.#messages.keys()];
    this.#choice = new LocaleChoice(locales);
    this.#reference = this.#choice.choose(REFERENCE_LOCALE, { defaultLocale: REFERENCE_LOCALE });
    this.described = Object.freeze({ name, status, type, messages: Object.freeze(described) });
  }

  /** The detail in English (else the first language): an error message for logs. */
  logMessage(params: Readonly<Record<string, unknown>>): string {
    const compiled = this.#messages.get(this.#reference) as Compiled;
    return formatMessage(compiled.detail, params) ?? formatMessage(compiled.title, params) ?? this.described.name;
  }

  resolve(params: Readonly<Record<string, unknown>>, locale: string, context: ProblemResolveContext): ResolvedProblem {
    const chosen = this.#choice.choose(locale, context);
    const compiled = this.#messages.get(chosen) as Compiled;
    // A param a JavaScript caller left out fails the format: the title's own words then stand in.
    // Read only for a problem that shows a date: a `timeZone` hook is asked then (see the context's `timeZone`).
    const timeZone = this.#showsDates ? context.timeZone : undefined;
    const title = formatMessage(compiled.title, params, timeZone) ?? compiled.rawTitle;
    const detail = formatMessage(compiled.detail, params, timeZone) ?? title;
    const { status, type } = this.described;
    return {
      status,
      type,
      title: truncateText(title),
      detail: truncateText(detail),
      extensions: paramsToExtensions(params, this.paramKinds),
      locale: chosen,
    };
  }
}
