import { VALIDATION_PROBLEM_TYPE } from '../type-uri';
import { MAX_FIELD_ERRORS } from '../validation/issue';
import type { ValidationStatus } from '../validation/validation-error';
import type { JsonSchema } from './types';

/** `$ref` to the schema `name` of the same `components`. */
export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * The body of every error response (README, "The body"): RFC 9457's members, which the error handler always
 * sends but `instance`, and the extension members around them (open: an error's own members, `map`'s).
 */
export function problemSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'An RFC 9457 problem details object: the body of every error response.',
    properties: {
      type: {
        type: 'string',
        format: 'uri-reference',
        default: 'about:blank',
        description: 'Identifies the problem type; `about:blank` when the status code says it all.',
      },
      title: { type: 'string', description: 'A short summary of the problem type, in the response language.' },
      status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code.' },
      detail: { type: 'string', description: 'What went wrong for this request, in the response language.' },
      instance: {
        type: 'string',
        format: 'uri-reference',
        description: 'The path of the request, when the error handler is set to send it.',
      },
      requestId: { type: 'string', description: "The request's id, when the error handler is set to send it." },
    },
    required: ['type', 'title', 'status', 'detail'],
    additionalProperties: true,
  };
}

// Where a field error points: one member of each, or none.
const LOCATIONS: Readonly<Record<string, JsonSchema>> = {
  pointer: {
    type: 'string',
    pattern: '^#(/.*)?$',
    description: 'A JSON Pointer (RFC 6901) to the value in the request body, in URI fragment form.',
    examples: ['#/profile/age'],
  },
  parameter: { type: 'string', description: 'The query or path parameter, e.g. `page` or `filter[name]`.' },
  header: { type: 'string', description: 'The request header.' },
  cookie: { type: 'string', description: 'The cookie.' },
};

/**
 * One field error of a validation problem: what RFC 9457's own example lists (`detail`, `pointer`) with the
 * other places a value comes from. One of `pointer`, `parameter`, `header` and `cookie`, each in its own branch
 * (a client's generated types get a union); none when the error is about a whole part of the request.
 */
export function fieldErrorSchema(): JsonSchema {
  const names = Object.keys(LOCATIONS);
  return {
    type: 'object',
    description: 'One invalid value of the request.',
    properties: {
      detail: { type: 'string', description: 'What is wrong with the value, in the response language.' },
      code: { type: 'string', description: "The validator's own code for the error (e.g. `too_small`, `minLength`)." },
    },
    required: ['detail', 'code'],
    oneOf: [
      ...Object.entries(LOCATIONS).map(([name, schema]) => ({ properties: { [name]: schema }, required: [name] })),
      {
        description: 'About a whole part of the request (no query string at all, for example).',
        properties: Object.fromEntries(names.map((name) => [name, false])),
      },
    ],
  };
}

/** The validation problem: `type` the library's own, status 422 or 400, and the field errors. */
export function validationProblemSchema(
  problem: string,
  fieldError: string,
  statuses: readonly ValidationStatus[],
): JsonSchema {
  return {
    description: `The request has invalid values; \`errors\` lists them (at most ${MAX_FIELD_ERRORS}).`,
    allOf: [
      schemaRef(problem),
      {
        type: 'object',
        properties: {
          type: { const: VALIDATION_PROBLEM_TYPE },
          status: statuses.length === 1 ? { const: statuses[0] } : { enum: [...statuses] },
          errors: { type: 'array', items: schemaRef(fieldError), maxItems: MAX_FIELD_ERRORS },
        },
        required: ['errors'],
      },
    ],
  };
}
