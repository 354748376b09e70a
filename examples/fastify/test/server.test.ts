import { type ChildProcessByStdio, spawn } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { describe as describeCode } from '@status-i18n/core';

// The demo command itself (`tsx src/server.ts`), not only createApp(): a broken server.ts, a wrong tsconfig
// or a missing dependency would pass the smoke test and still break `pnpm start`.
const exampleDir = path.resolve(__dirname, '..');
const tsxCli = require.resolve('tsx/cli', { paths: [exampleDir] });

type Demo = ChildProcessByStdio<null, Readable, Readable>;

let demo: Demo | undefined;
let output = '';

/** Starts the demo on a free port and resolves with the URL it prints. */
function startDemo(): Promise<string> {
  const child = spawn(process.execPath, [tsxCli, 'src/server.ts'], {
    cwd: exampleDir,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  demo = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo printed no URL within 15 s:\n${output}`)), 15_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /status-i18n Fastify demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
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

function stopDemo(child: Demo): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

afterAll(async () => {
  if (demo !== undefined) await stopDemo(demo);
});

describe('example-fastify: the demo command', () => {
  it('starts, prints its URL, answers / and /missing, and stops on SIGTERM', async () => {
    const url = await startDemo();

    const landing = await fetch(url);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('href="/missing"');

    const missing = await fetch(`${url}missing`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await missing.json()).toMatchObject({
      status: 404,
      title: describeCode(404, { locale: 'zh-CN' })?.title,
      instance: '/missing',
    });

    expect(await stopDemo(demo as Demo)).toBe(0);
  });
});
