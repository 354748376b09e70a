export {
  type CheckedDefinitions,
  type CreateParams,
  type DefineProblemsOptions,
  defineProblems,
  type ProblemDefinitions,
  type ProblemParams,
  type Problems,
} from './define';
export type { DefinedProblem, ProblemDefinition, ProblemMessages } from './definition';
export type { MessageArguments, MessageParams, ParamValue } from './icu-params';
export {
  PROBLEM_MEMBER,
  type ProblemCarrier,
  type ProblemResolveContext,
  type ProblemResolver,
  type ResolvedProblem,
} from './member';
export { openApiComponents } from './openapi';
export { problemComponentName } from './openapi/names';
export type { OpenApiComponentsOptions } from './openapi/options';
export type { ProblemList, ProblemsEntry } from './openapi/problem-list';
export type {
  JsonSchema,
  OpenApiComponents,
  OpenApiExample,
  OpenApiHeader,
  OpenApiMediaType,
  OpenApiResponse,
} from './openapi/types';
export { ProblemError } from './problem-error';
export { resolveProblem } from './resolve';
export { DEFAULT_TYPE_BASE, VALIDATION_PROBLEM_TYPE } from './type-uri';
export * from './validation';
