import {
  type OpenApiComponents,
  type OpenApiExample,
  openApiComponents,
  resolveProblem,
  VALIDATION_PROBLEM_TYPE,
} from '@status-i18n/core';
import { billing, bookings, documentWith, schemaChecker, validateDocument } from './openapi-fixture';

const components = openApiComponents({ problems: [billing, bookings] });
const document = documentWith(components);
const check = schemaChecker(document);

/** Every example of every response, with the schema it is for. */
function examplesOf({ responses }: OpenApiComponents): Array<[string, string, OpenApiExample]> {
  return Object.entries(responses).flatMap(([name, response]) =>
    Object.entries(response.content['application/problem+json']?.examples ?? {}).map(
      ([locale, example]) => [name, locale, example] as [string, string, OpenApiExample],
    ),
  );
}

function exampleValue(name: string, locale: string): Record<string, unknown> {
  const media = components.responses[name]?.content['application/problem+json'];
  return structuredClone(media?.examples?.[locale]?.value) as Record<string, unknown>;
}

describe('openApiComponents(options)', () => {
  describe('in an OpenAPI 3.1 document', () => {
    it('makes a document that the OpenAPI 3.1 schema accepts, with every $ref resolved', async () => {
      await expect(validateDocument(document)).resolves.toEqual({ valid: true });
    });

    it('is checked for real: a $ref to a component that is not there is rejected', async () => {
      const broken = documentWith(components);
      delete (broken.components.responses as Record<string, unknown>).OutOfCreditProblem;
      const result = await validateDocument(broken);
      expect(result.valid).toBe(false);
      expect(String(result.errors)).toContain('OutOfCreditProblem');
    });

    it('is checked for real: a response without its description is rejected', async () => {
      const broken = documentWith(components);
      delete (broken.components.responses.ValidationProblem as { description?: string }).description;
      await expect(validateDocument(broken)).resolves.toMatchObject({ valid: false });
    });

    it('is checked for real: a schema that is neither an object nor a boolean is rejected', async () => {
      const broken = documentWith(components);
      (broken.components.schemas as Record<string, unknown>).Problem = 'object';
      await expect(validateDocument(broken)).resolves.toMatchObject({ valid: false });
    });
  });

  describe('schemas', () => {
    it('are JSON Schema 2020-12 that ajv compiles in strict mode', () => {
      for (const name of Object.keys(components.schemas)) expect(() => check(name, {})).not.toThrow();
      expect(Object.keys(components.schemas)).toEqual([
        'Problem',
        'FieldError',
        'ValidationProblem',
        'OutOfCreditProblem',
        'SeatsLeftProblem',
        'SeatTakenProblem',
      ]);
    });

    it('match every example of every response', () => {
      const examples = examplesOf(components);
      expect(examples.map(([name, locale]) => `${name} ${locale}`)).toEqual([
        'ValidationProblem en',
        'ValidationProblem zh-CN',
        'ValidationProblem zh-TW',
        'OutOfCreditProblem en',
        'OutOfCreditProblem zh-CN',
        'SeatsLeftProblem en',
        'SeatTakenProblem en',
        'SeatTakenProblem zh-TW',
      ]);
      for (const [name, , example] of examples) {
        expect(check(name, example.value)).toBeUndefined();
        expect(check('Problem', example.value)).toBeUndefined();
      }
    });

    it('describe the Problem: standard members required, type a URI reference, status 400–599, others allowed', () => {
      const body = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'Nothing here.' };
      expect(check('Problem', body)).toBeUndefined();
      expect(check('Problem', { ...body, instance: '/orders/7', requestId: 'r-1', retryAfter: 30 })).toBeUndefined();
      expect(check('Problem', { ...body, status: 302 })).toMatch(/status/);
      expect(check('Problem', { ...body, status: 404.5 })).toMatch(/status/);
      expect(check('Problem', { ...body, type: 'not a uri' })).toMatch(/type/);
      const { detail: _, ...withoutDetail } = body;
      expect(check('Problem', withoutDetail)).toMatch(/detail/);
    });

    it('describe a field error with at most one of pointer, parameter, header and cookie', () => {
      const error = { detail: 'Must be an integer.', code: 'invalid_type' };
      for (const location of [{ pointer: '#/a/b' }, { parameter: 'page' }, { header: 'X-A' }, { cookie: 'c' }, {}]) {
        expect(check('FieldError', { ...error, ...location })).toBeUndefined();
      }
      expect(check('FieldError', { ...error, pointer: '#/a', parameter: 'a' })).toMatch(/oneOf/);
      expect(check('FieldError', { ...error, pointer: '/a' })).toMatch(/pattern/);
      expect(check('FieldError', { detail: 'x' })).toMatch(/code/);
    });

    it('give the validation problem its type, status 422 and errors', () => {
      const body = exampleValue('ValidationProblem', 'en');
      expect(body).toMatchObject({ type: VALIDATION_PROBLEM_TYPE, status: 422 });
      expect(check('ValidationProblem', { ...body, status: 400 })).toMatch(/status/);
      expect(check('ValidationProblem', { ...body, type: 'about:blank' })).toMatch(/type/);
      expect(check('ValidationProblem', { ...body, errors: undefined })).toMatch(/errors/);
      expect(check('ValidationProblem', { ...body, errors: [{ detail: 'x' }] })).toMatch(/code/);
    });

    it('give each defined problem its type and status, and its params typed by their messages', () => {
      const credit = exampleValue('OutOfCreditProblem', 'en');
      expect(check('OutOfCreditProblem', { ...credit, status: 402 })).toMatch(/status/);
      expect(check('OutOfCreditProblem', { ...credit, type: 'urn:problem-type:out-of-credit' })).toMatch(/type/);
      expect(check('OutOfCreditProblem', { ...credit, price: '50' })).toMatch(/price/);
      expect(check('OutOfCreditProblem', { ...credit, price: undefined })).toMatch(/price/);
      expect(check('SeatsLeftProblem', { ...exampleValue('SeatsLeftProblem', 'en'), seats: 'none' })).toMatch(/seats/);
      const seat = exampleValue('SeatTakenProblem', 'en');
      expect(check('SeatTakenProblem', { ...seat, since: 'yesterday' })).toMatch(/since/);
      expect(check('SeatTakenProblem', { ...seat, deck: 1 })).toMatch(/deck/);
      expect(components.schemas.SeatTakenProblem).toEqual({
        description: 'Seat taken (urn:problem-type:seat.taken)',
        allOf: [
          { $ref: '#/components/schemas/Problem' },
          {
            type: 'object',
            properties: {
              type: { const: 'urn:problem-type:seat.taken' },
              status: { const: 409 },
              seat: { type: 'string' },
              deck: { type: 'string' },
              since: { type: 'string', format: 'date-time' },
            },
            required: ['seat', 'deck', 'since'],
          },
        ],
      });
    });
  });

  describe('responses', () => {
    it('show one example per language, the body the error handler sends, with its Content-Language', () => {
      const response = components.responses.OutOfCreditProblem;
      expect(response?.headers['Content-Language']).toBeDefined();
      const examples = response?.content['application/problem+json']?.examples ?? {};
      for (const locale of ['en', 'zh-CN']) {
        const sent = resolveProblem(billing.create('out-of-credit', { balance: 30, price: 50 }), locale, {
          defaultLocale: 'en',
        });
        expect(examples[locale]).toEqual({
          summary: locale,
          description: `Content-Language: ${locale}`,
          value: {
            type: sent?.type,
            title: sent?.title,
            status: sent?.status,
            detail: sent?.detail,
            ...sent?.extensions,
          },
        });
      }
      expect(examples['zh-CN']?.value).toMatchObject({ title: '余额不足', detail: '您的余额为 30，此操作需要 50。' });
    });

    it('format example params for each language: plurals, selects and dates', () => {
      expect(exampleValue('SeatsLeftProblem', 'en')).toMatchObject({ detail: '30 seats are left.', seats: 30 });
      const since = new Date('2025-01-31T09:30:00.000Z');
      expect(exampleValue('SeatTakenProblem', 'en')).toMatchObject({
        detail: `Seat seat on the upper deck is taken since ${new Intl.DateTimeFormat('en').format(since)}.`,
        seat: 'seat',
        deck: 'upper',
        since: '2025-01-31T09:30:00.000Z',
      });
      expect(exampleValue('SeatTakenProblem', 'zh-TW')).toMatchObject({
        detail: `上層座位 seat 自 ${new Intl.DateTimeFormat('zh-TW').format(since)} 起已被佔用。`,
      });
    });

    it('list the validation problem in every shipped language, with a pointer and a parameter', () => {
      expect(exampleValue('ValidationProblem', 'zh-TW')).toEqual({
        type: VALIDATION_PROBLEM_TYPE,
        title: '請求無效',
        status: 422,
        detail: '請求中有 3 個值無效。',
        errors: [
          { detail: '長度至少為 3 個字元。', pointer: '#/name', code: 'too_small' },
          { detail: '必須是有效的電子郵件地址。', pointer: '#/email', code: 'invalid_format' },
          { detail: '必須是整數。', parameter: 'page', code: 'invalid_type' },
        ],
      });
    });

    it('describe any other error with the Problem schema', () => {
      expect(components.responses.Problem?.content).toEqual({
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      });
    });
  });
});
