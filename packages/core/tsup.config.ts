import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// One entry per subpath the package exports (`@status-i18n/core/locales/ja` → src/locales/ja/index.ts,
// `@status-i18n/core/node` → src/node/index.ts): package.json's `exports` is the one list of them.
const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const subpaths = Object.keys(manifest.exports)
  .filter((subpath) => subpath !== '.' && subpath !== './package.json')
  .map((subpath) => subpath.slice(2));

export default defineConfig({
  ...packageBuild,
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(subpaths.map((subpath) => [subpath, `src/${subpath}/index.ts`])),
  },
});
