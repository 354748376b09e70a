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
