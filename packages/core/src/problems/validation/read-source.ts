import { readProperty } from '../../error/read';
import { type FieldIssue, READ_LIMIT } from './issue';
import { isAjvError, readAjvError } from './sources/ajv';
import { isClassValidatorError, readClassValidatorError } from './sources/class-validator';
import {
  expressValidatorErrorsOf,
  isExpressValidatorError,
  readExpressValidatorError,
} from './sources/express-validator';
import { zodIssueOfAjvShape } from './sources/fastify-type-provider-zod';
import { readStandardIssues } from './sources/standard-schema';
import { readZodIssue } from './sources/zod';

/** Reads each of `items` into field errors, at most {@link READ_LIMIT} in all. */
export function readEach(items: readonly unknown[], read: (item: object) => FieldIssue[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const item of items.slice(0, READ_LIMIT)) {
    if (typeof item === 'object' && item !== null) issues.push(...read(item));
    if (issues.length >= READ_LIMIT) break;
  }
  return issues.slice(0, READ_LIMIT);
}

/** An ajv error, or a Zod issue dressed as one (fastify-type-provider-zod's), read as what it is. */
function readAjvShaped(error: object): FieldIssue[] {
  const zodIssue = zodIssueOfAjvShape(error);
  return zodIssue === undefined ? readAjvError(error) : readZodIssue(zodIssue);
}

function readList(list: readonly unknown[]): FieldIssue[] | undefined {
  if (list.length > 0 && list.every(isAjvError)) return readEach(list, readAjvShaped);
  if (list.length > 0 && list.every(isExpressValidatorError)) return readEach(list, readExpressValidatorError);
  if (list.length > 0 && list.every(isClassValidatorError)) return readEach(list, readClassValidatorError);
  return readStandardIssues(list.slice(0, READ_LIMIT)).slice(0, READ_LIMIT);
}

/**
 * The field errors of a validator's failure (at most one more than {@link MAX_FIELD_ERRORS}: see `READ_LIMIT`), or
 * `undefined` when `source` is none the library reads:
 * - a `ZodError` (Zod 3 or 4), a Valibot `ValiError`, ArkType's `ArkErrors` or `TraversalError`, a Standard
 *   Schema failure result (`{ issues }`), or the list of issues itself;
 * - ajv's errors (`validate.errors`), or the validate function or Ajv instance that holds them;
 * - an express-validator `Result` (`validationResult(req)`), the error its `.throw()` threw, or its `.array()`.
 */
export function readValidationSource(source: unknown): FieldIssue[] | undefined {
  if (Array.isArray(source)) return readList(source);
  const express = expressValidatorErrorsOf(source);
  if (express !== undefined) return readEach(express, readExpressValidatorError);
  const issues = readProperty(source, 'issues') ?? readProperty(readProperty(source, 'arkErrors'), 'issues');
  if (Array.isArray(issues)) return readList(issues);
  const errors = readProperty(source, 'errors');
  if (Array.isArray(errors) && errors.length > 0 && errors.every(isAjvError)) return readEach(errors, readAjvShaped);
  return undefined;
}
