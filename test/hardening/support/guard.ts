import { EventEmitter } from 'node:events';

/**
 * The real `process`. Jest gives each test file a copy of `process` whose `on()` never sees the events the
 * real one emits; a function made by the outer realm's `Function` (reached through a core module, which
 * Jest does not sandbox) reads the real global instead.
 */
const realProcess = (EventEmitter.constructor as FunctionConstructor)('return process')() as NodeJS.Process;

/**
 * Registers `process.on('unhandledRejection')` (and a monitor of uncaught exceptions, which does not change
 * how they are handled) for the whole test file, and fails the file's last check if anything was seen: the
 * error layer must never leave a rejected promise or an exception behind, whatever it was given.
 */
export function guardProcess(): void {
  const seen: Array<{ kind: string; reason: unknown }> = [];
  const onRejection = (reason: unknown) => seen.push({ kind: 'unhandledRejection', reason });
  const onException = (reason: unknown) => seen.push({ kind: 'uncaughtException', reason });

  beforeAll(() => {
    realProcess.on('unhandledRejection', onRejection);
    realProcess.on('uncaughtExceptionMonitor', onException);
  });

  afterAll(async () => {
    // A rejection is reported after the microtask queue drains; give late ones a chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 50));
    realProcess.off('unhandledRejection', onRejection);
    realProcess.off('uncaughtExceptionMonitor', onException);
    expect(seen.map(({ kind, reason }) => `${kind}: ${String((reason as Error)?.stack ?? reason)}`)).toEqual([]);
  });
}
