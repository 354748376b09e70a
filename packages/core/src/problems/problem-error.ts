import { attachResolver, type ProblemResolver } from './member';

/**
 * The error `problems.create()` returns: an `Error` with a stack, the problem's status, `expose: true` (its
 * words are written for the client), its name and params. The error handler renders it per request through the
 * resolver it carries (see `resolveProblem`).
 */
export class ProblemError<Name extends string = string> extends Error {
  override readonly name = 'ProblemError';
  readonly status: number;
  /** The same as `status`, for code that reads `statusCode` (http-errors' convention). */
  readonly statusCode: number;
  readonly expose = true;
  /** The problem's name, as defined (`'out-of-credit'`). */
  readonly problem: Name;
  /** The params given to `create()`, a frozen copy. */
  readonly params: Readonly<Record<string, unknown>>;

  /** @internal made by `problems.create()` */
  constructor(
    problem: Name,
    status: number,
    params: Readonly<Record<string, unknown>>,
    message: string,
    resolver: ProblemResolver,
  ) {
    super(message);
    this.status = status;
    this.statusCode = status;
    this.problem = problem;
    this.params = params;
    attachResolver(this, resolver);
  }
}
