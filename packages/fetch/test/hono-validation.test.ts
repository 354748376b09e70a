import { ValidationProblemError } from '@status-i18n/core';
import { validationHook } from '@status-i18n/fetch/hono';
import { z } from 'zod4';

const Profile = z.object({ age: z.number().int().min(18) });
const failure = (target: string) => ({ ...Profile.safeParse({ age: 3 }), target });

function thrownBy(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('validationHook(options)', () => {
  it('lets a successful check pass', () => {
    expect(validationHook()({ ...Profile.safeParse({ age: 30 }), target: 'json' })).toBeUndefined();
  });

  it.each([
    ['json', 'body'],
    ['form', 'body'],
    ['query', 'query'],
    ['param', 'params'],
    ['header', 'headers'],
    ['cookie', 'cookies'],
  ])('throws a failed %s check as a validation problem about the %s', (target, part) => {
    const error = thrownBy(() => validationHook()(failure(target)));
    expect(error).toBeInstanceOf(ValidationProblemError);
    expect(error).toMatchObject({ in: part, status: 422, issues: [expect.objectContaining({ path: ['age'] })] });
  });

  it('takes a target it does not know, or one named like an Object member, as the body', () => {
    for (const target of ['text', 'constructor', '__proto__']) {
      expect(thrownBy(() => validationHook()(failure(target)))).toMatchObject({ in: 'body' });
    }
  });

  it('throws with the status it was given', () => {
    expect(thrownBy(() => validationHook({ status: 400 })(failure('query')))).toMatchObject({ status: 400 });
  });

  it('refuses a status other than 400 and 422 when it is made', () => {
    expect(() => validationHook({ status: 500 as 400 })).toThrow(
      new TypeError('status-i18n: validationHook() option "status" is 400 or 422'),
    );
  });

  it('refuses options that are not an object when it is made', () => {
    expect(() => validationHook({ statsu: 400 } as never)).toThrow(
      new TypeError('status-i18n: validationHook(): unknown option "statsu" (its only option is "status")'),
    );
    for (const options of ['x', 422, null]) {
      expect(() => validationHook(options as never)).toThrow(
        new TypeError('status-i18n: validationHook(options) takes an options object ({ status: 400 | 422 })'),
      );
    }
  });

  it('throws a TypeError for a failure it cannot read, a bug of the calling code', () => {
    expect(() => validationHook()({ success: false, error: 'nope', target: 'json' })).toThrow(TypeError);
  });
});
