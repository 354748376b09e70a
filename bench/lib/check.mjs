/**
 * The one request per variant and case made before anything is timed: it must have the right status and the
 * right format (and, for ours, the right language, the catalog's words and no leaked secret).
 */
import { request } from 'node:http';
import { describe } from '../../packages/core/dist/index.js';
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

/** What is wrong with our answer beyond status and format. */
function oursProblems(c, res) {
  const problems = [];
  const entry = describe(c.status, { locale: c.locale });
  if (res.headers['content-language'] !== c.locale)
    problems.push(`Content-Language ${res.headers['content-language']}`);
  if (!res.body.includes(c.format === 'html' ? entry.title : JSON.stringify(entry.title))) {
    problems.push(`no ${c.locale} title "${entry.title}"`);
  }
  if (res.body.includes(SECRET)) problems.push('the hidden message leaked');
  if (c.status === 422 && !res.body.includes('must contain @')) problems.push('no field errors');
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
  return problems;
}
