// What OpenAPI 3.1 allows as the key of a component (Components Object).
const COMPONENT_KEY = /^[A-Za-z\d.\-_]*$/;

/** Checks the `prefix` option: characters a component key may have (the empty string is the default). */
export function checkPrefix(prefix: unknown): string {
  if (typeof prefix === 'string' && COMPONENT_KEY.test(prefix)) return prefix;
  throw new TypeError('status-i18n: openApiComponents() option "prefix" is letters, digits and . - _ (e.g. "Shop")');
}

/**
 * The name of a defined problem's schema and response: its name in PascalCase, then `Problem`, after `prefix`
 * (`'out-of-credit'` → `'OutOfCreditProblem'`; `'seat.taken'` → `'SeatTakenProblem'`). A problem name is
 * letters, digits and `- . _ ~`; the separators go, the letter after each is raised, the rest is kept as
 * written (`'HTTP-timeout'` → `'HTTPTimeoutProblem'`).
 *
 * @example
 * ```ts
 * problemComponentName('out-of-credit');         // 'OutOfCreditProblem'
 * problemComponentName('out-of-credit', 'Shop'); // 'ShopOutOfCreditProblem'
 * // in a path of the application's document:
 * // responses: { 403: { $ref: `#/components/responses/${problemComponentName('out-of-credit')}` } }
 * ```
 */
export function problemComponentName(problemName: string, prefix = ''): string {
  const words = problemName.split(/[-._~]+/).filter((word) => word !== '');
  const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return `${checkPrefix(prefix)}${pascal}Problem`;
}
