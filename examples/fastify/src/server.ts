import { createApp } from './app';

// 3004 so it can run beside the Express (3000), Koa (3001), Hono (3002) and NestJS (3003) demos; 0 asks for a free port.
const port = Number(process.env.PORT ?? 3004);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

// Fastify's log (pino) to stderr at warn, so the terminal shows the 5xx the plugin logs and not every request.
const app = await createApp({ level: 'warn', stream: process.stderr });
try {
  // Only the loopback interface: a demo that throws on purpose has no business on the network.
  await app.listen({ port, host: '127.0.0.1' });
} catch (error) {
  console.error(`status-i18n Fastify demo could not start: ${(error as Error).message}`);
  process.exit(1);
}
const { port: actual } = app.server.address() as { port: number };
console.log(`\nstatus-i18n Fastify demo: http://127.0.0.1:${actual}/\n`);
console.log(
  'Open it in a browser, or try: curl -i -H "Accept-Language: zh-CN" "http://127.0.0.1:%d/orders?page=0"',
  actual,
);
console.log('Press Ctrl-C to stop.\n');

// `close()` also ends idle keep-alive connections (Fastify's `forceCloseConnections`), so the demo stops at once.
async function stop(): Promise<void> {
  await app.close();
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
