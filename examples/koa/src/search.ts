import { validationProblem } from '@status-i18n/core';
import type { Context } from 'koa';
import { z } from 'zod';

/**
 * The search's query string, checked with zod. Koa's `ctx.query` holds strings, so the page is coerced to a
 * number first. Keys the schema does not name (`?lang=`) are left alone.
 */
export const SearchQuery = z.object({
  q: z.string().min(2),
  page: z.coerce.number().int().min(1).default(1),
});

/**
 * Marks a failed check as the request's with `validationProblem(…, { in: 'query' })`: the answer names each
 * query parameter (`parameter: 'q'`) in the request's language, and never repeats what was sent. A `ZodError`
 * thrown anywhere else stays a hidden 500: that one is the server's bug.
 */
export function search(ctx: Context): void {
  const result = SearchQuery.safeParse(ctx.query);
  if (!result.success) throw validationProblem(result.error, { in: 'query' });
  ctx.body = { q: result.data.q, page: result.data.page, results: [] };
}
