import { createCatalog, type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';
import { fr } from '@status-i18n/core/locales/fr';
import Ajv from 'ajv';

/** The field errors' words of a validation problem made from `errors`, in `locale`. */
function details(errors: unknown, locale: string): string[] {
  const resolved = resolveProblem(validationProblem(errors), locale, { defaultLocale: 'en' }) as ResolvedProblem;
  return (resolved.extensions.errors as Array<{ detail: string }>).map((error) => error.detail);
}

describe('validationProblem(source): the words of each rule', () => {
  // Rules that differ only in their kind, a bound, or the type of an allowed value.
  const validate = new Ajv({ allErrors: true }).compile({
    type: 'object',
    properties: {
      a: { type: 'number', minimum: 1 },
      b: { type: 'number', exclusiveMinimum: 1 },
      c: { enum: ['1'] },
      d: { enum: [1] },
      e: { type: 'string', minLength: 2 },
      f: { type: 'string', maxLength: 2 },
    },
  });
  validate({ a: 0, b: 1, c: 1, d: '1', e: 'x', f: 'xyz' });

  it('tells apart rules with alike parameters, however often they repeat and in whichever language', () => {
    const english = [
      'Must be at least 1.',
      'Must be greater than 1.',
      'Must be "1".',
      'Must be 1.',
      'Must be at least 2 characters long.',
      'Must be at most 2 characters long.',
    ];
    const chinese = details(validate.errors, 'zh-CN');
    expect(new Set(chinese).size).toBe(english.length);
    for (let round = 0; round < 3; round++) {
      expect(details(validate.errors, 'en')).toEqual(english);
      expect(details(validate.errors, 'zh-CN')).toEqual(chinese);
      expect(details(validate.errors, 'zh-TW')).not.toEqual(chinese);
    }
  });

  it('words each parameter of a rule on its own: the same kind with another number, bound or type', () => {
    const alike = new Ajv({ allErrors: true }).compile({
      type: 'object',
      properties: {
        a: { type: 'number', minimum: 1 },
        b: { type: 'number', minimum: 2 },
        c: { type: 'number', maximum: 3 },
        d: { type: 'number', exclusiveMaximum: 3 },
        e: { type: 'string', minLength: 3 },
        f: { type: 'string' },
        g: { type: 'number' },
        h: { type: 'array', minItems: 1 },
        i: { type: 'array', minItems: 2 },
      },
    });
    alike({ a: 0, b: 0, c: 4, d: 4, e: 'x', f: 1, g: 'x', h: [], i: [] });
    const english = [
      'Must be at least 1.',
      'Must be at least 2.',
      'Must be at most 3.',
      'Must be less than 3.',
      'Must be at least 3 characters long.',
      'Must be a string.',
      'Must be a number.',
      'Must have at least 1 item.',
      'Must have at least 2 items.',
    ];
    for (let round = 0; round < 2; round++) {
      expect(details(alike.errors, 'en')).toEqual(english);
      expect(new Set(details(alike.errors, 'zh-CN')).size).toBe(english.length);
    }
  });

  it('words a list of allowed values as it is now, when the validator hands over the same array again', () => {
    const allowed = ['CN', 'TW'];
    const failure = () => [
      {
        instancePath: '/country',
        keyword: 'enum',
        params: { allowedValues: allowed },
        message: 'must be equal to one of the allowed values',
      },
    ];
    expect(details(failure(), 'en')).toEqual(['Must be "CN" or "TW".']);
    expect(details(failure(), 'en')).toEqual(['Must be "CN" or "TW".']);
    allowed.push('US');
    expect(details(failure(), 'en')).toEqual(['Must be "CN", "TW", or "US".']);
  });

  it('counts the field errors in the detail, for each count', () => {
    const one = resolveProblem(validationProblem(validate.errors?.slice(0, 1)), 'en', { defaultLocale: 'en' });
    const six = resolveProblem(validationProblem(validate.errors), 'en', { defaultLocale: 'en' });
    expect(one?.detail).toBe('1 value in the request is not valid.');
    expect(six?.detail).toBe('6 values in the request are not valid.');
  });

  it('counts a value that broke two rules once (ajv with allErrors: a type and a minimum)', () => {
    const age = new Ajv({ allErrors: true }).compile({
      type: 'object',
      properties: { age: { type: 'integer', minimum: 18 }, name: { type: 'string' } },
    });
    age({ age: 12.5, name: 7 });
    expect(age.errors).toHaveLength(3);
    const resolved = resolveProblem(validationProblem(age.errors), 'en', { defaultLocale: 'en' }) as ResolvedProblem;
    expect(resolved.detail).toBe('2 values in the request are not valid.');
    expect(resolved.extensions.errors).toHaveLength(3);
  });

  it('counts a name in two parts of the request twice, and a value broken twice once (express-validator)', () => {
    const field = (location: string, path: string) => ({
      type: 'field',
      location,
      path,
      msg: 'Invalid value',
      value: '',
    });
    const issues = [field('query', 'id'), field('body', 'id'), field('query', 'id'), field('body', 'tags[1]')];
    const resolved = resolveProblem(validationProblem(issues), 'en', { defaultLocale: 'en' }) as ResolvedProblem;
    expect(resolved.detail).toBe('3 values in the request are not valid.');
    expect(resolved.extensions.errors).toHaveLength(4);
  });

  it('counts each issue without a path: it names no value of its own (rules on the whole body)', () => {
    // A Standard Schema result whose issues have no path: refinements of the whole object, or sentences whose
    // field is not known (Nest's ValidationPipe).
    const result = { issues: [{ message: 'Passwords differ' }, { message: 'Dates out of order' }, { message: 'x' }] };
    const resolved = resolveProblem(validationProblem(result), 'en', { defaultLocale: 'en' }) as ResolvedProblem;
    expect(resolved.detail).toBe('3 values in the request are not valid.');
    expect(resolved.extensions.errors).toHaveLength(3);
  });
});

describe('validation words of a locale the app adds with a few of them', () => {
  const missing = [{ instancePath: '', keyword: 'required', params: { missingProperty: 'name' }, message: '' }];
  const zhTW = resolveProblem(validationProblem(missing), 'zh-TW', { defaultLocale: 'en' }) as ResolvedProblem;

  it('takes the rest from the shipped locale its tag means (zh-HK: zh-TW), not from English', () => {
    const context = { defaultLocale: 'en', validationMessages: { 'zh-HK': { title: '請求唔啱' } } };
    const zhHK = resolveProblem(validationProblem(missing), 'zh-HK', context) as ResolvedProblem;
    expect(zhHK.locale).toBe('zh-HK');
    expect(zhHK.title).toBe('請求唔啱');
    expect(zhHK.detail).toBe(zhTW.detail);
    expect(zhHK.extensions.errors).toEqual(zhTW.extensions.errors);
  });

  it('takes the rest from a loaded language pack its tag means (fr-CA: fr), not from English', () => {
    const catalog = createCatalog({
      locales: [fr],
      messages: { 'fr-CA': { validation: { required: 'Requis (CA)' } } },
    });
    const context = { defaultLocale: 'en', validationMessages: catalog.validationMessages };
    const short = [{ instancePath: '/a', keyword: 'minLength', params: { limit: 3 }, message: '' }];
    const french = resolveProblem(validationProblem(short), 'fr', context) as ResolvedProblem;
    const canadian = resolveProblem(validationProblem([...missing, ...short]), 'fr-CA', context) as ResolvedProblem;
    expect(canadian.locale).toBe('fr-CA');
    expect(canadian.title).toBe(french.title);
    expect(canadian.title).not.toBe('The request is not valid');
    expect((canadian.extensions.errors as Array<{ detail: string }>).map((error) => error.detail)).toEqual([
      'Requis (CA)',
      (french.extensions.errors as Array<{ detail: string }>)[0]?.detail,
    ]);
  });
});
