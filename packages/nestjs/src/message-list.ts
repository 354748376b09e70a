import { type FieldIssue, MAX_FIELD_ERRORS, type PathSegment, ValidationProblemError } from '@status-i18n/core';

/**
 * `ValidationPipe`'s own exception carries its messages as an array (`['email must be an email']`), read here
 * into field errors of the body. Nest builds them from the DTO's property names and the author's messages, so
 * they are kept (cut to a bounded length), except class-validator's whitelist message (`forbidNonWhitelisted`:
 * `property <key> should not exist`, after the parent's path `address.`), which repeats a key the client sent:
 * it becomes the core's unknown-field error, in the client's language, pointing at the key (escaped and cut as
 * every pointer is). Nest 12's `errorFormat: 'grouped'` gives the messages by property, each read at its own.
 * `StatusI18nValidationPipe` does better still: every error points at its field, in the part of the request it
 * came from, in the client's language (see the README).
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

// What Nest 12's `ValidationPipe` adds when `maxErrorMessagesLength` cut its messages: no field's error.
const OMITTED = 'Further validation errors were omitted';

function issueOf(message: string): FieldIssue {
  const path = unknownKeyPath(message);
  if (path !== undefined) return { path, code: 'whitelistValidation', rule: { kind: 'unknownKey' } };
  return { path: [], code: 'invalid', rule: { kind: 'invalid' }, message };
}

/** A message of a group (Nest 12's `errorFormat: 'grouped'`), at the group's path, the property's dotted path. */
function groupIssueOf(path: readonly PathSegment[], message: string): FieldIssue {
  // The whitelist's group is the unknown key itself, which its message repeats.
  if (unknownKeyPath(message) !== undefined) return { path, code: 'whitelistValidation', rule: { kind: 'unknownKey' } };
  return { path, code: 'invalid', rule: { kind: 'invalid' }, message };
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
  const words = messages
    .slice(0, MAX_MESSAGES)
    .filter((message): message is string => typeof message === 'string' && message !== OMITTED);
  if (words.length === 0 || (status !== 400 && status !== 422)) return undefined;
  return new ValidationProblemError(words.map(issueOf), 'body', status, true, exception);
}

/**
 * The validation problem of a 400 or 422 `HttpException` whose message groups messages by property (Nest 12's
 * `ValidationPipe({ errorFormat: 'grouped' })`: `{ 'address.city': ['city must be a string'] }`), or `undefined`:
 * each message a field error at its property, in Nest's words but the whitelist's (an unknown field, in the
 * client's language). At most as many messages, and as deep a path, as a list gives.
 */
export function messageGroups(status: number, groups: object, exception: object): ValidationProblemError | undefined {
  if (status !== 400 && status !== 422) return undefined;
  const issues: FieldIssue[] = [];
  let entries: [string, unknown][];
  try {
    entries = Object.entries(groups);
  } catch {
    return undefined;
  }
  for (const [key, messages] of entries) {
    if (issues.length >= MAX_MESSAGES) break;
    if (!Array.isArray(messages)) return undefined;
    if (key === '...') continue;
    const path = key.split('.', MAX_DEPTH).map(segmentOf);
    for (const message of messages.slice(0, MAX_MESSAGES)) {
      if (typeof message === 'string' && issues.length < MAX_MESSAGES) issues.push(groupIssueOf(path, message));
    }
  }
  if (issues.length === 0) return undefined;
  return new ValidationProblemError(issues, 'body', status, true, exception);
}
