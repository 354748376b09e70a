// Scripts written right to left, so a page in an added Arabic or Hebrew locale reads the right way.
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ug', 'ckb']);

/** The direction of the HTML page (`<html dir>`) for a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
