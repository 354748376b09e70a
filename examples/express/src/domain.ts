import type { MappedProblem } from '@status-i18n/express';

/**
 * A domain error, as a shop's service layer would throw it. It knows nothing about HTTP: the `map` option
 * decides how it looks on the wire, in one place, instead of every route catching and translating it.
 */
export class OutOfStockError extends Error {
  override readonly name = 'OutOfStockError';

  constructor(
    readonly sku: string,
    readonly requested: number,
    readonly available: number,
  ) {
    super(`Only ${available} of ${sku} left, ${requested} requested`);
  }
}

/** The `map` option: domain errors to problems; anything else (`undefined`) goes by the standard rules. */
export function mapDomainError(error: unknown): MappedProblem | undefined {
  if (!(error instanceof OutOfStockError)) return undefined;
  return {
    status: 409,
    // A type of its own: clients branch on it, where the status alone (409) would be ambiguous.
    type: 'https://example.com/problems/out-of-stock',
    // `detail` from `map` is shown as is; the title stays the catalog's, so it is localized.
    detail: error.message,
    extensions: { sku: error.sku, requested: error.requested, available: error.available },
  };
}
