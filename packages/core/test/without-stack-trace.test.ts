import { withoutStackTrace } from '@status-i18n/core';

describe('withoutStackTrace(make)', () => {
  it('makes the error with no stack frames of its own, and gives the limit back', () => {
    const limit = Error.stackTraceLimit;
    const error = withoutStackTrace(() => new Error('translated'));
    expect(error.stack).toBe('Error: translated');
    expect(Error.stackTraceLimit).toBe(limit);
    // Errors made afterwards have their frames again.
    expect(new Error('later').stack?.split('\n').length).toBeGreaterThan(1);
  });

  it('gives the limit back when make throws', () => {
    const limit = Error.stackTraceLimit;
    expect(() =>
      withoutStackTrace(() => {
        throw new TypeError('failed');
      }),
    ).toThrow('failed');
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('leaves a limit it cannot change alone, and still makes the error', () => {
    const limit = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit') as PropertyDescriptor;
    Object.defineProperty(Error, 'stackTraceLimit', { ...limit, writable: false });
    try {
      const error = withoutStackTrace(() => new Error('translated'));
      expect(error.message).toBe('translated');
      expect(Error.stackTraceLimit).toBe(limit.value);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', limit);
    }
  });

  it('makes nothing of a limit that is not set (V8 then takes no stack at all)', () => {
    const limit = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit') as PropertyDescriptor;
    delete (Error as { stackTraceLimit?: number }).stackTraceLimit;
    try {
      expect(withoutStackTrace(() => new Error('translated')).message).toBe('translated');
      expect('stackTraceLimit' in Error).toBe(false);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', limit);
    }
  });
});
