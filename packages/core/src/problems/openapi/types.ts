/**
 * The OpenAPI 3.1 shapes `openApiComponents()` returns: plain JSON, so an application can merge them into its
 * own document (or into a typed one such as `openapi-types`' `OpenAPIV3_1.Document`).
 */

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1 Schema Objects). */
export type JsonSchema = { [keyword: string]: unknown };

/** An OpenAPI Example Object. */
export interface OpenApiExample {
  summary?: string;
  description?: string;
  value: unknown;
}

/** An OpenAPI Media Type Object, as used here. */
export interface OpenApiMediaType {
  schema: JsonSchema;
  examples?: Record<string, OpenApiExample>;
}

/** An OpenAPI Header Object, as used here. */
export interface OpenApiHeader {
  description: string;
  schema: JsonSchema;
}

/** An OpenAPI Response Object, as used here. */
export interface OpenApiResponse {
  description: string;
  headers: Record<string, OpenApiHeader>;
  content: Record<string, OpenApiMediaType>;
}

/** What `openApiComponents()` returns: the `components` members to merge into an OpenAPI 3.1 document. */
export interface OpenApiComponents {
  schemas: Record<string, JsonSchema>;
  responses: Record<string, OpenApiResponse>;
}
