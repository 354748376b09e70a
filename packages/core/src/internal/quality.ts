// RFC 9110 §12.4.2: a weight is 0 to 1 with at most three decimals (`0`, `0.5`, `0.125`, `1`, `1.000`).
const QUALITY_VALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Whether one entry of a header (`en;q=0.5`, split at its `;`) has a `q` parameter that is no weight. */
function hasMalformedWeight(parameters: readonly string[]): boolean {
  for (let index = 1; index < parameters.length; index++) {
    const parameter = parameters[index] as string;
    const equals = parameter.indexOf('=');
    if (equals < 0 || parameter.slice(0, equals).trim().toLowerCase() !== 'q') continue;
    return !QUALITY_VALUE.test(parameter.slice(equals + 1).trim());
  }
  return false;
}

/**
 * An `Accept` or `Accept-Language` header without the entries whose weight is no RFC 9110 weight (`en;q=1.5`,
 * `text/html;q=high`, `fr;q=.5`). Such an entry is malformed, and is skipped: Negotiator would read `q=1.5` as
 * the client's strongest preference, over every entry written as the grammar allows. Linear in the header,
 * whatever it holds.
 *
 * @example
 * ```ts
 * withoutMalformedWeights('zh-CN;q=1.5, en'); // ' en'
 * withoutMalformedWeights('zh-CN, en;q=0.8'); // unchanged
 * ```
 */
export function withoutMalformedWeights(header: string): string {
  if (!header.includes('=')) return header;
  const entries = header.split(',');
  const kept = entries.filter((entry) => !hasMalformedWeight(entry.split(';')));
  return kept.length === entries.length ? header : kept.join(',');
}
