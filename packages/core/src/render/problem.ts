import type { HtmlLabels } from '../locales/html-labels';

/**
 * An RFC 9457 problem details object: the body of every error response, whatever its format.
 * Members beyond the five standard ones are extension members (validation `errors`, `requestId`, …).
 */
export interface ProblemDetails {
  /** A URI that identifies the problem type; `about:blank` when the status says it all. */
  type: string;
  /** The localized title of the status. */
  title: string;
  status: number;
  /** What went wrong for this request: the error's public message, or the catalog's localized description. */
  detail: string;
  /** The request path, when the `instance` option is on. */
  instance?: string;
  [extension: string]: unknown;
}

/**
 * The members RFC 9457 §3.1 defines, in its order. An extension member never takes one of these names: not from
 * an error's own members, not from `map`, not from a defined problem's parameters.
 */
export const STANDARD_MEMBERS: ReadonlySet<string> = new Set(['type', 'title', 'status', 'detail', 'instance']);

/** What a renderer gets: the problem, and the catalog's words for its status in the response's language. */
export interface RenderInput {
  readonly problem: ProblemDetails;
  readonly locale: string;
  /** The catalog's documented description of the status (may equal `problem.detail`). */
  readonly description: string;
  readonly classTitle: string;
  readonly classDescription: string;
  /**
   * The language of `description`, `classTitle` and `classDescription` when it is not `locale` (the problem's
   * own words are in a language the catalog has none of its words in): the page marks them with it.
   */
  readonly catalogLocale?: string;
  /** The HTML page's and the text body's own words in the response's language (see `labelsLocale`). */
  readonly labels: Readonly<HtmlLabels>;
  /**
   * The language of `labels` when it is not `locale` (a problem written in a language the catalog lacks: the
   * catalog's language's labels stand in): the page marks them with it.
   */
  readonly labelsLocale?: string;
}
