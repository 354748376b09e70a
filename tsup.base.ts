import type { Options } from 'tsup';

/**
 * How every publishable package is built: ESM and CJS with declarations for both, for Node.js 20 and later (the
 * main entry of the core also for any runtime with web globals: TextEncoder, Web Crypto, Intl).
 * The declarations compile only the package's own `src` (its tsconfig.build.json): a config without
 * `include` would take in every file of the repository, among them the other packages' `dist`, which their
 * own builds delete and rewrite at the same time.
 */
export const packageBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // The catalogs are text in many scripts: as UTF-8 it is about half the size of \u escapes (Cyrillic, CJK).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};
