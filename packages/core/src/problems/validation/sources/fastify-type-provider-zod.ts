import { readProperty, readString } from '../../../error/read';
import { parseJsonPointer } from '../location';
import { isZodIssue } from './zod';

/** The registered symbol fastify-type-provider-zod marks each error of its list with (its recent versions). */
const MARK = Symbol.for('ZodFastifySchemaValidationError');

/**
 * The Zod issue inside an ajv-shaped error of fastify-type-provider-zod, or `undefined` for any other error. Its
 * `validatorCompiler` hands Fastify Zod's issues dressed as ajv errors: `keyword` is the Zod code, `instancePath`
 * the path joined with `/`, `message` Zod's, `params` the issue's other members (older versions keep the issue
 * itself in `params.issue`). Read as ajv errors they would get the generic words; read as the Zod issues they
 * are, each field gets the words of its rule, and an author's message is kept.
 *
 * @example
 * ```ts
 * const issue = zodIssueOfAjvShape(error);
 * const fieldErrors = issue === undefined ? readAjvError(error) : readZodIssue(issue);
 * ```
 */
export function zodIssueOfAjvShape(error: object): object | undefined {
  const params = readProperty(error, 'params');
  const inner = readProperty(params, 'issue');
  if (isZodIssue(inner)) return inner as object;
  if (readProperty(error, MARK) !== true) return undefined;
  const pointer = readString(error, 'instancePath') ?? '';
  // The issue's members are read through `params` (its prototype here), not copied: a getter there throws only
  // where the Zod reader reads it, which guards every read.
  const issue = Object.create(typeof params === 'object' && params !== null ? params : null) as Record<string, unknown>;
  issue.code = readString(error, 'keyword');
  issue.message = readString(error, 'message');
  // `/` alone is the root (the path joined with `/` after a leading one).
  issue.path = pointer === '/' ? [] : parseJsonPointer(pointer);
  return isZodIssue(issue) ? issue : undefined;
}
