import { oneLine } from '../internal/text';
import { type ProblemDetails, STANDARD_MEMBERS } from './problem';

// Members each format shows in a place of its own rather than among the others.
const OWN_PLACE: ReadonlySet<string> = new Set([...STANDARD_MEMBERS, 'requestId', 'stack']);

/** The problem's extension members (field errors, `code`, …) in their order, without the ones shown on their own. */
export function extensionMembers(problem: ProblemDetails): Array<[string, unknown]> {
  return Object.entries(problem).filter(([name]) => !OWN_PLACE.has(name));
}

/**
 * One validation error in one of its common shapes: RFC 9457's `{ detail, pointer }`, the validation problem's
 * `parameter`, `header` and `cookie` (see problems/validation/location.ts), or `{ field, message }`.
 */
export interface FieldError {
  readonly detail?: unknown;
  readonly message?: unknown;
  readonly field?: unknown;
  readonly path?: unknown;
  readonly pointer?: unknown;
  readonly parameter?: unknown;
  readonly header?: unknown;
  readonly cookie?: unknown;
}

/** The member a field error says what is wrong in: its `detail` (RFC 9457), else its `message`. */
function textKeyOf(error: FieldError): 'detail' | 'message' {
  return typeof error.detail === 'string' ? 'detail' : 'message';
}

/** What a field error says is wrong (see {@link textKeyOf}). */
export function textOf(error: FieldError): string {
  return String(error[textKeyOf(error)]);
}

/** Validation errors in a common shape: each with a string `detail` or `message`. */
export function isFieldErrorList(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        (typeof item.detail === 'string' || typeof item.message === 'string'),
    )
  );
}

/**
 * `#/profile/age` → `profile.age`, `#/items/0/name` → `items.0.name`: a JSON Pointer as a person reads it. The
 * whole body (`#`) names no field (its words say what is wrong with it: `Must be an object.`). A key that the
 * dotted form would misread is shown quoted, as a JSON string: the empty key as `""`, and a key with a dot, a quote,
 * a colon (which reads as the one after the name), white space or a control character in it (`#/a.b` → `"a.b"`,
 * which is not `#/a/b`'s `a.b`; a line break as `\n`). A value that is no JSON Pointer (`#a`, `a.b`) is shown as
 * it was given.
 */
function readablePointer(pointer: string): string | undefined {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (path === '') return undefined;
  if (!path.startsWith('/')) return pointer;
  return path.slice(1).split('/').map(readableKey).join('.');
}

// A key shown as it is: none of what the dotted form or the `name: words` line would misread.
const PLAIN_KEY = /^[^\s.":：\p{C}]+$/u;

/** One reference token of a pointer as a person reads it: percent-decoded, then unescaped (RFC 6901 §6, §4). */
function readableKey(token: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    decoded = token;
  }
  const key = decoded.replace(/~1/g, '/').replace(/~0/g, '~');
  return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}

/**
 * The name of the field a validation error is about, if it gives one as a string, as one line (see `oneLine`):
 * an unknown field's name is the client's, and the pointer decoded for a reader gives back its line breaks.
 */
export function fieldOf(error: FieldError): string | undefined {
  const key = fieldKeyOf(error);
  if (key === undefined) return undefined;
  const where = error[key] as string;
  const readable = key === 'pointer' ? readablePointer(where) : where;
  return readable === undefined ? undefined : oneLine(readable);
}

// Where a field error names its field, in the order they are read: RFC 9457's pointer first.
const FIELD_KEYS = ['pointer', 'field', 'path', 'parameter', 'header', 'cookie'] as const;

/** The member a field error names its field with (see {@link fieldOf}), if it has one as a string. */
function fieldKeyOf(error: FieldError): (typeof FIELD_KEYS)[number] | undefined {
  return FIELD_KEYS.find((key) => typeof error[key] === 'string');
}

/**
 * A field error's members besides its words (`textOf`) and its field (`fieldOf`): the validator's `code`, a
 * hint of the app's. The page and the text body show them after the words, so that they carry what JSON does.
 */
export function otherMembersOf(error: FieldError): Array<[string, unknown]> {
  const textKey = textKeyOf(error);
  const fieldKey = fieldKeyOf(error);
  return Object.entries(error).filter(([name, value]) => name !== textKey && name !== fieldKey && value !== undefined);
}

/** Whether a member is the problem's field errors: a field error list under `errors` (RFC 9457 §3's example). */
export function isFieldErrorsMember(name: string, value: unknown): value is readonly FieldError[] {
  return name === 'errors' && isFieldErrorList(value);
}

/** The heading of a member: the field errors get the page's own words for them. */
export function headingOf(name: string, value: unknown, fieldErrorsLabel: string): string {
  return isFieldErrorsMember(name, value) ? fieldErrorsLabel : name;
}
