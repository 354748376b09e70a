import type { Protocol } from '@status-i18n/core';
import { describe } from '../catalog';
import { formatLookup } from '../format';
import { type CommandContext, EXIT_NOT_FOUND, EXIT_OK, toJson } from './context';

/**
 * `status-i18n <code>`: what one code means. A code the catalog lacks but whose class is valid (HTTP 432) is
 * answered with its class's words and a note; a code outside every class (HTTP 600) is an error, exit 1 (with
 * `--json`, `null` on stdout, so that a script's JSON parser still reads an answer).
 *
 * @param written the code as the user wrote it, for the message (a number past 2^53 is not exact)
 *
 * @example
 * ```ts
 * lookupCommand(550, 'ftp', context, '550'); // prints "550 File unavailable" …, returns 0
 * ```
 */
export function lookupCommand(code: number, protocol: Protocol, context: CommandContext, written: string): number {
  const entry = describe(code, { protocol, locale: context.locale });
  if (entry === undefined) {
    if (context.json) context.print(toJson(null));
    context.error(context.ui.errors.unknownCode(written, context.ui.protocols[protocol]));
    return EXIT_NOT_FOUND;
  }
  context.print(context.json ? toJson(entry) : formatLookup(entry, context.ui, context.paint));
  return EXIT_OK;
}
