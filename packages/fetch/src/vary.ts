import { VARY_FIELDS } from '@status-i18n/core';

const VARY = VARY_FIELDS.join(', ');

/**
 * `Vary` once the error response's own fields are added to what the response already varied on (CORS varies on
 * `Origin`): each field once, in the order first named; `*` stays `*`, as it already varies on everything.
 *
 * @example
 * ```ts
 * varyWith('Origin'); // 'Origin, Accept, Accept-Language'
 * ```
 */
export function varyWith(existing: string | null): string {
  if (existing === null || existing.trim() === '') return VARY;
  const fields = existing
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '');
  if (fields.includes('*')) return '*';
  const seen = new Set(fields.map((field) => field.toLowerCase()));
  for (const field of VARY_FIELDS) {
    if (!seen.has(field.toLowerCase())) fields.push(field);
  }
  return fields.join(', ');
}
