/** Starting and stopping the server children, each on its own loopback port. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pinServer } from './pinning.mjs';

const SERVER = fileURLToPath(new URL('../server.mjs', import.meta.url));
const START_TIMEOUT = 15_000;

/** A reply to the child's next message, or a rejection if it exits or does not answer in time. */
function nextMessage(child, timeout, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`${what}: no answer in ${timeout} ms`)), timeout);
    const onExit = (code) => done(new Error(`${what}: exited with ${code}`));
    function done(error, message) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message);
    }
    function onMessage(message) {
      done(undefined, message);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/**
 * Starts a variant's server (on the servers' core when `pinned`: see ./pinning.mjs). Its stderr is collected: the
 * peers' loggers are silenced, so anything printed there is a sign that a variant does work that is not measured
 * fairly.
 */
export async function startServer(variant, { pinned = false } = {}) {
  const child = fork(SERVER, [variant.id], {
    execArgv: ['--expose-gc'],
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  if (pinned) pinServer(child.pid);
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    if (stderr.length < 4096) stderr += chunk;
  });
  const { port } = await nextMessage(child, START_TIMEOUT, variant.id);
  return {
    variant,
    port,
    stderr: () => stderr,
    async memory() {
      const reply = nextMessage(child, START_TIMEOUT, `${variant.id} memory`);
      child.send('memory');
      return (await reply).memory;
    },
    /** CPU time (user + system, µs) the child has used so far. */
    async cpu() {
      const reply = nextMessage(child, START_TIMEOUT, `${variant.id} cpu`);
      child.send('cpu');
      const { user, system } = (await reply).cpu;
      return user + system;
    },
    stop() {
      if (child.exitCode === null && child.connected) child.disconnect();
      setTimeout(() => child.exitCode === null && child.kill(), 2000).unref();
    },
  };
}
