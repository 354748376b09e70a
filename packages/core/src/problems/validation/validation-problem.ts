import { readProperty } from '../../error/read';
import { unknownOptionError } from '../../internal/known-keys';
import type { RequestPart } from './issue';
import { readValidationSource } from './read-source';
import { ValidationProblemError, type ValidationStatus } from './validation-error';

/** Options of {@link validationProblem}. */
export interface ValidationProblemOptions {
  /**
   * The part of the request that was validated: `'body'` (errors point with `pointer`), `'query'` or `'params'`
   * (`parameter`), `'headers'` (`header`), `'cookies'` (`cookie`). Default `'body'`. express-validator's errors
   * name their own part.
   */
  readonly in?: RequestPart;
  /**
   * `422` (Unprocessable Content) or `400`. Default: the error handler's `validationStatus` option, which is 422
   * unless set.
   */
  readonly status?: ValidationStatus;
}

const PARTS: ReadonlySet<string> = new Set(['body', 'query', 'params', 'headers', 'cookies']);

/**
 * Whether `source` is what a validator gives when nothing failed: `safeParse()`'s `{ success: true }`, its
 * `error` then (`undefined`), an ajv validate function whose `errors` is `null`. A call with one is a mistake of
 * the calling code's (it checked the wrong result), told apart from a source of an unknown kind.
 */
function isSuccess(source: unknown): boolean {
  if (source === undefined || source === null) return true;
  // An ajv validate function has an `errors` member (`null` after a pass); any other function is no result at all.
  if (typeof source === 'function') return 'errors' in source && readProperty(source, 'errors') == null;
  if (typeof source !== 'object') return false;
  // Zod's and Valibot's `{ success: true }`, a Standard Schema result's `{ value }` without issues.
  return readProperty(source, 'success') === true || ('value' in source && readProperty(source, 'issues') == null);
}

/**
 * Turns a validator's failure into an error to throw, answered as an RFC 9457 validation problem in the
 * request's language: status 422 (or 400: the call's `status`, else the error handler's `validationStatus`), a validation `type`, a localized `title` and `detail`, and
 * `errors: [{ detail, pointer: '#/profile/age', code }]` (`parameter`, `header` or `cookie` instead of `pointer`
 * outside the body; `code` is the validator's own).
 *
 * Reads a `ZodError` (Zod 3 and 4), a Standard Schema failure result (`{ issues }`: Zod, Valibot, ArkType), a
 * Valibot `ValiError`, ajv's `validate.errors`, an express-validator `Result`, or class-validator's
 * `ValidationError[]` (NestJS's `ValidationPipe`: `exceptionFactory: (errors) => validationProblem(errors)`). The validator's default
 * messages are replaced by the library's words for the rule in the request's language, with its parameters
 * (the minimum, the allowed values); a message the schema's author wrote is kept as written. A field error
 * never repeats the submitted value.
 *
 * Throws a `TypeError` when `source` is none of these, or lists no field error (a successful result): a bug in the
 * calling code, not the client's fault.
 *
 * @example
 * ```ts
 * const result = Profile.safeParse(req.body);
 * if (!result.success) throw validationProblem(result.error, { in: 'body' });
 *
 * const query = v.safeParse(Query, req.query);
 * if (!query.success) throw validationProblem(query, { in: 'query', status: 400 });
 * ```
 */
export function validationProblem(source: unknown, options: ValidationProblemOptions = {}): ValidationProblemError {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('status-i18n: validationProblem(source, options) takes an options object ({ in, status })');
  }
  // A misspelt option (`stauts`) would be ignored, and the answer would quietly keep the default.
  for (const name of Object.keys(options)) {
    if (name !== 'in' && name !== 'status') throw unknownOptionError('validationProblem()', name, ['in', 'status']);
  }
  const part = options.in ?? 'body';
  const status = options.status ?? 422;
  if (!PARTS.has(part)) throw new TypeError(`status-i18n: validationProblem() option "in" cannot be "${String(part)}"`);
  if (status !== 400 && status !== 422)
    throw new TypeError('status-i18n: validationProblem() option "status" is 400 or 422');
  if (source instanceof ValidationProblemError) return source;
  const issues = readValidationSource(source);
  if (issues === undefined && typeof readProperty(source, 'then') === 'function') {
    throw new TypeError(
      "status-i18n: validationProblem() was given a Promise: await the validator's result first (an async schema's ~standard.validate())",
    );
  }
  if (issues === undefined && isSuccess(source)) {
    throw new TypeError(
      `status-i18n: validationProblem() was given ${source == null ? String(source) : 'a successful result'}: nothing failed (call it when validation fails, with the validator's error)`,
    );
  }
  if (issues === undefined) {
    throw new TypeError(
      'status-i18n: validationProblem() reads a ZodError, a Standard Schema result with issues, ajv errors, an express-validator Result or class-validator errors',
    );
  }
  // A success (an empty express-validator Result, `{ issues: [] }`) is not a failure to answer with a 422 that
  // lists nothing: the calling code asked for a problem where there is none.
  if (issues.length === 0) {
    throw new TypeError('status-i18n: validationProblem() was given a result with no field errors: nothing failed');
  }
  return new ValidationProblemError(issues, part, status, options.status !== undefined, source);
}
