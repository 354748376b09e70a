import type { Environment } from './env-locale';

/** Wraps text in a terminal style, or returns it unchanged when colours are off. */
export type Style = (text: string) => string;

/** The styles the human output uses. */
export interface Paint {
  readonly bold: Style;
  readonly dim: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly magenta: Style;
}

/**
 * Whether to colour a stream: `FORCE_COLOR` (other than `0`/`false`) forces colours, as in Node and
 * chalk; else colours need a TTY, no `NO_COLOR` (https://no-color.org) and a terminal other than `dumb`.
 *
 * @example
 * ```ts
 * wantsColor(process.stdout, process.env); // false when piped
 * wantsColor({ isTTY: false }, { FORCE_COLOR: '1' }); // true
 * ```
 */
export function wantsColor(stream: { readonly isTTY?: boolean }, env: Environment): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

// Plain SGR sequences rather than util.styleText: its TTY and NO_COLOR handling differs across Node 20-24.
const sgr =
  (open: number, close: number): Style =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Style = (text) => text;

/**
 * The styles, real or no-ops.
 *
 * @example
 * ```ts
 * createPaint(true).red('500');  // '\u001b[31m500\u001b[39m'
 * createPaint(false).red('500'); // '500'
 * ```
 */
export function createPaint(enabled: boolean): Paint {
  if (!enabled) {
    return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain, magenta: plain };
  }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    magenta: sgr(35, 39),
  };
}
