import createError from 'http-errors';
import { normalizeError } from '../src/error/normalize';
import { validationProblem } from '../src/problems/validation/validation-problem';

describe('normalizeError(thrown).headers: err.headers', () => {
  it('skips a list with a hole in it: a hole is no value, and Node.js refuses the header when it is written', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const headers = { A: [, 'x'], B: ['x', , 'y'], Link: ['</a>; rel="next"', '</b>; rel="last"'] };
    const error = createError(429, 'Slow down', { headers });
    expect(normalizeError(error).headers).toEqual([['Link', ['</a>; rel="next"', '</b>; rel="last"']]]);
  });

  it('skips a list that is only a hole (found by fuzzing the Fastify adapter)', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const error = Object.assign(new Error('x'), { status: 409, headers: { A: [,] } });
    expect(normalizeError(error).headers).toEqual([]);
  });
});

describe('validationProblem(source): an author message', () => {
  it('is bounded like every other text of a problem, whatever the validator', () => {
    // An ajv error with an ajv-errors message the schema wrote: kept, but not without end.
    const problem = validationProblem([
      {
        instancePath: '/name',
        schemaPath: '#/errorMessage',
        keyword: 'errorMessage',
        params: {},
        message: 'n'.repeat(20_000),
      },
    ]);
    expect(problem.issues[0]?.message).toBe('n'.repeat(10_000));
  });
});
