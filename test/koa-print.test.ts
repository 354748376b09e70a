import { errorHandler } from '@status-i18n/koa';
import createError from 'http-errors';
import Koa2 from 'koa2';
import Koa3 from 'koa3';
import request from 'supertest';

/**
 * `logClientErrors` on an app with no `'error'` listener of its own: Koa's printer, the only listener then, skips
 * every exposed error and every 404, so the adapter prints those 4xx in its place, as Koa prints the others.
 */
describe.each([
  ['Koa 2', Koa2],
  ['Koa 3', Koa3],
] as const)('%s: logClientErrors without an error listener', (_name, Koa) => {
  let printed: jest.SpyInstance;
  beforeEach(() => {
    printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => printed.mockRestore());

  function app(thrown: () => Error, logClientErrors = true) {
    const koa = new Koa();
    koa.use(errorHandler({ logClientErrors }));
    koa.use(() => {
      throw thrown();
    });
    return koa;
  }

  const lines = () => printed.mock.calls.map((call) => String(call[0]));

  it('prints an exposed 4xx and a thrown 404 once each, as Koa prints errors', async () => {
    await request(app(() => createError(409, 'Seat 12A is taken')).callback())
      .get('/')
      .expect(409);
    await request(app(() => createError(404)).callback())
      .get('/')
      .expect(404);
    expect(lines()).toHaveLength(2);
    expect(lines()[0]).toMatch(/^\n {2}ConflictError: Seat 12A is taken\n +at /);
    expect(lines()[1]).toMatch(/^\n {2}NotFoundError: Not Found\n/);
  });

  it('leaves to Koa what Koa prints itself (a hidden 4xx, a 5xx): once, not twice', async () => {
    await request(app(() => createError(403, 'no', { expose: false })).callback())
      .get('/')
      .expect(403);
    await request(app(() => new Error('db down')).callback())
      .get('/')
      .expect(500);
    expect(lines()).toHaveLength(2);
    expect(lines()[1]).toContain('Error: db down');
  });

  it('prints nothing more when the app listens itself, is silent, or did not ask for 4xx', async () => {
    const listening = app(() => createError(409));
    const heard: unknown[] = [];
    listening.on('error', (error) => heard.push(error));
    await request(listening.callback()).get('/').expect(409);
    expect(heard).toHaveLength(1);
    const silent = app(() => createError(409));
    silent.silent = true;
    await request(silent.callback()).get('/').expect(409);
    await request(app(() => createError(409), false).callback())
      .get('/')
      .expect(409);
    expect(lines()).toEqual([]);
  });
});
