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
