import { closestName } from './closest-name';

/**
 * The `TypeError` for an option `known` lacks, with the known one it most likely stands for (`instnace`: did you
 * mean `instance`?). `where` names the call (`'validationProblem()'`), or nothing for the error handlers' options.
 *
 * @example
 * ```ts
 * throw unknownOptionError('validationProblem()', 'stauts', ['in', 'status']);
 * // TypeError: status-i18n: validationProblem(): unknown option "stauts" (did you mean "status"?)
 * ```
 */
export function unknownOptionError(where: string | undefined, name: string, known: Iterable<string>): TypeError {
  const meant = closestName(name, known);
  const hint = meant === undefined ? '' : ` (did you mean "${meant}"?)`;
  return new TypeError(`status-i18n: ${where === undefined ? '' : `${where}: `}unknown option "${name}"${hint}`);
}

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
    if (known.has(name)) continue;
    if (name === 'catalog') {
      throw new TypeError(
        `status-i18n: ${where}: unknown option "catalog" (a catalog answers with its own describe(): catalog.describe(code))`,
      );
    }
    throw unknownOptionError(where, name, known);
  }
}
