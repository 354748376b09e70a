import { isAllowedExtensionName } from '../../error/extensions';
import type { DefinedProblem } from '../definition';
import { schemaRef } from './base-schemas';
import type { ArgumentKind, MessageArgument } from './message-arguments';
import type { JsonSchema } from './types';

// By how the messages format a param, the value `create()` is expected to get, as the body carries it.
const PARAM_SCHEMAS: Readonly<Record<ArgumentKind, JsonSchema>> = {
  number: { type: 'number' },
  // A `Date` is sent as its ISO 8601 string.
  date: { type: 'string', format: 'date-time' },
  select: { type: 'string' },
  text: { type: 'string' },
};

/**
 * A defined problem's schema: the Problem, with the problem's `type` and `status`, and the arguments of its
 * messages as members (the params `create()` requires in TypeScript). An argument named like a standard or
 * internal member is left out: the error handler never sends it. Other params a caller adds are extension
 * members too, which the Problem allows.
 */
export function definedProblemSchema(
  problem: DefinedProblem,
  args: ReadonlyMap<string, MessageArgument>,
  base: string,
  description: string,
): JsonSchema {
  const params = [...args].filter(([name]) => isAllowedExtensionName(name));
  const own: JsonSchema = {
    type: 'object',
    properties: {
      type: { const: problem.type },
      status: { const: problem.status },
      ...Object.fromEntries(params.map(([name, { kind }]) => [name, { ...PARAM_SCHEMAS[kind] }])),
    },
  };
  if (params.length > 0) own.required = params.map(([name]) => name);
  return { description, allOf: [schemaRef(base), own] };
}
