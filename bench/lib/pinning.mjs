/**
 * One core for the servers, another for the load generator. On a two-core machine the scheduler otherwise moves
 * the server and autocannon between cores and lets them share one, and which of them it slows in a run differs
 * from run to run: the largest part of the noise in the ratios. Pinned, a server under load has its core to
 * itself, as one would in production. Linux with `taskset` (util-linux) and two cores or more; elsewhere nothing
 * is pinned and the report says so.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

const LOAD_CORE = 0;
const SERVER_CORE = 1;

/**
 * Pins every thread of `pid` (`-a`): a Node.js process runs V8's garbage collection and compiler threads beside its
 * main thread, and a child forked by the pinned load generator starts with all of them on the load generator's
 * core. Pinning only the main thread left a server's collector working on the other core, where it slowed the
 * load generator, and its time was counted in the server's CPU.
 */
function taskset(pid, core) {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pins this process (the load generator) to its core; whether pinning is used for this run. */
export function pinLoadGenerator() {
  return os.availableParallelism() >= 2 && taskset(process.pid, LOAD_CORE);
}

/** Pins a server child to the servers' core (only when {@link pinLoadGenerator} pinned the parent). */
export function pinServer(pid) {
  taskset(pid, SERVER_CORE);
}
