/**
 * Counts the work a piece of code does on strings, without a clock: every string and RegExp primitive it calls
 * is wrapped for the duration, and each call adds what it costs (the characters it scans or copies, or 1 for a
 * single-character read such as `charCodeAt`), and each array pass adds its length. Comparing the count at
 * input sizes n and 4n tells linear work (≈ 4×) from quadratic (≈ 16×) regardless of machine load.
 *
 * What it cannot see: a regular expression's backtracking inside one call (its input length is counted once).
 */

type Cost = (self: unknown, args: unknown[], result: unknown) => number;

const length = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? value.length : 0);
const one: Cost = () => 1;
const ownLength: Cost = (self) => length(self);
const resultLength: Cost = (_self, _args, result) => length(result) + 1;
const search: Cost = (self, args, result) => {
  const from = typeof args[1] === 'number' ? Math.max(0, args[1]) : 0;
  const found = typeof result === 'number' ? result : -1;
  return Math.max(1, (found === -1 ? length(self) : found) - from + length(args[0]));
};
const searchBackwards: Cost = (self, args, result) => {
  const from = typeof args[1] === 'number' ? Math.min(args[1], length(self)) : length(self);
  const found = typeof result === 'number' ? result : -1;
  return Math.max(1, from - (found === -1 ? 0 : found));
};
const includes: Cost = (self, args, result) => (result ? search(self, args, 0) : length(self));
const regexInput: Cost = (self, args) => {
  const lastIndex = (self as RegExp).lastIndex ?? 0;
  return Math.max(1, length(args[0]) - ((self as RegExp).global || (self as RegExp).sticky ? lastIndex : 0));
};
const sortCost: Cost = (self) => {
  const size = length(self);
  return size <= 1 ? 1 : Math.ceil(size * Math.log2(size));
};

const STRING_COSTS: Record<string, Cost> = {
  charCodeAt: one,
  charAt: one,
  codePointAt: one,
  at: one,
  indexOf: search,
  lastIndexOf: searchBackwards,
  includes,
  startsWith: (_self, args) => length(args[0]) + 1,
  endsWith: (_self, args) => length(args[0]) + 1,
  slice: resultLength,
  substring: resultLength,
  substr: resultLength,
  concat: resultLength,
  padStart: resultLength,
  padEnd: resultLength,
  repeat: resultLength,
  split: ownLength,
  trim: ownLength,
  trimStart: ownLength,
  trimEnd: ownLength,
  toLowerCase: ownLength,
  toUpperCase: ownLength,
  toLocaleLowerCase: ownLength,
  toLocaleUpperCase: ownLength,
  normalize: ownLength,
  localeCompare: ownLength,
  replace: ownLength,
  replaceAll: ownLength,
  match: ownLength,
  matchAll: ownLength,
  search: ownLength,
};

const REGEXP_COSTS: Record<string | symbol, Cost> = {
  exec: regexInput,
  test: regexInput,
  [Symbol.match]: regexInput,
  [Symbol.matchAll]: regexInput,
  [Symbol.replace]: regexInput,
  [Symbol.search]: regexInput,
  [Symbol.split]: regexInput,
};

const ARRAY_COSTS: Record<string, Cost> = {
  map: ownLength,
  filter: ownLength,
  forEach: ownLength,
  every: ownLength,
  some: ownLength,
  find: ownLength,
  findIndex: ownLength,
  reduce: ownLength,
  join: ownLength,
  indexOf: ownLength,
  includes: ownLength,
  slice: resultLength,
  splice: ownLength,
  concat: resultLength,
  sort: sortCost,
};

/** Runs `run` with the primitives instrumented and returns the work it did. Not reentrant. */
export function countWork(run: () => void): number {
  let work = 0;
  const restore: Array<() => void> = [];
  const wrap = (target: object, costs: Record<string | symbol, Cost>) => {
    for (const key of Reflect.ownKeys(costs)) {
      const original = Reflect.get(target, key) as (...args: unknown[]) => unknown;
      const cost = costs[key as string] as Cost;
      if (typeof original !== 'function') continue;
      // A builtin that calls another (split with a RegExp calls its Symbol.split) is counted twice: a constant
      // factor, which the n-to-4n ratio does not see. Callbacks (of map, filter, …) are counted as they run.
      const wrapped = function (this: unknown, ...args: unknown[]) {
        const result = Reflect.apply(original, this, args);
        work += cost(this, args, result);
        return result;
      };
      Object.defineProperty(target, key, { value: wrapped, writable: true, configurable: true });
      restore.push(() => Object.defineProperty(target, key, { value: original, writable: true, configurable: true }));
    }
  };
  wrap(String.prototype, STRING_COSTS);
  wrap(RegExp.prototype, REGEXP_COSTS);
  wrap(Array.prototype, ARRAY_COSTS);
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return work;
}
