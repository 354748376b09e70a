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
