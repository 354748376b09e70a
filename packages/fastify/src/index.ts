export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem, ProblemDetails } from '@status-i18n/core';
export { frameworkErrors } from './framework-errors';
export type { ClientErrorLogLevel } from './log';
export { type FastifyErrorOptions, statusI18n } from './plugin';
