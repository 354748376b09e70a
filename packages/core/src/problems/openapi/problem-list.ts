import type { DefinedProblem } from '../definition';

/** Something that lists defined problems: what `defineProblems()` returns. */
export interface ProblemList {
  list(): readonly DefinedProblem[];
}

/** One entry of the `problems` option: a `defineProblems()` result, or one problem of a `list()`. */
export type ProblemsEntry = ProblemList | DefinedProblem;

const USAGE =
  'status-i18n: openApiComponents() option "problems" takes what defineProblems() returned, its list(), or an array of them';

function isProblemList(value: unknown): value is ProblemList {
  return typeof value === 'object' && value !== null && typeof (value as Partial<ProblemList>).list === 'function';
}

/** Whether `value` has the members of a defined problem (they are checked when its examples are compiled). */
function isDefinedProblem(value: unknown): value is DefinedProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { name, status, type, messages } = value as Partial<DefinedProblem>;
  return typeof name === 'string' && typeof status === 'number' && typeof type === 'string' && !!messages;
}

/**
 * The problems of the `problems` option, in order, each once: a problem listed twice (a `defineProblems()`
 * result and one of its `list()`) is the same frozen object.
 */
export function definedProblemsOf(option: ProblemList | readonly ProblemsEntry[] | undefined): DefinedProblem[] {
  if (option === undefined) return [];
  const entries: readonly unknown[] = Array.isArray(option) ? option : [option];
  const problems = new Set<DefinedProblem>();
  for (const entry of entries) {
    const listed: unknown = isProblemList(entry) ? entry.list() : [entry];
    if (!Array.isArray(listed)) throw new TypeError(USAGE);
    for (const problem of listed) {
      if (!isDefinedProblem(problem)) throw new TypeError(USAGE);
      problems.add(problem);
    }
  }
  return [...problems];
}
