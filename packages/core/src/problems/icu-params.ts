/**
 * The parameters an ICU message needs, read from its text by the type checker, so that a missing parameter of
 * `problems.create(name, params)` is a compile error.
 *
 * The reading covers what problem messages use: `{name}`, `{name, number}`, `{name, number, ::currency/EUR}`,
 * `{name, date, medium}`, `{name, time}`, and `{name, plural | selectordinal | select, … {…}}` with arguments
 * nested in their branches. It jumps from brace to brace rather than from character to character, so long
 * messages stay cheap to check. Quoted text is left out first, as ICU reads it: `'{'braces'}'` is the text
 * `{braces}`, not an argument, and `''` an apostrophe. A message typed as `string` (not a literal) asks for
 * nothing.
 */

/** A value an ICU argument can format. */
export type ParamValue = string | number | bigint | boolean | Date | null | undefined;

/** What an argument's type says about its value. */
type ArgumentKind = 'any' | 'number' | 'date' | 'select';

/** One argument found in a message: its name and kind. */
type Argument = readonly [name: string, kind: ArgumentKind];

type Space = ' ' | '\n' | '\t' | '\r';
type TrimStart<S extends string> = S extends `${Space}${infer Rest}` ? TrimStart<Rest> : S;
type TrimEnd<S extends string> = S extends `${infer Rest}${Space}` ? TrimEnd<Rest> : S;
type Trim<S extends string> = TrimStart<TrimEnd<S>>;

/** `S` split at the first of two delimiters: `[before, delimiter, after]`, or `never` when neither occurs. */
type SplitAtFirst<
  S extends string,
  First extends string,
  Second extends string,
> = S extends `${infer A}${First}${infer B}`
  ? A extends `${infer C}${Second}${infer D}`
    ? [C, Second, `${D}${First}${B}`]
    : [A, First, B]
  : S extends `${infer A}${Second}${infer B}`
    ? [A, Second, B]
    : never;

/**
 * Reads a message up to its end, or up to the brace that closes it when it is a branch of a plural or select.
 * Gives `[arguments found, text after the closing brace]`.
 */
type ReadMessage<S extends string, Found> =
  SplitAtFirst<S, '{', '}'> extends [string, infer Brace, infer After extends string]
    ? Brace extends '{'
      ? ReadArgument<After, Found>
      : [Found, After]
    : [Found, ''];

/** Reads one argument, from just after its opening brace, then the rest of its message. */
type ReadArgument<S extends string, Found> =
  SplitAtFirst<S, ',', '}'> extends [infer Name extends string, infer Delimiter, infer After extends string]
    ? Delimiter extends '}'
      ? ReadMessage<After, Found | readonly [Trim<Name>, 'any']>
      : ReadFormat<Trim<Name>, After, Found>
    : [Found, ''];

/** Reads the type of an argument (`number`, `plural`, …) and what follows it. */
type ReadFormat<Name extends string, S extends string, Found> =
  SplitAtFirst<S, ',', '}'> extends [infer Type extends string, infer Delimiter, infer After extends string]
    ? Trim<Type> extends 'plural' | 'selectordinal' | 'select'
      ? ReadBranches<After, Found | readonly [Name, Trim<Type> extends 'select' ? 'select' : 'number']> extends [
          infer FoundInBranches,
          infer Rest extends string,
        ]
        ? ReadMessage<Rest, FoundInBranches>
        : [Found, '']
      : ReadMessage<
          Delimiter extends '}' ? After : After extends `${string}}${infer Rest}` ? Rest : '',
          Found | readonly [Name, KindOfType<Trim<Type>>]
        >
    : [Found, ''];

type KindOfType<Type extends string> = Type extends 'number' ? 'number' : Type extends 'date' | 'time' ? 'date' : 'any';

/** Reads the branches of a plural or select (`one {…} other {…}`) up to the brace that closes the argument. */
type ReadBranches<S extends string, Found> =
  SplitAtFirst<S, '{', '}'> extends [string, infer Brace, infer After extends string]
    ? Brace extends '{'
      ? ReadMessage<After, Found> extends [infer FoundInBranch, infer Rest extends string]
        ? ReadBranches<Rest, FoundInBranch>
        : [Found, '']
      : [Found, After]
    : [Found, ''];

/** What an apostrophe quotes when one of these follows it (ICU's apostrophe mode, as intl-messageformat reads it). */
type QuotableCharacter = '{' | '}' | '#' | '|';

/**
 * `S` without its quoted text: `''` (an apostrophe) and `'{…'` (an apostrophe before a syntax character, up to the
 * next apostrophe) are dropped; any other apostrophe ("can't") is plain text. Only apostrophes are visited, in a
 * tail call each, so a message with many of them stays cheap.
 */
type WithoutQuotedText<S extends string, Done extends string = ''> = S extends `${infer Before}'${infer After}`
  ? After extends `'${infer Rest}`
    ? WithoutQuotedText<Rest, `${Done}${Before}`>
    : After extends `${QuotableCharacter}${string}`
      ? After extends `${string}'${infer Rest}`
        ? WithoutQuotedText<Rest, `${Done}${Before}`>
        : `${Done}${Before}`
      : WithoutQuotedText<After, `${Done}${Before}`>
  : `${Done}${S}`;

/** The arguments of every message in the union `S`; none for a message typed only as `string`. */
export type MessageArguments<S> = S extends string
  ? string extends S
    ? never
    : ReadMessage<WithoutQuotedText<S>, never> extends [infer Found, string]
      ? Found
      : never
  : never;

/** The value an argument of the given kinds accepts: a number where any use formats it as one. */
type ValueOfKinds<Kinds> = 'number' extends Kinds
  ? number | bigint
  : 'date' extends Kinds
    ? Date | number
    : 'select' extends Kinds
      ? string | number | boolean
      : string | number;

/**
 * The parameters that the arguments `A` (from {@link MessageArguments}) need, each typed by how it is formatted.
 *
 * @example
 * ```ts
 * type P = MessageParams<MessageArguments<'{count, plural, one {# seat} other {# seats}} from {when, date}'>>;
 * // { count: number | bigint; when: Date | number }
 * ```
 */
export type MessageParams<A> = [A] extends [never]
  ? Record<never, never>
  : {
      readonly [Name in A extends Argument ? A[0] : never]: ValueOfKinds<Extract<A, readonly [Name, ArgumentKind]>[1]>;
    };
