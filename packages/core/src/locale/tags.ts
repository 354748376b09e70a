/**
 * Language tags: validation, and the candidates RFC 4647 "lookup" tries for one requested tag, with the
 * Chinese script/region aliases the catalog's locale names need (`zh-Hant` means Traditional, `zh-SG` means
 * Simplified, …).
 */

// BCP 47 in outline: a 1–8 letter primary subtag, then 1–8 alphanumeric subtags. Anything else in an
// Accept-Language header is malformed and skipped.
const LANGUAGE_TAG = /^[a-z]{1,8}(?:-[a-z\d]{1,8})*$/i;

export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}

/** What {@link isIntlLanguageTag} asks, for the `TypeError` that refuses a tag: `"x-klingon" is not a language tag …`. */
export const INTL_TAG_RULE = 'Intl formats words in (private use only, x-…, and grandfathered tags, i-…, are not)';

/**
 * Whether `tag` is a language tag that `Intl` takes as a locale: one that words are written in must be, since
 * their numbers, plurals and dates are formatted for it. A tag of private use only (`x-klingon`), a
 * grandfathered one (`i-klingon`, `en-GB-oed`) or a singleton with nothing after it (`en-a`) is not, though a
 * request's header may carry it.
 *
 * @example
 * ```ts
 * isIntlLanguageTag('zh-Hant-HK'); // true
 * isIntlLanguageTag('x-klingon'); // false
 * ```
 */
export function isIntlLanguageTag(tag: string): boolean {
  if (!isLanguageTag(tag)) return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

/**
 * A POSIX locale name (`LANG`, a user table's column) as the language tag it stands for: the codeset and
 * modifier dropped, `_` as `-`. A tag is returned as it is; anything but a string throws a `TypeError` (an unset
 * column is for the caller to skip).
 *
 * @example
 * ```ts
 * tagOfPosixLocale('zh_TW.UTF-8@stroke'); // 'zh-TW'
 * tagOfPosixLocale('C.UTF-8'); // 'C'
 * ```
 */
export function tagOfPosixLocale(name: string): string {
  if (typeof name !== 'string') {
    throw new TypeError(
      `status-i18n: tagOfPosixLocale() takes a string, e.g. "zh_CN.UTF-8", not ${name === null ? 'null' : typeof name}`,
    );
  }
  return (name.split(/[.@]/)[0] as string).replaceAll('_', '-');
}

const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * Which shipped Chinese locale a `zh-*` tag means. Script wins over region (`zh-Hant-SG` is Traditional);
 * with neither, plain `zh` is Simplified, the script most readers use.
 */
function chineseLocaleFor(subtags: readonly string[], traditional: boolean): 'zh-CN' | 'zh-TW' {
  const script = subtags.find((subtag) => subtag.length === 4)?.toLowerCase();
  if (script === 'hant') return 'zh-TW';
  if (script === 'hans') return 'zh-CN';
  const region = subtags.find((subtag) => subtag.length === 2 || /^\d{3}$/.test(subtag))?.toUpperCase();
  if (region !== undefined) return TRADITIONAL_REGIONS.has(region) ? 'zh-TW' : 'zh-CN';
  return traditional ? 'zh-TW' : 'zh-CN';
}

// The Chinese languages of ISO 639-3 under the `zh` macrolanguage that readers write in Chinese characters:
// Mandarin, Cantonese, Min Nan (Hokkien, Taiwanese), Hakka, Wu, Gan, Xiang, Jin, Min Dong, Min Bei, Pu-Xian,
// Huizhou and Literary Chinese. Each is read as `zh` with the same script and region.
const CHINESE_LANGUAGES: ReadonlySet<string> = new Set([
  'cmn',
  'yue',
  'nan',
  'hak',
  'wuu',
  'gan',
  'hsn',
  'cjy',
  'cdo',
  'mnp',
  'cpx',
  'czh',
  'lzh',
]);

/**
 * Whether a tag names a Chinese language, and which script it means without a script or region: plain `zh`,
 * Mandarin (`cmn`) and the others Simplified; Cantonese (`yue`, `zh-yue`), written mostly in Hong Kong and Macao,
 * Traditional. A region decides before that (`nan-TW`, Taiwanese, is Traditional).
 */
function chineseOf(
  subtags: readonly string[],
): { readonly traditional: boolean; readonly rest: readonly string[] } | undefined {
  const primary = subtags[0]?.toLowerCase() ?? '';
  if (CHINESE_LANGUAGES.has(primary)) return { traditional: primary === 'yue', rest: subtags.slice(1) };
  if (primary !== 'zh') return undefined;
  // The extended-language forms (`zh-yue`, `zh-nan`) and the old `zh-min-nan`.
  const second = subtags[1]?.toLowerCase() ?? '';
  if (second === 'min' && subtags[2]?.toLowerCase() === 'nan') return { traditional: false, rest: subtags.slice(3) };
  if (CHINESE_LANGUAGES.has(second)) return { traditional: second === 'yue', rest: subtags.slice(2) };
  return { traditional: false, rest: subtags.slice(1) };
}

/**
 * The shipped Chinese locale a Chinese tag means (`zh-Hant-HK` → `zh-TW`, `yue` → `zh-TW`, `zh` → `zh-CN`), or
 * `undefined` for a tag of another language.
 */
export function chineseLocaleOf(tag: string): 'zh-CN' | 'zh-TW' | undefined {
  const chinese = chineseOf(tag.split('-'));
  return chinese === undefined ? undefined : chineseLocaleFor(chinese.rest, chinese.traditional);
}

/**
 * A Chinese tag in its shortest spelling: a shipped locale under another spelling is that locale (`zh`,
 * `zh-Hans`, `zh-Hans-CN` → `zh-CN`; `zh-Hant`, `zh-Hant-TW` → `zh-TW`), and a script its region writes anyway
 * is dropped (`zh-Hant-HK` → `zh-HK`, `zh-Hans-SG` → `zh-SG`); any other tag as it is (`zh-Hans-HK`, `zh-yue`).
 * Expects a tag in its canonical case (`canonicalTag`). For `createCatalog({ messages })` keys, which name the
 * locale a reader of that tag is answered in, and for refusals.
 *
 * @example chineseAliasOf('zh-Hant-HK') // 'zh-HK'
 */
export function chineseAliasOf(tag: string): string {
  const subtags = tag.split('-');
  if (subtags[0]?.toLowerCase() !== 'zh' || subtags.some((subtag) => subtag.length !== 2 && subtag.length !== 4)) {
    return tag;
  }
  const meant = chineseLocaleOf(tag) as 'zh-CN' | 'zh-TW';
  if (!subtags.some((subtag, index) => index > 0 && subtag.length === 2)) return meant;
  // A region whose own script is the tag's: the script says nothing more (`zh-Hant-TW` is `zh-TW` itself).
  return chineseRegionOf(subtags, meant) ?? tag;
}

/**
 * The `zh-<region>` a Chinese tag with a script or in another Chinese language names (`zh-Hant-HK`, `yue-HK` →
 * `zh-HK`), when the region's own script is the tag's (not for `zh-Hans-HK`): a locale an app added under that
 * name is the reader's before the shipped one.
 */
function chineseRegionOf(subtags: readonly string[], meant: 'zh-CN' | 'zh-TW'): string | undefined {
  const region = subtags.slice(1).find((subtag) => subtag.length === 2 || /^\d{3}$/.test(subtag));
  if (region === undefined) return undefined;
  const regional = `zh-${region.toUpperCase()}`;
  return chineseLocaleFor([region], false) === meant ? regional : undefined;
}

/**
 * The tags to try, best first, for one requested tag: the tag itself, then (for Chinese) `zh-` and its region
 * when the tag says more (see `chineseRegionOf`), and the shipped locale its script or region means, then the
 * tag with its last subtag removed, repeatedly (RFC 4647, Section 3.4).
 *
 * @example lookupCandidates('zh-Hant-TW') // ['zh-Hant-TW', 'zh-TW', 'zh-Hant', 'zh']
 */
export function lookupCandidates(tag: string): string[] {
  const subtags = tag.split('-');
  const candidates = [tag];
  const chinese = chineseOf(subtags);
  if (chinese !== undefined) {
    const meant = chineseLocaleFor(chinese.rest, chinese.traditional);
    const regional = chineseRegionOf(subtags, meant);
    if (regional !== undefined && regional.toLowerCase() !== tag.toLowerCase() && regional !== meant) {
      candidates.push(regional);
    }
    candidates.push(meant);
  }
  for (let length = subtags.length - 1; length >= 1; length--) {
    // A single-letter subtag (an extension or private-use marker) must not end a truncated tag.
    if (subtags[length - 1]?.length === 1) continue;
    candidates.push(subtags.slice(0, length).join('-'));
  }
  return candidates;
}

/**
 * A language tag in the case BCP 47 recommends (`EN` → `en`, `zh-tw` → `zh-TW`, `zh-hant` → `zh-Hant`): what a
 * response sends as `Content-Language` and `<html lang>`, and the one spelling two definitions of a language
 * share. Only the case changes (not `Intl.getCanonicalLocales`, which would also turn `iw` into `he`, a tag the
 * app never wrote). After a single-letter subtag (an extension, private use) everything is lower case.
 *
 * @example canonicalTag('ZH-tw') // 'zh-TW'
 */
export function canonicalTag(tag: string): string {
  const subtags = tag.split('-');
  let extension = false;
  return subtags
    .map((subtag, index) => {
      if (index === 0 || extension || subtag.length === 1) {
        extension ||= index > 0 && subtag.length === 1;
        return subtag.toLowerCase();
      }
      if (subtag.length === 2 && /^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
      if (subtag.length === 4 && /^[a-z]{4}$/i.test(subtag))
        return subtag[0]?.toUpperCase() + subtag.slice(1).toLowerCase();
      return subtag.toLowerCase();
    })
    .join('-');
}
