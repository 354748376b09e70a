import type { CodeDescription } from '../catalog';
import { type Format, FormatNegotiator, MEDIA_TYPES } from '../format/negotiate';
import { BoundedCache } from '../internal/lru';
import { renderers } from '../render';
import { HTML_CONTENT_SECURITY_POLICY } from '../render/html-style';
import { ContentPlans, type PlanSet } from './content-plans';
import type { CatalogEntries } from './entries';
import type { ResolvedOptions } from './options';
import { type ErrorRequest, REMOVED_HEADERS, type ResponsePlan } from './plan';
import type { Problem } from './problem';

const VARY = ['Accept', 'Accept-Language'] as const;

/** The plans of one catalog entry's generic problem, for one `type`. */
interface PlanSlot extends PlanSet {
  readonly type: string;
}

/** Turns problems into response plans: negotiates the format, renders the body, and reuses what repeats. */
export class Planner<Context> {
  readonly #formats: FormatNegotiator;
  readonly #entries: CatalogEntries;
  readonly #requestIdHeader: string | undefined;
  // Generic bodies by status, locale, format and type: a handful per status.
  readonly #bodies = new BoundedCache<Buffer>(1024);
  // Most error responses carry nothing of the request or the error: planned once per catalog entry, problem
  // `type`, format and method, they cost a lookup after. Bounded by the entries, one `type` each.
  readonly #slots = new WeakMap<CodeDescription, PlanSlot>();
  readonly #contentPlans = new ContentPlans(128);

  constructor(options: ResolvedOptions<Context>, entries: CatalogEntries) {
    this.#formats = new FormatNegotiator(options.formats, options.defaultFormat);
    this.#entries = entries;
    this.#requestIdHeader = typeof options.requestId === 'object' ? options.requestId.header : undefined;
  }

  /** The response plan of a problem for a request (its `Accept` and method). */
  plan(built: Problem, request: ErrorRequest<Context>): ResponsePlan {
    const format = this.#formats.negotiate(request.header('accept'));
    const head = request.method === 'HEAD';
    // Headers of the error's own and request ids make a response of its own; so does a stack.
    if (built.headers.length > 0 || built.requestId !== undefined || built.problem.stack !== undefined) {
      return this.#planUncached(built, format, head);
    }
    if (built.generic) return this.#fromSet(this.#slotOf(built), built, format, head);
    const set = this.#contentPlans.setFor(built.problem, built.locale);
    return set === undefined ? this.#planUncached(built, format, head) : this.#fromSet(set, built, format, head);
  }

  /** A generic problem gets the same response every time: its slot is kept on the catalog entry. */
  #slotOf(built: Problem): PlanSlot {
    const { type } = built.problem;
    let slot = this.#slots.get(built.entry);
    if (slot === undefined || slot.type !== type) {
      slot = { type, get: {}, head: {} };
      this.#slots.set(built.entry, slot);
    }
    return slot;
  }

  #fromSet(set: PlanSet, built: Problem, format: Format, head: boolean): ResponsePlan {
    const plans = head ? set.head : set.get;
    let planned = plans[format];
    if (planned === undefined) {
      planned = this.#planUncached(built, format, head);
      plans[format] = planned;
    }
    return planned;
  }

  #planUncached(built: Problem, format: Format, head: boolean): ResponsePlan {
    const body = this.#render(built, format);
    const headers: Array<readonly [string, string | string[]]> = [...built.headers];
    headers.push(
      ['Content-Type', `${MEDIA_TYPES[format]}; charset=utf-8`],
      ['Content-Length', String(body.length)],
      ['Content-Language', built.locale],
      ['X-Content-Type-Options', 'nosniff'],
    );
    if (format === 'html') headers.push(['Content-Security-Policy', HTML_CONTENT_SECURITY_POLICY]);
    if (built.requestId !== undefined && this.#requestIdHeader !== undefined) {
      headers.push([this.#requestIdHeader, built.requestId]);
    }
    const { status } = built.problem;
    // Frozen: a cached plan is shared by every response it answers.
    return Object.freeze({
      status,
      reasonPhrase: this.#entries.reasonPhrase(status),
      headers: Object.freeze(headers),
      removeHeaders: REMOVED_HEADERS,
      vary: VARY,
      body,
      head,
    });
  }

  #render(built: Problem, format: Format): Buffer {
    const { entry, locale } = built;
    const key = built.generic ? `${entry.code}\u0000${locale}\u0000${format}\u0000${built.problem.type}` : undefined;
    const cached = key === undefined ? undefined : this.#bodies.get(key);
    if (cached !== undefined) return cached;
    const body = Buffer.from(
      renderers[format]({
        problem: built.problem,
        locale,
        description: entry.description,
        classTitle: entry.classTitle,
        classDescription: entry.classDescription,
        labels: this.#entries.labels(locale),
      }),
      'utf8',
    );
    if (key !== undefined) this.#bodies.set(key, body);
    return body;
  }
}
