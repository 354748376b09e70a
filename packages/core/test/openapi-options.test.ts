import {
  createCatalog,
  type DefinedProblem,
  defineProblems,
  openApiComponents,
  problemComponentName,
  type ResolvedProblem,
  resolveProblem,
  validationProblem,
} from '@status-i18n/core';
import { ja } from '@status-i18n/core/locales/ja';
import { ru } from '@status-i18n/core/locales/ru';
import { z } from 'zod4';
import { billing, bookings, documentWith, schemaChecker, validateDocument } from './openapi-fixture';

// The first problem of the fixture, out-of-credit.
const outOfCredit = billing.list()[0] as DefinedProblem;

/** The problem's own part of a defined problem's schema (the second of its `allOf`). */
const ownPart = (components: ReturnType<typeof openApiComponents>, name: string) =>
  (components.schemas[name]?.allOf as Array<Record<string, unknown>> | undefined)?.[1];

const examplesOf = (components: ReturnType<typeof openApiComponents>, name: string) =>
  components.responses[name]?.content['application/problem+json']?.examples ?? {};

describe('problemComponentName(problemName, prefix)', () => {
  it('writes the name in PascalCase, then Problem, after the prefix', () => {
    expect(problemComponentName('out-of-credit')).toBe('OutOfCreditProblem');
    expect(problemComponentName('seat.taken')).toBe('SeatTakenProblem');
    expect(problemComponentName('rate_limited~v2')).toBe('RateLimitedV2Problem');
    expect(problemComponentName('HTTP-timeout')).toBe('HTTPTimeoutProblem');
    expect(problemComponentName('2fa-required')).toBe('2faRequiredProblem');
    expect(problemComponentName('out-of-credit', 'Shop')).toBe('ShopOutOfCreditProblem');
  });

  it('refuses a prefix that a component name cannot have', () => {
    expect(() => problemComponentName('a', 'My Shop')).toThrow(TypeError);
  });
});

describe('openApiComponents(options)', () => {
  it('describes the Problem and the validation problem without any defined problem', () => {
    const components = openApiComponents();
    expect(Object.keys(components.schemas)).toEqual(['Problem', 'FieldError', 'ValidationProblem']);
    expect(Object.keys(components.responses)).toEqual(['Problem', 'ValidationProblem']);
  });

  it('takes defineProblems() results, their list() and single problems, and lists each problem once', () => {
    const components = openApiComponents({ problems: [billing, ...billing.list(), outOfCredit, bookings] });
    expect(Object.keys(components.schemas).slice(3)).toEqual([
      'OutOfCreditProblem',
      'SeatsLeftProblem',
      'SeatTakenProblem',
    ]);
    expect(Object.keys(openApiComponents({ problems: bookings.list() }).responses)).toEqual([
      'Problem',
      'ValidationProblem',
      'SeatTakenProblem',
    ]);
  });

  it('puts the prefix before every component name and $ref, and the document stays valid', async () => {
    const components = openApiComponents({ problems: [billing, bookings], prefix: 'Shop' });
    expect(Object.keys(components.schemas)).toEqual([
      'ShopProblem',
      'ShopFieldError',
      'ShopValidationProblem',
      'ShopOutOfCreditProblem',
      'ShopSeatsLeftProblem',
      'ShopSeatTakenProblem',
    ]);
    expect(JSON.stringify(components)).not.toMatch(/#\/components\/\w+\/(?!Shop)/);
    const document = documentWith(components, 'Shop');
    await expect(validateDocument(document)).resolves.toEqual({ valid: true });
    const check = schemaChecker(document);
    const value = examplesOf(components, 'ShopValidationProblem').en?.value;
    expect(check('ShopValidationProblem', value)).toBeUndefined();
  });

  it('shows examples in the given languages, each answered as a request in it would be', () => {
    const components = openApiComponents({ problems: [billing, bookings], locales: ['en', 'zh-CN', 'zh-TW'] });
    // out-of-credit has en and zh-CN: zh-TW is answered in zh-CN, as the error handler answers it.
    expect(examplesOf(components, 'OutOfCreditProblem')['zh-CN']?.description).toBe(
      'Content-Language: zh-CN (also for zh-TW)',
    );
    expect(Object.keys(examplesOf(components, 'OutOfCreditProblem'))).toEqual(['en', 'zh-CN']);
    expect(Object.keys(examplesOf(components, 'SeatTakenProblem'))).toEqual(['en', 'zh-TW']);
    expect(Object.keys(examplesOf(components, 'SeatsLeftProblem'))).toEqual(['en']);

    const chinese = openApiComponents({ problems: billing, locales: ['zh-TW'] });
    expect(Object.keys(examplesOf(chinese, 'OutOfCreditProblem'))).toEqual(['zh-CN']);
    expect(Object.keys(examplesOf(chinese, 'SeatsLeftProblem'))).toEqual(['en']);
    expect(Object.keys(examplesOf(chinese, 'ValidationProblem'))).toEqual(['zh-TW']);
  });

  it("starts a problem's fallback at the default locale", () => {
    const components = openApiComponents({ problems: billing, locales: ['fr'], defaultLocale: 'zh-CN' });
    expect(examplesOf(components, 'OutOfCreditProblem')['zh-CN']?.description).toBe(
      'Content-Language: zh-CN (also for fr)',
    );
  });

  it("answers the validation problem in the catalog's languages, with its words", () => {
    const catalog = createCatalog({ locales: [ja, ru] });
    // The body fields of the example, broken the same way.
    const failure = z.object({ name: z.string().min(3), email: z.email() }).safeParse({ name: 'Al', email: 'x' });
    const context = { defaultLocale: catalog.defaultLocale, validationMessages: catalog.validationMessages };
    for (const components of [
      openApiComponents({ catalog }),
      openApiComponents({ catalog, locales: ['en', 'zh-CN', 'zh-TW', 'ja', 'ru', 'ko'] }),
    ]) {
      const examples = examplesOf(components, 'ValidationProblem');
      expect(Object.keys(examples)).toEqual(['en', 'zh-CN', 'zh-TW', 'ja', 'ru']);
      for (const locale of ['ja', 'ru']) {
        const resolved = resolveProblem(validationProblem(failure.error), locale, context) as ResolvedProblem;
        expect(resolved.locale).toBe(locale);
        expect(examples[locale]?.description).toBe(`Content-Language: ${locale}`);
        const value = examples[locale]?.value as { title: string; errors: Array<{ pointer?: string }> };
        expect(value.title).toBe(resolved.title);
        expect(value.errors.filter((error) => error.pointer !== undefined)).toEqual(resolved.extensions.errors);
      }
    }
    // A language the catalog lacks is answered in its default one, as the server answers it.
    const asked = openApiComponents({ catalog, locales: ['ja', 'ko'] });
    expect(examplesOf(asked, 'ValidationProblem').en?.description).toBe('Content-Language: en (also for ko)');
  });

  it("starts the fallback at the catalog's default locale, unless defaultLocale is given", () => {
    const catalog = createCatalog({ locales: [ja, ru], defaultLocale: 'ja' });
    const own = openApiComponents({ catalog, locales: ['ko'] });
    expect(examplesOf(own, 'ValidationProblem').ja?.description).toBe('Content-Language: ja (also for ko)');
    const given = openApiComponents({ catalog, locales: ['ko'], defaultLocale: 'ru' });
    expect(examplesOf(given, 'ValidationProblem').ru?.description).toBe('Content-Language: ru (also for ko)');
  });

  it('uses the params of the examples option over the generated ones', () => {
    const components = openApiComponents({
      problems: billing,
      examples: { 'out-of-credit': { balance: 1234, price: 5000, account: 'A-7' } },
    });
    expect(examplesOf(components, 'OutOfCreditProblem').en?.value).toMatchObject({
      detail: 'Your balance is 1,234; this costs 5,000.',
      balance: 1234,
      price: 5000,
      account: 'A-7',
    });
  });

  it("shows the examples' dates in the timeZone given, as the error handler with that option sends them", () => {
    const since = new Date('2025-01-31T20:30:00Z');
    const detailIn = (timeZone: string) =>
      examplesOf(
        openApiComponents({ problems: bookings, timeZone, examples: { 'seat.taken': { since } } }),
        'SeatTakenProblem',
      ).en?.value as { detail: string };
    expect(detailIn('Asia/Shanghai').detail).toContain('since 2/1/2025.');
    expect(detailIn('America/New_York').detail).toContain('since 1/31/2025.');
  });

  it('sends a timestamp given for a date as its ISO string, so the example matches its schema', () => {
    const since = Date.parse('2025-01-31T20:30:00Z');
    const components = openApiComponents({ problems: bookings, examples: { 'seat.taken': { since } } });
    const value = examplesOf(components, 'SeatTakenProblem').en?.value as Record<string, unknown>;
    expect(value.since).toBe('2025-01-31T20:30:00.000Z');
    expect(schemaChecker(documentWith(components))('SeatTakenProblem', value)).toBeUndefined();
  });

  it('gives the validation problem the configured status, or both', () => {
    const only400 = openApiComponents({ validationStatus: 400 });
    const document = documentWith(only400);
    const value = examplesOf(only400, 'ValidationProblem').en?.value as Record<string, unknown>;
    expect(value.status).toBe(400);
    const check = schemaChecker(document);
    expect(check('ValidationProblem', value)).toBeUndefined();
    expect(check('ValidationProblem', { ...value, status: 422 })).toMatch(/status/);

    const both = openApiComponents({ validationStatus: [422, 400] });
    const checkBoth = schemaChecker(documentWith(both));
    const first = examplesOf(both, 'ValidationProblem').en?.value as Record<string, unknown>;
    expect(first.status).toBe(422);
    expect(checkBoth('ValidationProblem', { ...first, status: 400 })).toBeUndefined();
    expect(checkBoth('ValidationProblem', { ...first, status: 409 })).toMatch(/status/);
  });

  it('leaves out params that the error handler never sends as members', () => {
    const problems = defineProblems({
      renamed: { status: 400, messages: { en: { title: 'Renamed', detail: '{name} is now {title}, {path}.' } } },
    });
    const components = openApiComponents({ problems });
    const own = ownPart(components, 'RenamedProblem');
    expect(Object.keys(own?.properties as object)).toEqual(['type', 'status']);
    expect(own?.required).toBeUndefined();
    expect(examplesOf(components, 'RenamedProblem').en?.value).toEqual({
      type: 'urn:problem-type:renamed',
      title: 'Renamed',
      status: 400,
      detail: 'name is now title, path.',
    });
  });

  it('types a param by its strictest use in any language', () => {
    const problems = defineProblems({
      mixed: {
        status: 409,
        messages: {
          en: { title: 'Mixed', detail: 'Left: {count}' },
          fr: { title: 'Mixte', detail: '{count, number}' },
        },
      },
    });
    const own = ownPart(openApiComponents({ problems }), 'MixedProblem');
    expect(own?.properties).toMatchObject({ count: { type: 'number' } });
  });

  it('refuses a defaultLocale the catalog cannot answer in, as the error handler does', () => {
    expect(() => openApiComponents({ defaultLocale: 'xx' })).toThrow(
      `status-i18n: openApiComponents() option "defaultLocale" must be one of the catalog's locales (en, zh-CN, zh-TW) or a tag that means one (zh-HK)`,
    );
    expect(() => openApiComponents({ defaultLocale: 'zh-HK' })).not.toThrow();
  });

  it('refuses one problem name from two defineProblems() calls, saying so', () => {
    const again = defineProblems({ 'out-of-credit': { status: 403, messages: { en: { title: 'x', detail: 'y' } } } });
    expect(() => openApiComponents({ problems: [billing, again] })).toThrow(
      'status-i18n: openApiComponents(): problem "out-of-credit" is defined by two defineProblems() calls; define it once',
    );
  });

  it('refuses two problems with one component name, naming both', () => {
    const other = defineProblems({ out_of_credit: { status: 402, messages: { en: { title: 'x', detail: 'y' } } } });
    expect(() => openApiComponents({ problems: [billing, other] })).toThrow(
      'problem "out_of_credit" and problem "out-of-credit" are both OutOfCreditProblem',
    );
    const validation = defineProblems(
      { validation: { status: 400, messages: { en: { title: 'x', detail: 'y' } } } },
      { typeBase: 'https://api.example.com/problems/' },
    );
    expect(() => openApiComponents({ problems: validation })).toThrow('the validation problem');
  });

  it('refuses wrong options with a TypeError that names them', () => {
    expect(() => openApiComponents({ prefix: 'a/b' })).toThrow(/"prefix"/);
    expect(() => openApiComponents({ locales: [] })).toThrow(/"locales"/);
    expect(() => openApiComponents({ locales: ['not a tag'] })).toThrow(/"locales"/);
    expect(() => openApiComponents({ defaultLocale: '' })).toThrow(/"defaultLocale"/);
    expect(() => openApiComponents({ validationStatus: 409 as 400 })).toThrow(/"validationStatus"/);
    expect(() => openApiComponents({ validationStatus: [] })).toThrow(/"validationStatus"/);
    expect(() => openApiComponents({ catalog: {} as never })).toThrow(/"catalog"/);
    expect(() => openApiComponents({ timeZone: 'Beijing' })).toThrow(/"timeZone"/);
    expect(() => openApiComponents({ katalog: createCatalog() } as never)).toThrow(/unknown option "katalog"/);
    expect(() => openApiComponents({ problems: [{}] as never })).toThrow(/"problems"/);
    expect(() => openApiComponents({ problems: { list: () => 'x' } as never })).toThrow(/"problems"/);
    expect(() => openApiComponents({ problems: billing, examples: { 'out-of-creddit': {} } })).toThrow(
      /"examples" names no listed problem: out-of-creddit/,
    );
    // Params the handler could never send: the example would show NaN and break its own schema.
    for (const balance of ['lots', Number.POSITIVE_INFINITY, null]) {
      expect(() =>
        openApiComponents({ problems: billing, examples: { 'out-of-credit': { balance } as never } }),
      ).toThrow(/openApiComponents\(\) example of "out-of-credit" param "balance" is formatted as a number/);
    }
  });

  it('checks a hand-made problem as defineProblems() would', () => {
    expect(() => openApiComponents({ problems: [{ ...outOfCredit, type: 'not a URI' }] })).toThrow(/absolute URI/);
    expect(() => openApiComponents({ problems: [{ ...outOfCredit, status: 200 }] })).toThrow(/status/);
    const badMessage = { ...outOfCredit, messages: { en: { title: 'x', detail: '{oops' } } };
    expect(() => openApiComponents({ problems: [badMessage] })).toThrow(/ICU/);
  });

  it('returns a new plain object on every call, which the application may change', () => {
    const first = openApiComponents({ problems: billing });
    (first.schemas.Problem as Record<string, unknown>).description = 'changed';
    expect(openApiComponents({ problems: billing }).schemas.Problem?.description).not.toBe('changed');
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
