import { fieldErrorSchema, problemSchema, validationProblemSchema } from './openapi/base-schemas';
import { definedProblemComponents } from './openapi/defined-problem';
import { problemComponentName } from './openapi/names';
import { checkOptions, type OpenApiComponentsOptions } from './openapi/options';
import { definedProblemsOf } from './openapi/problem-list';
import { problemResponse } from './openapi/responses';
import type { OpenApiComponents } from './openapi/types';
import { validationExamples } from './openapi/validation-examples';
import { resolveContextOf } from './resolve';

/**
 * OpenAPI 3.1 `components` that describe the error responses, to merge into an application's document and
 * `$ref` from its operations:
 * - `schemas.Problem`: the RFC 9457 body of every error response; `schemas.FieldError` and
 *   `schemas.ValidationProblem`: the validation problem with its `errors`;
 * - `schemas.<Name>Problem` for each defined problem (`'out-of-credit'` → `OutOfCreditProblem`): its `type`,
 *   `status`, and the arguments of its messages as members (`{price, number}` a number, `{due, date}` a
 *   date-time string, plurals numbers, selects and plain arguments strings);
 * - `responses.Problem`, `responses.ValidationProblem` and `responses.<Name>Problem`: `application/problem+json`
 *   with `Content-Language`, and one example per language, made as the error handler makes a response.
 *
 * Give it the error handler's `catalog` (and `defaultLocale`, if set there): the validation problem's examples
 * then use the catalog's words and show one per language the catalog has. A defined problem's examples show
 * every language the problem has, but the server answers only in the languages its catalog negotiates: pass
 * `locales: catalog.locales` to show exactly what it sends.
 *
 * Schemas are JSON Schema 2020-12, the dialect of OpenAPI 3.1. A wrong or unknown option, two problems with one
 * component name, or example params for a problem that is not listed throw a `TypeError`.
 *
 * @example
 * ```ts
 * import { createCatalog, openApiComponents } from '@status-i18n/core';
 * import { ja } from '@status-i18n/core/locales/ja';
 * import { problems } from './problems'; // defineProblems({ 'out-of-credit': … })
 *
 * const catalog = createCatalog({ locales: [ja] }); // the error handler's catalog
 * const components = openApiComponents({
 *   problems,
 *   catalog,
 *   examples: { 'out-of-credit': { balance: 30, price: 50 } },
 * });
 * const document = {
 *   openapi: '3.1.0',
 *   info: { title: 'Shop', version: '1.0.0' },
 *   paths: {
 *     '/orders': {
 *       post: {
 *         responses: {
 *           201: { description: 'Created' },
 *           403: { $ref: '#/components/responses/OutOfCreditProblem' },
 *           422: { $ref: '#/components/responses/ValidationProblem' },
 *           default: { $ref: '#/components/responses/Problem' },
 *         },
 *       },
 *     },
 *   },
 *   components: { schemas: { ...components.schemas }, responses: { ...components.responses } },
 * };
 * ```
 */
export function openApiComponents(options: OpenApiComponentsOptions = {}): OpenApiComponents {
  const { prefix, catalog, locales, defaultLocale, statuses, examples, timeZone } = checkOptions(options);
  const problem = `${prefix}Problem`;
  const fieldError = `${prefix}FieldError`;
  const validation = `${prefix}ValidationProblem`;
  const components: OpenApiComponents = {
    schemas: {
      [problem]: problemSchema(),
      [fieldError]: fieldErrorSchema(),
      [validation]: validationProblemSchema(problem, fieldError, statuses),
    },
    responses: {
      [problem]: problemResponse('An error, as an RFC 9457 problem.', problem),
      [validation]: problemResponse(
        'The request has invalid values.',
        validation,
        validationExamples(statuses[0] ?? 422, locales ?? catalog.locales, resolveContextOf(catalog, defaultLocale)),
      ),
    },
  };
  // Who has each component name, to name both sides of a clash.
  const owners = new Map([[validation, 'the validation problem']]);
  const listed = new Set<string>();
  for (const defined of definedProblemsOf(options.problems)) {
    const name = problemComponentName(defined.name, prefix);
    if (listed.has(defined.name)) {
      // The same name in two defineProblems() calls (one set listed twice is described once): two definitions.
      throw new TypeError(
        `status-i18n: openApiComponents(): problem "${defined.name}" is defined by two defineProblems() calls; define it once`,
      );
    }
    const owner = owners.get(name);
    if (owner !== undefined) {
      throw new TypeError(`status-i18n: openApiComponents(): problem "${defined.name}" and ${owner} are both ${name}`);
    }
    owners.set(name, `problem "${defined.name}"`);
    listed.add(defined.name);
    const params = Object.hasOwn(examples, defined.name) ? (examples[defined.name] ?? {}) : {};
    const setting = { base: problem, name, locales, defaultLocale, timeZone, params };
    const { schema, response } = definedProblemComponents(defined, setting);
    components.schemas[name] = schema;
    components.responses[name] = response;
  }
  const unknown = Object.keys(examples).filter((name) => !listed.has(name));
  if (unknown.length > 0) {
    throw new TypeError(
      `status-i18n: openApiComponents() option "examples" names no listed problem: ${unknown.join(', ')}`,
    );
  }
  return components;
}
