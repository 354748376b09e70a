export {
  Catalog,
  type CatalogOptions,
  type CodeDescription,
  type CustomCodeFacts,
  createCatalog,
  type DescribeOptions,
  defaultCatalog,
  describe,
} from './catalog';
export {
  type ClientErrorStatus,
  type ErrorStatus,
  FtpReply,
  HttpStatus,
  type InformationalStatus,
  type RedirectionStatus,
  type ServerErrorStatus,
  type SuccessfulStatus,
  WsCloseCode,
} from './codes/constants';
export { type FtpClassKey, type FtpCode, ftpClasses, ftpCodes } from './codes/ftp';
export { type HttpClassKey, type HttpCode, httpClasses, httpCodes } from './codes/http';
export type { ClassFacts, CodeFacts, Message, Protocol } from './codes/types';
export { type WebSocketClassKey, type WebSocketCode, websocketClasses, websocketCodes } from './codes/websocket';
export { isCorsHeader } from './error/headers';
export { type NormalizedError, normalizeError } from './error/normalize';
export { isPlainObject } from './error/read';
export { isReasonPhrase } from './error/reason-phrases';
export { isErrorStatus } from './error/status';
export { FORMATS, type Format, MEDIA_TYPES } from './format/negotiate';
export { type FtpReplyOptions, formatFtpReply } from './ftp';
export { withoutStackTrace } from './internal/stack';
export { type AdapterDefaults, createErrorLayer, type ErrorLayer } from './layer/layer';
export { printableId, printError } from './layer/log';
export type { ErrorLayerOptions, HookInfo, LogInfo, MappedProblem } from './layer/options';
export type { ResponsePlan } from './layer/plan';
export type { ErrorRequest } from './layer/request';
export { isRemovedHeader, REMOVED_HEADERS, VARY_FIELDS, varyHeader } from './layer/response-headers';
export { negotiateLocale } from './locale/negotiate';
export { tagOfPosixLocale } from './locale/tags';
export type { HtmlLabels } from './locales/html-labels';
export type { LocaleMessageOverrides, LocaleMessages, LocalePack, ProtocolMessageOverrides } from './locales/types';
export { builtInValidationMessages } from './locales/validation';
export type { ValidationMessages } from './locales/validation-types';
export {
  type Bound,
  type CheckedDefinitions,
  type CreateParams,
  DEFAULT_TYPE_BASE,
  type DefinedProblem,
  type DefineProblemsOptions,
  defineProblems,
  type ExpectedType,
  type FieldIssue,
  type FieldLocation,
  type JsonSchema,
  jsonPointer,
  MAX_FIELD_ERRORS,
  type MessageArguments,
  type MessageParams,
  type OpenApiComponents,
  type OpenApiComponentsOptions,
  type OpenApiExample,
  type OpenApiHeader,
  type OpenApiMediaType,
  type OpenApiResponse,
  openApiComponents,
  type ParamValue,
  type PathSegment,
  PROBLEM_MEMBER,
  type ProblemCarrier,
  type ProblemDefinition,
  type ProblemDefinitions,
  ProblemError,
  type ProblemList,
  type ProblemMessages,
  type ProblemParams,
  type ProblemResolveContext,
  type ProblemResolver,
  type Problems,
  type ProblemsEntry,
  problemComponentName,
  type ReadValidationErrorOptions,
  type RequestPart,
  type ResolvedProblem,
  type RuleKind,
  readValidationError,
  resolveProblem,
  type StringFormat,
  VALIDATION_PROBLEM_TYPE,
  ValidationProblemError,
  type ValidationProblemOptions,
  type ValidationRule,
  type ValidationStatus,
  validationProblem,
} from './problems';
export type { ProblemDetails } from './render/problem';
export { type CloseReasonOptions, closeReason, MAX_CLOSE_REASON_BYTES } from './websocket';
