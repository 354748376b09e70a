/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The arithmetic mean of a list of numbers. */
export function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** `values` rotated left by `by`: round r starts with a different variant, so none always runs first. */
export function rotate(values, by) {
  const shift = by % values.length;
  return [...values.slice(shift), ...values.slice(0, shift)];
}

/**
 * `values` rotated left by `by`, and reversed when `by` is odd. A rotation keeps neighbours in their order, so of
 * the cases of one route (the four of the validation failure) the same one always came first in a block, and
 * carried what the first run of that route's code costs in a process: in the run of 2026-11-30 15:34 it was the
 * worst case of every group, for the hand-written handlers too.
 */
export function turn(values, by) {
  const rotated = rotate(values, by);
  return by % 2 === 1 ? rotated.reverse() : rotated;
}
