import { type RequestPart, type ValidationStatus, validationProblem, withoutStackTrace } from '@status-i18n/core';

/** Fastify's `validationContext` (the part of the request its schema validated), in the core's words. */
const PARTS: Readonly<Record<string, RequestPart>> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/**
 * The validation problem of a Fastify validation error, or `undefined` when `error` is none: field errors that
 * point with `pointer` in the body, `parameter` in the query string and the path parameters, `header` in the
 * headers, answered in the request's language with `status`. Fastify makes one of two kinds (`error.validationContext`
 * names the part of the request in both):
 * - from ajv's errors, or those of a `validatorCompiler` that returns a list (fastify-type-provider-zod's): the
 *   list is `error.validation`, on the error of the `schemaErrorFormatter`;
 * - from a `validatorCompiler` that returns an `Error` (a `ZodError`, as Fastify's documentation shows for Zod):
 *   that error itself, with `validationContext` and the `statusCode` 400 Fastify gives it.
 *
 * An error a `schemaErrorFormatter` of the app's made says what the client gets when it is public (`expose:
 * true`) or has a status of its own (not Fastify's 400): that one is not read here, and is answered as any
 * error the app throws (Fastify's `validation` list on it is never shown: see the core's internal members).
 *
 * Fastify's own message (`body must have required property 'name'`) is not used: the core words each rule in the
 * client's language, and never repeats a submitted value. What the hooks and the log see is the validation
 * problem, with Fastify's error as its `cause`.
 *
 * @example
 * ```ts
 * const thrown = fastifyValidationProblem(error, 422) ?? error;
 * ```
 */
export function fastifyValidationProblem(error: unknown, status: ValidationStatus): Error | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  try {
    // Every error the app throws comes through here: the rest is read only for a 400 (Fastify gives its validation
    // errors that status). `statusCode` is found on an http-errors object's first prototype; a member it lacks,
    // such as `validationContext`, is a search through all four, in dictionary mode.
    if ((error as { statusCode?: unknown }).statusCode !== 400) return undefined;
    const { validationContext } = error as { validationContext?: unknown };
    if (typeof validationContext !== 'string') return undefined;
    const part = Object.hasOwn(PARTS, validationContext) ? PARTS[validationContext] : undefined;
    if (part === undefined) return undefined;
    const { validation, expose } = error as { validation?: unknown; expose?: unknown };
    if (expose === true) return undefined;
    const source = Array.isArray(validation) ? validation : error;
    // No stack of its own: Fastify's error, its cause, has the one of where validation failed (what `debug` shows).
    const problem = withoutStackTrace(() => validationProblem(source, { in: part, status }));
    if (source === validation) {
      Object.defineProperty(problem, 'cause', { value: error, configurable: true, writable: true });
    }
    return problem;
  } catch {
    // A list the core cannot read (a validator of the app's own that left something else there), or a getter
    // that throws: the error is answered like any other (a 400 with the catalog's words).
    return undefined;
  }
}
