import type { ProblemDetails } from './problem';

// Members each format shows in a place of its own rather than among the others.
const OWN_PLACE = new Set(['type', 'title', 'status', 'detail', 'instance', 'requestId', 'stack']);

/** The problem's extension members (field errors, `code`, …) in their order, without the ones shown on their own. */
export function extensionMembers(problem: ProblemDetails): Array<[string, unknown]> {
  return Object.entries(problem).filter(([name]) => !OWN_PLACE.has(name));
}

/** One validation error in its common shape. */
export interface FieldError {
  readonly message: string;
  readonly field?: unknown;
  readonly path?: unknown;
  readonly pointer?: unknown;
}

/** Validation errors in their common shape: `[{ field | path | pointer, message }]`. */
export function isFieldErrorList(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === 'object' && item !== null && typeof item.message === 'string')
  );
}

/** The name of the field a validation error is about, if it gives one as a string. */
export function fieldOf({ field, path, pointer }: FieldError): string | undefined {
  const where = [field, path, pointer].find((candidate) => typeof candidate === 'string');
  return where as string | undefined;
}
