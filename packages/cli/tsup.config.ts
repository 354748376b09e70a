import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Only the library is built. bin/status-i18n.js is a hand-written ESM file that imports it, so the command
// has no second bundle and no stray CommonJS copy of itself; the library stays dual ESM/CJS for require()
// users and for `attw --profile node16`.
export default defineConfig({
  ...packageBuild,
  target: 'node20',
  define: { __STATUS_I18N_CLI_VERSION__: JSON.stringify(version) },
});
