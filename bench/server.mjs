/**
 * One server variant in its own process: `node --expose-gc bench/server.mjs <variant id>`. Tells the parent its
 * port over IPC, answers memory (after a forced GC) and CPU time requests, and exits when the parent disconnects.
 */
import { createServer } from 'node:http';
import { variantById } from './variants.mjs';

const variant = variantById(process.argv[2]);
const { create } = await import(`./servers/${variant.module}.mjs`);
const server = createServer(await create(variant.handler, variant.version));
server.keepAliveTimeout = 30_000;

function memory() {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
}

process.on('message', (message) => {
  if (message === 'memory') process.send({ memory: memory() });
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => process.exit(0));
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
