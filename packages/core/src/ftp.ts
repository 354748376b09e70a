import { type Catalog, defaultCatalog } from './catalog';
import { checkKnownKeys } from './internal/known-keys';
import { checkWholeNumber } from './internal/numeric-code';

/** Options of {@link formatFtpReply}. */
export interface FtpReplyOptions {
  /** A language tag, resolved against the catalog's locales. Default: the catalog's default locale. */
  readonly locale?: string | undefined;
  /** The reply text. Default: the code's localized description. Line breaks make a multi-line reply. */
  readonly text?: string;
  /** Default: the built-in catalog. */
  readonly catalog?: Catalog;
}

// Control characters other than the line breaks would corrupt the Telnet stream of the control connection.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to remove
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const FTP_REPLY_OPTIONS: ReadonlySet<string> = new Set(['locale', 'text', 'catalog']);

/**
 * A well-formed FTP reply (RFC 959, Section 4.2): `550 text` and CRLF, or, when the text has several lines,
 * the multi-line form `550-first`, the middle lines, `550 last`. A middle line that starts with digits is
 * indented by a space so no client mistakes it for the end of the reply. Accepts every code of a class the
 * catalog knows (100–699: RFC 959's 1yz–5yz and RFC 2228's 6yz), as `describe()` does; throws a `RangeError`
 * for anything else, and a `TypeError` for a code that is no number (`'550'`) or an option it does not know. The
 * default text is the code's description, which for 120 keeps RFC 959's `nnn`: give `text` with the minutes.
 *
 * @example
 * ```ts
 * formatFtpReply(550, { locale: 'zh-CN' });
 * // '550 未执行请求的操作。文件不可用（例如，未找到文件，没有访问权限）。\r\n'
 * formatFtpReply(211, { text: 'Features:\nMDTM\nSIZE\nEnd' });
 * // '211-Features:\r\nMDTM\r\nSIZE\r\n211 End\r\n'
 * ```
 */
export function formatFtpReply(code: number, options: FtpReplyOptions = {}): string {
  // A misspelt option (`txt`, `lang`) would send the default text in the default language without a word.
  checkKnownKeys('formatFtpReply()', options, FTP_REPLY_OPTIONS);
  checkWholeNumber('formatFtpReply()', 'an FTP reply code', code);
  if (options.text !== undefined && typeof options.text !== 'string') {
    throw new TypeError('status-i18n: formatFtpReply() option "text" must be a string');
  }
  const catalog = options.catalog ?? defaultCatalog;
  const entry = catalog.describe(code, { protocol: 'ftp', locale: options.locale });
  // Any code of a class the catalog knows (100–699, RFC 2228's 6yz included), as describe() answers it: one it
  // lacks is understood by its class.
  if (entry === undefined) {
    throw new RangeError(`status-i18n: ${code} is not an FTP reply code`);
  }
  const text = typeof options.text === 'string' ? options.text : entry.description;
  const lines = text
    .replace(CONTROL_CHARACTERS, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  if (lines.length === 1) return `${code} ${lines[0]}\r\n`;
  const first = lines[0] ?? '';
  const last = lines.at(-1) ?? '';
  const middle = lines.slice(1, -1).map((line) => (/^\d/.test(line) ? ` ${line}` : line));
  return [`${code}-${first}`, ...middle, `${code} ${last}`].map((line) => `${line}\r\n`).join('');
}
