import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

// One entry per subpath: `@status-i18n/fetch`, `@status-i18n/fetch/hono`, `@status-i18n/fetch/next`.
export default defineConfig({
  ...packageBuild,
  entry: { index: 'src/index.ts', hono: 'src/hono.ts', next: 'src/next.ts' },
});
