import { parseArgs } from 'node:util';
import { type Protocol, tagOfPosixLocale } from '@status-i18n/core';
import { isPortableLocale } from './env-locale';
import type { ErrorStrings } from './ui';

/** What the command line asks for. */
export type Command =
  | { readonly name: 'help'; readonly asError: boolean }
  | { readonly name: 'version' }
  /** `written`: the code as the user gave it, leading zeros dropped, for messages (one past 2^53 is no exact number). */
  | { readonly name: 'lookup'; readonly code: number; readonly written: string; readonly protocol: Protocol }
  | { readonly name: 'search'; readonly query: string; readonly protocol: Protocol | undefined }
  | { readonly name: 'list'; readonly protocol: Protocol }
  | { readonly name: 'docs' };

/** A parsed command line. */
export interface Invocation {
  readonly command: Command;
  /** The `--lang` tag as given, `_` turned into `-`; `undefined` to use the environment's locale. */
  readonly lang: string | undefined;
  readonly json: boolean;
}

/** A usage error, worded later in the language the user asked for. */
export type Problem = (errors: ErrorStrings) => string;

/** The outcome of {@link parseArguments}; `lang` is kept on failure so the error is in that language. */
export type ParseResult =
  | { readonly ok: true; readonly invocation: Invocation }
  | { readonly ok: false; readonly problem: Problem; readonly lang: string | undefined };

const options = {
  http: { type: 'boolean' },
  ftp: { type: 'boolean' },
  ws: { type: 'boolean' },
  lang: { type: 'string', short: 'l' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const protocolFlags: ReadonlyArray<readonly [keyof typeof options, Protocol]> = [
  ['http', 'http'],
  ['ftp', 'ftp'],
  ['ws', 'websocket'],
];

// BCP 47 shape, loosely: `zh`, `zh-TW`, `zh-Hant-TW` (checked after a POSIX name is read as its tag).
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z\d]{1,8})*$/;

function isOption(name: string): name is keyof typeof options {
  return Object.hasOwn(options, name);
}

/** Unknown options and misused values, found on the tokens so each message can be our own and localized. */
function checkTokens(tokens: ReturnType<typeof parseArgs>['tokens']): Problem | undefined {
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    const { name, rawName } = token;
    if (!isOption(name)) return (errors) => errors.unknownOption(rawName);
    if (options[name].type === 'boolean' && token.value !== undefined) {
      return (errors) => errors.optionTakesNoValue(rawName);
    }
    if (options[name].type === 'string' && token.value === undefined) {
      return (errors) => errors.optionNeedsValue(rawName);
    }
  }
  return undefined;
}

/** The command named by the positionals, once the options are known to be valid. */
function commandOf(positionals: readonly string[], protocol: Protocol | undefined, json: boolean): Command | Problem {
  const [first, ...rest] = positionals;
  if (first === undefined) return { name: 'help', asError: true };
  if (first === 'search') {
    const query = rest.join(' ').trim();
    return query === '' ? (errors) => errors.missingQuery : { name: 'search', query, protocol };
  }
  const extra = rest[0];
  if (extra !== undefined) return (errors) => errors.unexpectedArgument(extra, first);
  if (first === 'help') return { name: 'help', asError: false };
  if (first === 'list') return { name: 'list', protocol: protocol ?? 'http' };
  if (first === 'docs') {
    if (json) return (errors) => errors.optionNotForCommand('--json', 'docs');
    if (protocol !== undefined) {
      const flag = protocolFlags.find(([, value]) => value === protocol)?.[0] ?? protocol;
      return (errors) => errors.optionNotForCommand(`--${flag}`, 'docs');
    }
    return { name: 'docs' };
  }
  if (!/^\d+$/.test(first)) return (errors) => errors.notACode(first);
  // A whole number too large for any code is still a number: "not a valid code" (exit 1), as 600 is.
  const written = first.replace(/^0+(?=\d)/, '');
  return { name: 'lookup', code: Number(written), written, protocol: protocol ?? 'http' };
}

/**
 * Parses the command line (`process.argv.slice(2)`). Never throws: a usage error comes back as a
 * {@link Problem} to word in the user's language.
 *
 * @example
 * ```ts
 * parseArguments(['550', '--ftp', '--lang', 'zh_CN']);
 * // { ok: true, invocation: { command: { name: 'lookup', code: 550, written: '550', protocol: 'ftp' }, lang: 'zh-CN', json: false } }
 * parseArguments(['550', '--ftp', '--ws']).ok; // false
 * ```
 */
export function parseArguments(argv: readonly string[]): ParseResult {
  // `-404` would be read as the short options -4, -0 and -4 ("unknown option -4"): it is a code that is no whole
  // number. (After `--` it is a positional, and read as such.)
  const end = argv.indexOf('--');
  const negative = (end === -1 ? argv : argv.slice(0, end)).find((arg) => /^-\d/.test(arg));
  // strict: false so that an unknown option is reported by checkTokens in the user's language, not by Node.
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const rawLang = typeof values.lang === 'string' ? values.lang : undefined;
  // A POSIX name too, as LANG holds it (`zh_TW.UTF-8@stroke` → `zh-TW`; `C` and `POSIX`, the portable locale, are
  // English).
  const posix = rawLang === undefined ? undefined : tagOfPosixLocale(rawLang);
  const tag = posix !== undefined && isPortableLocale(posix) ? 'en' : posix;
  const lang = tag !== undefined && LANGUAGE_TAG.test(tag) ? tag : undefined;
  const fail = (problem: Problem): ParseResult => ({ ok: false, problem, lang });

  if (values.help === true)
    return { ok: true, invocation: { command: { name: 'help', asError: false }, lang, json: false } };
  if (values.version === true) return { ok: true, invocation: { command: { name: 'version' }, lang, json: false } };

  if (negative !== undefined) return fail((errors) => errors.notACode(negative));
  const tokenProblem = checkTokens(tokens);
  if (tokenProblem !== undefined) return fail(tokenProblem);
  if (rawLang !== undefined && lang === undefined) return fail((errors) => errors.badLanguageTag(rawLang));

  const chosen = protocolFlags.filter(([flag]) => values[flag] === true);
  if (chosen.length > 1) return fail((errors) => errors.conflictingProtocols(chosen.map(([flag]) => `--${flag}`)));
  const json = values.json === true;
  const command = commandOf(positionals, chosen[0]?.[1], json);
  if (typeof command === 'function') return fail(command);
  return { ok: true, invocation: { command, lang, json } };
}
