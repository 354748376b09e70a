import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';

// 0 asks the system for a free port (the process test uses it); the line printed says which one it got.
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

// Only the loopback interface: a demo that throws on purpose has no business on the network.
const server = createServer(createApp());
server.on('error', (error) => {
  console.error(`status-i18n demo could not start: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`\nstatus-i18n demo: http://127.0.0.1:${actual}/\n`);
  console.log(
    'Open it in a browser, or try: curl -i -H "Accept-Language: zh-CN" http://127.0.0.1:%d/validation',
    actual,
  );
  console.log('Press Ctrl-C to stop.\n');
});

// Keep-alive connections would hold `close()` open; a demo should stop at once on Ctrl-C or a kill.
function stop(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
