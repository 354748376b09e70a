import { type FieldIssue, MAX_FIELD_ERRORS, type PathSegment, ValidationProblemError } from '@status-i18n/core';

/**
 * `ValidationPipe`'s own exception carries its messages as an array (`['email must be an email']`), read here
 * into field errors of the body. Nest builds them from the DTO's property names and the author's messages, so
 * they are kept (cut to a bounded length), except class-validator's whitelist message (`forbidNonWhitelisted`:
 * `property <key> should not exist`, after the parent's path `address.`), which repeats a key the client sent:
 * it becomes the core's unknown-field error, in the client's language, pointing at the key (escaped and cut as
 * every pointer is). An `exceptionFactory` that hands class-validator's errors to `validationProblem()` does
 * better still: every error points at its field (see the README).
 */

// One more message than the core lists field errors: the problem then says the list was cut.
const MAX_MESSAGES = MAX_FIELD_ERRORS + 1;
// Deeper than any DTO, as the core reads class-validator's errors: a bound on a hand-made path.
const MAX_DEPTH = 32;

const PROPERTY = 'property ';
const SHOULD_NOT_EXIST = ' should not exist';

// An array's items are children named by their index ('0'): a number in the path, as the core's readers give.
const segmentOf = (name: string): PathSegment => (/^(?:0|[1-9]\d{0,8})$/.test(name) ? Number(name) : name);

/**
 * The path of the key a whitelist message names (`address.property evil should not exist` → `['address',
 * 'evil']`), or `undefined` for any other message. Read with string searches, not a pattern: the message can be
 * as long as the key the client sent.
 */
export function unknownKeyPath(message: string): PathSegment[] | undefined {
  if (!message.endsWith(SHOULD_NOT_EXIST)) return undefined;
  let start = 0;
  if (!message.startsWith(PROPERTY)) {
    const at = message.indexOf(`.${PROPERTY}`);
    if (at < 0) return undefined;
    start = at + 1;
  }
  const keyStart = start + PROPERTY.length;
  const keyEnd = message.length - SHOULD_NOT_EXIST.length;
  if (keyEnd < keyStart) return undefined;
  const parent =
    start === 0
      ? []
      : message
          .slice(0, start - 1)
          .split('.', MAX_DEPTH)
          .map(segmentOf);
  return [...parent, message.slice(keyStart, keyEnd)];
}

function issueOf(message: string): FieldIssue {
  const path = unknownKeyPath(message);
  if (path !== undefined) return { path, code: 'whitelistValidation', rule: { kind: 'unknownKey' } };
  return { path: [], code: 'invalid', rule: { kind: 'invalid' }, message };
}

/**
 * The validation problem of a 400 or 422 `HttpException` whose message is a list of strings, or `undefined`. The
 * exception is its `cause` (the stack `debug` shows follows it), and it takes no stack of its own.
 */
export function messageList(
  status: number,
  messages: readonly unknown[],
  exception: object,
): ValidationProblemError | undefined {
  const words = messages.slice(0, MAX_MESSAGES).filter((message): message is string => typeof message === 'string');
  if (words.length === 0 || (status !== 400 && status !== 422)) return undefined;
  return new ValidationProblemError(words.map(issueOf), 'body', status, true, exception);
}
