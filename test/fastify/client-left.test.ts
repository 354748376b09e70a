import { connect } from 'node:net';
import { statusI18n } from '@status-i18n/fastify';
import { eachFastify, type FastifyMajor, listen } from '../support/fastify';

/** Sends the start of a multipart upload that says it is longer, then leaves: the client is gone mid-body. */
async function leaveMidUpload(base: string, path: string): Promise<void> {
  const { port } = new URL(base);
  const boundary = 'b0undary';
  const start = `--${boundary}\r\nContent-Disposition: form-data; name="avatar"; filename="me.png"\r\n\r\n${'a'.repeat(2048)}`;
  const socket = connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
      `Content-Length: 100000\r\n\r\n${start}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.destroy();
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
