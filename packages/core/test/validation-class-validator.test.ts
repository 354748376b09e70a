import 'reflect-metadata';
import { type ResolvedProblem, resolveProblem, validationProblem } from '@status-i18n/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsNegative,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
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
      { detail: 'Must be at least 2 characters long.', pointer: '#/name', code: 'minLength' },
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

  it('reads the parameter of a length, size or range from class-validator’s own message, in every language', async () => {
    class Limits {
      @MaxLength(3) code = 'ABCDE';
      @Length(2, 4) short = 'A';
      @Length(2, 4) long = 'ABCDEFG';
      @Min(18) age = 17;
      @Max(9.5) rating = 10;
      @IsPositive() quantity = 0;
      @IsNegative() offset = 1;
      @ArrayMinSize(2) tags = ['a'];
      @ArrayMaxSize(1) each: string[] = ['a', 'b'];
      @MinLength(5, { each: true }) names = ['Ada'];
      // The app's own message: no number is read from it, the generic words stand.
      @MinLength(8, { message: 'Too short: 3 characters are never enough' }) password = 'abc';
    }
    const errors = await validate(new Limits());
    expect(errorsOf(validationProblem(errors))).toEqual([
      { detail: 'Must be at most 3 characters long.', pointer: '#/code', code: 'maxLength' },
      { detail: 'Must be at least 2 characters long.', pointer: '#/short', code: 'isLength' },
      { detail: 'Must be at most 4 characters long.', pointer: '#/long', code: 'isLength' },
      { detail: 'Must be at least 18.', pointer: '#/age', code: 'min' },
      { detail: 'Must be at most 9.5.', pointer: '#/rating', code: 'max' },
      { detail: 'Must be greater than 0.', pointer: '#/quantity', code: 'isPositive' },
      { detail: 'Must be less than 0.', pointer: '#/offset', code: 'isNegative' },
      { detail: 'Must have at least 2 items.', pointer: '#/tags', code: 'arrayMinSize' },
      { detail: 'Must have at most 1 item.', pointer: '#/each', code: 'arrayMaxSize' },
      { detail: 'Must be at least 5 characters long.', pointer: '#/names', code: 'minLength' },
      { detail: 'This value is not valid.', pointer: '#/password', code: 'minLength' },
    ]);
    expect(errorsOf(validationProblem(errors), 'zh-CN')[0]?.detail).toMatch(/3/);
  });

  it('gives a constraint named like a member of every object (a custom validator’s name) the generic words', () => {
    const errors = [{ property: 'name', constraints: { constructor: 'bad', toString: 'bad', __proto__: 'bad' } }];
    expect(errorsOf(validationProblem(errors)).map((error) => [error.code, error.detail])).toEqual([
      ['constructor', 'This value is not valid.'],
      ['toString', 'This value is not valid.'],
    ]);
  });

  it('answers 422, or 400 when asked, in the body unless told otherwise', async () => {
    const errors = await validate(signUp({ email: 'x', name: 'Ada', pin: '123456' }));
    expect(validationProblem(errors).status).toBe(422);
    const inQuery = validationProblem(errors, { in: 'query', status: 400 });
    expect(inQuery.status).toBe(400);
    expect(errorsOf(inQuery)).toEqual([{ detail: 'Must be an email address.', parameter: 'email', code: 'isEmail' }]);
  });
});
