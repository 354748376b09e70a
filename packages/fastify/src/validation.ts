import { type RequestPart, type ValidationStatus, validationProblem, withoutStackTrace } from '@status-i18n/core';

/** Fastify's `validationContext` (the part of the request its schema validated), in the core's words. */
const PARTS: Readonly<Record<string, RequestPart>> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/**
 * The validation problem of a Fastify validation error (`error.validation`, ajv's errors, and
 * `error.validationContext`), or `undefined` when `error` is none: field errors that point with `pointer` in
 * the body, `parameter` in the query string and the path parameters, `header` in the headers, answered in the
 * request's language with `status`.
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
    // Every error the app throws comes through here: `validationContext` is read only for a validation error
    // (each missing member of an http-errors object is a search through its four prototypes).
    const { validation } = error as { validation?: unknown };
    if (!Array.isArray(validation) || validation.length === 0) return undefined;
    const { validationContext } = error as { validationContext?: unknown };
    if (typeof validationContext !== 'string') return undefined;
    const part = Object.hasOwn(PARTS, validationContext) ? PARTS[validationContext] : undefined;
    if (part === undefined) return undefined;
    // No stack of its own: Fastify's error, its cause, has the one of where validation failed (what `debug` shows).
    const problem = withoutStackTrace(() => validationProblem(validation, { in: part, status }));
    Object.defineProperty(problem, 'cause', { value: error, configurable: true, writable: true });
    return problem;
  } catch {
    // A list the core cannot read (a validator of the app's own that left something else there), or a getter
    // that throws: the error is answered like any other (a 400 with the catalog's words).
    return undefined;
  }
}
