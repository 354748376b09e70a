import { readProperty } from './read';

/**
 * Whether a thrown value is a Node.js system error (of `fs`, `net`, `dns`: it names its `syscall`), which
 * koa-send and an app's `createError(404, error)` pass on with a status of their own and marked public. Its
 * message names the server's paths and what the request asked for (`ENOENT: no such file or directory, stat
 * '/srv/app/public/nope.txt'`), its `code` and `errno` the server's internals: the client gets the catalog's
 * words for the status instead, and none of its members.
 *
 * @example
 * ```ts
 * isSystemError(createError(404, Object.assign(new Error('ENOENT: …'), { code: 'ENOENT', syscall: 'stat' }))); // true
 * isSystemError(createError(404, 'No such invoice'));                                                         // false
 * ```
 */
export function isSystemError(thrown: unknown): boolean {
  return typeof readProperty(thrown, 'syscall') === 'string';
}
