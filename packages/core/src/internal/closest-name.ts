/**
 * The known name a misspelt one most likely stands for, for a "did you mean" in an option's error: the same
 * name in other case (`whiteList`), or one at most two edits away, a swap of two neighbours counting as one
 * (`instnace`, `defualtLocale`, `formt`). `undefined` when none is that close.
 *
 * @example
 * ```ts
 * closestName('instnace', ['instance', 'debug']); // 'instance'
 * closestName('colour', ['instance', 'debug']); // undefined
 * ```
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  // Short names are one or two edits from many others: only a near miss of a longer one is a likely typo.
  const allowed = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), or `limit` as
 * soon as it is known to be at least that: option names are short, and most candidates are far off.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum >= limit) return limit;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit);
}
