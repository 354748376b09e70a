import { readProperty, readString } from './read';

/**
 * multer's error codes (`MulterError`, which carries no status) by the status of the client's mistake: a limit
 * of the upload's size or counts is a 413, a form the route does not take a 400. `STREAM_DESTROYED` is not
 * here: a file stream that broke is no mistake of the client's.
 */
const MULTER_STATUS: ReadonlyMap<string, number> = new Map([
  ['LIMIT_PART_COUNT', 413],
  ['LIMIT_FILE_SIZE', 413],
  ['LIMIT_FILE_COUNT', 413],
  ['LIMIT_FIELD_KEY', 413],
  ['LIMIT_FIELD_VALUE', 413],
  ['LIMIT_FIELD_COUNT', 413],
  ['LIMIT_UNEXPECTED_FILE', 400],
  ['MISSING_FIELD_NAME', 400],
  ['LIMIT_FIELD_NESTING', 400],
  ['LIMIT_FIELD_ARRAY_INDEX', 400],
  ['INVALID_FIELD_NAME', 400],
]);

/**
 * busboy's messages for a form it cannot read (multer passes its errors on as they are, with no status nor code),
 * and those of its fork @fastify/busboy (under @fastify/multipart): each a mistake of the client's body or
 * headers, a 400.
 */
const BUSBOY_MESSAGES: ReadonlySet<string> = new Set([
  'Multipart: Boundary not found',
  // @fastify/busboy: a form cut short, and the part it was in the middle of.
  'Unexpected end of multipart data',
  'Part terminated early due to unexpected end of multipart data',
  'Preamble terminated early due to unexpected end of multipart data',
  // @fastify/busboy: a boundary over 256 characters (RFC 2046 allows 70), which it cannot search for.
  'The needle cannot have a length bigger than 256.',
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Malformed urlencoded form',
  'Malformed content type',
  'Missing Content-Type',
]);
// busboy's refusal of a `multipart/*` type other than `multipart/form-data`, followed by the type the client sent.
const BUSBOY_UNSUPPORTED_TYPE = 'Unsupported content type: ';

/** The status of one of busboy's errors, known by its message: it has nothing else (see `BUSBOY_MESSAGES`). */
function busboyStatus(thrown: unknown): number | undefined {
  if (readProperty(thrown, 'name') !== 'Error') return undefined;
  const message = readString(thrown, 'message');
  if (message === undefined) return undefined;
  if (BUSBOY_MESSAGES.has(message)) return 400;
  return message.startsWith(BUSBOY_UNSUPPORTED_TYPE) ? 415 : undefined;
}

/**
 * @fastify/multipart's errors that carry 406 Not Acceptable, which is about the formats the client accepts in the
 * response (`Accept`), for a request body it cannot read: a request that is not multipart (a route's
 * `request.file()` given JSON) is a 415, a field whose declared JSON does not parse a 400.
 */
const FASTIFY_MULTIPART_406: ReadonlyMap<string, number> = new Map([
  ['FST_INVALID_MULTIPART_CONTENT_TYPE', 415],
  ['FST_INVALID_JSON_FIELD_ERROR', 400],
]);

/**
 * The status an error's own `status` or `statusCode` stands for: the same, except for an upload parser's error
 * that names a status about something else (see `FASTIFY_MULTIPART_406`), whose catalog words would tell the client
 * to change its `Accept` header.
 *
 * @example
 * ```ts
 * correctedUploadStatus(new InvalidMultipartContentTypeError(), 406); // 415
 * correctedUploadStatus(createError(406), 406);                       // 406
 * ```
 */
export function correctedUploadStatus(thrown: unknown, status: number): number {
  // Read only for a 406: every other error's status is taken as it is, without a look at its code.
  if (status !== 406) return status;
  const code = readProperty(thrown, 'code');
  return (typeof code === 'string' && FASTIFY_MULTIPART_406.get(code)) || status;
}

// formidable (under koa-body) numbers its errors from 1000 and says the status in `httpCode`.
const FORMIDABLE_CODES = { min: 1000, max: 1999 };

/**
 * The status of a multipart upload parser's error that says it only in its own way, if `thrown` is one: multer's
 * `MulterError` (`LIMIT_FILE_SIZE` is a 413, `LIMIT_UNEXPECTED_FILE` a 400), busboy's that multer passes on (a
 * form without its boundary or cut short is a 400, known by the message, its only mark), and formidable's, under
 * koa-body, whose `httpCode` is a 4xx (a file over `maxFileSize` is a 413, a malformed form a 400). Without it
 * such an error would be a 500, the server's fault, for a client that sent too much. Its message stays hidden, as any error's
 * that is not marked public: the client gets the catalog's words for the status, never the file name it sent.
 *
 * @example
 * ```ts
 * uploadErrorStatus(new multer.MulterError('LIMIT_FILE_SIZE', 'avatar')); // 413
 * uploadErrorStatus(new Error('File too large'));                        // undefined
 * ```
 */
export function uploadErrorStatus(thrown: unknown): number | undefined {
  const code = readProperty(thrown, 'code');
  if (typeof code === 'string') {
    return readProperty(thrown, 'name') === 'MulterError' ? MULTER_STATUS.get(code) : undefined;
  }
  if (code === undefined) return busboyStatus(thrown);
  if (typeof code !== 'number' || code < FORMIDABLE_CODES.min || code > FORMIDABLE_CODES.max) return undefined;
  const httpCode = readProperty(thrown, 'httpCode');
  return typeof httpCode === 'number' && Number.isInteger(httpCode) && httpCode >= 400 && httpCode <= 499
    ? httpCode
    : undefined;
}
