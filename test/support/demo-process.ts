import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

/** An example's demo command running in a process of its own, on a free port. */
export interface DemoProcess {
  /** The URL the demo printed. */
  readonly url: string;
  /** Sends `signal` and resolves with the exit code (`null` if the process ended by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const START_TIMEOUT_MS = 15_000;

/**
 * Runs an example's demo command itself (`tsx <script>`), not only its app: a broken entry file, a wrong tsconfig
 * or a missing dependency would pass the example's smoke test and still break `pnpm start`. Resolves once the
 * demo prints a URL that `urlPattern` (one capture group) finds in its output.
 *
 * @example
 * ```ts
 * const demo = await startDemo(path.resolve(__dirname, '..'), 'src/server.ts', /Koa demo: (http:\S+\/)/);
 * expect(await demo.stop()).toBe(0);
 * ```
 */
export function startDemo(exampleDir: string, script: string, urlPattern: RegExp): Promise<DemoProcess> {
  const tsxCli = require.resolve('tsx/cli', { paths: [exampleDir] });
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, [tsxCli, script], {
    cwd: exampleDir,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
    return new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    });
  };
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      void stop('SIGKILL');
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error(`the demo printed no URL within ${START_TIMEOUT_MS / 1000} s:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = urlPattern.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code} before printing its URL:\n${output}`));
    });
  });
}
