import { Validator } from '@seriousme/openapi-schema-validator';
import { defineProblems, type OpenApiComponents } from '@status-i18n/core';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Problems of a shop: numbers, a plural, a select, a date and plain text, in one to two languages each. */
export const billing = defineProblems(
  {
    'out-of-credit': {
      status: 403,
      messages: {
        en: { title: 'Not enough credit', detail: 'Your balance is {balance, number}; this costs {price, number}.' },
        'zh-CN': { title: '余额不足', detail: '您的余额为 {balance, number}，此操作需要 {price, number}。' },
      },
    },
    'seats-left': {
      status: 409,
      messages: {
        en: {
          title: 'Sold out',
          detail: '{seats, plural, =0 {No seat is left.} one {# seat is left.} other {# seats are left.}}',
        },
      },
    },
  },
  { typeBase: 'https://api.example.com/problems/' },
);

export const bookings = defineProblems({
  'seat.taken': {
    status: 409,
    messages: {
      en: {
        title: 'Seat taken',
        detail:
          'Seat {seat} on {deck, select, upper {the upper deck} other {the main deck}} is taken since {since, date}.',
      },
      'zh-TW': {
        title: '座位已被佔用',
        detail: '{deck, select, upper {上層} other {主層}}座位 {seat} 自 {since, date} 起已被佔用。',
      },
    },
  },
});

type Document = Record<string, unknown> & { components: OpenApiComponents };

/** An OpenAPI 3.1 document whose operations `$ref` the components, as an application writes one. */
export function documentWith(components: OpenApiComponents, prefix = ''): Document {
  const response = (name: string) => ({ $ref: `#/components/responses/${prefix}${name}` });
  return {
    openapi: '3.1.0',
    info: { title: 'Shop', version: '1.0.0' },
    paths: {
      '/orders': {
        post: {
          operationId: 'createOrder',
          requestBody: {
            content: { 'application/json': { schema: { type: 'object', properties: { item: { type: 'string' } } } } },
          },
          responses: {
            '201': { description: 'Created' },
            '403': response('OutOfCreditProblem'),
            '422': response('ValidationProblem'),
            default: response('Problem'),
          },
        },
      },
      '/seats/{seat}': {
        put: {
          operationId: 'bookSeat',
          parameters: [{ name: 'seat', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '204': { description: 'Booked' },
            '409': {
              description: 'The seat is taken, or none is left',
              content: {
                'application/problem+json': {
                  schema: {
                    oneOf: [
                      { $ref: `#/components/schemas/${prefix}SeatTakenProblem` },
                      { $ref: `#/components/schemas/${prefix}SeatsLeftProblem` },
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
    components: structuredClone(components),
  };
}

/** Validates a document with `@seriousme/openapi-schema-validator`: the OpenAPI 3.1 schema, then every `$ref`. */
export async function validateDocument(document: object): Promise<{ valid: boolean; errors?: unknown }> {
  const validator = new Validator();
  return validator.validate(document as Record<string, unknown>);
}

const DOCUMENT_ID = 'https://api.example.com/openapi.json';

/**
 * A check of values against one component schema of `document`, with ajv in the 2020-12 dialect (strict, with
 * formats): refs resolve inside the document, as in OpenAPI 3.1. Compiling also checks the schema itself.
 */
export function schemaChecker(document: object): (schema: string, value: unknown) => string | undefined {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's own members are not JSON Schema keywords: declared, so strict mode lets the document in.
  ajv.addVocabulary(['openapi', 'info', 'paths', 'components']);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  return (schema, value) => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${schema}`);
    if (validate === undefined) throw new Error(`no schema ${schema}`);
    return validate(value) ? undefined : ajv.errorsText(validate.errors);
  };
}
