import createFastifyError from '@fastify/error';
import createError from 'http-errors';
import multer from 'multer';
import { resolveStatus } from '../src/error/status';
import { correctedUploadStatus, uploadErrorStatus } from '../src/error/upload-errors';

describe('uploadErrorStatus(thrown)', () => {
  it.each([
    ['LIMIT_FILE_SIZE', 413],
    ['LIMIT_FILE_COUNT', 413],
    ['LIMIT_PART_COUNT', 413],
    ['LIMIT_UNEXPECTED_FILE', 400],
    ['LIMIT_FIELD_KEY', 413],
  ] as const)("reads multer's %s as %p", (code, status) => {
    expect(uploadErrorStatus(new multer.MulterError(code, 'avatar'))).toBe(status);
  });

  it('leaves what is no mistake of the client’s, or not an upload parser’s, to the other rules (a 500)', () => {
    // A file stream that broke on the server's side.
    expect(uploadErrorStatus(Object.assign(new Error('x'), { name: 'MulterError', code: 'STREAM_DESTROYED' }))).toBe(
      undefined,
    );
    // formidable's own 500s (a directory it could not make), and a code that is not formidable's.
    expect(uploadErrorStatus(Object.assign(new Error('x'), { code: 1018, httpCode: 500 }))).toBeUndefined();
    expect(uploadErrorStatus(Object.assign(new Error('x'), { code: 42, httpCode: 413 }))).toBeUndefined();
    // Another error with multer's code but not its name; a system error; nothing at all.
    expect(uploadErrorStatus(Object.assign(new Error('x'), { code: 'LIMIT_FILE_SIZE' }))).toBeUndefined();
    expect(uploadErrorStatus(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
    for (const value of [null, undefined, 'LIMIT_FILE_SIZE', 413]) expect(uploadErrorStatus(value)).toBeUndefined();
  });

  it('reads busboy’s errors that multer passes on by their message, their only mark', () => {
    for (const message of ['Multipart: Boundary not found', 'Unexpected end of form', 'Malformed part header']) {
      expect(uploadErrorStatus(new Error(message))).toBe(400);
    }
    expect(uploadErrorStatus(new Error('Unsupported content type: multipart/mixed'))).toBe(415);
    // @fastify/busboy's (under @fastify/multipart): a form cut short, and the part it was in.
    for (const message of [
      'Unexpected end of multipart data',
      'Part terminated early due to unexpected end of multipart data',
      'Preamble terminated early due to unexpected end of multipart data',
      'The needle cannot have a length bigger than 256.',
    ]) {
      expect(uploadErrorStatus(new Error(message))).toBe(400);
    }
    // The same words with a status of their own, a code, or another name are not busboy's.
    expect(uploadErrorStatus(new TypeError('Unexpected end of form'))).toBeUndefined();
    expect(uploadErrorStatus(Object.assign(new Error('Unexpected end of form'), { code: 'E_X' }))).toBeUndefined();
    expect(uploadErrorStatus(new Error('Unexpected end of form.'))).toBeUndefined();
  });

  it('reads formidable’s 4xx httpCode (koa-body): 413 for a file over maxFileSize, 400 for a malformed form', () => {
    expect(uploadErrorStatus(Object.assign(new Error('x'), { code: 1016, httpCode: 413 }))).toBe(413);
    expect(uploadErrorStatus(Object.assign(new Error('x'), { code: 1013, httpCode: 400 }))).toBe(400);
  });
});

describe('correctedUploadStatus(thrown, status)', () => {
  // As @fastify/multipart makes them (its own @fastify/error codes and messages).
  const NotMultipart = createFastifyError('FST_INVALID_MULTIPART_CONTENT_TYPE', 'the request is not multipart', 406);
  const BadJsonField = createFastifyError('FST_INVALID_JSON_FIELD_ERROR', 'a field is not valid JSON', 406);

  it("reads @fastify/multipart's 406s as the status they mean: 415 not multipart, 400 a field's broken JSON", () => {
    expect(resolveStatus(new NotMultipart())).toEqual({ status: 415, source: 'error' });
    expect(resolveStatus(new BadJsonField())).toEqual({ status: 400, source: 'error' });
  });

  it('keeps every other status, and a 406 of any other error', () => {
    expect(resolveStatus(createError(406))).toEqual({ status: 406, source: 'error' });
    expect(correctedUploadStatus(Object.assign(new Error('x'), { code: 'FST_X' }), 406)).toBe(406);
    expect(correctedUploadStatus(new NotMultipart(), 400)).toBe(400);
    for (const value of [null, undefined, 'FST_INVALID_MULTIPART_CONTENT_TYPE']) {
      expect(correctedUploadStatus(value, 406)).toBe(406);
    }
  });
});
