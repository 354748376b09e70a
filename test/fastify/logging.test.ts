import { statusI18n } from '@status-i18n/fastify';
import createError from 'http-errors';
import { eachFastify, type FastifyMajor, LEVEL, listen, logCapture, settle } from '../support/fastify';

// Jest sets NODE_ENV=test; real apps often run without it. Fastify does not read it, and neither does the plugin:
// each case runs under both, so a log line that only one of them prints (or doubles) would show.
describe.each(eachFastify)('%s: statusI18n logs through request.log', (_name, major: FastifyMajor) => {
  describe.each([
    ['NODE_ENV unset', undefined],
    ['NODE_ENV=test', 'test'],
  ])('%s', (_env, nodeEnv) => {
    let savedNodeEnv: string | undefined;
    beforeEach(() => {
      savedNodeEnv = process.env.NODE_ENV;
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    });
    afterEach(() => {
      if (savedNodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = savedNodeEnv;
    });

    async function run(options: Record<string, unknown>, thrown: unknown, path = '/fail') {
      const log = logCapture();
      const app = major.fastify({ logger: { level: 'trace', stream: log.stream } });
      await app.register(statusI18n, options);
      app.get('/fail', async () => {
        throw thrown;
      });
      try {
        const response = await fetch(`${await listen(app)}${path}`);
        await response.text();
        await settle();
        return { status: response.status, log };
      } finally {
        await app.close();
      }
    }

    it("logs a 5xx once, at error, with the request's id; Fastify does not log it again", async () => {
      const error = new Error('db down');
      const { status, log } = await run({}, error);
      expect(status).toBe(500);
      const lines = log.errorLines();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        level: LEVEL.error,
        msg: 'db down',
        statusCode: 500,
        err: { message: 'db down' },
      });
      expect(typeof lines[0]?.reqId).toBe('string');
      // Nothing else above info: no "request errored", no second copy from Fastify's own handler.
      expect(log.lines.filter((line) => line.level > LEVEL.info)).toHaveLength(1);
    });

    it('does not log a 4xx unless logClientErrors', async () => {
      const { status, log } = await run({}, createError(409, 'Seat taken'));
      expect(status).toBe(409);
      expect(log.errorLines()).toEqual([]);
    });

    it("logs a 4xx at info with logClientErrors, as Fastify's own handler does", async () => {
      const { log } = await run({ logClientErrors: true }, createError(409, 'Seat taken'));
      expect(log.errorLines()).toEqual([
        expect.objectContaining({ level: LEVEL.info, msg: 'Seat taken', statusCode: 409 }),
      ]);
    });

    it('logs a 4xx at the level clientErrorLogLevel names; a 5xx stays at error', async () => {
      const client = await run({ logClientErrors: true, clientErrorLogLevel: 'warn' }, createError(409, 'Seat taken'));
      expect(client.log.errorLines().map((line) => line.level)).toEqual([LEVEL.warn]);
      const server = await run({ logClientErrors: true, clientErrorLogLevel: 'debug' }, new Error('db down'));
      expect(server.log.errorLines().map((line) => line.level)).toEqual([LEVEL.error]);
    });

    it('logs a thrown non-Error once, as it was thrown', async () => {
      const { status, log } = await run({}, 'a string');
      expect(status).toBe(500);
      expect(log.errorLines()).toEqual([
        expect.objectContaining({ level: LEVEL.error, err: 'a string', msg: 'a string' }),
      ]);
    });

    it.each([
      ['null', null],
      ['a number', 42],
      ['an object without a message', { code: 'E_SOMETHING' }],
    ])('logs %s with a msg that says what was thrown', async (_what, thrown) => {
      const { status, log } = await run({}, thrown);
      expect(status).toBe(500);
      const lines = log.errorLines();
      expect(lines).toHaveLength(1);
      expect(lines[0]?.msg).toBe(
        `status-i18n: a thrown ${thrown === null ? 'null' : typeof thrown} that is not an Error, or has no message`,
      );
    });

    it('does not log a request no route matched', async () => {
      const { status, log } = await run({ logClientErrors: true }, undefined, '/nowhere');
      expect(status).toBe(404);
      expect(log.errorLines()).toEqual([]);
      expect(log.lines.filter((line) => line.level > LEVEL.info)).toEqual([]);
    });

    it('hands every error to a log of its own instead, with the request', async () => {
      const seen: unknown[] = [];
      const { log } = await run(
        { log: (error: unknown, request: { url: string }) => seen.push([error, request.url]) },
        new Error('x'),
      );
      expect(seen).toEqual([[expect.objectContaining({ message: 'x' }), '/fail']]);
      expect(log.errorLines()).toEqual([]);
    });
  });

  it.each([
    ['clientErrorLogLevel', { clientErrorLogLevel: 'loud' }],
    ['notFound', { notFound: 'yes' }],
    ['formats', { formats: ['xml'] }],
  ])('a wrong %s makes app.ready() reject with a TypeError naming it', async (option, options) => {
    const app = major.fastify();
    app.register(statusI18n, options as never);
    await expect(app.ready()).rejects.toThrow(TypeError);
    await expect(app.ready()).rejects.toThrow(option);
  });
});
