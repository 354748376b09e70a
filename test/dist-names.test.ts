import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built packages (`pnpm run build`, which `pnpm test` runs first), as users load them: every exported class
 * keeps its own name, which a bundler renames (`_Catalog`, `_StatusI18nModule`) when the class names itself in its
 * own body. Apps see that name in `console.log()` and stack traces, and Nest names a module by it in its log
 * (`[InstanceLoader] StatusI18nModule dependencies initialized`) and in its errors.
 */

const packages = join(__dirname, '..', 'packages');

/** The entry points of each built package that exports classes, by package directory. */
const ENTRIES: Record<string, readonly string[]> = {
  core: ['index', 'node'],
  express: ['index'],
  koa: ['index'],
  fastify: ['index'],
  nestjs: ['index'],
  fetch: ['index', 'hono', 'next'],
};

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(dir, file)).mtimeMs),
  );
}

/**
 * `export name → class name` of every class an entry exports, loaded by Node from the build as `require()` or
 * `import` does.
 */
function classNames(packageDir: string, entry: string, kind: 'cjs' | 'esm'): Record<string, string> {
  const list = `(m) => console.log(JSON.stringify(Object.fromEntries(Object.entries(m)
    .filter(([, value]) => typeof value === 'function' && /^class\\b/.test(Function.prototype.toString.call(value)))
    .map(([name, value]) => [name, value.name]))))`;
  const script =
    kind === 'cjs' ? `(${list})(require('./dist/${entry}.cjs'))` : `import('./dist/${entry}.js').then(${list})`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: packageDir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe.each(Object.entries(ENTRIES))('@status-i18n/%s as built', (name, entries) => {
  const packageDir = join(packages, name);
  const dist = join(packageDir, 'dist');

  beforeAll(() => {
    for (const entry of entries) {
      if (!existsSync(join(dist, `${entry}.cjs`)) || !existsSync(join(dist, `${entry}.js`))) {
        throw new Error(`packages/${name}/dist is missing: run \`pnpm run build\` before this test (pnpm test does).`);
      }
    }
    if (newest(join(packageDir, 'src')) > statSync(join(dist, `${entries[0]}.cjs`)).mtimeMs) {
      throw new Error(`packages/${name}/dist is older than its src: run \`pnpm run build\` before this test.`);
    }
  });

  it.each(entries.flatMap((entry) => (['cjs', 'esm'] as const).map((kind) => [entry, kind] as const)))(
    'keeps every exported class its own name (%s, %s)',
    (entry, kind) => {
      const names = classNames(packageDir, entry, kind);
      for (const [exported, className] of Object.entries(names))
        expect(`${exported}: ${className}`).toBe(`${exported}: ${exported}`);
    },
  );
});

it('finds the classes it checks (the core’s Catalog, the Nest module and filter)', () => {
  expect(Object.keys(classNames(join(packages, 'core'), 'index', 'cjs'))).toContain('Catalog');
  expect(Object.keys(classNames(join(packages, 'nestjs'), 'index', 'esm'))).toEqual(
    expect.arrayContaining(['StatusI18nModule', 'StatusI18nFilter']),
  );
});
