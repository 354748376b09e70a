import { isAllowedExtensionName } from '../../error/extensions';
import type { ResolvedProblem } from '../member';
import type { OpenApiExample } from './types';

/**
 * The body the error handler sends for `resolved` (README, "The body"): the standard members, then the
 * extension members it allows. `instance` and `requestId` depend on options and the request, and are left out.
 */
export function exampleBody(resolved: ResolvedProblem): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: resolved.type,
    title: resolved.title,
    status: resolved.status,
    detail: resolved.detail,
  };
  for (const [name, value] of Object.entries(resolved.extensions)) {
    if (isAllowedExtensionName(name)) body[name] = value;
  }
  return body;
}

/**
 * One example per language a response is sent in, keyed by its `Content-Language`: each of `locales` is
 * resolved as a request in it would be, and locales answered in the same language (a fallback) share it.
 *
 * @example
 * ```ts
 * localizedExamples(['en', 'zh-CN', 'zh-TW'], (locale) => compiled.resolve(params, locale, context));
 * // { en: { summary: 'en', description: 'Content-Language: en', value: {…} },
 * //   'zh-CN': { summary: 'zh-CN', description: 'Content-Language: zh-CN (also for zh-TW)', value: {…} } }
 * ```
 */
export function localizedExamples(
  locales: readonly string[],
  resolve: (locale: string) => ResolvedProblem,
): Record<string, OpenApiExample> {
  const sent = new Map<string, { requested: string[]; value: Record<string, unknown> }>();
  for (const locale of locales) {
    const resolved = resolve(locale);
    const entry = sent.get(resolved.locale);
    if (entry === undefined) sent.set(resolved.locale, { requested: [locale], value: exampleBody(resolved) });
    else entry.requested.push(locale);
  }
  const examples: Record<string, OpenApiExample> = {};
  for (const [language, { requested, value }] of sent) {
    const others = requested.filter((locale) => locale !== language);
    const also = others.length > 0 ? ` (also for ${others.join(', ')})` : '';
    examples[language] = { summary: language, description: `Content-Language: ${language}${also}`, value };
  }
  return examples;
}
