import createError from 'http-errors';
import { call, quiet, throwing } from './client';
import type { Framework } from './frameworks';

const TEXT = { Accept: 'text/plain' };
const HTML = { Accept: 'text/html' };

const invalidForm = () =>
  createError(422, 'The form is invalid', {
    errors: [
      { field: 'email', message: 'must be an email address' },
      { path: 'name', message: 'is required' },
    ],
    code: 'FORM_INVALID',
  });

export function textFormatRules(framework: Framework): void {
  describe('text/plain carries what the JSON body carries', () => {
    it('lists the extension members, field errors as a list, and the request id, each on a labelled line', async () => {
      const response = await call(
        framework,
        { route: throwing(invalidForm()), options: { ...quiet, requestId: true } },
        { headers: { ...TEXT, 'X-Request-Id': 'req-42' } },
      );
      expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(response.text).toBe(
        [
          '422 Unprocessable Content',
          '',
          'The form is invalid',
          '',
          'What to correct:',
          '  - email: must be an email address',
          '  - name: is required',
          'code: FORM_INVALID',
          '',
          'Request ID: req-42',
          '',
        ].join('\n'),
      );
    });

    it('labels in the response’s language', async () => {
      const response = await call(
        framework,
        { route: throwing(invalidForm()), options: { ...quiet, requestId: true } },
        { headers: { ...TEXT, 'X-Request-Id': 'req-42', 'Accept-Language': 'zh-CN' } },
      );
      expect(response.text.startsWith('422 无法处理的内容\n\nThe form is invalid\n')).toBe(true);
      expect(response.text).toContain('\ncode：FORM_INVALID\n');
      expect(response.text).toContain('\n  - email：must be an email address\n');
      expect(response.text).toContain('\n请求 ID：req-42\n');
    });

    it('shows a problem type other than about:blank, and the instance', async () => {
      const response = await call(
        framework,
        {
          route: throwing(createError(404)),
          options: {
            ...quiet,
            instance: true,
            type: (_status: number, key: string) => `https://errors.example/${key}`,
          },
        },
        { headers: TEXT, path: '/boom/orders/7' },
      );
      expect(response.text).toMatch(
        /^404 Not Found\n\n.+\n\ntype: https:\/\/errors\.example\/NOT_FOUND\ninstance: \/boom\/orders\/7\n$/,
      );
    });

    it('with debug: true ends with the stack, indented under its label', async () => {
      const response = await call(
        framework,
        { route: throwing(new Error('the real reason')), options: { ...quiet, debug: true } },
        { headers: TEXT },
      );
      expect(response.text.startsWith('500 Internal Server Error\n\nthe real reason\n\nStack trace (debug):\n')).toBe(
        true,
      );
      expect(response.text).toContain('\n  Error: the real reason\n');
      expect(response.text).toMatch(/\n {6}at .+:\d+:\d+/);
    });

    it('prints short structures as JSON on their line, longer ones indented below', async () => {
      const error = createError(409, 'Conflict on the order', {
        range: { min: 1, max: 5 },
        conflicts: [
          { order: 'A-1', reason: 'already shipped to the customer' },
          { order: 'A-2', reason: 'paid' },
        ],
      });
      const response = await call(framework, { route: throwing(error), options: quiet }, { headers: TEXT });
      expect(response.text).toContain('\nrange: {"min":1,"max":5}\n');
      expect(response.text).toContain('\nconflicts:\n  [\n    {\n      "order": "A-1",');
    });

    it('indents a value’s own line breaks, so it cannot pass for another line, and replaces control characters', async () => {
      const error = createError(400, 'Bad request', { hint: 'line one\r\nRequest ID: forged\u001b[2K' });
      const response = await call(framework, { route: throwing(error), options: quiet }, { headers: TEXT });
      expect(response.text).toContain('\nhint: line one\n  Request ID: forged\uFFFD[2K\n');
      expect(response.text).not.toMatch(/^Request ID/m);
    });

    it('keeps a field’s name to one line: an unknown key the client sent cannot start a line or reorder one', async () => {
      // The pointer escapes the key for JSON; decoded for a reader, its line breaks come back, and are shown escaped
      // in a quoted key.
      const error = createError(422, 'Invalid form', {
        errors: [
          { detail: 'This field is not allowed.', pointer: '#/x%0A%0AIMPORTANT: call +1-555-0100%0A  - ' },
          { detail: 'Not allowed either.', field: 'invoice\u202Egpj.exe' },
        ],
      });
      const response = await call(framework, { route: throwing(error), options: quiet }, { headers: TEXT });
      expect(response.text).not.toMatch(/^\s*IMPORTANT/m);
      expect(response.text).toContain(
        '\n  - "x\\n\\nIMPORTANT: call +1-555-0100\\n  - ": This field is not allowed.\n',
      );
      expect(response.text).toContain('\n  - invoice\uFFFDgpj.exe: Not allowed either.\n');
      const page = await call(framework, { route: throwing(error), options: quiet }, { headers: HTML });
      expect(page.text).not.toContain('\u202E');
      // An exposed message and a member can quote the client too: no bidi control reaches the page either, and a
      // field's name loses its direction marks as well.
      const quoting = createError(409, 'Seat abc\u202Egnp.exe taken', {
        code: 'x\u202Ey',
        errors: [{ detail: 'Not allowed.', field: 'a\u200Fb' }],
      });
      for (const accept of [HTML, TEXT]) {
        const answer = await call(framework, { route: throwing(quoting), options: quiet }, { headers: accept });
        expect(answer.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
        expect(answer.text).not.toContain('a\u200Fb');
      }
      // Members that are structures: printed as JSON in the text format, with what JSON leaves raw escaped.
      const structured = createError(409, 'x', {
        info: { note: 'a\u202Eb', csi: 'c\u009b31m', separator: 'd\u2028e' },
        tags: ['t\u202Eu'],
        'k\u200Fey': 1,
      });
      const text = await call(framework, { route: throwing(structured), options: quiet }, { headers: TEXT });
      expect(text.text).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      expect(text.text).toContain('"note": "a\\u202eb"');
      expect(text.text).toContain('"csi": "c\\u009b31m"');
      expect(text.text).toContain('tags: ["t\\u202eu"]');
      const structuredPage = await call(framework, { route: throwing(structured), options: quiet }, { headers: HTML });
      expect(structuredPage.text).not.toContain('k\u200Fey');
      // Nor any C0 or C1 control character, in the detail, a member or a structure.
      const controls = createError(409, 'd\u009bx\u0007y', { top: 'c\u009b31m', info: { del: 'z\u007f' } });
      const controlPage = await call(framework, { route: throwing(controls), options: quiet }, { headers: HTML });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters that must not be there
      expect(controlPage.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    });

    it('does the same for an exposed message: its later lines indented, the status line kept to one line', async () => {
      const message = 'Seat 12A\n\nRequest ID: forged-id\n\u001b[2J is taken';
      const response = await call(
        framework,
        { route: throwing(createError(409, message)), options: { ...quiet, requestId: true } },
        { headers: { ...TEXT, 'X-Request-Id': 'real-id' } },
      );
      expect(
        response.text.startsWith('409 Conflict\n\nSeat 12A\n  \n  Request ID: forged-id\n  \uFFFD[2J is taken\n'),
      ).toBe(true);
      expect(response.text.match(/^Request ID.*$/gm)).toEqual(['Request ID: real-id']);
      expect(response.text).not.toContain('\u001b');
      const titled = await call(
        framework,
        {
          route: throwing(createError(409, 'taken')),
          options: { ...quiet, map: () => ({ title: 'Conflict\r\nRequest ID: forged' }) },
        },
        { headers: TEXT },
      );
      expect(titled.text.split('\n')[0]).toBe('409 Conflict Request ID: forged');
    });
  });
}
