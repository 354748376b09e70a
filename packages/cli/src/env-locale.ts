import { tagOfPosixLocale } from '@status-i18n/core';

/** The environment variables the command reads; `process.env` fits. */
export type Environment = Readonly<Record<string, string | undefined>>;

// POSIX precedence for messages: LC_ALL overrides LC_MESSAGES, which overrides LANG.
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language tag of the environment's message locale: the first non-empty of `LC_ALL`, `LC_MESSAGES` and
 * `LANG`, with the codeset and modifier dropped (`zh_CN.UTF-8` → `zh-CN`, `zh_TW.Big5@stroke` → `zh-TW`).
 * `undefined` for the portable `C` and `POSIX` locales and when nothing is set.
 *
 * @example
 * ```ts
 * localeFromEnv({ LANG: 'zh_CN.UTF-8' });           // 'zh-CN'
 * localeFromEnv({ LC_ALL: 'C', LANG: 'zh_TW' });    // undefined: LC_ALL wins
 * ```
 */
export function localeFromEnv(env: Environment): string | undefined {
  for (const variable of LOCALE_VARIABLES) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    const tag = tagOfPosixLocale(value);
    return isPortableLocale(tag) || tag === '' ? undefined : tag;
  }
  return undefined;
}

/** Whether a POSIX name's tag (see `tagOfPosixLocale`) is the portable locale, `C` or `POSIX`: English messages. */
export function isPortableLocale(tag: string): boolean {
  return tag === 'C' || tag === 'POSIX';
}
