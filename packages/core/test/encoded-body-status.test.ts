import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { encodedBodyStatus } from '../src/node/request';

/** A request as the function reads it: its headers. */
const requestWith = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

/** What zlib throws for `bytes` that are not in its format. */
function failureOf(decode: (bytes: Buffer) => unknown): unknown {
  try {
    decode(Buffer.from('not compressed at all'));
  } catch (error) {
    return error;
  }
  throw new Error('zlib decoded what it should not');
}

describe('encodedBodyStatus(req, thrown)', () => {
  const gzipFailure = failureOf(gunzipSync);
  const brotliFailure = failureOf(brotliDecompressSync);

  it('is 400 for zlib’s failure on a body the request says is encoded (gzip, deflate, br)', () => {
    expect(encodedBodyStatus(requestWith({ 'content-encoding': 'gzip' }), gzipFailure)).toBe(400);
    expect(encodedBodyStatus(requestWith({ 'content-encoding': 'br' }), brotliFailure)).toBe(400);
  });

  it('leaves zlib failing on the server’s own data, and any other error, to the other rules', () => {
    // No Content-Encoding, or identity: the body was not decoded, the data was the server's.
    expect(encodedBodyStatus(requestWith({}), gzipFailure)).toBeUndefined();
    expect(encodedBodyStatus(requestWith({ 'content-encoding': ' Identity ' }), gzipFailure)).toBeUndefined();
    // Another error under an encoded body; a look-alike without zlib's errno.
    const gzip = requestWith({ 'content-encoding': 'gzip' });
    expect(encodedBodyStatus(gzip, new Error('connect ETIMEDOUT'))).toBeUndefined();
    expect(encodedBodyStatus(gzip, Object.assign(new Error('x'), { code: 'Z_DATA_ERROR' }))).toBeUndefined();
    for (const value of [null, undefined, 'Z_DATA_ERROR']) expect(encodedBodyStatus(gzip, value)).toBeUndefined();
  });
});
