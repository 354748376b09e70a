import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built package (`pnpm run build`, which `pnpm test` runs first), as users load it: Nest names a module in
 * its log (`[InstanceLoader] StatusI18nModule dependencies initialized`) and in its errors by the class's
 * `name`, which a bundler can rename (`_StatusI18nModule`).
 */

const packageDir = join(__dirname, '..', 'packages', 'nestjs');
const dist = join(packageDir, 'dist');

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(dir, file)).mtimeMs),
  );
}

/** The names of the package's classes, loaded by Node from the build as `require()` or `import` does. */
function classNames(kind: 'cjs' | 'esm'): string {
  const script =
    kind === 'cjs'
      ? "const m = require('./dist/index.cjs'); console.log(m.StatusI18nModule.name, m.StatusI18nFilter.name)"
      : "import('./dist/index.js').then((m) => console.log(m.StatusI18nModule.name, m.StatusI18nFilter.name))";
  const run = spawnSync(process.execPath, ['-e', script], { cwd: packageDir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

describe('@status-i18n/nestjs as built', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'index.cjs')) || !existsSync(join(dist, 'index.js'))) {
      throw new Error('packages/nestjs/dist is missing: run `pnpm run build` before this test (pnpm test does).');
    }
    if (newest(join(packageDir, 'src')) > statSync(join(dist, 'index.cjs')).mtimeMs) {
      throw new Error('packages/nestjs/dist is older than its src: run `pnpm run build` before this test.');
    }
  });

  it.each(['cjs', 'esm'] as const)('keeps the classes their own names (%s), as Nest logs them', (kind) => {
    expect(classNames(kind)).toBe('StatusI18nModule StatusI18nFilter');
  });
});
