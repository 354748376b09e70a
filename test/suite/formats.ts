import { STATUS_CODES } from 'node:http';
import createError from 'http-errors';
import { call, quiet, reasonPhrase, throwing } from './client';
import type { Framework, RouteTools } from './frameworks';

const PAYLOAD = '<script>alert(1)</script>"\'&';

export function formatRules(framework: Framework): void {
  /** The HTML page and the text body the app answers `error` with. */
  async function pageAndText(error: unknown): Promise<{ html: string; text: string }> {
    const answer = (accept: string) =>
      call(framework, { route: throwing(error), options: quiet }, { headers: { Accept: accept } });
    return { html: (await answer('text/html')).text, text: (await answer('text/plain')).text };
  }

  describe('bodies and headers of each format', () => {
    it('problem+json: RFC 9457 members, exact length, Content-Language, nosniff', async () => {
      const response = await call(framework, { route: throwing(createError(404)), options: quiet });
      expect(response.body).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: expect.stringContaining('could not be found'),
      });
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
      expect(response.headers['content-language']).toBe('en');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toBeUndefined();
    });

    it('counts Content-Length in bytes for multi-byte text', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(404)), options: quiet },
        {
          headers: { 'Accept-Language': 'zh-TW' },
        },
      );
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text, 'utf8'));
      expect(response.text.length).toBeLessThan(Buffer.byteLength(response.text, 'utf8'));
    });

    it('uses the type option for the problem type URI', async () => {
      const response = await call(framework, {
        route: throwing(createError(404)),
        options: { ...quiet, type: (status: number, key: string) => `https://errors.example/${status}/${key}` },
      });
      expect(response.body.type).toBe('https://errors.example/404/NOT_FOUND');
    });

    it('puts the request path in instance when asked', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(404)), options: { ...quiet, instance: true } },
        {
          path: '/boom/orders/7?secret=1',
        },
      );
      expect(response.body.instance).toBe('/boom/orders/7');
    });

    it('text: status line, blank line, detail', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(409, 'Seat taken')), options: quiet },
        {
          headers: { Accept: 'text/plain' },
        },
      );
      expect(response.text).toBe('409 Conflict\n\nSeat taken\n');
    });

    it('text: localized', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(500)), options: quiet },
        {
          headers: { Accept: 'text/plain', 'Accept-Language': 'zh-CN' },
        },
      );
      expect(response.text.startsWith('500 内部服务器错误\n\n')).toBe(true);
    });

    it('html: a complete page in the negotiated language, under a strict CSP that allows its style by hash', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(404)), options: quiet },
        {
          headers: { Accept: 'text/html', 'Accept-Language': 'zh-CN' },
        },
      );
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toMatch(/^<!DOCTYPE html>/);
      expect(response.text).toContain('<html lang="zh-CN"');
      expect(response.text).toContain('<title>404 未找到</title>');
      expect(response.text).toContain('</html>');
      const csp = response.headers['content-security-policy'];
      expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(response.text).not.toMatch(/<script|<link|<img|src=|href=/i);
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(response.text));
    });

    it('html: the style hash in the CSP matches the inline style', async () => {
      const { createHash } = await import('node:crypto');
      const response = await call(
        framework,
        { route: throwing(createError(404)), options: quiet },
        {
          headers: { Accept: 'text/html' },
        },
      );
      const style = /<style>([\s\S]*?)<\/style>/.exec(response.text)?.[1] ?? '';
      const hash = createHash('sha256').update(style).digest('base64');
      expect(response.headers['content-security-policy']).toContain(`'sha256-${hash}'`);
    });

    it('html: shows the documented description, the exposed detail and the class description', async () => {
      const response = await call(
        framework,
        { route: throwing(createError(409, 'Seat taken')), options: quiet },
        {
          headers: { Accept: 'text/html' },
        },
      );
      expect(response.text).toContain('Seat taken');
      expect(response.text).toContain('Client Error');
    });

    it('html: lists field errors for a person to read', async () => {
      const error = createError(422, 'Invalid order', { errors: [{ field: 'email', message: 'must be an email' }] });
      const response = await call(
        framework,
        { route: throwing(error), options: quiet },
        {
          headers: { Accept: 'text/html' },
        },
      );
      expect(response.text).toContain('<li><code>email</code> must be an email</li>');
    });

    it("html and text show a field error's other members (its code, a hint) after its words, escaped", async () => {
      const error = createError(422, 'Invalid order', {
        errors: [
          { detail: 'Must be a number.', parameter: 'id', code: 'type', hint: '<b>digits</b>' },
          { field: 'email', message: 'must be an email' },
        ],
      });
      const { html, text } = await pageAndText(error);
      expect(html).toContain(
        '<li><code>id</code> Must be a number. <small>code: <code>type</code> hint: <code>&lt;b&gt;digits&lt;/b&gt;</code></small></li>',
      );
      // Only the words and the field: nothing after them.
      expect(html).toContain('<li><code>email</code> must be an email</li>');
      expect(text).toContain(
        '  - id: Must be a number.\n    code: type\n    hint: <b>digits</b>\n  - email: must be an email',
      );
    });

    it('html and text name no field for an error of the whole body (#), and quote a key the dots would misread', async () => {
      const error = createError(422, 'Invalid order', {
        errors: [
          { detail: 'Must be an object.', pointer: '#' },
          { detail: 'Must not be empty.', pointer: '#/' },
          { detail: 'Must be a number.', pointer: '#/a/b' },
          { detail: 'Must be a date.', pointer: '#/a.b' },
          { detail: 'Must be short.', pointer: '#/say/x"y' },
          { detail: 'Must be one line.', pointer: '#/a%0Ab' },
          { detail: 'Must be plain.', pointer: '#/a:%20b' },
          { detail: 'Must be a pointer.', pointer: '#a' },
        ],
      });
      const { html, text } = await pageAndText(error);
      expect(html).toContain(
        '<ul><li>Must be an object.</li><li><code>&quot;&quot;</code> Must not be empty.</li>' +
          '<li><code>a.b</code> Must be a number.</li><li><code>&quot;a.b&quot;</code> Must be a date.</li>' +
          '<li><code>say.&quot;x\\&quot;y&quot;</code> Must be short.</li>' +
          '<li><code>&quot;a\\nb&quot;</code> Must be one line.</li><li><code>&quot;a: b&quot;</code> Must be plain.</li>' +
          '<li><code>#a</code> Must be a pointer.</li></ul>',
      );
      expect(text).toContain(
        '  - Must be an object.\n  - "": Must not be empty.\n  - a.b: Must be a number.\n  - "a.b": Must be a date.\n' +
          '  - say."x\\"y": Must be short.\n  - "a\\nb": Must be one line.\n  - "a: b": Must be plain.\n' +
          '  - #a: Must be a pointer.',
      );
    });

    it('html and text carry what the JSON body does: the type, instance and request id', async () => {
      const options = { ...quiet, instance: true, requestId: true, type: () => 'https://errors.example/conflict' };
      for (const accept of ['text/html', 'text/plain']) {
        const response = await call(
          framework,
          { route: throwing(createError(409, 'Seat 12A is taken')), options },
          { path: '/boom/orders/7', headers: { Accept: accept, 'X-Request-Id': 'abc-123' } },
        );
        expect(response.text).toContain('https://errors.example/conflict');
        expect(response.text).toContain('/boom/orders/7');
        expect(response.text).toContain('abc-123');
      }
    });

    it('html: escapes everything that comes from the error or the request', async () => {
      const error = createError(422, PAYLOAD, { errors: [{ field: PAYLOAD, message: PAYLOAD }] });
      const response = await call(
        framework,
        { route: throwing(error), options: { ...quiet, instance: true } },
        {
          path: `/boom/${encodeURIComponent(PAYLOAD)}`,
          headers: { Accept: 'text/html' },
        },
      );
      expect(response.text).not.toContain('<script>');
      expect(response.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('json: a hostile message is data, not markup', async () => {
      const response = await call(framework, { route: throwing(createError(400, PAYLOAD)), options: quiet });
      expect(response.body.detail).toBe(PAYLOAD);
    });

    it('sends the RFC 9110 reason phrase, not one left by an earlier status', async () => {
      const route = (tools: RouteTools) => {
        tools.setStatus(201);
        tools.setHeader('X-Before', '1');
        throw createError(422, 'Invalid');
      };
      const response = await call(framework, { route, options: quiet });
      expect(response.status).toBe(422);
      const unknown = await call(framework, { route: throwing(createError(432)), options: quiet });
      if (framework.kind === 'fetch' || framework.kind === 'hono') {
        // The Response's statusText is the catalog's phrase, but @hono/node-server writes Node.js's own.
        expect(reasonPhrase(response)).toBe(STATUS_CODES[422]);
        expect(reasonPhrase(unknown)).toBe('unknown');
        return;
      }
      expect(reasonPhrase(response)).toBe('Unprocessable Content');
      expect(reasonPhrase(unknown)).toBe('Client Error');
    });

    it('HEAD: the same status and headers, no body', async () => {
      const get = await call(framework, { route: throwing(createError(404)), options: quiet });
      const head = await call(framework, { route: throwing(createError(404)), options: quiet }, { method: 'head' });
      expect(head.status).toBe(404);
      expect(head.headers['content-type']).toBe(get.headers['content-type']);
      expect(head.headers['content-length']).toBe(get.headers['content-length']);
      expect(head.text ?? '').toBe('');
    });

    it('answers POST, PUT, DELETE and PATCH the same way', async () => {
      for (const method of ['post', 'put', 'delete', 'patch'] as const) {
        const response = await call(framework, { route: throwing(createError(405)), options: quiet }, { method });
        expect(response.status).toBe(405);
        expect(response.body.title).toBe('Method Not Allowed');
      }
    });
  });
}
