/**
 * The one request per variant and case made before anything is timed: it must have the right status and the
 * right format (and, for ours, the right language, the catalog's words and no leaked secret).
 */
import { request } from 'node:http';
import { builtInValidationMessages, describe } from '../../packages/core/dist/index.js';
import { SECRET } from './cases.mjs';

const CONTENT_TYPES = {
  json: /^application\/(problem\+)?json; charset=utf-8$/,
  html: /^text\/html; charset=utf-8$/,
  text: /^text\/plain; charset=utf-8$/,
};

/** GET `path` with `headers`; resolves to { status, headers, body }. */
export function get(port, path, headers) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.setTimeout(5000, () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

// The five fields of the validation case, as ours names them in JSON (pointers) and on the page.
const FIELDS = ['email', 'name', 'age', 'password', 'country'];

/** What is wrong with our answer beyond status and format. */
function oursProblems(c, res) {
  const problems = [];
  const title = c.validation
    ? builtInValidationMessages[c.locale].title
    : describe(c.status, { locale: c.locale }).title;
  if (res.headers['content-language'] !== c.locale)
    problems.push(`Content-Language ${res.headers['content-language']}`);
  if (!res.body.includes(c.format === 'html' ? title : JSON.stringify(title))) {
    problems.push(`no ${c.locale} title "${title}"`);
  }
  // The secret is the 500's message, and the submitted password of the validation case.
  if (res.body.includes(SECRET)) problems.push('the hidden message or a submitted value leaked');
  if (c.path === '/422' && !res.body.includes('must contain @')) problems.push('no field errors');
  if (c.validation) {
    const named = FIELDS.filter((field) =>
      res.body.includes(c.format === 'html' ? `<code>${field}</code>` : `"#/${field}"`),
    );
    if (named.length !== FIELDS.length) problems.push(`field errors for ${named.join(', ') || 'no field'}`);
  }
  if (Number(res.headers['content-length']) !== Buffer.byteLength(res.body)) problems.push('wrong Content-Length');
  return problems;
}

/** Checks one variant on one case; resolves to a list of problems (empty when the answer is right). */
export async function checkCase(port, variant, c) {
  const res = await get(port, c.path, c.headers);
  const problems = [];
  if (res.status !== c.status) problems.push(`status ${res.status}, expected ${c.status}`);
  const format = variant.format(c);
  if (!CONTENT_TYPES[format].test(res.headers['content-type'] ?? '')) {
    problems.push(`Content-Type ${res.headers['content-type']}, expected ${format}`);
  }
  if (variant.ours) problems.push(...oursProblems(c, res));
  // A hand-written mapping must do the work it is timed for: one field error per field.
  if (c.validation && !variant.ours && !variant.handler.startsWith('fixed')) {
    let errors;
    try {
      errors = JSON.parse(res.body).errors;
    } catch {}
    const count = Array.isArray(errors) ? errors.filter((error) => typeof error?.pointer === 'string').length : 0;
    if (count !== 5) problems.push(`${count} field errors, expected 5`);
  }
  return problems;
}
