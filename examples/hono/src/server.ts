import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';

// 0 asks the system for a free port (the process test uses it); the line printed says which one it got.
const port = Number(process.env.PORT ?? 3002);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

// Only the loopback interface: a demo that throws on purpose has no business on the network.
const server = serve({ fetch: createApp().fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  console.log(`\nstatus-i18n demo (Hono): http://127.0.0.1:${info.port}/\n`);
  console.log('Try: curl -i -H "Accept-Language: zh-CN" http://127.0.0.1:%d/orders/7/pay', info.port);
  console.log('Press Ctrl-C to stop.\n');
});
server.on('error', (error) => {
  console.error(`status-i18n demo could not start: ${error.message}`);
  process.exit(1);
});

function stop(): void {
  server.close(() => process.exit(0));
  if ('closeAllConnections' in server) server.closeAllConnections();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
