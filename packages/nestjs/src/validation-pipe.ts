import { type ArgumentMetadata, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { type RequestPart, validationProblem, withoutStackTrace } from '@status-i18n/core';

/** Where each kind of Nest argument comes from, in the core's words (a custom decorator's: see transform). */
const PARTS: Readonly<Record<Exclude<ArgumentMetadata['type'], 'custom'>, RequestPart>> = {
  body: 'body',
  query: 'query',
  param: 'params',
};

/** What the pipe's exception factory hands `transform`: class-validator's errors, before their part is known. */
class FailedValidation {
  constructor(readonly errors: readonly unknown[]) {}
}

/**
 * The options `ValidationPipe` reads, Nest 11's and 12's (`errorFormat` is 12's), class-validator's among them.
 * Nest reads what it knows and ignores the rest, so a misspelt `whiteList: true` would let every unknown field
 * through without a word: the pipe refuses a name not listed here.
 */
const VALIDATION_PIPE_OPTIONS = [
  'transform',
  'disableErrorMessages',
  'transformOptions',
  'errorHttpStatusCode',
  'exceptionFactory',
  'validateCustomDecorators',
  'expectedType',
  'validatorPackage',
  'transformerPackage',
  'errorFormat',
  'maxErrorMessagesLength',
  'enableDebugMessages',
  'skipUndefinedProperties',
  'skipNullProperties',
  'skipMissingProperties',
  'whitelist',
  'forbidNonWhitelisted',
  'groups',
  'always',
  'strictGroups',
  'dismissDefaultMessages',
  'validationError',
  'forbidUnknownValues',
  'stopAtFirstError',
] as const;

// Every option of the Nest this package is built against is listed: a newer one's would be refused otherwise.
type UnlistedOption = Exclude<keyof ValidationPipeOptions, (typeof VALIDATION_PIPE_OPTIONS)[number]>;
const everyOptionListed: [UnlistedOption] extends [never] ? true : UnlistedOption = true;
void everyOptionListed;

const KNOWN_OPTIONS: ReadonlySet<string> = new Set(VALIDATION_PIPE_OPTIONS);

/** Throws a `TypeError` naming an option `ValidationPipe` does not read, and the one it may stand for. */
function checkOptionNames(options: object): void {
  for (const name of Object.keys(options)) {
    if (KNOWN_OPTIONS.has(name)) continue;
    const meant = VALIDATION_PIPE_OPTIONS.find((known) => known.toLowerCase() === name.toLowerCase());
    throw new TypeError(
      `status-i18n: StatusI18nValidationPipe: unknown option "${name}"${meant === undefined ? '' : ` (did you mean "${meant}"?)`}; ValidationPipe would ignore it`,
    );
  }
}

/** Options of {@link StatusI18nValidationPipe}: `ValidationPipe`'s, but its `exceptionFactory`, which the pipe is. */
export type StatusI18nValidationPipeOptions = Omit<ValidationPipeOptions, 'exceptionFactory'>;

/**
 * Nest's `ValidationPipe`, whose failures are validation problems that point into the part of the request each
 * argument came from: `@Body()` errors with a `pointer` (`#/address/city`; under `@Body('address')`, from
 * `address`), `@Query()` and `@Param()` errors with a `parameter` (`page`, `filter[page]`), each field in the
 * client's language, with the error handler's `validationStatus` (422 unless set). A `ValidationPipe` with
 * `exceptionFactory: (errors) => validationProblem(errors)` cannot tell: Nest hands the factory the errors alone,
 * so a query's fields would point into the body.
 *
 * It takes every option of `ValidationPipe` (`whitelist`, `forbidNonWhitelisted`, `transform`, …) but
 * `exceptionFactory`, which it is: one given throws a `TypeError`, as does a name `ValidationPipe` does not read
 * (a misspelt `whiteList`, which Nest would ignore). With `disableErrorMessages` it is Nest's own
 * (no details: the catalog's words for the status); a custom decorator's failure (`validateCustomDecorators`) is
 * too, since nothing says which part of the request its value came from.
 *
 * @example
 * ```ts
 * app.useGlobalPipes(new StatusI18nValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
 * // GET /orders?page=0&sort=x → 422, errors: [{ parameter: 'page', … }, { parameter: 'sort', code: 'whitelistValidation', … }]
 * ```
 */
export class StatusI18nValidationPipe extends ValidationPipe {
  constructor(options: StatusI18nValidationPipeOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError('status-i18n: StatusI18nValidationPipe takes the options of ValidationPipe, an object');
    }
    checkOptionNames(options);
    if ('exceptionFactory' in options) {
      throw new TypeError(
        'status-i18n: StatusI18nValidationPipe makes its own exceptions; give an exceptionFactory to ValidationPipe instead',
      );
    }
    // `disableErrorMessages` asks for no details: Nest's own exception then, which the filter answers with the
    // catalog's words for its status.
    super(
      options.disableErrorMessages === true
        ? options
        : { ...options, exceptionFactory: (errors) => new FailedValidation(errors) },
    );
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof FailedValidation)) throw error;
      // A custom decorator's value can come from anywhere (a header, the session): nothing says where its fields
      // are, so its failure is Nest's own exception, whose messages the filter reads as field errors of nothing
      // in particular (`pointer: "#"`).
      if (metadata.type === 'custom') throw this.createExceptionFactory()(error.errors as never);
      const part = PARTS[metadata.type];
      // `@Body('address')` validates `body.address`: its errors are below that key.
      const { data } = metadata;
      const errors =
        typeof data === 'string' && data !== '' ? [{ property: data, children: error.errors }] : error.errors;
      // No stack: one taken here would name this pipe, not the request's fault, and costs more than the answer.
      throw withoutStackTrace(() => validationProblem(errors, { in: part }));
    }
  }
}
