import { statusI18n } from '@status-i18n/fastify';
import { eachFastify, type FastifyMajor, listen } from '../support/fastify';
import { leaveMidBody } from '../support/loopback';

/** The start of a multipart upload that says it is longer, then the client leaves. */
function leaveMidUpload(base: string, path: string): Promise<void> {
  const boundary = 'b0undary';
  return leaveMidBody(Number(new URL(base).port), path, {
    headers: `Content-Type: multipart/form-data; boundary=${boundary}\r\n`,
    body: `--${boundary}\r\nContent-Disposition: form-data; name="avatar"; filename="me.png"\r\n\r\n${'a'.repeat(2048)}`,
  });
}

describe.each(eachFastify)('%s: a client that leaves in the middle of its body', (_name, major: FastifyMajor) => {
  it('is no failure of the server: nothing is logged as a 5xx (with logClientErrors, a 400)', async () => {
    for (const logClientErrors of [false, true]) {
      const log = jest.fn();
      const app = major.fastify();
      await app.register(statusI18n, { log, logClientErrors });
      await app.register(major.plugins.multipart);
      const uploaded = new Promise<void>((resolve) => {
        app.post('/avatar', async (request) => {
          try {
            const file = await (request as unknown as { file(): Promise<{ toBuffer(): Promise<Buffer> }> }).file();
            await file.toBuffer();
            return 'stored';
          } finally {
            setTimeout(resolve, 100);
          }
        });
      });
      try {
        await leaveMidUpload(await listen(app), '/avatar');
        await uploaded;
        const statuses = log.mock.calls.map(([, , info]) => (info as { status: number }).status);
        expect(statuses).toEqual(logClientErrors ? [400] : []);
      } finally {
        await app.close();
      }
    }
  });
});
