export type {
  Bound,
  ExpectedType,
  FieldIssue,
  PathSegment,
  RequestPart,
  RuleKind,
  StringFormat,
  ValidationRule,
} from './issue';
export { MAX_FIELD_ERRORS } from './issue';
export { type FieldLocation, jsonPointer } from './location';
export { type ReadValidationErrorOptions, readValidationError } from './read-validation-error';
export { ValidationProblemError, type ValidationStatus } from './validation-error';
export { type ValidationProblemOptions, validationProblem } from './validation-problem';
