import { createHash } from 'node:crypto';
import { CASES } from './cases';
import { LANGUAGES } from './catalog';

const STYLE = `
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem; font: 16px/1.55 system-ui, "PingFang SC",
  "Hiragino Sans", sans-serif; color: #1d2433; background: #f6f7fb; }
li { margin: 0 0 1rem; } code, pre { font: .875rem/1.5 ui-monospace, Menlo, Consolas, monospace; }
pre { background: #eef1f7; padding: .5rem .75rem; overflow-x: auto; } .langs a { margin-right: .6rem; }
`;

/** The page's Content-Security-Policy: nothing but its own inline style, allowed by hash. */
export const LANDING_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The landing page: every case as a link, in each language, with a curl command to try it. */
export function renderLanding(baseUrl: string): string {
  const items = CASES.map((c) => {
    const separator = c.path.includes('?') ? '&' : '?';
    const langs = LANGUAGES.map(
      ({ tag, name }) => `<a href="${escapeHtml(`${c.path}${separator}lang=${tag}`)}">${name}</a>`,
    );
    return `<li><a href="${escapeHtml(c.path)}"><code>${escapeHtml(c.path)}</code></a> ${c.status} ${escapeHtml(c.name)}
<p>${escapeHtml(c.shows)}</p><p class="langs">${langs.join('')}</p>
<pre>curl -i -H 'Accept-Language: zh-CN' ${escapeHtml(`${baseUrl}${c.path}`)}</pre></li>`;
  });
  const signUp = `curl -i -H 'Content-Type: application/json' -H 'Accept-Language: ja' -d '{"email":"ada","age":17}' ${baseUrl}/sign-up`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>status-i18n Fastify demo</title><style>${STYLE}</style></head>
<body><h1>status-i18n with Fastify</h1>
<p>Each link fails on purpose. A browser gets the HTML page; curl gets problem+json.</p>
<ul>${items.join('\n')}</ul>
<p>A body that fails its schema (field errors with JSON Pointers, in Japanese):</p><pre>${escapeHtml(signUp)}</pre>
</body></html>`;
}
