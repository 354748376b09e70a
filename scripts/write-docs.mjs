#!/usr/bin/env node
// `pnpm docs`: writes docs/codes.<locale>.md, the reference page of every code, for each language the library
// has (the three it loads by default, and each language pack @status-i18n/core exports). Run after a build: the
// pages come from the command line's own `docs` command. A test holds the committed pages equal to its output.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const core = JSON.parse(readFileSync(new URL('packages/core/package.json', root), 'utf8'));
const packs = Object.keys(core.exports)
  .filter((subpath) => subpath.startsWith('./locales/'))
  .map((subpath) => subpath.slice('./locales/'.length));
const cli = new URL('packages/cli/bin/status-i18n.js', root).pathname;
for (const locale of ['en', 'zh-CN', 'zh-TW', ...packs]) {
  const page = execFileSync(process.execPath, [cli, 'docs', '--lang', locale], { encoding: 'utf8' });
  writeFileSync(new URL(`docs/codes.${locale}.md`, root), page);
  console.log(`docs/codes.${locale}.md`);
}
