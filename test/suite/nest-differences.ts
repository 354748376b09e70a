import type { Difference } from './frameworks';

/** What Nest on either platform does differently from the suite's rules, and why. */
export const NEST_DIFFERENCES: readonly Difference[] = [];
