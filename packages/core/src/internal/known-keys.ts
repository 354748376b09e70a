/**
 * Throws a `TypeError` naming a member of `options` that `known` lacks (a misspelt option), or saying that
 * `options` is no object.
 *
 * @example
 * ```ts
 * checkKnownKeys('closeReason()', { lang: 'zh-CN' }, new Set(['locale', 'catalog'])); // TypeError: … unknown option "lang"
 * ```
 */
export function checkKnownKeys(where: string, options: unknown, known: ReadonlySet<string>): void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`status-i18n: ${where} takes an options object`);
  }
  for (const name of Object.keys(options)) {
    if (!known.has(name)) {
      const hint = name === 'catalog' ? ' (a catalog answers with its own describe(): catalog.describe(code))' : '';
      throw new TypeError(`status-i18n: ${where}: unknown option "${name}"${hint}`);
    }
  }
}
