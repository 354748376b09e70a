/**
 * The English names of the error statuses that a thrown message may repeat: first the name of the HTTP status
 * code registry (RFC 9110 and later RFCs), then the names other software still uses for codes that were
 * renamed: Node.js's `http.STATUS_CODES`, the `statuses` module behind http-errors and Koa, and older
 * releases of both. Our own table rather than `node:http`'s, so that the main entry needs no Node.js built-in.
 */
const NAMES: Readonly<Record<number, readonly string[]>> = {
  400: ['Bad Request'],
  401: ['Unauthorized'],
  402: ['Payment Required'],
  403: ['Forbidden'],
  404: ['Not Found'],
  405: ['Method Not Allowed'],
  406: ['Not Acceptable'],
  407: ['Proxy Authentication Required'],
  408: ['Request Timeout'],
  409: ['Conflict'],
  410: ['Gone'],
  411: ['Length Required'],
  412: ['Precondition Failed'],
  413: ['Content Too Large', 'Payload Too Large', 'Request Entity Too Large'],
  414: ['URI Too Long', 'Request-URI Too Long', 'Request-URI Too Large'],
  415: ['Unsupported Media Type'],
  416: ['Range Not Satisfiable', 'Requested Range Not Satisfiable'],
  417: ['Expectation Failed'],
  // The registry marks 418 unused; everyone else names it after RFC 2324.
  418: ["I'm a Teapot"],
  // NestJS's `MisdirectedException` says only 'Misdirected'.
  421: ['Misdirected Request', 'Misdirected'],
  422: ['Unprocessable Content', 'Unprocessable Entity'],
  423: ['Locked'],
  424: ['Failed Dependency'],
  425: ['Too Early', 'Unordered Collection'],
  426: ['Upgrade Required'],
  428: ['Precondition Required'],
  429: ['Too Many Requests'],
  431: ['Request Header Fields Too Large'],
  451: ['Unavailable For Legal Reasons'],
  500: ['Internal Server Error'],
  501: ['Not Implemented'],
  502: ['Bad Gateway'],
  503: ['Service Unavailable'],
  504: ['Gateway Timeout'],
  505: ['HTTP Version Not Supported'],
  506: ['Variant Also Negotiates'],
  507: ['Insufficient Storage'],
  508: ['Loop Detected'],
  // Not registered, but in Node.js's table and the `statuses` module.
  509: ['Bandwidth Limit Exceeded'],
  510: ['Not Extended'],
  511: ['Network Authentication Required'],
};

const fold = (text: string) => text.trim().toLowerCase();

/** The names of each error status, folded: a table made once, not a cache. */
const KNOWN_NAMES: ReadonlyMap<number, ReadonlySet<string>> = new Map(
  Object.entries(NAMES).map(([status, names]) => [Number(status), new Set(names.map(fold))]),
);

/** The length of each status's longest name: a longer message is none of them. */
const LONGEST_NAME: ReadonlyMap<number, number> = new Map(
  Object.entries(NAMES).map(([status, names]) => [Number(status), Math.max(...names.map((name) => name.length))]),
);

/**
 * The name http-errors and Koa give a status of a class that has none of its own (`createError(499)`,
 * `ctx.throw(432)`): its class's first status's. An app that throws such an error said nothing more either.
 */
const CLASS_NAMES: Readonly<Record<number, string>> = { 4: 'Bad Request', 5: 'Internal Server Error' };

/**
 * The most characters a text can have and still lower-case to `text`'s lower case. Lower-casing never shortens a
 * string, and only 'İ' (U+0130) lengthens it (to 'i̇', two characters): any other text can be that long at most.
 */
function longestFoldingTo(text: string): number {
  return text.includes('\u0130') ? 2 * text.length : text.length;
}

/**
 * Whether `message` only repeats the standard English reason phrase of `status`, as the message of
 * `createError(404)` or `ctx.throw(404)` does (in any case, and any of the names software has used for it), or
 * the one of its class that http-errors gives a status without a name (`createError(499)` says 'Bad Request').
 * Such a message says nothing the localized catalog text does not say better, so it counts as no message.
 *
 * @param catalogTitle the catalog's title of `status`, which counts as its name too (an app's own code)
 *
 * @example
 * ```ts
 * isReasonPhrase('Payload Too Large', 413); // true
 * isReasonPhrase('Bad Request', 499);              // true: createError(499)'s
 * isReasonPhrase('The upload is over 10 MB', 413); // false
 * ```
 */
export function isReasonPhrase(message: string, status: number, catalogTitle = ''): boolean {
  // The usual case, createError(404)'s own 'Not Found', needs no case folding.
  if (message === catalogTitle || message === NAMES[status]?.[0]) return true;
  const className = CLASS_NAMES[Math.floor(status / 100)] ?? '';
  if (message === className) return true;
  const trimmed = message.trim();
  // Most exposed messages are sentences, longer than every name of their status: they are not folded at all.
  const longest = Math.max(LONGEST_NAME.get(status) ?? 0, className.length, longestFoldingTo(catalogTitle));
  if (trimmed.length > longest) return false;
  const text = trimmed.toLowerCase();
  return KNOWN_NAMES.get(status)?.has(text) === true || text === fold(catalogTitle) || text === fold(className);
}
