import { createHash } from 'node:crypto';
import { CASES, type DemoCase } from './cases';
import { LANGUAGES } from './catalog';

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2433; --muted: #5b6475; --bg: #f6f7fb; --card: #fff; --line: #dde1ea;
  --accent: #2952cc; --code: #eef1f7; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9f0; --muted: #9aa3b5; --bg: #12151c; --card: #1a1f29;
  --line: #2b3240; --accent: #8ab0ff; --code: #222835; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans", sans-serif;
  color: var(--fg); background: var(--bg); }
main { max-width: 60rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 2.25rem 0 .75rem; }
p { margin: .5rem 0; }
.lead { color: var(--muted); margin-bottom: 1.5rem; }
a { color: var(--accent); }
code, pre { font: .875rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--code); border-radius: .5rem; padding: .75rem 1rem; overflow-x: auto; margin: .5rem 0 0; }
ul.cases { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.case { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1rem 1.25rem; }
.case h3 { margin: 0; font-size: 1.05rem; display: flex; gap: .6rem; align-items: baseline; flex-wrap: wrap; }
.status { font: 600 .8rem/1 ui-monospace, monospace; padding: .3rem .45rem; border-radius: .35rem; color: #fff;
  background: #b4541a; }
.status.s5 { background: #b3261e; }
.case p { color: var(--muted); }
.langs { font-size: .9rem; }
.langs a { margin-right: .6rem; }
`;

/** The landing page's Content-Security-Policy: nothing but its own inline style, allowed by hash. */
export const LANDING_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A curl command; with `body`, a POST of that JSON (quoted for a POSIX shell). */
function curl(baseUrl: string, path: string, header?: string, body?: DemoCase['body']): string {
  const parts = ['curl -i'];
  if (header !== undefined) parts.push(`-H '${header}'`);
  if (body !== undefined) {
    parts.push("-H 'Content-Type: application/json'", `-d '${JSON.stringify(body).replaceAll("'", "'\\''")}'`);
  }
  parts.push(`${baseUrl}${path}`);
  return parts.join(' ');
}

function renderCase(baseUrl: string, { path, status, name, shows, body }: DemoCase): string {
  const badge = `<span class="status${status >= 500 ? ' s5' : ''}">${status}</span>`;
  const command = `<pre><code>${escapeHtml(curl(baseUrl, path, 'Accept-Language: zh-CN', body))}</code></pre>`;
  if (body !== undefined) {
    // A POST: a link cannot send it, the curl command can.
    return `<li class="case">
<h3>${badge}<code>POST ${escapeHtml(path)}</code> ${escapeHtml(name)}</h3>
<p>${escapeHtml(shows)}</p>
${command}
</li>`;
  }
  const languages = LANGUAGES.map(
    ({ tag, name: language }) => `<a href="${path}?lang=${tag}" hreflang="${tag}" lang="${tag}">${language}</a>`,
  ).join('');
  return `<li class="case">
<h3>${badge}<a href="${path}">${escapeHtml(path)}</a> ${escapeHtml(name)}</h3>
<p>${escapeHtml(shows)}</p>
<p class="langs">View in: ${languages}</p>
${command}
</li>`;
}

/**
 * The demo's landing page: every case as a link, in each language, and the curl commands to try. It is
 * self-contained (no fonts, scripts or images from elsewhere), so it works offline and under a strict CSP.
 *
 * @param baseUrl `http://host:port` as the browser reached the server, used in the curl commands
 */
export function renderLanding(baseUrl: string): string {
  const cases = CASES.map((c) => renderCase(baseUrl, c)).join('\n');
  const tries: ReadonlyArray<readonly [label: string, command: string]> = [
    ['problem+json, the default', curl(baseUrl, '/validation')],
    ['Chinese (Simplified), from the header', curl(baseUrl, '/validation', 'Accept-Language: zh-CN')],
    [
      'a validation problem in Traditional Chinese, as plain text',
      `curl -i -H 'Accept: text/plain' -H 'Accept-Language: zh-TW' -H 'Content-Type: application/json' -d '{"email":"ada","name":"A","age":17}' ${baseUrl}/sign-up`,
    ],
    ['Traditional Chinese: zh-HK falls back to zh-TW', curl(baseUrl, '/missing', 'Accept-Language: zh-HK')],
    ['?lang= wins over the header', `curl -i -H 'Accept-Language: zh-CN' '${baseUrl}/missing?lang=ja'`],
    ['an HTML page', curl(baseUrl, '/crash', 'Accept: text/html')],
    ['plain text', curl(baseUrl, '/boom', 'Accept: text/plain')],
    ['your own request id', curl(baseUrl, '/http-errors', 'X-Request-Id: demo-42')],
  ];
  const tryList = tries
    .map(([label, command]) => `<p>${escapeHtml(label)}</p><pre><code>${escapeHtml(command)}</code></pre>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>status-i18n demo (Express)</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>status-i18n demo</h1>
<p class="lead">An Express 5 app whose errors become localized, safe responses: RFC 9457 problem+json, JSON, HTML
or text, in the language the client asks for. Each case below fails on purpose: follow its links, or run its curl
command.</p>
<h2>Cases</h2>
<ul class="cases">
${cases}
</ul>
<h2>Try it with curl</h2>
${tryList}
</main>
</body>
</html>
`;
}
