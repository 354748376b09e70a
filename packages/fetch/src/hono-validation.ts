import { type RequestPart, type ValidationProblemOptions, validationProblem } from '@status-i18n/core';

/**
 * What of a validator hook's result is read: `@hono/zod-validator`'s (and the Standard Schema, Valibot and
 * ArkType validators' of @hono) `{ success, error, target }`, by shape, so neither Zod nor the validator is
 * loaded here.
 */
export interface ValidationHookResult {
  readonly success: boolean;
  readonly error?: unknown;
  readonly target: string;
}

// hono/validator's targets, named as the core names the parts of a request. A body is `json` or `form`; a
// target Hono may add later is taken as the body, the core's default.
const PARTS: ReadonlyMap<string, RequestPart> = new Map([
  ['json', 'body'],
  ['form', 'body'],
  ['query', 'query'],
  ['param', 'params'],
  ['header', 'headers'],
  ['cookie', 'cookies'],
]);

/**
 * A hook for `zValidator(target, schema, hook)` (@hono/zod-validator) that throws a failed check as a
 * validation problem, for `onError` to answer: without a hook, zValidator answers a 400 of its own with the
 * whole `ZodError`. The validator's target names the part of the request (`json` and `form` → `body`, `query`,
 * `param` → `params`, `header` → `headers`, `cookie` → `cookies`), so field errors point where the mistake is.
 * A success passes on.
 *
 * @param options `status`: `422` or `400` (default: `onError`'s `validationStatus`, 422 unless set)
 * @example
 * ```ts
 * import { zValidator } from '@hono/zod-validator';
 * import { validationHook } from '@status-i18n/fetch/hono';
 *
 * app.post('/sign-up', zValidator('json', SignUp, validationHook()), (c) => c.json(c.req.valid('json'), 201));
 * ```
 */
export function validationHook(
  options: Pick<ValidationProblemOptions, 'status'> = {},
): (result: ValidationHookResult) => void {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('status-i18n: validationHook(options) takes an options object ({ status: 400 | 422 })');
  }
  for (const name of Object.keys(options)) {
    if (name !== 'status') {
      // Its one option: whatever else was written stands for it.
      throw new TypeError(`status-i18n: validationHook(): unknown option "${name}" (its only option is "status")`);
    }
  }
  const { status } = options;
  // Checked now, as the handler's options are: a wrong status is the application's bug, not a client's 500.
  if (status !== undefined && status !== 400 && status !== 422)
    throw new TypeError('status-i18n: validationHook() option "status" is 400 or 422');
  return function statusI18nValidationHook(result) {
    if (result.success) return;
    const part = PARTS.get(result.target) ?? 'body';
    throw validationProblem(result.error, status === undefined ? { in: part } : { in: part, status });
  };
}
