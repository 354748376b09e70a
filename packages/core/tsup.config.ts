import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// One entry per language pack the package exports (`@status-i18n/core/locales/ja` → src/locales/ja/index.ts):
// package.json's `exports` is the one list of them.
const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const packs = Object.keys(manifest.exports)
  .filter((subpath) => subpath.startsWith('./locales/'))
  .map((subpath) => subpath.slice(2));

export default defineConfig({
  ...packageBuild,
  entry: { index: 'src/index.ts', ...Object.fromEntries(packs.map((pack) => [pack, `src/${pack}/index.ts`])) },
});
