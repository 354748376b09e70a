import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const root = join(__dirname, '..', '..', '..');

const bin = join(root, 'packages', 'cli', 'bin', 'status-i18n.js');
const cliDist = join(root, 'packages', 'cli', 'dist', 'index.js');
const coreDist = join(root, 'packages', 'core', 'dist', 'index.js');

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(dir, file)).mtimeMs),
  );
}

/**
 * These tests run the real command, which is the built library: fail early, saying what to do, when it is
 * missing or older than the sources it was built from.
 */
export function assertBuilt(): void {
  const missing = [cliDist, coreDist].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`${missing.join(', ')} missing: run \`pnpm run build\` before these tests (pnpm test does).`);
  }
  if (newestSource(join(root, 'packages', 'cli', 'src')) > statSync(cliDist).mtimeMs) {
    throw new Error('packages/cli/dist is older than packages/cli/src: run `pnpm run build` before these tests.');
  }
}

/** The result of one run of the command. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `status-i18n` with `args` in a clean environment: no locale, no colour variables (Jest's own
 * FORCE_COLOR must not leak in), only what `env` adds. stdout and stderr are pipes, never a TTY.
 */
export function statusI18n(args: readonly string[], env: Readonly<Record<string, string>> = {}): RunResult {
  assertBuilt();
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 15000,
  });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
