/**
 * Type-checks each example with its own tsconfig.json, the one `tsx` reads when the example starts: the root
 * type check covers the examples' files, but not the settings they run with.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const examples = readdirSync(new URL('../examples/', import.meta.url), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(new URL(`../examples/${entry.name}/tsconfig.json`, import.meta.url)),
  )
  .map((entry) => entry.name);

for (const name of examples) {
  console.log(`tsc -p examples/${name}/tsconfig.json`);
  execFileSync(process.execPath, [tsc, '-p', `examples/${name}/tsconfig.json`], { stdio: 'inherit' });
}
