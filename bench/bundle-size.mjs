/**
 * `pnpm bench:bundle` (builds @status-i18n/fetch and the core, then runs this): the size of what a Worker loads
 * to answer errors with @status-i18n/fetch. Each case is bundled by esbuild from the published `dist` files for a
 * runtime-neutral target (no Node.js built-ins provided, minified, ES modules), as Wrangler, Deno and Bun bundle
 * a Worker; the gzip size is what a Worker's upload limit counts. The README's table comes from this.
 */
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const fetchPackage = new URL('../packages/fetch/', import.meta.url).pathname;
const PACKS = ['ja', 'ko', 'fr', 'de', 'es', 'pt-BR', 'ru'];
// The packs' export names: `ja`, …, `ptBr`.
const ident = (tag) => tag.replace(/-(\w+)/, (_, region) => region[0] + region.slice(1).toLowerCase());

const cases = [
  {
    name: '`toResponse` with the default catalog (en, zh-CN, zh-TW)',
    source: `import { toResponse } from './dist/index.js';
      export default { fetch: (request) => toResponse(new Error('x'), request) };`,
  },
  {
    name: 'Hono `onError` and `notFound` (Hono itself not counted)',
    source: `import { onError, notFound } from './dist/hono.js';
      export const handlers = [onError(), notFound()];`,
  },
  {
    name: 'Next.js `withProblems`',
    source: `import { withProblems } from './dist/next.js';
      export const GET = withProblems(async () => new Response('ok'));`,
  },
  {
    name: '`toResponse` with all ten languages (`createCatalog({ locales })`)',
    source: `import { createCatalog } from '@status-i18n/core';
      ${PACKS.map((tag) => `import { ${ident(tag)} } from '@status-i18n/core/locales/${tag}';`).join('\n')}
      import { createResponder } from './dist/index.js';
      const catalog = createCatalog({ locales: [${PACKS.map(ident).join(', ')}] });
      const problems = createResponder({ catalog });
      export default { fetch: (request) => problems.toResponse(new Error('x'), request) };`,
  },
];

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const rows = [
  ['what the Worker imports', 'minified', 'gzipped', 'Node.js built-ins imported'],
  ['---', '---:', '---:', '---'],
];
for (const { name, source } of cases) {
  const result = await build({
    stdin: { contents: source, resolveDir: fetchPackage, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Left out rather than failing the build, and listed: a Worker without Node.js compatibility lacks them.
    external: ['node:*', ...builtinModules],
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'error',
    // The published files, not the sources the repository's tsconfig paths point at.
    tsconfigRaw: '{}',
  });
  const bytes = result.outputFiles[0].contents;
  const builtIns = new Set();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const { path } of output.imports) builtIns.add(path.replace(/^node:/, ''));
  }
  rows.push([name, kib(bytes.length), kib(gzipSync(bytes).length), [...builtIns].sort().join(', ') || 'none']);
}
console.log(rows.map((row) => `| ${row.join(' | ')} |`).join('\n'));
console.log(
  '\nAn English-only bundle is not possible: the main entry of @status-i18n/core carries its three built-in ' +
    'languages (en, zh-CN, zh-TW), and createCatalog() cannot drop them.',
);
