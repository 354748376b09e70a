import 'reflect-metadata';
import { type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MinLength,
  ValidateNested,
  validate,
} from 'class-validator';

type FieldError = { detail: string; pointer?: string; parameter?: string; code: string };

const SECRET = 'SECRET-VALUE-5150';

function errorsOf(error: unknown, locale = 'en'): FieldError[] {
  const resolved = resolveProblem(error, locale, { defaultLocale: 'en' }) as ResolvedProblem;
  return resolved.extensions.errors as FieldError[];
}

class Address {
  @IsString()
  city!: string;
}

class SignUp {
  @IsEmail()
  email!: string;

  @MinLength(2)
  @IsString()
  name!: string;

  @IsInt()
  @IsOptional()
  age?: number;

  @Matches(/^\d{6}$/, { message: 'The PIN $value must have six digits' })
  @IsNotEmpty()
  pin!: string;

  @ValidateNested({ each: true })
  @Type(() => Address)
  addresses: Address[] = [];
}

/** A SignUp filled from what a client sent, as ValidationPipe makes it (plain values onto the class). */
function signUp(values: Record<string, unknown>): SignUp {
  const instance = Object.assign(new SignUp(), values);
  instance.addresses = ((values.addresses as object[] | undefined) ?? []).map((address) =>
    Object.assign(new Address(), address),
  );
  return instance;
}

describe('validationProblem(class-validator ValidationError[])', () => {
  it('points each failed constraint at its property, nested objects and array items too', async () => {
    const errors = await validate(
      signUp({ email: SECRET, name: 'A', age: 1.5, pin: SECRET, addresses: [{ city: 'x' }, { city: 7 }] }),
    );
    expect(errorsOf(validationProblem(errors))).toEqual([
      { detail: 'Must be an email address.', pointer: '#/email', code: 'isEmail' },
      { detail: 'This value is not valid.', pointer: '#/name', code: 'minLength' },
      { detail: 'Must be an integer.', pointer: '#/age', code: 'isInt' },
      { detail: 'Does not match the required pattern.', pointer: '#/pin', code: 'matches' },
      { detail: 'Must be a string.', pointer: '#/addresses/1/city', code: 'isString' },
    ]);
  });

  it('words the rules in the language of the request, and a missing value as required', async () => {
    const errors = await validate(signUp({ email: 'ada@example.com', name: 'Ada', pin: '' }));
    expect(errorsOf(validationProblem(errors), 'zh-CN')).toEqual([
      { detail: '此字段为必填项。', pointer: '#/pin', code: 'isNotEmpty' },
      { detail: '不符合要求的模式。', pointer: '#/pin', code: 'matches' },
    ]);
  });

  it('never repeats a submitted value, not even through a message that quotes it', async () => {
    const errors = await validate(signUp({ email: SECRET, name: SECRET, pin: SECRET }));
    expect(JSON.stringify(errors.map((error) => error.constraints))).toContain(SECRET);
    expect(JSON.stringify(errorsOf(validationProblem(errors)))).not.toContain(SECRET);
  });

  it('answers 422, or 400 when asked, in the body unless told otherwise', async () => {
    const errors = await validate(signUp({ email: 'x', name: 'Ada', pin: '123456' }));
    expect(validationProblem(errors).status).toBe(422);
    const inQuery = validationProblem(errors, { in: 'query', status: 400 });
    expect(inQuery.status).toBe(400);
    expect(errorsOf(inQuery)).toEqual([{ detail: 'Must be an email address.', parameter: 'email', code: 'isEmail' }]);
  });
});
