import { readProperty, readString } from '../../error/read';
import { problemResolverOf } from '../member';
import { readEach, readValidationSource } from './read-source';
import { expressValidatorErrorsOf, readExpressValidatorError } from './sources/express-validator';
import { declaredFieldErrorsOf, readDeclaredFieldError } from './sources/openapi-validator';
import { ValidationProblemError, type ValidationStatus } from './validation-error';

/** Options of {@link readValidationError}. */
export interface ReadValidationErrorOptions {
  /**
   * Treat every thrown `ZodError`, Valibot `ValiError`, ArkType `TraversalError` or Standard Schema failure as a
   * failed validation of the request body, rather than as a server error. Default `false`: a schema that fails
   * in server code (parsing a database row, an upstream response) is a bug of the server, and its details must
   * not reach the client; mark request validation with `validationProblem()` instead.
   */
  readonly schemaErrorsAreRequestErrors?: boolean;
  /** The status of validation problems read from schema and express-validator errors: 422 (default) or 400. */
  readonly status?: ValidationStatus;
}

// Errors whose name says a schema failed; a plain object with `issues` is a Standard Schema result.
const SCHEMA_ERROR_NAMES = new Set(['ZodError', '$ZodError', 'ValiError', 'TraversalError']);

function isSchemaError(thrown: unknown): boolean {
  const name = readString(thrown, 'name');
  if (name !== undefined && SCHEMA_ERROR_NAMES.has(name)) return true;
  return Array.isArray(readProperty(thrown, 'issues')) && readProperty(thrown, 'value') === undefined;
}

/**
 * The validation problem a thrown value already is, with no call to `validationProblem()`, or `undefined`:
 * - the error express-validator's `validationResult(req).throw()` throws;
 * - an error that declares a 400 or 422 with its field list (express-openapi-validator's), or a schema's error
 *   the app gave such a status (`createError(400, zodError)`), keeping its status;
 * - with `schemaErrorsAreRequestErrors`, a thrown `ZodError`, `ValiError`, ArkType `TraversalError` or Standard
 *   Schema failure, as a failure of the body.
 *
 * A value that already carries a problem (from `validationProblem()` or `problems.create()`) gives `undefined`:
 * `resolveProblem` reads it as it is. Never throws.
 *
 * @example
 * ```ts
 * const problem = readValidationError(err, { schemaErrorsAreRequestErrors: false });
 * const words = problem && resolveProblem(problem, locale, { defaultLocale });
 * ```
 */
export function readValidationError(
  thrown: unknown,
  options: ReadValidationErrorOptions = {},
): ValidationProblemError | undefined {
  if (problemResolverOf(thrown) !== undefined) return undefined;
  return recognizeValidationError(thrown, options);
}

/**
 * {@link readValidationError} for a value known to carry no problem (its `problemResolverOf` is `undefined`):
 * what the error layer calls, having read that already.
 */
export function recognizeValidationError(
  thrown: unknown,
  options: ReadValidationErrorOptions = {},
): ValidationProblemError | undefined {
  if ((typeof thrown !== 'object' && typeof thrown !== 'function') || thrown === null) return undefined;
  const status = options.status === 400 ? 400 : 422;
  try {
    const express = expressValidatorErrorsOf(thrown);
    if (express !== undefined)
      return new ValidationProblemError(readEach(express, readExpressValidatorError), 'body', status, true, thrown);
    const declaredStatus = readProperty(thrown, 'status') ?? readProperty(thrown, 'statusCode');
    if (declaredStatus === 400 || declaredStatus === 422) {
      // A schema's error the app marked as the request's (`createError(400, zodError)`, `ctx.throw(422, error)`):
      // answered as what it is, field by field, never with its message, which quotes what the client sent.
      if (isSchemaError(thrown)) {
        const issues = readValidationSource(thrown);
        if (issues !== undefined && issues.length > 0) {
          return new ValidationProblemError(issues, 'body', declaredStatus, true, thrown);
        }
      }
      const declared = declaredFieldErrorsOf(thrown);
      if (declared !== undefined) {
        return new ValidationProblemError(
          readEach(declared, readDeclaredFieldError),
          'body',
          declaredStatus,
          true,
          thrown,
        );
      }
    }
    if (options.schemaErrorsAreRequestErrors === true && isSchemaError(thrown)) {
      const issues = readValidationSource(thrown);
      if (issues !== undefined) return new ValidationProblemError(issues, 'body', status, true, thrown);
    }
  } catch {
    // A value whose reading fails in a way the guarded reads missed is not a validation error.
  }
  return undefined;
}
