export type {
  ErrorLayerOptions,
  HookInfo,
  LogInfo,
  MappedProblem,
  ProblemDetails,
} from '@status-i18n/core';
export { type NestErrorOptions, StatusI18nFilter } from './filter';
export { frameworkErrors } from './framework-errors';
export { type StatusI18nAsyncOptions, StatusI18nModule } from './module';
export { StatusI18nValidationPipe, type StatusI18nValidationPipeOptions } from './validation-pipe';
