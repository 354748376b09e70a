import { framesOf, NOT_PAUSED, pauseStackTraces, resumeStackTraces } from '../../internal/stack';
import { MAX_TEXT_LENGTH, truncateText } from '../../internal/text';
import { attachResolver, ownResolver, type ProblemResolveContext, type ResolvedProblem } from '../member';
import { VALIDATION_PROBLEM_TYPE } from '../type-uri';
import type { FieldIssue, RequestPart } from './issue';
import { MAX_FIELD_ERRORS } from './issue';
import { locationOf } from './location';
import { expressValidatorErrorsOf } from './sources/express-validator';
import { validationWordsFor } from './words';

/** A validation problem's status: 422 (RFC 9110's Unprocessable Content), or 400 as some APIs answer. */
export type ValidationStatus = 400 | 422;

/**
 * The error `validationProblem()` returns: an `Error` with status 422 (or 400), `expose: true`, the field
 * errors read from the validator, and the part of the request they are in. Made from a validator's own error (a
 * `ZodError`), that error is its `cause`, and it has no stack of its own (README, "validationProblem"); from
 * express-validator's thrown error, it has that error's frames and no cause (the error keeps submitted values). The error
 * handler answers it per request (see `resolveProblem`): a localized title and detail, and `errors: [{ detail,
 * pointer | parameter | header | cookie, code }]`; with its `validationStatus` when the call gave no status
 * (`status` then says 422, for code that reads it before the handler does).
 */
export class ValidationProblemError extends Error {
  override readonly name = 'ValidationProblemError';
  readonly status: ValidationStatus;
  /** The same as `status`, for code that reads `statusCode` (http-errors' convention). */
  readonly statusCode: ValidationStatus;
  readonly expose = true;
  /** The part of the request the field errors are in, unless an error names its own. */
  readonly in: RequestPart;
  /** The field errors, as read from the validator (at most `MAX_FIELD_ERRORS`, 100). */
  readonly issues: readonly FieldIssue[];
  /**
   * Whether the validator reported more field errors than `issues` lists: the detail then says "more than 100",
   * not a count of the listed ones only.
   */
  readonly moreIssues: boolean;

  /**
   * @internal made by `validationProblem()` and `readValidationError()`
   * @param issues the field errors read; past `MAX_FIELD_ERRORS`, the first are kept and the problem says there
   *   were more
   * @param statusGiven whether the caller chose the status; if not, the error handler's `validationStatus` does
   * @param source what the issues were read from: a validator's own `Error` (a `ZodError`) becomes the `cause`
   */
  constructor(
    issues: readonly FieldIssue[],
    part: RequestPart,
    status: ValidationStatus,
    statusGiven = true,
    source?: unknown,
  ) {
    // An author's message is the app's text, but it can be long (or carry what a validator let in): bounded once
    // here, for every validator, as other texts of a problem are.
    const moreIssues = issues.length > MAX_FIELD_ERRORS;
    const frozen = Object.freeze(issues.slice(0, MAX_FIELD_ERRORS).map(withBoundedTexts));
    // Counted once: every response, in whichever language, gives the same count.
    const count = countOf(frozen, part, moreIssues);
    const message = validationWordsFor('en', { defaultLocale: 'en' }).detail(count, moreIssues);
    // A validator's own error is the cause (with the stack of where the request failed validation, where the
    // validator keeps one), and no stack is taken here: V8 collects one when an Error is made, which cost more than
    // the rest of the problem, and a validation failure is the client's, answered on the request path.
    // express-validator's is not the cause: it says nothing (no message) and keeps every submitted value
    // (`errors[].value`, a password too), which a logger that prints causes would write out. The problem takes its
    // frames instead: where the route called `.throw()`.
    const thrownWithValues = source instanceof Error && expressValidatorErrorsOf(source) !== undefined;
    const cause = source instanceof Error && !thrownWithValues ? source : undefined;
    const limit = source instanceof Error ? pauseStackTraces() : NOT_PAUSED;
    super(message, cause === undefined ? undefined : { cause });
    if (limit !== NOT_PAUSED) {
      resumeStackTraces(limit);
      this.stack = `${this.name}: ${message}${thrownWithValues ? framesOf(source) : ''}`;
    }
    this.status = status;
    this.statusCode = status;
    this.in = part;
    this.issues = frozen;
    this.moreIssues = moreIssues;
    attachResolver(
      this,
      ownResolver((locale, context) =>
        resolveValidation(
          frozen,
          count,
          moreIssues,
          part,
          statusGiven ? status : (context.validationStatus ?? status),
          locale,
          context,
        ),
      ),
    );
  }
}

/** The issue with its texts bounded: an author's message, and a code some validators take from the schema. */
function withBoundedTexts(issue: FieldIssue): FieldIssue {
  const { message, code } = issue;
  const longMessage = message !== undefined && message.length > MAX_TEXT_LENGTH;
  const longCode = typeof code === 'string' && code.length > MAX_TEXT_LENGTH;
  if (!longMessage && !longCode) return issue;
  return {
    ...issue,
    ...(longMessage ? { message: truncateText(message) } : {}),
    ...(longCode ? { code: truncateText(code) } : {}),
  };
}

/**
 * The count the detail gives: how many values of the request the issues are about (a value that broke two rules,
 * ajv's type and minimum with `allErrors`, is one value, listed twice); when more issues were reported than
 * listed, how many are listed ("the first 100 are listed"). An issue without a path names no value of its own
 * (a rule on the whole body, or a message whose field is not known: Nest's `ValidationPipe` gives only
 * sentences), so each such issue counts: eight messages of Nest's about six fields are not "1 value".
 */
function countOf(issues: readonly FieldIssue[], part: RequestPart, more: boolean): number {
  if (more || issues.length < 2) return issues.length;
  // Compared pair by pair (at most 100 issues here): a key per issue (its JSON) cost more than the rest of reading a
  // zod error's five issues, on every request that fails validation.
  let count = 0;
  for (let index = 0; index < issues.length; index++) {
    const issue = issues[index] as FieldIssue;
    if (issue.path.length === 0) {
      count++;
      continue;
    }
    let listedBefore = false;
    for (let earlier = 0; earlier < index && !listedBefore; earlier++) {
      listedBefore = sameValue(issues[earlier] as FieldIssue, issue, part);
    }
    if (!listedBefore) count++;
  }
  return count;
}

/** Whether two issues are about the same value: the same part of the request, the same path (`'1'` is not `1`). */
function sameValue(one: FieldIssue, other: FieldIssue, part: RequestPart): boolean {
  if ((one.in ?? part) !== (other.in ?? part) || one.path.length !== other.path.length) return false;
  return one.path.every((segment, index) => segment === other.path[index]);
}

function resolveValidation(
  issues: readonly FieldIssue[],
  count: number,
  moreIssues: boolean,
  part: RequestPart,
  status: ValidationStatus,
  locale: string,
  context: ProblemResolveContext,
): ResolvedProblem {
  const words = validationWordsFor(locale, context);
  const errors = issues.map((issue) => ({
    detail: issue.message ?? words.field(issue.rule),
    ...locationOf(issue.in ?? part, issue.path),
    code: issue.code,
  }));
  return {
    status,
    type: VALIDATION_PROBLEM_TYPE,
    title: words.title(),
    detail: words.detail(count, moreIssues),
    extensions: { errors },
    locale: words.locale,
  };
}
