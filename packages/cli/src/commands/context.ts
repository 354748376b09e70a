import type { Paint } from '../color';
import type { UiStrings } from '../ui';

/**
 * Exit statuses: 0 found, 1 nothing found (unknown code, no match), 2 a wrong command line, 3 the output could not
 * be written (a full disk; a reader that closed the pipe early is not a failure: 0).
 *
 * @example
 * ```ts
 * process.exitCode = found ? EXIT_OK : EXIT_NOT_FOUND;
 * ```
 */
export const EXIT_OK = 0;
export const EXIT_NOT_FOUND = 1;
export const EXIT_USAGE = 2;
export const EXIT_OUTPUT = 3;

/** What a command needs from the run: the language, the styles and where to write. */
export interface CommandContext {
  /** The catalog locale the answer is in. */
  readonly locale: string;
  readonly ui: UiStrings;
  readonly paint: Paint;
  readonly json: boolean;
  /** Writes the answer to stdout. */
  readonly print: (text: string) => void;
  /** Writes one error line to stderr, prefixed with the command's name. */
  readonly error: (message: string) => void;
}

/**
 * `--json` output: the catalog's own objects, indented for people who read it too.
 *
 * @example
 * ```ts
 * toJson({ code: 404 }); // '{\n  "code": 404\n}\n'
 * ```
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
