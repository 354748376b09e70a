import type { ProblemResolveContext, ResolvedProblem } from '../member';
import { resolveProblem } from '../resolve';
import type { FieldIssue } from '../validation/issue';
import { ValidationProblemError, type ValidationStatus } from '../validation/validation-error';
import { localizedExamples } from './examples';
import type { OpenApiExample } from './types';

// Field errors of a body and of a query parameter, as a Zod schema reports them.
const EXAMPLE_ISSUES: readonly FieldIssue[] = [
  { path: ['name'], code: 'too_small', rule: { kind: 'tooShort', minimum: 3 } },
  { path: ['email'], code: 'invalid_format', rule: { kind: 'format', format: 'email' } },
  { path: ['page'], in: 'query', code: 'invalid_type', rule: { kind: 'type', expected: 'integer' } },
];

/** Examples of a validation problem with `status`, one per language `locales` are answered in. */
export function validationExamples(
  status: ValidationStatus,
  locales: readonly string[],
  context: ProblemResolveContext,
): Record<string, OpenApiExample> {
  const error = new ValidationProblemError(EXAMPLE_ISSUES, 'body', status);
  return localizedExamples(locales, (locale) => resolveProblem(error, locale, context) as ResolvedProblem);
}
