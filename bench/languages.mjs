/**
 * `node bench/languages.mjs` (after `pnpm run build`): what each language pack costs an application that loads it —
 * the size of its module (as published, and gzipped) and the time to load it in a fresh Node.js process (median
 * of 7, the core already loaded). The README's table of languages comes from this.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const core = JSON.parse(readFileSync(new URL('packages/core/package.json', root), 'utf8'));
const packs = Object.keys(core.exports)
  .filter((subpath) => subpath.startsWith('./locales/'))
  .map((subpath) => subpath.slice('./locales/'.length));
const dist = (file) => new URL(`packages/core/dist/${file}`, root);

/** Milliseconds to import `file` in a new process that has already imported the core. */
function loadTime(file) {
  const script = `
    await import(${JSON.stringify(dist('index.js').href)});
    const start = performance.now();
    await import(${JSON.stringify(file.href)});
    console.log(performance.now() - start);`;
  const runs = Array.from({ length: 7 }, () =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })),
  );
  return runs.sort((a, b) => a - b)[3];
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [['module', 'size', 'gzipped', 'load time']];
const coreBytes = readFileSync(dist('index.js'));
rows.push(['`@status-i18n/core` (en, zh-CN, zh-TW)', kib(coreBytes.length), kib(gzipSync(coreBytes).length), '']);
for (const pack of packs) {
  const file = dist(`locales/${pack}.js`);
  const bytes = readFileSync(file);
  rows.push([
    `\`@status-i18n/core/locales/${pack}\``,
    kib(bytes.length),
    kib(gzipSync(bytes).length),
    `${loadTime(file).toFixed(1)} ms`,
  ]);
}
console.log(
  rows
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n')
    .replace(/\n/, '\n|---|---:|---:|---:|\n'),
);
