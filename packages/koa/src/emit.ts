import { format } from 'node:util';
import type { LogInfo } from '@status-i18n/core';
import type { Context } from 'koa';

/** Whether a thrown value is an Error, asked so that a proxy whose every trap throws is simply none. */
function isError(value: unknown): value is Error {
  try {
    return (
      value instanceof Error ||
      Object.prototype.toString.call(value) === '[object Error]' ||
      // An aborted fetch's `AbortError`: an Error, whose tag says `DOMException` (and from another realm, as Jest
      // runs code, it is no instance of this realm's Error).
      (typeof DOMException === 'function' && value instanceof DOMException)
    );
  } catch {
    return false;
  }
}

/** Koa's listeners expect an Error; other thrown values are wrapped, as Koa's own `ctx.onerror` does. */
function asError(value: unknown): Error {
  if (isError(value)) return value;
  let shown: string;
  try {
    // Koa's own words for it, so listeners see the same message with or without this middleware.
    shown = format('%j', value);
  } catch {
    // What `%j` cannot show (a BigInt, a throwing getter): Koa itself would throw here.
    try {
      shown = Object.prototype.toString.call(value);
    } catch {
      // A proxy whose every trap throws, its `Symbol.toStringTag` too.
      shown = 'a value that cannot be read';
    }
  }
  return new Error(`non-error thrown: ${shown}`, { cause: value });
}

/** The thrown error's own members (`message`, `stack`, `code`, …) as they are, or none if they cannot be read. */
function ownMembers(error: Error): PropertyDescriptorMap {
  try {
    return Object.getOwnPropertyDescriptors(error);
  } catch {
    // A proxy that refuses to list them: its members still read through the prototype.
    return {};
  }
}

/**
 * The error as Koa marks one that came after the response started (or after the connection closed):
 * `err.headerSent` is `true`. The thrown error is not changed (nor can a frozen one be): listeners get a copy of
 * its own members (so `Object.keys`, `JSON.stringify` and `console.error` show them) whose prototype is the
 * thrown error (so `instanceof` holds, and a member it has from its class reads through). An error of our own
 * making (a wrapped non-Error) is marked itself.
 */
function markedHeaderSent(error: Error, ownError: boolean): Error {
  if (ownError) return Object.assign(error, { headerSent: true });
  return Object.create(error, {
    ...classMembers(error),
    ...ownMembers(error),
    headerSent: { value: true, enumerable: true, writable: true, configurable: true },
  }) as Error;
}

/** Members an error has from its class, which listeners and `util.inspect` read. */
const CLASS_MEMBERS = ['name', 'message', 'code'] as const;

/**
 * The members `error` has from its class, read on the error itself and kept on the copy: a class whose getters
 * check what they are called on (`DOMException`, as an aborted `fetch` throws it: `AbortError`) throws
 * `ERR_INVALID_THIS` when they are read through a copy, and the listener's `console.error(err)` with them.
 */
function classMembers(error: Error): PropertyDescriptorMap {
  const members: PropertyDescriptorMap = {};
  for (const name of CLASS_MEMBERS) {
    try {
      if (Object.hasOwn(error, name)) continue;
      const value: unknown = error[name as keyof Error];
      if (value !== undefined) members[name] = { value, enumerable: false, writable: true, configurable: true };
    } catch {
      // A getter that throws on the error itself: the copy reads it as the error would.
    }
  }
  return members;
}

/**
 * The Koa adapter's default `log`: `app.emit('error', err, ctx)`, which Koa applications listen to (Koa's
 * default listener prints what is not exposed; a 4xx logged by `logClientErrors` on an app with no listener of its
 * own is printed here in its place). Listeners see what Koa's own `ctx.onerror` shows them: an
 * Error, `err.headerSent` when the response had started, the error's `status` and `expose` as thrown. They
 * also read the outcome from the context: the status the client gets, and the request id.
 */
export function emitError(error: unknown, ctx: Context, info: LogInfo): void {
  if (!ctx.headerSent) ctx.status = info.status;
  if (info.requestId !== undefined) ctx.state.requestId = info.requestId;
  const asThrown = asError(error);
  const emitted = ctx.headerSent || !ctx.writable ? markedHeaderSent(asThrown, asThrown !== error) : asThrown;
  const { app } = ctx;
  app.emit('error', emitted, ctx);
  // A 4xx is logged only when the app asked for it (`logClientErrors`), and Koa's own printer, the only listener
  // of an app that added none, skips the 4xx it is given (exposed, or a 404): printed here as it prints the others,
  // or the option would do nothing on such an app.
  if (info.status < 500 && !app.silent && hasOnlyKoaPrinter(app) && koaPrinterSkips(emitted)) {
    printAsKoa(emitted);
  }
}

/** Whether the app's only `'error'` listener is Koa's own `app.onerror`, which Koa adds when the app has none. */
function hasOnlyKoaPrinter(app: Context['app']): boolean {
  const listeners = app.listeners('error');
  return listeners.length === 1 && listeners[0] === app.onerror;
}

/** Whether Koa's own printer leaves `error` out: a 404, or an error marked `expose` (Koa 2 and 3 alike). */
function koaPrinterSkips(error: Error): boolean {
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return status === 404 || expose === true;
}

/** Prints `error` as Koa's own printer prints the errors it does print: its stack, indented, between blank lines. */
function printAsKoa(error: Error): void {
  let text: string;
  try {
    text = String(error.stack || error);
  } catch {
    text = 'Error';
  }
  console.error(`\n${text.replace(/^/gm, '  ')}\n`);
}
