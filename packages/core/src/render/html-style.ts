/**
 * The page's only styling. It is inline so the page needs nothing else, and allowed by its hash, so the
 * Content-Security-Policy can stay `default-src 'none'`: no script and nothing external can run or load.
 */
export const HTML_STYLE = `
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--text:#1d2129;--muted:#5c6370;--line:#e3e6eb;--accent:#c0392b}
@media print{:root{color-scheme:light}}
@media screen and (prefers-color-scheme:dark){:root{--bg:#111418;--card:#1b1f24;--text:#e8eaed;--muted:#9aa1ab;--line:#2c323a;--accent:#ff7b6b}}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;padding:1.5rem;background:var(--bg);color:var(--text);
font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"PingFang SC","PingFang TC","Hiragino Sans GB","Microsoft YaHei","Microsoft JhengHei","Noto Sans CJK SC","Noto Sans CJK TC",sans-serif}
main{width:100%;max-width:40rem;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:2rem 2.25rem}
.status{margin:0;font-size:3.5rem;font-weight:700;line-height:1;letter-spacing:.02em;color:var(--accent)}
h1{margin:.5rem 0 1rem;font-size:1.5rem;line-height:1.3}
p{margin:0 0 1rem;overflow-wrap:anywhere}
.detail{padding:.75rem 1rem;border-left:4px solid var(--accent);background:var(--bg);border-radius:4px}
.class{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);padding-top:1rem}
h2{margin:0;font-size:.9rem;font-weight:600;line-height:1.6}
section>ul{margin-bottom:1rem}
dl{margin:0 0 1rem}
dt{font-weight:600;font-size:.9rem}
dd{margin:0 0 .75rem}
ul{margin:0;padding-left:1.25rem}
li{margin:.25rem 0;overflow-wrap:anywhere}
li code{font-size:.9em;padding:.05rem .3rem;border-radius:4px;background:var(--bg)}
pre{margin:0;padding:.75rem;background:var(--bg);border-radius:6px;overflow:auto;font-size:.8rem;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.meta{color:var(--muted);font-size:.8rem;margin:0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
`.trim();

/**
 * The base64 SHA-256 of `HTML_STYLE`, written out: the style never changes at run time, and hashing it here would
 * need `node:crypto` (Web Crypto's digest is asynchronous). A test recomputes it, so an edit of the style that
 * forgets this line fails there, not in a browser that refuses the style.
 */
const HTML_STYLE_SHA256 = 'Cfm0xbRrVbVONbye/eDG0ok3jDDQRV+4OM2sq+UYujc=';

/** The policy sent with every HTML error page: nothing but its own hashed style may apply. */
export const HTML_CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'sha256-${HTML_STYLE_SHA256}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
