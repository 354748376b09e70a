/** What the numbers were measured on: they mean little without it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);

function versionOf(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return '?';
  }
}

export function machine() {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    load: os.loadavg().map((load) => load.toFixed(2)),
    packages: Object.fromEntries(
      ['express5', 'express4', 'koa3', 'errorhandler', 'koa-onerror', 'http-errors', 'autocannon'].map((name) => [
        name,
        versionOf(name),
      ]),
    ),
    commit: commitOf(),
  };
}

/** The checked-out commit, read from .git without running git. */
function commitOf() {
  try {
    const git = new URL('../../.git/', import.meta.url);
    const head = readFileSync(new URL('HEAD', git), 'utf8').trim();
    if (!head.startsWith('ref: ')) return head.slice(0, 7);
    return readFileSync(new URL(head.slice(5), git), 'utf8')
      .trim()
      .slice(0, 7);
  } catch {
    return '?';
  }
}
