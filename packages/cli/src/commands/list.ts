import type { Protocol } from '@status-i18n/core';
import { classEntries, codeEntries } from '../entries';
import { formatList } from '../format';
import { type CommandContext, EXIT_OK, toJson } from './context';

/**
 * `status-i18n list [--ftp | --ws]`: every code of one protocol, by class. With `--json`, the array of
 * describe() results.
 *
 * @example
 * ```ts
 * listCommand('websocket', context); // prints "0–999 …", "1000–2999 …  1000  Normal Closure" …, returns 0
 * ```
 */
export function listCommand(protocol: Protocol, context: CommandContext): number {
  context.print(
    context.json
      ? toJson(codeEntries(protocol, context.locale))
      : formatList(classEntries(protocol, context.locale), context.ui, context.paint),
  );
  return EXIT_OK;
}
