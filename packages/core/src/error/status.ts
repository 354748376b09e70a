import { callMethod, readProperty } from './read';
import { correctedUploadStatus, uploadErrorStatus } from './upload-errors';

/** Where the status of an error response came from. */
export type StatusSource = 'error' | 'response' | 'default';

export interface ResolvedStatus {
  readonly status: number;
  readonly source: StatusSource;
}

/**
 * Only an integer 400–599 can be an error status; 200, 302, 600, '404', NaN and 404.5 cannot.
 *
 * @example
 * ```ts
 * isErrorStatus(404);   // true
 * isErrorStatus('404'); // false
 * ```
 */
export function isErrorStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599;
}

/**
 * The status of an error response for a thrown value, in this order: Boom's `output.statusCode`, `status`,
 * `statusCode` (@fastify/multipart's 406 for a body it cannot read is the 415 or 400 it means: see
 * `correctedUploadStatus`), a NestJS-like `getStatus()`, each only if it is a valid error status; then the status of a
 * multipart upload parser's error that says it in its own way (multer's `LIMIT_FILE_SIZE`: see
 * `uploadErrorStatus`); then a status the response already had (Express apps set `res.status(4xx)` before
 * calling `next(err)`); then 500.
 */
export function resolveStatus(
  thrown: unknown,
  presetStatus?: number,
  isBoom = readProperty(thrown, 'isBoom') === true,
): ResolvedStatus {
  // One after the other, each read only if the one before did not answer.
  const boomStatus = isBoom ? readProperty(readProperty(thrown, 'output'), 'statusCode') : undefined;
  if (isErrorStatus(boomStatus)) return { status: boomStatus, source: 'error' };
  const status = readProperty(thrown, 'status');
  if (isErrorStatus(status)) return { status, source: 'error' };
  const statusCode = readProperty(thrown, 'statusCode');
  if (isErrorStatus(statusCode)) return { status: correctedUploadStatus(thrown, statusCode), source: 'error' };
  const fromMethod = callMethod(thrown, 'getStatus');
  if (isErrorStatus(fromMethod)) return { status: fromMethod, source: 'error' };
  const uploadStatus = uploadErrorStatus(thrown);
  if (uploadStatus !== undefined) return { status: uploadStatus, source: 'error' };
  if (isErrorStatus(presetStatus)) return { status: presetStatus, source: 'response' };
  return { status: 500, source: 'default' };
}
