import { readProperty } from '../../../error/read';
import { type FieldIssue, INVALID } from '../issue';
import { isArkTypeIssue, readArkTypeIssue } from './arktype';
import { readPath } from './path';
import { isValibotIssue, readValibotIssue } from './valibot';
import { isZodIssue, readZodIssue } from './zod';

/**
 * The issues of a Standard Schema failure (`{ issues: [{ message, path }] }`, what `schema['~standard'].validate()`
 * returns on failure), and of errors that carry such a list (`ZodError`, Valibot's `ValiError`). The result does
 * not say which validator made it, so each issue is read by its shape: Zod's, Valibot's and ArkType's have
 * members of their own. An issue of another validator gets the generic message: nothing tells its default
 * messages from its author's, and defaults may quote the submitted value.
 */
export function readStandardIssues(issues: readonly unknown[]): FieldIssue[] {
  const fieldIssues: FieldIssue[] = [];
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    if (isArkTypeIssue(issue)) fieldIssues.push(...readArkTypeIssue(issue));
    else if (isValibotIssue(issue)) fieldIssues.push(...readValibotIssue(issue));
    else if (isZodIssue(issue)) fieldIssues.push(...readZodIssue(issue));
    else fieldIssues.push({ path: readPath(readProperty(issue, 'path')), code: 'invalid', rule: INVALID });
  }
  return fieldIssues;
}
