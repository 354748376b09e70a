import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

// 0 asks the system for a free port; the line printed says which one it got.
const port = Number(process.env.PORT ?? 3003);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

// `forceCloseConnections`: `close()` also ends idle keep-alive connections, so the demo stops at once.
const app = await NestFactory.create(AppModule, { forceCloseConnections: true });
// Only the loopback interface: a demo that throws on purpose has no business on the network.
await app.listen(port, '127.0.0.1');
console.log(`\nstatus-i18n NestJS demo: ${await app.getUrl()}/orders/12\n`);
console.log('Try: curl -i -H "Accept-Language: zh-CN" %s/orders/12', await app.getUrl());
console.log('Press Ctrl-C to stop.\n');

// `close()` runs the modules' shutdown hooks and closes the server. Nest's own `enableShutdownHooks()` would then
// raise the signal again, and the process would end by it: `pnpm start` reports that as a failed script.
async function stop(): Promise<void> {
  await app.close();
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
