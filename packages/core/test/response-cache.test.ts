import { defaultCatalog } from '../src/catalog';
import type { ResponsePlan } from '../src/layer/plan';
import type { BuiltProblem } from '../src/layer/problem';
import { ResponseCache, sameJson } from '../src/layer/reuse';
import type { ProblemDetails } from '../src/render/problem';

const problem = (members: Record<string, unknown> = {}): ProblemDetails => ({
  type: 'about:blank',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'The form is invalid',
  ...members,
});

const built = (members: Record<string, unknown> = {}, locale = 'en', more: Partial<BuiltProblem> = {}) =>
  ({
    problem: problem(members),
    entry: defaultCatalog.describe(422, { locale }),
    locale,
    headers: [],
    requestId: undefined,
    ...more,
  }) as BuiltProblem;

/** Plans through the cache: a new plan object each time it plans anew. */
function planOf(cache: ResponseCache, input: BuiltProblem, head = false): ResponsePlan {
  return cache.plan(input, 'problem+json', head);
}

const newCache = () => new ResponseCache({ catalog: defaultCatalog, requestIdHeader: undefined });

describe('sameJson(a, b)', () => {
  it('is true only for values that serialize to the same JSON', () => {
    expect(sameJson({ a: [1, 'x', null, { b: true }] }, { a: [1, 'x', null, { b: true }] })).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: null }, { a: {} })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});

describe('ResponseCache', () => {
  it('gives equal problems the same plan, per locale and per method', () => {
    const cache = newCache();
    const first = planOf(cache, built({ errors: [{ field: 'email' }] }));
    expect(planOf(cache, built({ errors: [{ field: 'email' }] }))).toBe(first);
    expect(planOf(cache, built({ errors: [{ field: 'email' }] }, 'zh-CN'))).not.toBe(first);
    expect(planOf(cache, built({ errors: [{ field: 'email' }] }), true)).not.toBe(first);
  });

  it('keeps problems with the same detail and other members apart', () => {
    const cache = newCache();
    const email = planOf(cache, built({ errors: [{ field: 'email' }] }));
    const name = planOf(cache, built({ errors: [{ field: 'name' }] }));
    expect(name).not.toBe(email);
    expect(planOf(cache, built({ errors: [{ field: 'email' }] }))).toBe(email);
  });

  it('keeps at most four variants of one detail, dropping the oldest', () => {
    const cache = newCache();
    const plans = ['a', 'b', 'c', 'd', 'e'].map((field) => planOf(cache, built({ field })));
    expect(planOf(cache, built({ field: 'e' }))).toBe(plans[4]);
    expect(planOf(cache, built({ field: 'b' }))).toBe(plans[1]);
    expect(planOf(cache, built({ field: 'a' }))).not.toBe(plans[0]);
  });

  it('does not keep a big problem', () => {
    const cache = newCache();
    for (const members of [{ note: 'x'.repeat(5000) }, { list: Array.from({ length: 1000 }, () => 1) }]) {
      expect(planOf(cache, built(members))).not.toBe(planOf(cache, built(members)));
    }
  });

  it('never reuses a response that carries the error headers, a request id or a stack', () => {
    const cache = newCache();
    const own = [
      built({}, 'en', { headers: [['Retry-After', '120']] }),
      built({ requestId: 'r-1' }, 'en', { requestId: 'r-1' }),
      built({ stack: ['Error: x'] }),
    ];
    for (const input of own) expect(planOf(cache, input)).not.toBe(planOf(cache, input));
  });
});
