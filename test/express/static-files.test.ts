import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorHandler } from '@status-i18n/express';
import request from 'supertest';
import { expressVersions } from '../support/loopback';

const quiet = { log: () => undefined };

describe.each(expressVersions)('%s: errorHandler(options) behind express.static (send)', (_name, express) => {
  const root = mkdtempSync(join(tmpdir(), 'status-i18n-static-'));
  writeFileSync(join(root, 'file.txt'), 'twelve bytes');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function staticApp() {
    const app = express();
    app.use('/s', express.static(root));
    app.use(errorHandler(quiet));
    return app;
  }

  it('answers a range past the end with 416 and the Content-Range that gives the length (RFC 9110, 15.5.17)', async () => {
    const response = await request(staticApp())
      .get('/s/file.txt')
      .set('Range', 'bytes=999999-')
      .set('Accept-Language', 'zh-CN');
    expect(response.status).toBe(416);
    expect(response.headers['content-range']).toBe('bytes */12');
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.headers['content-language']).toBe('zh-CN');
    // The success path's headers are gone: the error is no part of the file.
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(response.headers.etag).toBeUndefined();
    expect(response.headers['last-modified']).toBeUndefined();
  });
});
