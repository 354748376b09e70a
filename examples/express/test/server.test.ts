import path from 'node:path';
import { type DemoProcess, startDemo } from '../../../test/support/demo-process';

// The demo command itself (`pnpm run demo`), not only createApp(): see startDemo.
let demo: DemoProcess | undefined;

afterAll(async () => {
  await demo?.stop();
});

describe('example-express: the demo command', () => {
  it('starts, prints its URL, answers / and /missing, and stops on SIGTERM', async () => {
    demo = await startDemo(
      path.resolve(__dirname, '..'),
      'src/server.ts',
      /status-i18n demo: (http:\/\/127\.0\.0\.1:\d+\/)/,
    );
    const { url } = demo;

    const landing = await fetch(url);
    expect(landing.status).toBe(200);
    expect(landing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await landing.text()).toContain('href="/missing"');

    const missing = await fetch(`${url}missing`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await missing.json()).toMatchObject({ status: 404, title: '页面走丢了', instance: '/missing' });

    expect(await demo.stop('SIGTERM')).toBe(0);
  });
});
