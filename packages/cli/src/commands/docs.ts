import { renderReference } from '../reference/render';
import { type CommandContext, EXIT_OK } from './context';

/**
 * `status-i18n docs [--lang <tag>]`: the Markdown reference page, the same bytes whether stdout is a
 * terminal or a file, so `pnpm run docs` and the drift test agree.
 *
 * @example
 * ```ts
 * docsCommand(context); // prints "# Status code reference: HTTP, FTP and WebSocket" …, returns 0
 * ```
 */
export function docsCommand(context: CommandContext): number {
  context.print(renderReference(context.locale));
  return EXIT_OK;
}
