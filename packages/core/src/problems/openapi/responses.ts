import { schemaRef } from './base-schemas';
import type { OpenApiExample, OpenApiResponse } from './types';

/** The media type of every problem body the components describe (the error handler's default format). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** A response with the problem schema `schema`, `Content-Language`, and examples when there are any. */
export function problemResponse(
  description: string,
  schema: string,
  examples?: Record<string, OpenApiExample>,
): OpenApiResponse {
  return {
    description,
    headers: {
      'Content-Language': {
        description: 'The language of `title` and `detail` (a fallback when the requested one is missing).',
        schema: { type: 'string' },
      },
    },
    content: {
      [PROBLEM_MEDIA_TYPE]:
        examples === undefined ? { schema: schemaRef(schema) } : { schema: schemaRef(schema), examples },
    },
  };
}
