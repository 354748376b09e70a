import { createErrorLayer } from '@status-i18n/core';

const make = (options: Record<string, unknown>) => () => createErrorLayer(options as never, { log: () => undefined });

describe('createErrorLayer(options): a wrong option', () => {
  it('is named with what it got, arrays and objects shown as what they are', () => {
    expect(make({ formats: [] })).toThrow(
      `status-i18n: option "formats" must be a non-empty array of 'problem+json', 'json', 'html', 'text', got an empty array`,
    );
    expect(make({ formats: ['xml', 2, {}] })).toThrow(/, got \['xml', 2, an object\]$/);
    expect(make({ map: {} })).toThrow('status-i18n: option "map" must be a function, got an object');
    expect(make({ debug: 'yes' })).toThrow(`status-i18n: option "debug" must be a boolean, got 'yes'`);
    expect(make({ map: Object.create(null) })).toThrow('got an object');
  });
});

describe('createErrorLayer(options): an option it does not know', () => {
  it('names it, with the option it most likely stands for: other case, a swap, or two edits away', () => {
    expect(make({ instnace: true })).toThrow('status-i18n: unknown option "instnace" (did you mean "instance"?)');
    expect(make({ defaultlocale: 'en' })).toThrow('unknown option "defaultlocale" (did you mean "defaultLocale"?)');
    expect(make({ fromats: ['html'] })).toThrow('unknown option "fromats" (did you mean "formats"?)');
    expect(make({ debg: true })).toThrow('unknown option "debg" (did you mean "debug"?)');
  });

  it('names it alone when no option is that close', () => {
    expect(make({ colour: 'red' })).toThrow(/^status-i18n: unknown option "colour"$/);
    expect(make({ tz: 'UTC' })).toThrow(/^status-i18n: unknown option "tz"$/);
    // One edit from a short name is as far as a hint goes: `lg` is one from `log`, `lang` two from `log`.
    expect(make({ lg: 'en' })).toThrow('unknown option "lg" (did you mean "log"?)');
    expect(make({ lang: 'en' })).toThrow(/^status-i18n: unknown option "lang"$/);
  });
});
