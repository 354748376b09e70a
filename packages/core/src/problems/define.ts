import { isPlainObject, ownKeys, readProperty } from '../error/read';
import { unknownOptionError } from '../internal/known-keys';
import { CompiledProblem, type DefinedProblem, type DefinitionMember, type ProblemDefinition } from './definition';
import type { MessageArguments, MessageParams } from './icu-params';
import { ownResolver } from './member';
import { checkParams } from './params';
import { ProblemError } from './problem-error';
import { checkTypeBase, DEFAULT_TYPE_BASE } from './type-uri';

/** Problems by name. */
export type ProblemDefinitions = Readonly<Record<string, ProblemDefinition>>;

/** Options of {@link defineProblems}. */
export interface DefineProblemsOptions {
  /**
   * An absolute URI that each problem's name is appended to, to make its `type`
   * (`'https://api.example.com/problems/'` → `'https://api.example.com/problems/out-of-credit'`).
   * Default `'urn:problem-type:'`.
   */
  readonly typeBase?: string;
}

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/**
 * A status written in the definitions that is no integer 400–599 (`200`, `404.5`, `1e3`) requires a
 * member of this name, so that the compiler's message names the rule (`defineProblems()` throws a `TypeError` for
 * such a status). A `number` whose value the compiler cannot see is checked where it is defined.
 */
type StatusCheck<S> = number extends S
  ? unknown
  : `${S & number}` extends `${4 | 5}${Digit}${Digit}`
    ? unknown
    : { readonly 'status must be an integer 400–599': never };

/** A member a definition or a language's words do not have (`descripton`), refused as `defineProblems()` does. */
type UnknownMembers<T, Known extends PropertyKey> = { readonly [Name in Exclude<keyof T, Known>]: never };

/** The words of one language, with no member beside `title` and `detail`. */
type CheckedWords<W> = UnknownMembers<W, keyof ProblemDefinition['messages'][string]>;

/** One definition as the compiler checks it: its status, its members and its words' members. */
type CheckedDefinition<T> = T extends { readonly status: infer S; readonly messages: infer M }
  ? StatusCheck<S> & { readonly messages: { readonly [Tag in keyof M]: CheckedWords<M[Tag]> } } & UnknownMembers<
        T,
        DefinitionMember
      >
  : unknown;

/**
 * The definitions as the compiler checks them, on top of {@link ProblemDefinitions}: what `defineProblems()` would
 * refuse when it runs (a status outside 400–599, a misspelt member) is a compile error where it is written. The
 * `const` type parameter that reads the messages' params skips TypeScript's own check of unknown members.
 */
export type CheckedDefinitions<D> = { readonly [Name in keyof D]: CheckedDefinition<D[Name]> };

/** Params beyond the messages' own: extension members of the response. */
export type ProblemParams = Readonly<Record<string, unknown>>;

/** Every message of a definition, in every language, title and detail. */
type MessagesOf<D> = D extends { readonly messages: infer M } ? M[keyof M] : never;
type TextsOf<D> =
  MessagesOf<D> extends infer W
    ? W extends ProblemDefinition['messages'][string]
      ? W['title'] | W['detail']
      : never
    : never;

/** The params `create()` takes for a definition: those its messages name are required, others allowed. */
export type CreateParams<D> = [MessageArguments<TextsOf<D>>] extends [never]
  ? [params?: ProblemParams]
  : [params: MessageParams<MessageArguments<TextsOf<D>>> & ProblemParams];

/** What {@link defineProblems} returns. */
export interface Problems<D extends ProblemDefinitions> {
  /**
   * A new error for the problem `name`, to throw. The params fill the messages' arguments and become
   * extension members of the response.
   */
  create<Name extends keyof D & string>(name: Name, ...params: CreateParams<D[Name]>): ProblemError<Name>;
  /** The defined problems, in definition order: name, status, type and messages (for docs and OpenAPI). */
  list(): readonly DefinedProblem[];
}

/** A frozen plain copy of what a caller passed, read so that a getter that throws only loses its member. */
function snapshot(params: unknown): ProblemParams {
  const copy: Record<string, unknown> = {};
  if (typeof params === 'object' && params !== null) {
    for (const key of ownKeys(params)) if (key !== '__proto__') copy[key] = readProperty(params, key);
  }
  return Object.freeze(copy);
}

/**
 * Defines the application's own problem types (RFC 9457): a status and words per language, in ICU MessageFormat
 * (plurals, numbers and dates formatted for the language). `create()` makes the error to throw; the error
 * handler answers it in the request's language with `type` = `typeBase` + name, the localized `title` and
 * `detail`, and the params as extension members. A language the problem lacks falls back as the catalog's do
 * (`zh-HK` → `zh-TW`, `en-GB` → `en`, then the default locale, English, the first language).
 *
 * Definitions are checked and compiled here: a bad name, status, language tag or ICU message throws a
 * `TypeError`. In TypeScript a status written outside 400–599 and a member a definition or its words do not have
 * (`descripton`) are compile errors where they are written, and so are an unknown name given to `create()` and a
 * missing or mistyped param that a message names (with the messages written in the call, or `as const`).
 *
 * @example
 * ```ts
 * export const problems = defineProblems({
 *   'out-of-credit': {
 *     status: 403,
 *     messages: {
 *       en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
 *       'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
 *     },
 *   },
 * }, { typeBase: 'https://api.example.com/problems/' });
 *
 * throw problems.create('out-of-credit', { balance: 30, price: 50 });
 * ```
 */
export function defineProblems<const D extends ProblemDefinitions>(
  definitions: D & CheckedDefinitions<D>,
  options: DefineProblemsOptions = {},
): Problems<D> {
  // An array would define problems named "0", "1", …, a Map none at all (its entries are no properties).
  if (typeof definitions !== 'object' || definitions === null || !isPlainObject(definitions)) {
    const example = "{ 'out-of-credit': { status, messages } }";
    throw new TypeError(`status-i18n: defineProblems() takes an object of problem definitions by name (${example})`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('status-i18n: defineProblems(definitions, options) takes an options object ({ typeBase })');
  }
  // A misspelt option (`typebase`) would be ignored, and every problem's `type` would silently be a URN.
  for (const name of Object.keys(options)) {
    if (name !== 'typeBase') throw unknownOptionError('defineProblems()', name, ['typeBase']);
  }
  const typeBase = options.typeBase === undefined ? DEFAULT_TYPE_BASE : checkTypeBase(options.typeBase);
  const compiled = new Map<string, CompiledProblem>();
  for (const [name, definition] of Object.entries(definitions)) {
    compiled.set(name, new CompiledProblem(name, definition, `${typeBase}${name}`));
  }
  const listed = Object.freeze([...compiled.values()].map((problem) => problem.described));

  return {
    create(name, ...args) {
      const problem = compiled.get(name);
      if (problem === undefined) throw new TypeError(`status-i18n: no problem is defined as "${String(name)}"`);
      const params = snapshot(args[0]);
      // TypeScript says so at compile time; plain JavaScript learns it here, where the call is.
      checkParams(name, params, problem.paramKinds);
      const resolver = ownResolver(problem.resolve.bind(problem, params));
      return new ProblemError(name, problem.described.status, params, problem.logMessage(params), resolver);
    },
    list: () => listed,
  };
}
