import path from 'node:path';
import { describe as describeCode } from '@status-i18n/core';
import { type DemoProcess, startDemo } from '../../../test/support/demo-process';

// The demo command itself (`pnpm start`), not only the app module: see startDemo.
let demo: DemoProcess | undefined;

afterAll(async () => {
  await demo?.stop();
});

describe('example-nestjs: the demo command', () => {
  it('starts, prints its URL, answers in the language asked for, and stops with 0 on Ctrl-C (SIGINT)', async () => {
    demo = await startDemo(
      path.resolve(__dirname, '..'),
      'src/main.ts',
      /status-i18n NestJS demo: (http:\/\/127\.0\.0\.1:\d+\/)orders\/12/,
    );

    // fetch keeps its connection open afterwards: the demo must still stop at once.
    const conflict = await fetch(`${demo.url}orders/12`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await conflict.json()).toMatchObject({
      status: 409,
      title: describeCode(409, { locale: 'zh-CN' })?.title,
      detail: 'Order 12 was cancelled',
    });

    // Nest's enableShutdownHooks() raised the signal again after closing, and `pnpm start` reported a failure.
    expect(await demo.stop('SIGINT')).toBe(0);
  });
});
