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
