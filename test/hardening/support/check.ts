import { FORMATS, type Format, MEDIA_TYPES } from '@status-i18n/core';

/** One response as a client saw it (or as the core planned it): header names lower-case. */
export interface Observed {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The raw bytes: a Buffer off the wire, or the core's plain `Uint8Array` (`ResponsePlan.body`). */
  readonly body: Uint8Array;
  /** A HEAD request: headers only. */
  readonly head: boolean;
}

/** The body as text; bytes that are not UTF-8 throw (a `TypeError`), where `Buffer#toString` would hide them. */
export function bodyText(body: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
}

export interface Expectations {
  /** Formats the layer may answer with (the `formats` option). */
  readonly formats?: readonly Format[];
  /** With `debug`, stacks and hidden messages may be shown. */
  readonly debug?: boolean;
  /** Strings that must not appear anywhere in the body. */
  readonly secrets?: readonly string[];
}

const FORMAT_BY_TYPE = new Map(FORMATS.map((format) => [`${MEDIA_TYPES[format]}; charset=utf-8`, format]));

// The page the HTML renderer writes uses these elements and attributes, and no others.
const HTML_ELEMENTS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'p',
  'h1',
  'h2',
  'section',
  'dl',
  'dt',
  'dd',
  'pre',
  'code',
  'details',
  'summary',
  'ul',
  'li',
  'span',
]);
const VOID_ELEMENTS = new Set(['meta']);
const HTML_ATTRIBUTES = new Set(['lang', 'dir', 'charset', 'name', 'content', 'class', 'aria-label']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/y;
const ATTRIBUTE = /\s+([a-z-]+)="[^"<>]*"/g;
// A bare `&` (not one escape-html writes) would mean some text reached the page unescaped.
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|#39);)/;
// A stack frame: `at fn (file:1:2)` or `at file:1:2`, in raw text or inside a JSON string (`\n`).
const STACK_FRAME = /(?:\n|\\n)\s*at [^\n]*?:\d+:\d+\)?/;
// Internals never shown as members of a problem body.
const INTERNAL_MEMBERS = [
  'stack',
  'cause',
  'headers',
  'expose',
  'statusCode',
  'isBoom',
  'output',
  'response',
  'config',
];

/**
 * Checks that an HTML body is one well-formed page of the renderer's own elements: starts with the doctype,
 * ends with `</html>`, every `<` opens an allowed, balanced element with allowed attributes (so no script,
 * no event handler, no injected element), and every `&` is an escape.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!DOCTYPE html>\n')) problems.push('HTML does not start with <!DOCTYPE html>');
  if (!html.trimEnd().endsWith('</html>')) problems.push('HTML does not end with </html>');
  if (/<script/i.test(html)) problems.push('HTML contains <script');
  if (BARE_AMPERSAND.test(html)) problems.push('HTML contains an unescaped &');
  const open: string[] = [];
  let index = html.indexOf('<', '<!DOCTYPE html>'.length);
  while (index !== -1) {
    TAG.lastIndex = index;
    const match = TAG.exec(html);
    if (match === null) {
      problems.push(`stray '<' at ${index}: ${JSON.stringify(html.slice(index, index + 40))}`);
      break;
    }
    const [, closing, name = '', attributes = ''] = match;
    if (!HTML_ELEMENTS.has(name)) problems.push(`unexpected element <${name}>`);
    for (const [, attribute] of attributes.matchAll(ATTRIBUTE)) {
      if (!HTML_ATTRIBUTES.has(attribute ?? '')) problems.push(`unexpected attribute ${attribute} on <${name}>`);
    }
    if (closing) {
      if (open.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!VOID_ELEMENTS.has(name)) {
      open.push(name);
    }
    index = html.indexOf('<', index + match[0].length);
  }
  if (open.length > 0) problems.push(`unclosed elements: ${open.join(', ')}`);
  return problems;
}

function single(headers: Observed['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? undefined : value;
}

/** Everything a client must be able to rely on in any error response; an empty list when all holds. */
export function responseProblems(response: Observed, expect: Expectations = {}): string[] {
  const problems: string[] = [];
  const { status, headers, body } = response;
  if (!Number.isInteger(status) || status < 400 || status > 599) problems.push(`status ${status} is not 4xx/5xx`);

  const contentType = single(headers, 'content-type') ?? '';
  const format = FORMAT_BY_TYPE.get(contentType);
  if (format === undefined) problems.push(`unexpected Content-Type ${JSON.stringify(headers['content-type'])}`);
  else if (expect.formats !== undefined && !expect.formats.includes(format)) {
    problems.push(`format ${format} is not one of ${expect.formats.join(', ')}`);
  }
  const length = single(headers, 'content-length');
  if (length === undefined || !/^\d+$/.test(length)) problems.push(`bad Content-Length ${JSON.stringify(length)}`);
  if (!response.head && Number(length) !== body.length) {
    problems.push(`Content-Length ${length} but the body has ${body.length} bytes`);
  }
  if (response.head && body.length !== 0) problems.push('HEAD response has a body');
  if (!/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(single(headers, 'content-language') ?? '')) {
    problems.push(`bad Content-Language ${JSON.stringify(headers['content-language'])}`);
  }
  if (single(headers, 'x-content-type-options') !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
  const csp = single(headers, 'content-security-policy');
  if (format === 'html' && !csp?.startsWith("default-src 'none'")) problems.push('HTML without its CSP');
  const varyHeader = String(headers.vary ?? '').toLowerCase();
  // `*` (an error's own `Vary: *`, kept by the merge) says the answer varies on everything: Accept included.
  const variesOnAll = varyHeader.split(',').some((field) => field.trim() === '*');
  if (!variesOnAll && (!varyHeader.includes('accept') || !varyHeader.includes('accept-language'))) {
    problems.push('Vary is incomplete');
  }

  if (response.head || format === undefined) return problems;
  let text: string;
  try {
    text = bodyText(body);
  } catch {
    problems.push('the body is not valid UTF-8');
    return problems;
  }
  for (const secret of expect.secrets ?? []) {
    if (text.includes(secret)) problems.push(`the body contains ${secret}`);
  }
  if (!expect.debug && STACK_FRAME.test(text)) problems.push('the body contains a stack frame');
  if (format === 'html') problems.push(...htmlProblems(text));
  else if (format === 'text') {
    if (!text.startsWith(`${status} `) || !text.includes('\n\n'))
      problems.push('text body is not "status title\\n\\n…"');
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      problems.push(`JSON body does not parse: ${(error as Error).message}`);
      return problems;
    }
    const problem = parsed as Record<string, unknown>;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      problems.push('JSON body is not an object');
    else {
      if (problem.status !== status) problems.push(`body status ${String(problem.status)} is not ${status}`);
      for (const member of ['type', 'title', 'detail']) {
        if (typeof problem[member] !== 'string') problems.push(`body ${member} is not a string`);
      }
      for (const member of INTERNAL_MEMBERS) {
        if (member in problem && !(expect.debug && member === 'stack')) problems.push(`body has internal ${member}`);
      }
    }
  }
  return problems;
}

/** Throws with the response in the message when it breaks any rule of {@link responseProblems}. */
export function assertResponse(response: Observed, expect: Expectations = {}): void {
  const problems = responseProblems(response, expect);
  if (problems.length === 0) return;
  const shown = new TextDecoder().decode(response.body);
  throw new Error(
    `${problems.join('; ')}\nstatus ${response.status}, headers ${JSON.stringify(response.headers)}\nbody (${
      response.body.length
    } bytes): ${shown.length > 600 ? `${shown.slice(0, 600)}…` : shown}`,
  );
}
