import escapeHtml from 'escape-html';
import { directionOf } from './direction';
import { HTML_STYLE } from './html-style';
import { extensionMembers, type FieldError, fieldOf, headingOf, isFieldErrorList, textOf } from './members';
import type { RenderInput } from './problem';

function renderFieldErrors(errors: readonly FieldError[]): string {
  const items = errors.map((error) => {
    const where = fieldOf(error);
    const label = where === undefined ? '' : `<code>${escapeHtml(where)}</code> `;
    return `<li>${label}${escapeHtml(textOf(error))}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function renderValue(value: unknown): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A person reads a list of what to fix more easily than the JSON it came from.
  if (isFieldErrorList(value)) return renderFieldErrors(value);
  return `<pre><code>${escapeHtml(JSON.stringify(value, null, 2) ?? '')}</code></pre>`;
}

function renderDetails(input: RenderInput, heading: string): string {
  const members = extensionMembers(input.problem);
  if (members.length === 0) return '';
  const items = members.map(
    ([name, value]) =>
      `<dt>${escapeHtml(headingOf(name, value, input.labels.fieldErrors))}</dt><dd>${renderValue(value)}</dd>`,
  );
  return `<section aria-label="${escapeHtml(heading)}"><dl>${items.join('')}</dl></section>`;
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
  const colon = escapeHtml(labels.colon);
  const title = escapeHtml(problem.title);
  const status = String(problem.status);
  const detail =
    problem.detail !== '' && problem.detail !== description
      ? `<p class="detail">${escapeHtml(problem.detail)}</p>`
      : '';
  // What the JSON body carries besides, as the text format lists it: a `type` of the app's, `instance`, the id.
  const meta = (label: string, value: string) =>
    `<p class="meta">${escapeHtml(label)}${colon}<code>${escapeHtml(value)}</code></p>`;
  const about =
    (problem.type !== 'about:blank' ? meta('type', problem.type) : '') +
    (typeof problem.instance === 'string' ? meta('instance', problem.instance) : '') +
    (typeof problem.requestId === 'string' ? meta(labels.requestId, problem.requestId) : '');
  const stack = Array.isArray(problem.stack)
    ? `<details><summary>${escapeHtml(labels.stack)}</summary><pre><code>${escapeHtml(problem.stack.join('\n'))}</code></pre></details>`
    : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
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
<p>${escapeHtml(description)}</p>
${detail}${renderDetails(input, labels.details)}<p class="class">${escapeHtml(input.classTitle)}${colon}${escapeHtml(input.classDescription)}</p>
${about}${stack}</main>
</body>
</html>
`;
}
