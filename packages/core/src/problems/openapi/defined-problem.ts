import { REFERENCE_LOCALE } from '../../locales';
import type { ProblemParams } from '../define';
import { CompiledProblem, type DefinedProblem } from '../definition';
import { checkParams } from '../params';
import { exampleParams } from './example-params';
import { localizedExamples } from './examples';
import { messageArguments } from './message-arguments';
import { definedProblemSchema } from './problem-schema';
import { problemResponse } from './responses';
import type { JsonSchema, OpenApiResponse } from './types';

/** What a defined problem's components are built with. */
export interface DefinedProblemSetting {
  /** The name of the Problem schema. */
  readonly base: string;
  /** The name of this problem's schema and response. */
  readonly name: string;
  readonly locales: readonly string[] | undefined;
  readonly defaultLocale: string;
  /** The zone the examples show dates in; the server's when undefined. */
  readonly timeZone: string | undefined;
  /** The application's params for the example, if any. */
  readonly params: ProblemParams;
}

/** A listed problem's `type` is what `defineProblems()` makes: an absolute URI (one made by hand may not be). */
function checkType({ name, type }: DefinedProblem): void {
  try {
    new URL(type);
  } catch {
    throw new TypeError(`status-i18n: problem "${name}": its type "${type}" is not an absolute URI`);
  }
}

/**
 * A defined problem's schema and response. The examples are made as the error handler makes a response: the
 * definition is compiled again (and so checked again: a hand-made list entry that is not a valid problem throws
 * a `TypeError`), and resolved for each language.
 */
export function definedProblemComponents(
  problem: DefinedProblem,
  setting: DefinedProblemSetting,
): { schema: JsonSchema; response: OpenApiResponse } {
  checkType(problem);
  const compiled = new CompiledProblem(problem.name, problem, problem.type);
  const args = messageArguments(problem.messages);
  const params = Object.freeze(exampleParams(args, setting.params));
  // An example the handler could never send (a string for `{limit, number}`) would show `NaN` and break its schema.
  checkParams(problem.name, params, compiled.paramKinds, `openApiComponents() example of "${problem.name}"`);
  const { defaultLocale, timeZone } = setting;
  const context = { defaultLocale, ...(timeZone === undefined ? {} : { timeZone }) };
  const locales = setting.locales ?? Object.keys(problem.messages);
  const examples = localizedExamples(locales, (locale) => compiled.resolve(params, locale, context));
  const { title } = compiled.resolve(params, REFERENCE_LOCALE, { defaultLocale: REFERENCE_LOCALE });
  const description = `${title} (${problem.type})`;
  return {
    schema: definedProblemSchema(problem, args, setting.base, description),
    response: problemResponse(description, setting.name, examples),
  };
}
