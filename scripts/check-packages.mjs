#!/usr/bin/env node
// Packs every publishable package the way `pnpm publish` would, then checks the tarball itself with publint
// (package.json fields, files that exist) and Are the Types Wrong (types resolve under every `exports`
// condition, for ESM and CJS consumers, and under TypeScript's old node10 resolution), and that it carries the repository's LICENSE. Checking the tarball,
// not the folder, catches files left out of it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packDir = join(root, '.tmp', 'packs');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });

const pnpm = process.env.npm_execpath;
if (!pnpm?.includes('pnpm')) throw new Error('run this through pnpm (pnpm run check:packages)');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
let failed = false;
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  const before = new Set(readdirSync(packDir));
  // pnpm, not npm, packs: it turns `workspace:` ranges into real versions, as publishing does.
  execFileSync(process.execPath, [pnpm, 'pack', '--pack-destination', packDir], { cwd: dir, stdio: 'ignore' });
  const tarball = readdirSync(packDir).find((file) => !before.has(file));
  if (!tarball) throw new Error(`npm pack produced no tarball for ${manifest.name}`);
  const path = join(packDir, tarball);
  // The packages say MIT: each tarball carries the license text, the same as the repository's.
  let license = '';
  try {
    license = execFileSync('tar', ['-xOzf', path, 'package/LICENSE'], { encoding: 'utf8' });
  } catch {
    // Reported below: a tarball without the file.
  }
  if (license !== rootLicense) {
    console.error(`${manifest.name}: the tarball's LICENSE is missing or differs from the repository's LICENSE`);
    failed = true;
  }
  for (const [tool, args] of [
    ['publint', ['run', path, '--strict']],
    // Every resolution, node10 too (older Nest starters' `moduleResolution: node`): `typesVersions` covers the
    // subpath entries there.
    ['attw', [path, '--format', 'table-flipped']],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: dir, stdio: 'inherit' });
    } catch {
      console.error(`${tool} failed for ${manifest.name}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
