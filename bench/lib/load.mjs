/** The load generator: autocannon in this (the parent) process, the same load for every variant. */
import autocannon from 'autocannon';

export const CONNECTIONS = 10;

// autocannon checks whether a run is over once per sample interval (default 1 s): short runs need a short one.
const SAMPLE_INTERVAL_MS = 50;

/**
 * Requests/s (and the number of requests) of one timed run of `c` against the server on `port`. Every response
 * must have the case's status class: a run with errors, timeouts or other statuses throws instead of reporting
 * a number.
 */
export async function measure(port, c, seconds) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${c.path}`,
    headers: c.headers,
    connections: CONNECTIONS,
    duration: seconds,
    sampleInt: SAMPLE_INTERVAL_MS,
  });
  const expectedClass = `${String(c.status)[0]}xx`;
  const answered = result[expectedClass];
  if (result.errors > 0 || result.timeouts > 0 || answered === 0 || answered !== result.requests.total) {
    throw new Error(
      `${c.id}: ${result.errors} errors, ${result.timeouts} timeouts, ${answered}/${result.requests.total} ${expectedClass}`,
    );
  }
  // result.duration is the run's measured length, the last sample interval included.
  return { rps: result.requests.total / result.duration, requests: result.requests.total };
}

/**
 * A run over every case of a server (each connection takes them in turn), for `seconds`: right before a server's
 * timed runs, so that the code every case shares is optimized again after the server sat idle. The code only one
 * case takes is used too little here to be compiled: each case also gets an untimed run of its own (run.mjs).
 */
export async function warmUp(port, cases, seconds) {
  await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    sampleInt: SAMPLE_INTERVAL_MS,
    requests: cases.map((c) => ({ method: 'GET', path: c.path, headers: c.headers })),
  });
}
