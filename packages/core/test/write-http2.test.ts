import { once } from 'node:events';
import { type ClientHttp2Session, connect, createServer, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import createError from 'http-errors';
import { createErrorLayer } from '../src/index';
import { nodeErrorRequest, writeResponsePlan } from '../src/node/index';

/** A response as an HTTP/2 client sees it: status, headers and the body text. */
async function get(session: ClientHttp2Session, path: string) {
  const stream = session.request({ ':path': path, accept: 'text/plain', 'accept-language': 'zh-CN' });
  const [headers] = (await once(stream, 'response')) as [Record<string, string>];
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) text += chunk;
  return { headers, text };
}

describe('writeResponsePlan(res, plan) over HTTP/2', () => {
  it('answers on the compatibility API without touching statusMessage, which HTTP/2 does not have', async () => {
    const layer = createErrorLayer({ log: false }, { log: () => {} });
    const statusMessages: string[] = [];
    const server = createServer((req, res: Http2ServerResponse) => {
      // Node warns (once per process) when statusMessage is set on an HTTP/2 response: watch this one.
      Object.defineProperty(res, 'statusMessage', {
        set: (value: string) => statusMessages.push(value),
        get: () => '',
      });
      // biome-ignore lint/suspicious/noExplicitAny: the HTTP/2 compatibility API stands in for a ServerResponse
      writeResponsePlan(res as any, layer.respond(createError(404), nodeErrorRequest(req as any, req)));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const session = connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    try {
      const { headers, text } = await get(session, '/missing');
      expect(headers[':status']).toBe(404);
      expect(headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(headers['content-language']).toBe('zh-CN');
      expect(Number(headers['content-length'])).toBe(Buffer.byteLength(text));
      expect(text.startsWith('404 ')).toBe(true);
      expect(statusMessages).toEqual([]);
    } finally {
      session.close();
      server.close();
    }
  });
});
