import { createErrorLayer, negotiateLocale } from '@status-i18n/core';
import { guardProcess } from './support/guard';
import { countWork } from './support/work-counter';

guardProcess();

/** `unit` repeated to exactly `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// Shapes a hostile client might send: many entries, many parameters, open quotes with commas (a quoted
// string swallows the rest of the header), whitespace runs, one endless token, separators only, long q-values.
const ACCEPT_SHAPES: Record<string, (size: number) => string> = {
  'many entries': (size) => fill('text/html;q=0.5,', size),
  'many parameters': (size) => `text/html${fill(';a=b', size - 9)}`,
  'an open quote with commas': (size) => `text/html;a="${fill('x,', size - 13)}`,
  'whitespace runs': (size) => fill(`text/html${' '.repeat(30)},`, size),
  'one endless token': (size) => fill('a', size),
  'separators only': (size) => fill(',;', size),
  wildcards: (size) => fill('*/*;q=0.1, ', size),
  'a huge q-value': (size) => `text/html;q=0.${fill('1', size - 14)}`,
};

const LANGUAGE_SHAPES: Record<string, (size: number) => string> = {
  'many entries': (size) => fill('en-US;q=0.5,', size),
  'Chinese aliases': (size) => fill('zh-Hant-TW,zh-Hans-SG;q=0.9,', size),
  'long subtag chains': (size) => fill('a-b-c-d-e-f-g-h,', size),
  'one endless token': (size) => fill('x', size),
  'excluded entries': (size) => fill('fr;q=0,', size),
  'an open quote with commas': (size) => `en;a="${fill('x,', size - 6)}`,
  'whitespace runs': (size) => fill(`de${' '.repeat(30)},`, size),
  'a huge q-value': (size) => `en;q=0.${fill('1', size - 7)}`,
};

const LOCALES = ['en', 'zh-CN', 'zh-TW'];
const layer = createErrorLayer({ log: false }, { log: () => undefined });

function negotiateAccept(accept: string): void {
  layer.respond(new Error('x'), {
    method: 'GET',
    path: '/',
    header: (name) => (name === 'accept' ? accept : undefined),
    context: {},
  });
}

/** Work at n and 4n, each the smallest of three counts (the first call may warm a cache of the layer). */
function ratio(run: (header: string) => void, shape: (size: number) => string, n: number) {
  const work = (size: number) => {
    const header = shape(size);
    if (header.length !== size) throw new Error(`the ${size}-character shape has ${header.length}`);
    return Math.min(...[0, 1, 2].map(() => countWork(() => run(header))));
  };
  const small = work(n);
  const large = work(4 * n);
  return { small, large, ratio: large / small };
}

// Linear work grows 4× from n to 4n (n log n a little more); quadratic grows 16×. Bounded work stays ≈ 1×.
const LINEAR_BOUND = 5;

describe('negotiation costs linear (or bounded) work in the header size', () => {
  it('the counter itself tells linear from quadratic work', () => {
    const linear = ratio(
      (header) => header.split(','),
      ACCEPT_SHAPES['many entries'] as (size: number) => string,
      1024,
    );
    const quadratic = ratio(
      (header) => {
        for (let index = 0; index < header.length; index += 16) header.slice(index).indexOf('#');
      },
      ACCEPT_SHAPES['many entries'] as (size: number) => string,
      1024,
    );
    expect(linear.ratio).toBeLessThan(LINEAR_BOUND);
    expect(quadratic.ratio).toBeGreaterThan(12);
  });

  describe.each([
    ['16 KB and 64 KB (past the parsing limit)', 16 * 1024],
    ['1 KB and 4 KB (the parser itself)', 1024],
  ])('at %s', (_label, n) => {
    it.each(Object.entries(ACCEPT_SHAPES))('Accept with %s', (_name, shape) => {
      const result = ratio(negotiateAccept, shape, n);
      expect(result.small).toBeGreaterThan(0);
      if (result.ratio >= LINEAR_BOUND)
        throw new Error(`work grew ${result.ratio.toFixed(1)}× (${JSON.stringify(result)})`);
    });

    it.each(Object.entries(LANGUAGE_SHAPES))('Accept-Language with %s', (_name, shape) => {
      const result = ratio((header) => negotiateLocale(header, LOCALES, 'en'), shape, n);
      expect(result.small).toBeGreaterThan(0);
      if (result.ratio >= LINEAR_BOUND)
        throw new Error(`work grew ${result.ratio.toFixed(1)}× (${JSON.stringify(result)})`);
    });
  });

  it('a 64 KB header costs no more than a 16 KB one: the parsers see a bounded prefix', () => {
    for (const shape of Object.values(ACCEPT_SHAPES)) {
      expect(ratio(negotiateAccept, shape, 16 * 1024).ratio).toBeLessThan(1.5);
    }
    for (const shape of Object.values(LANGUAGE_SHAPES)) {
      expect(ratio((header) => negotiateLocale(header, LOCALES, 'en'), shape, 16 * 1024).ratio).toBeLessThan(1.5);
    }
  });
});
