import { statusI18n } from '@status-i18n/fastify';
import { eachFastify, type FastifyMajor, listen } from '../support/fastify';

/**
 * What the README's Fastify section says of a body Fastify's own parser refused: whether the connection stays
 * open after the answer is Fastify's choice, made before the error handler runs, and differs by major.
 */
const EXPECTED: Record<string, { lengthOver: string; malformed: string; chunkedOver: string }> = {
  'Fastify 4': { lengthOver: 'close', malformed: 'keep-alive', chunkedOver: 'keep-alive' },
  'Fastify 5': { lengthOver: 'close', malformed: 'close', chunkedOver: 'close' },
};

describe.each(eachFastify)('%s: a body its parser refused', (name, major: FastifyMajor) => {
  it('keeps or closes the connection as the README says, with the localized answer either way', async () => {
    const app = major.fastify({ bodyLimit: 1000 });
    await app.register(statusI18n, { log: false });
    app.post('/orders', () => 'created');
    try {
      const base = await listen(app);
      const big = JSON.stringify({ note: 'x'.repeat(5000) });
      const post = (body: string | ReadableStream<Uint8Array>) =>
        fetch(`${base}/orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
          body,
          duplex: 'half',
        } as RequestInit);
      const chunked = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big));
          controller.close();
        },
      });
      const [lengthOver, malformed, chunkedOver] = [await post(big), await post('{"note": '), await post(chunked)];
      expect([lengthOver.status, malformed.status, chunkedOver.status]).toEqual([413, 400, 413]);
      for (const response of [lengthOver, malformed, chunkedOver]) {
        expect(response.headers.get('content-language')).toBe('zh-CN');
      }
      expect({
        lengthOver: lengthOver.headers.get('connection'),
        malformed: malformed.headers.get('connection'),
        chunkedOver: chunkedOver.headers.get('connection'),
      }).toEqual(EXPECTED[name]);
    } finally {
      await app.close();
    }
  });
});
