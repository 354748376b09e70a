/** The longest string of an error's own (its message, an extension member) that a response carries. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * `text` cut to at most `max` UTF-16 units, never between the two halves of a surrogate pair: half a pair is
 * not a character, and would reach the client as U+FFFD or a lone `\ud83d` escape.
 */
export function truncateText(text: string, max: number = MAX_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const endsInHighSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, endsInHighSurrogate ? max - 1 : max);
}

/** Line breaks of every kind (CR LF, CR, LF, U+2028, U+2029): where text printed for a reader starts a line. */
export const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * The other control characters, C0 and C1 (a terminal's escape sequences, a backspace): they could redraw what a
 * reader sees. Tab, CR and LF are not among them ({@link LINE_BREAK} has the last two).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it matches
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * What a reader must not get raw in any text of an error response: the control characters above, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder the characters
 * around them as a reader sees them (`invoice\u202Egpj.exe`). One class, so the text is walked once.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it matches
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with its control characters and bidirectional controls replaced by U+FFFD (tab and line breaks kept): the
 * rule for every text of the text body and the HTML page, whose values can quote the client.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '\uFFFD');
}

/**
 * `text` as one line a reader can trust: {@link printable}, with the direction marks and line breaks replaced by
 * U+FFFD too. For a label (a field's name, a member's) that the client may have chosen: it must not start a line of
 * its own, nor redraw the ones around it.
 */
export function oneLine(text: string): string {
  return printable(text).replace(BIDI_MARK, '\uFFFD').replace(LINE_BREAK, '\uFFFD');
}

/**
 * The invisible direction marks (LRM, RLM, Arabic letter mark): at home in running text, but in a name a client
 * chose they can only make it look like another.
 */
const BIDI_MARK = /[\u200e\u200f\u061c]/g;
