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
