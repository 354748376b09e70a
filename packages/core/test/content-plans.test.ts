import { ContentPlans, sameJson } from '../src/layer/content-plans';
import type { ProblemDetails } from '../src/render/problem';

const problem = (members: Record<string, unknown> = {}): ProblemDetails => ({
  type: 'about:blank',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'The form is invalid',
  ...members,
});

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

describe('ContentPlans', () => {
  it('gives equal problems the same plans, per locale', () => {
    const plans = new ContentPlans(8);
    const first = plans.setFor(problem({ errors: [{ field: 'email' }] }), 'en');
    expect(plans.setFor(problem({ errors: [{ field: 'email' }] }), 'en')).toBe(first);
    expect(plans.setFor(problem({ errors: [{ field: 'email' }] }), 'zh-CN')).not.toBe(first);
  });

  it('keeps problems with the same detail and other members apart', () => {
    const plans = new ContentPlans(8);
    const email = plans.setFor(problem({ errors: [{ field: 'email' }] }), 'en');
    const name = plans.setFor(problem({ errors: [{ field: 'name' }] }), 'en');
    expect(name).not.toBe(email);
    expect(plans.setFor(problem({ errors: [{ field: 'email' }] }), 'en')).toBe(email);
  });

  it('keeps at most two variants of one detail, dropping the older', () => {
    const plans = new ContentPlans(8);
    const sets = ['a', 'b', 'c'].map((field) => plans.setFor(problem({ field }), 'en'));
    expect(plans.setFor(problem({ field: 'c' }), 'en')).toBe(sets[2]);
    expect(plans.setFor(problem({ field: 'b' }), 'en')).toBe(sets[1]);
    expect(plans.setFor(problem({ field: 'a' }), 'en')).not.toBe(sets[0]);
  });

  it('does not keep a big problem', () => {
    const plans = new ContentPlans(8);
    expect(plans.setFor(problem({ note: 'x'.repeat(5000) }), 'en')).toBeUndefined();
    expect(plans.setFor(problem({ list: Array.from({ length: 1000 }, () => 1) }), 'en')).toBeUndefined();
  });
});
