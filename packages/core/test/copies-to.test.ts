import { createErrorLayer, type ErrorRequest } from '@status-i18n/core';
import createError from 'http-errors';
import { copiesTo, extensionsOf } from '../src/error/extensions';
import { sameJson } from '../src/layer/reuse';

/**
 * An exposed error with members of its own (field errors) is answered with the problem the response cache kept
 * for an earlier error when its members would copy to the kept ones (`copiesTo`), compared in place. Reusing a
 * kept answer for an error whose members differ would show the client another request's words, so `copiesTo`
 * may answer `false` when unsure, and must never answer `true` when the copy would differ.
 */

const HEAD = { type: 'about:blank', title: 'Unprocessable Content', status: 422, detail: 'The form is invalid' };

/** The problem an error's members were first answered with: the standard members, then the copy's. */
function keptFor(members: Record<string, unknown>): Record<string, unknown> {
  return { ...HEAD, ...extensionsOf(createError(422, 'The form is invalid', members)) };
}

const matches = (kept: Record<string, unknown>, members: Record<string, unknown>) =>
  copiesTo(createError(422, 'The form is invalid', members), kept, Object.keys(kept), 4);

/** A small deterministic generator (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEAVES: unknown[] = [
  'email',
  'x'.repeat(10_001),
  'x'.repeat(10_000),
  '',
  0,
  -0,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  () => 1,
  Symbol('s'),
  10n,
  new Date(0),
  new Map(),
];
// `value` and `body` are request data: the copy leaves them out at every depth.
const KEYS = ['field', 'message', 'code', 'value', 'body', 'path', 'errors', '__proto__', 'a', 'b'];

function generate(next: () => number, depth: number): unknown {
  const pick = next();
  if (depth > 7 || pick < 0.45) return LEAVES[Math.floor(next() * LEAVES.length)];
  if (pick < 0.7) return Array.from({ length: Math.floor(next() * 4) }, () => generate(next, depth + 1));
  const object: Record<string, unknown> = {};
  for (let count = Math.floor(next() * 4); count > 0; count--) {
    const key = KEYS[Math.floor(next() * KEYS.length)] as string;
    // An own `__proto__` member, as JSON.parse makes one.
    if (key === '__proto__')
      Object.defineProperty(object, key, {
        value: generate(next, depth + 1),
        enumerable: true,
        configurable: true,
        writable: true,
      });
    else object[key] = generate(next, depth + 1);
  }
  return object;
}

/** `members` with one leaf replaced, one key renamed, left out or moved last, or an item added, somewhere inside. */
function mutate(value: unknown, next: () => number): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || next() < 0.2) return [...value, 'added'];
    const index = Math.floor(next() * value.length);
    return value.map((item, at) => (at === index ? mutate(item, next) : item));
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !(value instanceof Map)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return { added: 1 };
    const index = Math.floor(next() * entries.length);
    const choice = next();
    if (choice < 0.15 && entries.length > 1)
      return Object.fromEntries([...entries.slice(1), entries[0] as [string, unknown]]);
    if (choice < 0.25) return Object.fromEntries(entries.filter((_, at) => at !== index));
    if (choice < 0.35)
      return Object.fromEntries(entries.map(([key, item], at) => [at === index ? `${key}2` : key, item]));
    return Object.fromEntries(entries.map(([key, item], at) => [key, at === index ? mutate(item, next) : item]));
  }
  return LEAVES[Math.floor(next() * LEAVES.length)];
}

describe('copiesTo(error, kept, names, start)', () => {
  it('finds an error with the same members as the kept problem, compared in place', () => {
    const members = { code: 'FORM', errors: [{ field: 'email', message: 'must contain @' }, { field: 'age' }] };
    expect(matches(keptFor(members), structuredClone(members))).toBe(true);
    expect(matches(keptFor({}), {})).toBe(true);
  });

  it('tells apart members that differ anywhere: a value, a name, the order, one more or one less', () => {
    const kept = keptFor({ code: 'FORM', errors: [{ field: 'email', message: 'must contain @' }] });
    expect(matches(kept, { code: 'FORM', errors: [{ field: 'email', message: 'must contain a dot' }] })).toBe(false);
    expect(matches(kept, { code: 'FORM', errors: [{ field: 'email', detail: 'must contain @' }] })).toBe(false);
    expect(matches(kept, { code: 'FORM', errors: [{ field: 'email' }] })).toBe(false);
    expect(matches(kept, { errors: [{ field: 'email', message: 'must contain @' }], code: 'FORM' })).toBe(false);
    expect(matches(kept, { code: 'FORM', errors: [{ message: 'must contain @', field: 'email' }] })).toBe(false);
    expect(matches(kept, { code: 'FORM', errors: [] })).toBe(false);
    expect(matches(kept, { code: 'FORM' })).toBe(false);
    expect(matches(kept, { code: 'FORM', errors: [{ field: 'email', message: 'must contain @' }], more: 1 })).toBe(
      false,
    );
    expect(matches(kept, { code: 'FORM', errors: { 0: { field: 'email', message: 'must contain @' } } })).toBe(false);
  });

  it('compares as the copy reads: request data and internals left out, long text cut', () => {
    // A member's text is cut at 10,000 characters.
    const long = 'x'.repeat(10_000);
    const kept = keptFor({ errors: [{ field: 'pin', value: '1234' }], note: long });
    // The submitted value is never copied, so another one gives the same answer; the text is cut where it was.
    expect(matches(kept, { errors: [{ field: 'pin', value: '9999' }], note: `${long}more` })).toBe(true);
    expect(matches(kept, { errors: [{ field: 'pin' }], note: long, stack: 'at …' })).toBe(true);
  });

  it('is unsure, and says false, wherever the copy would leave something out', () => {
    const cyclic: Record<string, unknown> = { field: 'a' };
    cyclic.self = cyclic;
    let deep: unknown = 'bottom';
    for (let level = 0; level < 8; level++) deep = { level: deep };
    const unsure: Record<string, unknown>[] = [
      { errors: [() => 1] },
      { errors: [undefined] },
      { errors: { at: new Date(0) } },
      { errors: cyclic },
      { errors: deep },
      { errors: Array.from({ length: 201 }, (_, index) => index) },
      { errors: [Number.NaN] },
    ];
    for (const members of unsure) expect(matches(keptFor(members), members)).toBe(false);
  });

  it('never says true where the copy would differ (random members, and each mutated)', () => {
    const next = random(20261130);
    let same = 0;
    for (let round = 0; round < 3000; round++) {
      const members = { errors: generate(next, 1), code: generate(next, 1) };
      const kept = keptFor(members);
      const other = next() < 0.25 ? members : { errors: mutate(members.errors, next), code: members.code };
      const copy = extensionsOf(createError(422, 'The form is invalid', other));
      const keptMembers = Object.fromEntries(Object.entries(kept).slice(4));
      if (matches(kept, other)) {
        expect(sameJson(copy, keptMembers)).toBe(true);
        same++;
      }
    }
    // Most pairs that copy alike are found: the comparison is not merely cautious.
    expect(same).toBeGreaterThan(300);
  });
});

describe('an exposed error with members, answered again', () => {
  const request: ErrorRequest<undefined> = {
    method: 'GET',
    path: '/sign-up',
    header: (name) => (name === 'accept' ? 'application/json' : undefined),
    context: undefined,
  };
  const bodyOf = (plan: { body: Uint8Array }) => JSON.parse(new TextDecoder().decode(plan.body));
  const invalid = (field: string) =>
    createError(422, 'The form is invalid', { errors: [{ field, message: 'is required' }] });

  it('reuses the answer of equal members and answers other members with their own', () => {
    const layer = createErrorLayer<undefined>({ log: false }, { log: () => undefined });
    const first = layer.respond(invalid('email'), request);
    expect(layer.respond(invalid('email'), request)).toBe(first);
    const other = layer.respond(invalid('name'), request);
    expect(bodyOf(other).errors).toEqual([{ field: 'name', message: 'is required' }]);
    expect(bodyOf(layer.respond(invalid('email'), request)).errors).toEqual([
      { field: 'email', message: 'is required' },
    ]);
  });

  it('reads a member that changed since the last answer anew', () => {
    const layer = createErrorLayer<undefined>({ log: false }, { log: () => undefined });
    const errors = [{ field: 'email', message: 'is required' }];
    const error = createError(422, 'The form is invalid', { errors });
    layer.respond(error, request);
    errors[0] = { field: 'email', message: 'is taken' };
    expect(bodyOf(layer.respond(error, request)).errors).toEqual([{ field: 'email', message: 'is taken' }]);
  });
});
