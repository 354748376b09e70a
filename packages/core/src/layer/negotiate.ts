import { type Format, FormatNegotiator } from '../format/negotiate';
import { callHook, checkString } from './hooks';
import type { ResolvedOptions } from './options';
import type { ErrorRequest } from './request';

/** What the request asked for: the language of the words, the format of the body, and whether a body is sent. */
export interface Negotiated {
  readonly locale: string;
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

  function localeOf(request: ErrorRequest<Context>, useHook: boolean): string {
    if (resolver !== undefined && useHook) {
      const chosen = checkString(
        'locale',
        callHook('locale', () => resolver(request.context)),
        true,
      );
      const match = catalog.matchLocale(chosen);
      if (match !== undefined) return match;
    }
    return catalog.negotiateLocale(request.header('accept-language'));
  }

  return (request, useHook = true) => ({
    locale: localeOf(request, useHook),
    format: formats.negotiate(request.header('accept')),
    head: request.method === 'HEAD',
  });
}
