import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base';

export default defineConfig({
  ...packageBuild,
  // Nest names a module in its log and errors by its class's `name`; esbuild renames a class that refers to
  // itself (`_StatusI18nModule`) unless told to keep names.
  keepNames: true,
});
