import { webcrypto } from 'node:crypto';
import { builtinModules, isBuiltin } from 'node:module';
import { join } from 'node:path';
import { buildSync, type Metafile } from 'esbuild';

// Bundling an entry as a bundler for Cloudflare Workers, Deno or browsers would, with every dependency, and the
// globals such a runtime has: how the tests prove that the core's main entry and @status-i18n/fetch need no
// Node.js (docs/architecture.md).

/** A bundled entry: the script, and esbuild's account of what went into it. */
export interface WebBundle {
  readonly code: string;
  readonly metafile: Metafile;
}

// Any import of a built-in is left out of the bundle as an import, so the metafile names it rather than the
// build stopping on it.
const NODE_BUILT_INS = ['node:*', ...builtinModules];

const ROOT = join(__dirname, '..', '..');

/** The workspace packages, resolved to their sources (as Jest and tsconfig.json resolve them). */
const WORKSPACE_SOURCES = {
  '@status-i18n/core': join(ROOT, 'packages/core/src/index.ts'),
};

/**
 * One entry (a path from the repository root) bundled with all its dependencies, as a script that sets the
 * global `globalName`.
 */
export function bundleForWeb(entry: string, globalName: string): WebBundle {
  const result = buildSync({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // No Node.js resolution: packages resolve by their worker or browser conditions and fields, as a bundler
    // for Workers or browsers resolves them.
    platform: 'neutral',
    mainFields: ['browser', 'module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    alias: WORKSPACE_SOURCES,
    external: NODE_BUILT_INS,
    format: 'iife',
    globalName,
    target: 'es2022',
    charset: 'utf8',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`no output for ${entry}`);
  return { code: output.text, metafile: result.metafile };
}

/** What of the bundle comes from Node.js: inputs that are built-ins (or disabled stand-ins for one), and imports of one. */
export function nodeBuiltInsOf({ metafile }: WebBundle): string[] {
  const inputs = Object.keys(metafile.inputs).filter((path) => isBuiltin(path) || path.startsWith('(disabled):'));
  const imports = Object.entries(metafile.inputs).flatMap(([from, input]) =>
    input.imports.filter(({ path }) => isBuiltin(path)).map(({ path }) => `${from} imports ${path}`),
  );
  return [...inputs, ...imports];
}

/** The globals a web runtime has beyond JavaScript's own (Intl among those): a context gets only these. */
export const WEB_GLOBALS = { TextEncoder, TextDecoder, crypto: webcrypto, URL, console };

/** The Fetch API's classes, for code that makes or reads a Response. */
export const FETCH_GLOBALS = { Request, Response, Headers };

/** Node.js globals that must not exist in such a context. */
export const NODE_GLOBALS = ['Buffer', 'process', 'require', 'module', 'setImmediate', 'global', '__dirname'];
