import { isTimeZone } from '../internal/time-zone';
import type { ProblemResolveContext } from '../problems/member';
import { RequestResolveContext } from '../problems/resolve';
import { callHook, HookError } from './hooks';

/**
 * A request's context for an application problem when the `timeZone` option is a function: the layer's context,
 * with the hook asked for the request's zone only when a problem's message shows a date (the problem reads
 * `timeZone` then), so a hook that fails for a request without a user (`(req) => req.user.timeZone`) costs
 * nothing to the answers that show none. What it gives that is not a zone `Intl` knows (`undefined`, `null`, a
 * number, an unknown name) leaves the server's. A hook that throws is kept as {@link failure}, for the layer to
 * answer as any hook's failure once the problem is resolved: the resolver, which may be another copy's, does not
 * see it.
 */
export class HookTimeZoneContext<Context> extends RequestResolveContext {
  /** The hook's failure, if asking it failed. */
  failure: HookError | undefined;
  readonly #hook: (context: Context) => unknown;
  readonly #context: Context;
  #asked = false;
  #zone: string | undefined;

  constructor(base: ProblemResolveContext, hook: (context: Context) => unknown, context: Context) {
    super(base);
    this.#hook = hook;
    this.#context = context;
  }

  override get timeZone(): string | undefined {
    if (!this.#asked) {
      this.#asked = true;
      try {
        const zone = callHook('timeZone', () => this.#hook(this.#context));
        this.#zone = isTimeZone(zone) ? zone : undefined;
      } catch (error) {
        this.failure = error instanceof HookError ? error : new HookError('timeZone', 'threw', error);
      }
    }
    return this.#zone;
  }
}
