import { type Format, FormatNegotiator } from '../format/negotiate';
import { callHook, checkString } from './hooks';
import type { ResolvedOptions } from './options';
import type { ErrorRequest } from './request';

/** What the request asked for: the language of the words, the format of the body, and whether a body is sent. */
export interface Negotiated {
  readonly locale: string;
  /** Whether `Accept-Language` chose the locale (not the `locale` hook): its other choices may then be read. */
  readonly fromHeader: boolean;
  readonly format: Format;
  readonly head: boolean;
}

/**
 * Negotiates the response for a request: the language from the `locale` hook when it names a locale of the
 * catalog, else from `Accept-Language`; the format from `Accept`. A hook that fails throws a HookError; with
 * `useHook: false` (the safe 500 after a hook failed) only the headers count.
 */
export function createNegotiation<Context>(
  options: ResolvedOptions<Context>,
): (request: ErrorRequest<Context>, useHook?: boolean) => Negotiated {
  const { catalog, locale: resolver } = options;
  const formats = new FormatNegotiator(options.formats, options.defaultFormat);

  /** The locale the `locale` hook chose, if it named one of the catalog's. */
  function hookLocaleOf(request: ErrorRequest<Context>, useHook: boolean): string | undefined {
    if (resolver === undefined || !useHook) return undefined;
    const chosen = checkString(
      'locale',
      callHook('locale', () => resolver(request.context)),
      true,
    );
    if (chosen === undefined) return undefined;
    // A user table often holds POSIX names (`zh_TW`, `ja_JP.UTF-8`): `matchLocale` reads them as their tags.
    return catalog.matchLocale(chosen);
  }

  return (request, useHook = true) => {
    const chosen = hookLocaleOf(request, useHook);
    return {
      locale: chosen ?? catalog.negotiateLocale(request.header('accept-language')),
      fromHeader: chosen === undefined,
      format: formats.negotiate(request.header('accept')),
      head: request.method === 'HEAD',
    };
  };
}
