import escapeHtml from 'escape-html';
import { oneLine, printable } from '../internal/text';
import { directionOf } from './direction';
import { HTML_STYLE } from './html-style';
import {
  extensionMembers,
  type FieldError,
  fieldOf,
  isFieldErrorList,
  isFieldErrorsMember,
  otherMembersOf,
  textOf,
} from './members';
import type { RenderInput } from './problem';

/**
 * Text for the page: escaped, and its C0 and C1 control characters (tab and line breaks aside) and bidirectional
 * embeddings, overrides and isolates replaced by U+FFFD, as in the text format: an exposed message or a member can
 * quote the client, and such a character would reorder what the reader sees (`invoice\u202Egpj.exe`) or is not
 * text at all. The page's direction comes from its language (`dir`), not from them.
 */
function escapeText(text: string): string {
  return printable(escapeHtml(text));
}

/**
 * A field error's other members (`code`, …) after its words, small: `code：<code>format</code>`, the colon the
 * labels' (see `renderAbout`). Each value in a `<code>` of its own, so that one holding `; hint: …` cannot pass
 * for two members.
 */
function renderOtherMembers(error: FieldError, colon: string): string {
  const members = otherMembersOf(error);
  if (members.length === 0) return '';
  const pairs = members.map(([name, value]) => {
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    return `${escapeText(oneLine(name))}${colon}<code>${escapeText(text)}</code>`;
  });
  return ` <small>${pairs.join(' ')}</small>`;
}

function renderFieldErrors(errors: readonly FieldError[], colon: string): string {
  const items = errors.map((error) => {
    const where = fieldOf(error);
    const label = where === undefined ? '' : `<code>${escapeText(where)}</code> `;
    return `<li>${label}${escapeText(textOf(error))}${renderOtherMembers(error, colon)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function renderValue(value: unknown, colon: string): string {
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A person reads a list of what to fix more easily than the JSON it came from.
  if (isFieldErrorList(value)) return renderFieldErrors(value, colon);
  return `<pre><code>${escapeText(JSON.stringify(value, null, 2) ?? '')}</code></pre>`;
}

/** ` lang="…" dir="…"` for text in `locale` on the page, or nothing when `locale` is undefined (the page's own). */
function langOf(locale: string | undefined): string {
  return locale === undefined ? '' : ` lang="${escapeText(locale)}" dir="${directionOf(locale)}"`;
}

/**
 * The problem's extension members: its field errors under a heading of their own (what the reader came to fix,
 * which a screen reader's heading navigation finds), then the others as a list of name and value.
 */
function renderMembers(input: RenderInput): string {
  const { labels, labelsLocale, locale } = input;
  const colon = escapeText(labels.colon);
  let fieldErrors = '';
  const items: string[] = [];
  for (const [name, value] of extensionMembers(input.problem)) {
    if (isFieldErrorsMember(name, value)) {
      fieldErrors = `<section><h2${langOf(labelsLocale)}>${escapeText(labels.fieldErrors)}</h2>${renderFieldErrors(value, colon)}</section>`;
    } else {
      items.push(`<dt>${escapeText(oneLine(name))}</dt><dd>${renderValue(value, colon)}</dd>`);
    }
  }
  if (items.length === 0) return fieldErrors;
  // The section's label is an attribute, in the language of its element: a label in another language marks the
  // section, and the list inside goes back to the page's.
  const list = labelsLocale === undefined ? '<dl>' : `<dl${langOf(locale)}>`;
  return `${fieldErrors}<section${langOf(labelsLocale)} aria-label="${escapeText(labels.details)}">${list}${items.join('')}</dl></section>`;
}

const isEnglish = (tag: string | undefined) => tag !== undefined && /^en(?:-|$)/i.test(tag);

/**
 * What the JSON body carries besides, as the text format lists it: a `type` of the app's, `instance`, the request
 * id, each after its label. A label and its colon (`：` in Chinese) are the labels' language; `type` and `instance`
 * are the members' own names, English words on a page of any language.
 */
function renderAbout(input: RenderInput): string {
  const { problem, labels, locale, labelsLocale } = input;
  const colon = escapeText(labels.colon);
  const labelsLang = langOf(labelsLocale);
  const labelColon = labelsLang === '' ? colon : `<span${labelsLang}>${colon}</span>`;
  const label = (text: string) =>
    labelsLang === '' ? `${escapeText(text)}${colon}` : `<span${labelsLang}>${escapeText(text)}${colon}</span>`;
  const memberName = (name: string) => {
    if (isEnglish(locale)) return `${name}${labelColon}`;
    // With the labels in English too, one span holds both.
    if (isEnglish(labelsLocale)) return `<span${labelsLang}>${name}${colon}</span>`;
    return `<span${langOf('en')}>${name}</span>${labelColon}`;
  };
  const meta = (labelled: string, value: string) => `<p class="meta">${labelled}<code>${escapeText(value)}</code></p>`;
  return (
    (problem.type !== 'about:blank' ? meta(memberName('type'), problem.type) : '') +
    (typeof problem.instance === 'string' ? meta(memberName('instance'), problem.instance) : '') +
    (typeof problem.requestId === 'string' ? meta(label(labels.requestId), problem.requestId) : '')
  );
}

/**
 * A complete, self-contained HTML page in the response's language: the status, its localized title, the
 * catalog's description, the error's public detail when it says more, any extension members, the class
 * description, then a `type` other than `about:blank`, `instance` and the request id. Every piece of text is escaped; the only style is the hashed inline one.
 */
export function renderHtml(input: RenderInput): string {
  const { problem, locale, description } = input;
  const labels = input.labels;
  // An added locale's labels are the application's text like any other: escaped too.
  const colon = escapeText(labels.colon);
  const title = escapeText(problem.title);
  const status = String(problem.status);
  const detail =
    problem.detail !== '' && problem.detail !== description
      ? `<p class="detail">${escapeText(problem.detail)}</p>`
      : '';
  // The catalog's words and the page's labels in another language than the page's: said, for screen readers and
  // translation tools.
  const catalogLang = langOf(input.catalogLocale);
  const labelsLang = langOf(input.labelsLocale);
  const stack = Array.isArray(problem.stack)
    ? `<details><summary${labelsLang}>${escapeText(labels.stack)}</summary><pre><code>${escapeText(problem.stack.join('\n'))}</code></pre></details>`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeText(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${status} ${title}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<main>
<p class="status">${status}</p>
<h1>${title}</h1>
<p${catalogLang}>${escapeText(description)}</p>
${detail}${renderMembers(input)}<p class="class"${catalogLang}>${escapeText(input.classTitle)}${colon}${escapeText(input.classDescription)}</p>
${renderAbout(input)}${stack}</main>
</body>
</html>
`;
}
