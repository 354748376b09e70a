import type { Options } from 'tsup';

/** How every publishable package is built: ESM and CJS with declarations for both, for Node 18 and later. */
export const packageBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node18',
  tsconfig: '../../tsconfig.base.json',
};
