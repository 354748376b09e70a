/**
 * Problem type URIs.
 *
 * A problem the application defines means more than its status code, so its `type` cannot be `about:blank`,
 * which RFC 9457 (Section 4.2.1) reserves for problems with no semantics beyond the status. Without a
 * `typeBase` there is no URL the library could know, so the default is a URN, `urn:problem-type:<name>`: a
 * stable identifier that clients compare as a string and never fetch. Set `typeBase` to an `https://` URL that
 * documents the problems when clients should be able to look them up (RFC 9457, Section 3.1.1, asks for
 * human-readable documentation at a resolvable type URI).
 */

/** The prefix of a defined problem's `type` when `defineProblems` gets no `typeBase`. */
export const DEFAULT_TYPE_BASE = 'urn:problem-type:';

/**
 * The `type` of a validation problem (see `validationProblem`). Problem names are checked against it, so a
 * defined problem never shares it.
 */
export const VALIDATION_PROBLEM_TYPE = `${DEFAULT_TYPE_BASE}validation`;

// RFC 3986 unreserved characters: a name needs no escaping to end a URI, and reads the same in every format.
const PROBLEM_NAME = /^[A-Za-z\d][A-Za-z\d\-._~]*$/;

/** Whether `name` can name a problem (and end its type URI). */
export function isProblemName(name: string): boolean {
  return name.length <= 128 && PROBLEM_NAME.test(name);
}

/**
 * Checks a `typeBase` option: an absolute URI, given as a string, that ends where a name can start: with a
 * delimiter (`/`, `#`, `:`, `=`, `-`, …), not within a word (`…/problem` + `out-of-credit` would run the two
 * together as `…/problemout-of-credit`).
 */
export function checkTypeBase(typeBase: unknown): string {
  if (typeof typeBase === 'string') {
    try {
      new URL(typeBase);
    } catch {
      throw new TypeError(
        'status-i18n: defineProblems() option "typeBase" must be an absolute URI, e.g. "https://api.example.com/problems/"',
      );
    }
    if (/[A-Za-z\d]$/.test(typeBase)) {
      throw new TypeError(
        `status-i18n: defineProblems() option "typeBase" must end with a delimiter, such as "${typeBase}/": each problem's name is put right after it`,
      );
    }
    return typeBase;
  }
  throw new TypeError(
    'status-i18n: defineProblems() option "typeBase" must be an absolute URI, e.g. "https://api.example.com/problems/"',
  );
}
