import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
// tsconfig.json allows comments; ours are whole lines starting with //.
const readTsconfig = (path: string) =>
  JSON.parse(
    readFileSync(join(root, path), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n'),
  );

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('examples/*/tsconfig.json', () => {
  // `pnpm demo` runs an example with tsx, which follows these paths to the workspace sources: an entry point
  // left out would load from the last build instead, a second, possibly stale copy of the package.
  it.each(examples)('%s maps every entry point of the workspace packages it uses to their sources', (name) => {
    const manifest = readJson(`examples/${name}/package.json`);
    const paths: Record<string, string[]> = readTsconfig(`examples/${name}/tsconfig.json`).compilerOptions.paths;
    const used = Object.keys(manifest.dependencies ?? {}).filter((dependency) =>
      dependency.startsWith('@status-i18n/'),
    );
    expect(used.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const dependency of used) {
      const packageDir = dependency.replace('@status-i18n/', 'packages/');
      const subpaths = Object.keys(readJson(`${packageDir}/package.json`).exports).filter(
        (subpath) => subpath !== './package.json',
      );
      for (const subpath of subpaths) {
        const specifier = subpath === '.' ? dependency : `${dependency}/${subpath.slice(2)}`;
        const mapped = Object.keys(paths).some(
          (key) => key === specifier || (key.endsWith('/*') && specifier.startsWith(key.slice(0, -1))),
        );
        if (!mapped) missing.push(specifier);
      }
    }
    expect(missing).toEqual([]);
  });
});
