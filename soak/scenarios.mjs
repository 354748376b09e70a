/**
 * The `log` hooks the soak runs under: the layer must answer every request the same way whether the
 * application's logger is quick, slow, asynchronous or broken.
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const SCENARIOS = {
  'quick log': {
    log: () => undefined,
  },
  'log busy 1 ms': {
    // A synchronous logger writing to a slow disk: it holds the event loop for 1 ms per 5xx.
    log: () => {
      const until = performance.now() + 1;
      while (performance.now() < until) {
        // busy
      }
    },
  },
  'log async 20 ms': {
    log: () => sleep(20),
  },
  'log throws': {
    log: () => {
      throw new Error('logger down');
    },
  },
};
