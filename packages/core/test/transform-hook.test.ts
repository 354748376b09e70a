import { createErrorLayer } from '@status-i18n/core';

const request = { method: 'GET', path: '/', header: () => undefined, context: undefined };
const exposed = Object.assign(new Error('Bad email'), { status: 422, expose: true });

function respond(transform: (problem: never) => unknown) {
  const log = jest.fn();
  const layer = createErrorLayer({ transform: transform as never, log }, { log: () => undefined });
  const plan = layer.respond(exposed, request);
  return { plan, body: JSON.parse(new TextDecoder().decode(plan.body)), log };
}

describe('createErrorLayer({ transform })', () => {
  it('checks the JSON-safe copy of what the hook returns: a class instance is not a problem', () => {
    class Problem {
      type = 'about:blank';
      title = 'Custom';
      detail = 'Custom detail';
    }
    const { plan, body, log } = respond(() => new Problem());
    // Before, the check passed and the copy was empty: a body with a status and nothing else.
    expect(plan.status).toBe(500);
    expect(typeof body.title).toBe('string');
    expect(log.mock.calls.some(([, , info]) => info.hookFailure === true)).toBe(true);
    // The log line says what the hook returned, not what its copy came to (`undefined`).
    const failure = log.mock.calls.find(([, , info]) => info.hookFailure === true)?.[0] as Error;
    expect(failure.message).toBe(
      'status-i18n: the transform hook returned an instance of Problem, not a plain object: return one ({ ...problem, … })',
    );
    const { log: nullLog } = respond(() => null);
    const nullFailure = nullLog.mock.calls.find(([, , info]) => info.hookFailure === true)?.[0] as Error;
    expect(nullFailure.message).toBe('status-i18n: the transform hook returned null that is not a problem');
  });

  it('keeps a Date the hook added as its ISO string, as JSON would', () => {
    const { plan, body } = respond((problem: object) => ({ ...problem, retryAt: new Date(0), list: [new Date(0)] }));
    expect(plan.status).toBe(422);
    expect(body.retryAt).toBe('1970-01-01T00:00:00.000Z');
    expect(body.list).toEqual(['1970-01-01T00:00:00.000Z']);
  });

  it('a getter that answers differently the second time cannot slip a non-string detail through', () => {
    let reads = 0;
    const { body } = respond((problem: { type: string; title: string }) => ({
      type: problem.type,
      title: problem.title,
      get detail() {
        reads++;
        return reads === 1 ? 'checked' : 42;
      },
    }));
    expect(typeof body.detail).toBe('string');
  });
});
