import { Agent, request as httpRequest } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import createFastifyError from '@fastify/error';
import {
  BadRequestException,
  Body,
  ConflictException,
  Controller,
  createParamDecorator,
  type ExecutionContext,
  ForbiddenException,
  Get,
  HttpException,
  type INestApplication,
  Injectable,
  InternalServerErrorException,
  type MiddlewareConsumer,
  Module,
  NotFoundException,
  Param,
  ParseArrayPipe,
  ParseIntPipe,
  Post,
  Query,
  UnauthorizedException,
  UploadedFile,
  UseGuards,
  UseInterceptors,
  ValidationPipe,
} from '@nestjs/common';
import { APP_FILTER, ExternalContextCreator, HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ClientProxyFactory, MessagePattern, Transport } from '@nestjs/microservices';
import { ExpressAdapter, FileInterceptor } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { describe as describeCode, validationProblem } from '@status-i18n/core';
import { StatusI18nFilter, StatusI18nModule, StatusI18nValidationPipe } from '@status-i18n/nestjs';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Min, MinLength, ValidateNested } from 'class-validator';
import { firstValueFrom } from 'rxjs';
import request from 'supertest';
import { type CallOptions, call as callAny, quiet, throwing } from './client';
import type { Framework } from './frameworks';
import { CollectingLogger, type NestSetup } from './frameworks-nest';

type NestFramework = Framework & { server(setup: NestSetup): import('node:http').Server };

/** Fastify's reply, as the tests' hooks use it. */
type Reply = { statusCode: number; header(name: string, value: string): void };
type Done = (error: Error | null, payload?: unknown) => void;

/** The platform's own app under Nest (Fastify's instance or Express's app), with what the tests call on it. */
interface PlatformInstance {
  // biome-ignore lint/suspicious/noExplicitAny: each Fastify hook has arguments of its own
  addHook?(name: string, hook: (...args: any[]) => void): void;
  use?(middleware: (req: unknown, res: { setHeader(n: string, v: string): void }, next: () => void) => void): void;
}

const platformOf = (app: INestApplication) => app.getHttpAdapter().getInstance() as PlatformInstance;

/**
 * Configures a Fastify `onSend` hook that fails with `failure` on every error answer (Express has no hook on the
 * send itself: there the app answers as usual).
 */
const failingOnErrorAnswers = (failure: unknown) => (app: INestApplication) => {
  platformOf(app).addHook?.('onSend', (_req: unknown, reply: Reply, payload: unknown, done: Done) => {
    if (reply.statusCode >= 400) done(failure as Error);
    else done(null, payload);
  });
};

class Address {
  @IsString()
  city!: string;
}

class SignUpDto {
  @IsEmail()
  email!: string;

  @MinLength(2)
  name!: string;

  @IsInt()
  @Min(18)
  age!: number;

  @ValidateNested()
  @Type(() => Address)
  address!: Address;
}

@Controller('sign-up')
class SignUpController {
  @Post()
  create(@Body() body: SignUpDto): SignUpDto {
    return body;
  }
}

class PageQuery {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page!: number;
}

class OrderParams {
  @Type(() => Number)
  @IsInt()
  id!: number;
}

@Controller('orders')
class OrdersController {
  @Get(':id')
  find(@Param() params: OrderParams, @Query() query: PageQuery): object {
    return { ...params, ...query };
  }

  @Post(':id/address')
  address(@Body('address') address: Address): Address {
    return address;
  }
}

@Injectable()
class DenyAll {
  canActivate(): boolean {
    return false;
  }
}

/** Routes that fail with Nest's own stock messages. */
@Controller('stock')
class StockMessagesController {
  @Get('guarded')
  @UseGuards(DenyAll)
  guarded(): string {
    return 'never';
  }

  @Get('int/:id')
  int(@Param('id', ParseIntPipe) id: number): object {
    return { id };
  }

  @Get('ids')
  ids(@Query('ids', new ParseArrayPipe({ items: Number, separator: ',' })) ids: number[]): object {
    return { ids };
  }
}

@Controller('upload')
class UploadController {
  @Post()
  @UseInterceptors(FileInterceptor('avatar', { limits: { fileSize: 1024 } }))
  upload(@UploadedFile() file: { size: number } | undefined): object {
    return { size: file?.size };
  }
}

class TokenHeaders {
  @MinLength(8)
  'x-token'!: string;
}

/** The request's headers, as a custom decorator hands them to a pipe. */
const RequestHeaders = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest().headers;
});

@Controller('custom')
class CustomDecoratorController {
  @Get()
  read(@RequestHeaders() headers: TokenHeaders): object {
    return { token: headers['x-token'] };
  }
}

/** What an app reads its settings from, as `@nestjs/config`'s `ConfigService` (`get(key)`). */
@Injectable()
class SettingsService {
  readonly #values: Readonly<Record<string, string>> = { LOCALE: 'zh-TW', BAD_LOCALE: 'xx-nowhere' };
  get(key: string): string | undefined {
    return this.#values[key];
  }
}

@Module({ providers: [SettingsService], exports: [SettingsService] })
class SettingsModule {}

/** A loopback port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** `call()` with what only a Nest app is set up with (controllers, `configure`). */
const call = (framework: Framework, setup: NestSetup, options?: CallOptions) => callAny(framework, setup, options);

const INVALID = { email: 'ada', name: 'A', age: 17, address: { city: 7 } };
const VALID = { email: 'ada@example.com', name: 'Ada', age: 30, address: { city: 'Oslo' } };

/**
 * What only Nest has: its HttpException, ValidationPipe, its logger and its other contexts, on each platform and
 * major the suite runs against.
 */
export function nestRules(framework: NestFramework): void {
  describe(`${framework.name}: StatusI18nModule.forRoot(options)`, () => {
    describe('HttpException', () => {
      it.each([
        ['a 4xx with a message', new ConflictException('Seat 12A is taken'), 409, 'Seat 12A is taken'],
        ['a string response', new HttpException('Seat 12A is taken', 409), 409, 'Seat 12A is taken'],
        [
          'an object response',
          new HttpException({ message: 'Seat 12A is taken', statusCode: 409 }, 409),
          409,
          'Seat 12A is taken',
        ],
        ['an object with only error', new HttpException({ error: 'Seat 12A is taken' }, 409), 409, 'Seat 12A is taken'],
      ])('shows the message of %s, as Nest does for 4xx', async (_name, exception, status, detail) => {
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.status).toBe(status);
        expect(response.body).toMatchObject({ status, detail, title: 'Conflict', type: 'about:blank' });
        expect(response.body).not.toHaveProperty('statusCode');
        expect(response.body).not.toHaveProperty('error');
      });

      it("answers a Nest exception without a message of its own with the catalog's words, in the client's language", async () => {
        const response = await call(
          framework,
          { route: throwing(new NotFoundException()), options: quiet },
          { headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(response.status).toBe(404);
        expect(response.body.title).toBe('未找到');
        expect(response.body.detail).not.toBe('Not Found');
      });

      it('hides the message of a 5xx, and logs the exception as thrown', async () => {
        const log = jest.fn();
        const exception = new InternalServerErrorException('db password=hunter2');
        const response = await call(framework, { route: throwing(exception), options: { log } });
        expect(response.status).toBe(500);
        expect(response.text).not.toContain('hunter2');
        expect(log).toHaveBeenCalledTimes(1);
        expect(log.mock.calls[0]?.[0]).toBe(exception);
      });

      it("keeps an object response's `error` of the app's own words, not Nest's name of the status", async () => {
        const own = new HttpException({ message: 'Short and stout', error: 'I am a teapot', code: 'TEAPOT' }, 418);
        const ownResponse = await call(framework, { route: throwing(own), options: quiet });
        expect(ownResponse.body).toMatchObject({ detail: 'Short and stout', error: 'I am a teapot', code: 'TEAPOT' });
        const described = new BadRequestException('Coupon expired', 'Coupon rules');
        const describedResponse = await call(framework, { route: throwing(described), options: quiet });
        expect(describedResponse.body).toMatchObject({ detail: 'Coupon expired', error: 'Coupon rules' });
        // Nest's own `error` is the status's name, which the title says in the client's language.
        const plain = await call(framework, {
          route: throwing(new BadRequestException('Coupon expired')),
          options: quiet,
        });
        expect(plain.body).not.toHaveProperty('error');
      });

      it("applies the headers the app put on the exception (WWW-Authenticate), as any error's", async () => {
        const exception = Object.assign(new UnauthorizedException(), {
          headers: { 'WWW-Authenticate': 'Bearer', 'Bad Name': 'x' },
        });
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.status).toBe(401);
        expect(response.headers['www-authenticate']).toBe('Bearer');
      });

      it("answers Nest's own stock messages (a guard's, the pipes') with the catalog's words, in the client's language", async () => {
        const setup = { options: quiet, controllers: [StockMessagesController] };
        const guarded = await call(framework, setup, {
          path: '/stock/guarded',
          headers: { 'Accept-Language': 'zh-CN' },
        });
        expect(guarded.status).toBe(403);
        expect(guarded.body.detail).toBe(describeCode(403, { locale: 'zh-CN' })?.description);
        expect(guarded.text).not.toContain('Forbidden resource');
        const parsed = await call(framework, setup, {
          path: '/stock/int/abc',
          headers: { 'Accept-Language': 'zh-TW' },
        });
        expect(parsed.status).toBe(400);
        expect(parsed.body.detail).toBe(describeCode(400, { locale: 'zh-TW' })?.description);
        const array = await call(framework, setup, { path: '/stock/ids?ids=1,x' });
        expect(array.status).toBe(400);
        expect(array.body.detail).toBe(describeCode(400)?.description);
        // ParseFilePipe's validators quote the uploaded file's type, which the client chose.
        const file = new BadRequestException(
          'Validation failed (current file type is text/hunter2, expected type is image/png)',
        );
        const fileResponse = await call(framework, { route: throwing(file), options: quiet });
        expect(fileResponse.text).not.toContain('hunter2');
        // @nestjs/throttler's ThrottlerException, as it makes it (an HttpException with its stock message).
        const throttled = await call(
          framework,
          { route: throwing(new HttpException('ThrottlerException: Too Many Requests', 429)), options: quiet },
          { headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(throttled.status).toBe(429);
        expect(throttled.body.detail).toBe(describeCode(429, { locale: 'zh-CN' })?.description);
        // The app's own words stay.
        const own = await call(framework, { route: throwing(new ForbiddenException('Admins only')), options: quiet });
        expect(own.body.detail).toBe('Admins only');
      });

      it("hides a message the exception took from its cause (Nest 12's URIError): it can quote the request", async () => {
        const uriError = new URIError("Failed to decode param 'hunter2-%zz'");
        const exception = new BadRequestException(uriError.message, { cause: uriError });
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.status).toBe(400);
        expect(response.body.detail).toBe(describeCode(400)?.description);
        expect(response.text).not.toContain('hunter2');
      });

      it('keeps the other members of an object response, without internals or request data', async () => {
        const exception = new HttpException(
          { message: 'Seat taken', code: 'SEAT_TAKEN', headers: { a: 'b' }, input: { pin: '1234' } },
          409,
        );
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.body).toEqual({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Seat taken',
          code: 'SEAT_TAKEN',
        });
        expect(response.headers.a).toBeUndefined();
      });

      it('an object response with a `body` member is the app’s, not a body parser’s: message and members kept', async () => {
        const exception = new BadRequestException({ message: 'Bad coupon', code: 'COUPON', body: 'echoed' });
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.body).toEqual({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Bad coupon',
          code: 'COUPON',
        });
      });

      it('answers an exception whose methods throw, or a hostile proxy of one, without failing', async () => {
        const broken = {
          getStatus: () => 409,
          getResponse() {
            throw new Error('broken');
          },
        };
        const brokenResponse = await call(framework, { route: throwing(broken), options: quiet });
        expect(brokenResponse.status).toBe(409);
        expect(brokenResponse.body.title).toBe('Conflict');
        const hostile = new Proxy(new ConflictException('taken'), {
          get() {
            throw new Error('hostile');
          },
        });
        const hostileResponse = await call(framework, { route: throwing(hostile), options: quiet });
        expect(hostileResponse.status).toBe(500);
        expect(hostileResponse.body.title).toBe('Internal Server Error');
      });

      it.each([302, 204])(
        'answers an HttpException of status %i with a 500, logged, its message hidden',
        async (status) => {
          const log = jest.fn();
          const exception = new HttpException('moved to /secret', status);
          const response = await call(framework, { route: throwing(exception), options: { log } });
          expect(response.status).toBe(500);
          expect(response.text).not.toContain('/secret');
          expect(log).toHaveBeenCalledTimes(1);
        },
      );

      it.each([
        ['a message', () => new ConflictException('Seat 12A is taken'), 409],
        ['a message list (field errors)', () => new BadRequestException(['email must be an email']), 400],
      ])(
        "reads the stack of an exception with %s only for debug, which shows the exception's",
        async (_what, make, status) => {
          const stack = 'HttpException: from the route\n    at SeatsController.take (/app/seats.ts:12:11)';
          const exception = make();
          const readStack = jest.fn(() => stack);
          Object.defineProperty(exception, 'stack', { get: readStack, configurable: true });
          const plain = await call(framework, { route: throwing(exception), options: quiet });
          expect(plain.status).toBe(status);
          expect(readStack).not.toHaveBeenCalled();
          const withDebug = await call(framework, { route: throwing(exception), options: { ...quiet, debug: true } });
          expect(withDebug.status).toBe(status);
          expect(withDebug.body.stack.join('\n')).toContain(stack);
        },
      );

      it('hands map the exception as thrown', async () => {
        const exception = new ConflictException('Seat 12A is taken');
        const map = jest.fn((error: unknown) => (error === exception ? { detail: 'mapped' } : undefined));
        const response = await call(framework, { route: throwing(exception), options: { ...quiet, map } });
        expect(response.body.detail).toBe('mapped');
      });
    });

    describe('ValidationPipe', () => {
      it("answers its messages as field errors of the body, in Nest's words, with a 400", async () => {
        const response = await call(
          framework,
          {
            options: quiet,
            controllers: [SignUpController],
            configure: (app) => app.useGlobalPipes(new ValidationPipe()),
          },
          { method: 'post', path: '/sign-up', body: INVALID },
        );
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ type: 'urn:problem-type:validation', status: 400 });
        expect(response.body.errors).toContainEqual({
          detail: 'email must be an email',
          pointer: '#',
          code: 'invalid',
        });
        expect(response.body.errors).toContainEqual({
          detail: 'address.city must be a string',
          pointer: '#',
          code: 'invalid',
        });
        // Nest's sentences name no field the layer can point at: each counts as a value of its own.
        const count = response.body.errors.length;
        expect(count).toBeGreaterThan(1);
        expect(response.body.detail).toBe(`${count} values in the request are not valid.`);
      });

      it('with exceptionFactory: validationProblem(errors) points at each field, localized', async () => {
        const pipe = new ValidationPipe({ exceptionFactory: (errors) => validationProblem(errors) });
        const response = await call(
          framework,
          { options: quiet, controllers: [SignUpController], configure: (app) => app.useGlobalPipes(pipe) },
          { method: 'post', path: '/sign-up', body: INVALID, headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(response.status).toBe(422);
        expect(response.body.title).toBe('请求无效');
        expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
          '#/email',
          '#/name',
          '#/age',
          '#/address/city',
        ]);
        expect(response.text).not.toContain('"ada"');
      });

      it('StatusI18nValidationPipe points into the part each argument came from: parameter for @Query and @Param', async () => {
        const pipe = new StatusI18nValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
        const setup = {
          options: quiet,
          controllers: [OrdersController],
          configure: (app: INestApplication) => app.useGlobalPipes(pipe),
        };
        const query = await call(framework, setup, {
          path: '/orders/7?page=0&sort=1',
          headers: { 'Accept-Language': 'zh-TW' },
        });
        expect(query.status).toBe(422);
        expect(query.headers['content-language']).toBe('zh-TW');
        expect(query.body.type).toBe('urn:problem-type:validation');
        expect(query.body.errors).toEqual([
          { detail: '不允許此欄位。', parameter: 'sort', code: 'whitelistValidation' },
          { detail: expect.stringContaining('1'), parameter: 'page', code: 'min' },
        ]);
        const param = await call(framework, setup, { path: '/orders/abc?page=1' });
        expect(param.body.errors).toEqual([{ detail: 'Must be an integer.', parameter: 'id', code: 'isInt' }]);
        const body = await call(framework, setup, {
          method: 'post',
          path: '/orders/7/address',
          body: { address: { city: 7 } },
        });
        expect(body.body.errors).toEqual([
          { detail: 'Must be a string.', pointer: '#/address/city', code: 'isString' },
        ]);
        const valid = await call(framework, setup, { path: '/orders/7?page=2' });
        expect([valid.status, valid.body]).toEqual([200, { id: 7, page: 2 }]);
      });

      it("StatusI18nValidationPipe with disableErrorMessages: Nest's exception without details, the catalog's words", async () => {
        const pipe = new StatusI18nValidationPipe({
          disableErrorMessages: true,
          whitelist: true,
          forbidNonWhitelisted: true,
        });
        const response = await call(
          framework,
          { options: quiet, controllers: [SignUpController], configure: (app) => app.useGlobalPipes(pipe) },
          { method: 'post', path: '/sign-up', body: { ...INVALID, hunter2: 1 } },
        );
        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: describeCode(400)?.description,
        });
      });

      it("StatusI18nValidationPipe and a custom decorator (its value's part unknown): Nest's exception, no part named", async () => {
        const pipe = new StatusI18nValidationPipe({ validateCustomDecorators: true });
        const response = await call(
          framework,
          { options: quiet, controllers: [CustomDecoratorController], configure: (app) => app.useGlobalPipes(pipe) },
          { path: '/custom', headers: { 'x-token': 'short' } },
        );
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          { detail: 'x-token must be longer than or equal to 8 characters', pointer: '#', code: 'invalid' },
        ]);
      });

      it("reads a message grouped by property (Nest 12's errorFormat: 'grouped') as field errors at each property", async () => {
        const exception = new BadRequestException({
          message: {
            'address.city': ['city must be a string'],
            'address.hunter2': ['property hunter2 should not exist'],
            '...': ['Further validation errors were omitted'],
          },
          error: 'Bad Request',
          statusCode: 400,
        });
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          { detail: 'city must be a string', pointer: '#/address/city', code: 'invalid' },
          { detail: 'This field is not allowed.', pointer: '#/address/hunter2', code: 'whitelistValidation' },
        ]);
      });

      if (framework.name.startsWith('Nest 12')) {
        it("Nest 12's own ValidationPipe({ errorFormat: 'grouped' }): each message a field error at its property", async () => {
          const pipe = new ValidationPipe({ errorFormat: 'grouped' } as never);
          const response = await call(
            framework,
            { options: quiet, controllers: [SignUpController], configure: (app) => app.useGlobalPipes(pipe) },
            { method: 'post', path: '/sign-up', body: INVALID },
          );
          expect(response.status).toBe(400);
          expect(response.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
            '#/email',
            '#/name',
            '#/age',
            '#/address/city',
          ]);
        });
      }

      it('StatusI18nValidationPipe refuses an exceptionFactory, which it is', () => {
        expect(() => new StatusI18nValidationPipe({ exceptionFactory: () => new Error('x') } as never)).toThrow(
          'status-i18n: StatusI18nValidationPipe makes its own exceptions; give an exceptionFactory to ValidationPipe instead',
        );
      });

      it('StatusI18nValidationPipe refuses an option ValidationPipe would ignore (every unknown field let through)', () => {
        expect(() => new StatusI18nValidationPipe({ whiteList: true } as never)).toThrow(
          new TypeError(
            'status-i18n: StatusI18nValidationPipe: unknown option "whiteList" (did you mean "whitelist"?); ValidationPipe would ignore it',
          ),
        );
        expect(() => new StatusI18nValidationPipe({ forbidUnknown: true } as never)).toThrow(
          /unknown option "forbidUnknown"; ValidationPipe/,
        );
        // Every option of Nest 11 and 12 (class-validator's among them) is taken.
        expect(
          () =>
            new StatusI18nValidationPipe({
              whitelist: true,
              forbidNonWhitelisted: true,
              forbidUnknownValues: true,
              transform: true,
              transformOptions: { enableImplicitConversion: true },
              stopAtFirstError: true,
              validationError: { target: false, value: false },
              skipMissingProperties: false,
              errorHttpStatusCode: 422,
              maxErrorMessagesLength: 1000,
              errorFormat: 'list',
            } as never),
        ).not.toThrow();
      });

      it("answers forbidNonWhitelisted's unknown keys as unknown fields, pointing at them, never in Nest's words", async () => {
        const longKey = 'k'.repeat(900);
        const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true });
        const body = { ...VALID, password_hunter2: 'x', [longKey]: 1, address: { city: 'Oslo', 'evil<b>': 1 } };
        const response = await call(
          framework,
          { options: quiet, controllers: [SignUpController], configure: (app) => app.useGlobalPipes(pipe) },
          { method: 'post', path: '/sign-up', body, headers: { 'Accept-Language': 'zh-CN' } },
        );
        expect(response.status).toBe(400);
        const unknown = { detail: '不允许此字段。', code: 'whitelistValidation' };
        expect(response.body.errors).toEqual([
          { ...unknown, pointer: '#/password_hunter2' },
          // Cut as the core cuts every key of a pointer.
          { ...unknown, pointer: `#/${'k'.repeat(200)}` },
          { ...unknown, pointer: '#/address/evil%3Cb%3E' },
        ]);
        expect(response.text).not.toContain('should not exist');
        expect(response.text).not.toContain('<b>');
        expect(response.text).not.toContain('k'.repeat(201));
      });

      it('reads a hand-thrown HttpException of a message list the same way, every message bounded', async () => {
        const exception = new HttpException(
          {
            message: [
              `property ${'x'.repeat(900)} should not exist`,
              `items.0.property a.b should not exist`,
              'y'.repeat(20_000),
              'property should not exist',
            ],
          },
          400,
        );
        const response = await call(framework, { route: throwing(exception), options: quiet });
        expect(response.status).toBe(400);
        const [long, nested, bounded, plain] = response.body.errors;
        expect(long).toEqual({
          detail: 'This field is not allowed.',
          pointer: `#/${'x'.repeat(200)}`,
          code: 'whitelistValidation',
        });
        expect(nested).toEqual({
          detail: 'This field is not allowed.',
          pointer: '#/items/0/a.b',
          code: 'whitelistValidation',
        });
        expect(bounded).toEqual({ detail: 'y'.repeat(10_000), pointer: '#', code: 'invalid' });
        expect(plain).toEqual({ detail: 'property should not exist', pointer: '#', code: 'invalid' });
      });

      it('lists at most 100 messages of a longer list, and says there were more', async () => {
        const messages = Array.from({ length: 150 }, (_, index) => `field${index} must be a string`);
        const response = await call(framework, {
          route: throwing(new HttpException({ message: messages }, 400)),
          options: quiet,
        });
        expect(response.status).toBe(400);
        expect(response.body.errors).toHaveLength(100);
        expect(response.body.detail).toBe(
          'More than 100 values in the request are not valid; the first 100 are listed.',
        );
      });

      it('answers a BadRequestException of a message list the same way', async () => {
        const response = await call(framework, {
          route: throwing(new BadRequestException(['page must be a number'])),
          options: quiet,
        });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([{ detail: 'page must be a number', pointer: '#', code: 'invalid' }]);
      });

      it('does not read a message list of another status as field errors: the status’s own words', async () => {
        const response = await call(framework, {
          route: throwing(new ConflictException({ message: ['Seat 12A is taken', 'Row 12 is closed'] })),
          options: quiet,
        });
        expect(response.status).toBe(409);
        expect(response.body).toEqual({
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: expect.any(String),
        });
        expect(response.text).not.toContain('Seat 12A');
      });
    });

    describe('StatusI18nModule.forRootAsync({ imports, inject, useFactory })', () => {
      it('takes its options from a factory, with a config provider injected, resolved asynchronously', async () => {
        const useFactory = jest.fn(async (settings: SettingsService) => ({
          ...quiet,
          defaultLocale: settings.get('LOCALE') ?? 'en',
        }));
        const statusModule = StatusI18nModule.forRootAsync({
          imports: [SettingsModule],
          inject: [SettingsService],
          useFactory,
        });
        const response = await call(framework, { route: throwing(new ConflictException()), statusModule });
        expect(response.status).toBe(409);
        expect(response.body.title).toBe('衝突');
        expect(useFactory).toHaveBeenCalledTimes(1);
        expect(useFactory.mock.calls[0]?.[0]).toBeInstanceOf(SettingsService);
      });

      it("fails the app's start with a TypeError naming a wrong option the factory made", async () => {
        const statusModule = StatusI18nModule.forRootAsync({
          imports: [SettingsModule],
          inject: [SettingsService],
          useFactory: (settings: SettingsService) => ({ defaultLocale: settings.get('BAD_LOCALE') ?? 'en' }),
        });
        @Module({ imports: [statusModule] })
        class AppModule {}
        const adapter = framework.platform === 'fastify' ? new FastifyAdapter() : new ExpressAdapter();
        // abortOnError: false, or Nest would end the process rather than reject.
        const starting = NestFactory.create(AppModule, adapter as never, {
          logger: new CollectingLogger(),
          abortOnError: false,
        });
        await expect(starting).rejects.toThrow(TypeError);
        await expect(starting).rejects.toThrow(/option "defaultLocale"/);
      });

      it('refuses options without a useFactory function when the module is declared', () => {
        expect(() => StatusI18nModule.forRootAsync({} as never)).toThrow(
          /forRootAsync\(\) needs a useFactory function/,
        );
        expect(() => StatusI18nModule.forRootAsync({ useFactory: () => ({}), inject: 'x' as never })).toThrow(
          TypeError,
        );
      });
    });

    if (framework.platform === 'express') {
      it("answers FileInterceptor's refusals (multer's, busboy's) with the catalog's words, never a field or file name", async () => {
        const server = framework.server({ options: quiet, controllers: [UploadController] });
        const tooLarge = await request(server)
          .post('/upload')
          .set('Accept-Language', 'zh-CN')
          .attach('avatar', Buffer.alloc(4096, 'a'), 'hunter2.png');
        expect(tooLarge.status).toBe(413);
        expect(tooLarge.body.detail).toBe(describeCode(413, { locale: 'zh-CN' })?.description);
        const unexpected = await request(server).post('/upload').attach('hunter2', Buffer.alloc(16, 'a'), 'a.png');
        expect(unexpected.status).toBe(400);
        expect(unexpected.body.detail).toBe(describeCode(400)?.description);
        expect(unexpected.text).not.toContain('hunter2');
        const cutShort = await request(server)
          .post('/upload')
          .set('Content-Type', 'multipart/form-data; boundary=b0')
          .send('--b0\r\nContent-Disposition: form-data; name="avatar"; filename="hunter2.png"\r\n\r\nabc');
        expect(cutShort.status).toBe(400);
        expect(cutShort.body.detail).toBe(describeCode(400)?.description);
        // The app's own words, even on an upload's status, stay.
        const own = await call(framework, {
          route: throwing(new BadRequestException('Avatars must be square')),
          options: quiet,
        });
        expect(own.body.detail).toBe('Avatars must be square');
      });

      it('a path parameter that does not decode: a 400 in the catalog’s words, the path not repeated', async () => {
        const response = await call(framework, { options: quiet }, { path: '/boom/hunter2-%zz' });
        expect(response.status).toBe(400);
        expect(response.body.detail).toBe(describeCode(400)?.description);
        expect(response.text).not.toContain('hunter2');
      });
    }

    if (framework.platform === 'fastify') {
      // A path that does not decode reaches no route and no Nest: Fastify hands it to `frameworkErrors`.
      const UNDECODABLE = '/boom/%%hunter2';

      describe("before routing (Fastify's frameworkErrors, from @status-i18n/nestjs)", () => {
        it("answers a URL Fastify cannot decode with the module's options, without repeating the path", async () => {
          const log = jest.fn();
          const response = await call(
            framework,
            {
              options: {
                log,
                logClientErrors: true,
                defaultLocale: 'zh-CN',
                requestId: true,
                type: (_status: number, key: string) => `https://errors.example/${key}`,
              },
            },
            { path: UNDECODABLE, headers: { 'x-request-id': 'req-42' } },
          );
          expect(response.status).toBe(400);
          expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
          expect(response.headers['content-language']).toBe('zh-CN');
          expect(response.body).toMatchObject({
            type: 'https://errors.example/BAD_REQUEST',
            title: '错误请求',
            status: 400,
            requestId: 'req-42',
          });
          expect(response.text).not.toContain('hunter2');
          expect(log).toHaveBeenCalledTimes(1);
          expect(log.mock.calls[0]?.[0]).toMatchObject({ code: 'FST_ERR_BAD_URL' });
        });

        it('negotiates the format and the language as for every other error', async () => {
          const response = await call(
            framework,
            { options: quiet },
            { path: UNDECODABLE, headers: { accept: 'text/html', 'accept-language': 'zh-TW' } },
          );
          expect(response.status).toBe(400);
          expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
          expect(response.text).toContain('<html lang="zh-TW"');
          expect(response.text).not.toContain('hunter2');
        });

        it('with no filter of the package in the app: the same kind of answer, with the default options', async () => {
          const response = await call(framework, { statusModule: null }, { path: UNDECODABLE });
          expect(response.status).toBe(400);
          expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
          expect(response.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
          expect(response.text).not.toContain('hunter2');
        });

        it('without it, Fastify answers itself and quotes the path (why the README says to pass it)', async () => {
          const response = await call(
            framework,
            { options: quiet, withoutFrameworkErrors: true },
            { path: UNDECODABLE },
          );
          expect(response.status).toBe(400);
          expect(response.text).toContain('hunter2');
        });
      });

      it("keeps a hook's @fastify/error message hidden where stacks have no frames (Error.stackTraceLimit = 0)", async () => {
        const Quoting = createFastifyError('FST_TEST_REFUSED', 'refused %s', 409);
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
          const response = await call(
            framework,
            {
              options: quiet,
              configure: (app) => {
                platformOf(app).addHook?.('onRequest', (request: { headers: Record<string, string> }, _reply, done) => {
                  done(new Quoting(request.headers['x-secret']));
                });
              },
            },
            { headers: { 'x-secret': 'hunter2' } },
          );
          expect(response.status).toBe(409);
          expect(response.body.detail).toBe(describeCode(409)?.description);
          expect(response.text).not.toContain('hunter2');
        } finally {
          Error.stackTraceLimit = limit;
        }
      });

      it('an onSend hook that edits the bytes of an answer in place changes that answer only', async () => {
        const setup = {
          route: throwing(new NotFoundException()),
          options: quiet,
          configure: (app: INestApplication) => {
            platformOf(app).addHook?.(
              'onSend',
              (request: { headers: Record<string, string> }, _reply: Reply, payload: unknown, done: Done) => {
                if (request.headers['x-edit'] === '1' && Buffer.isBuffer(payload)) payload.fill(0x21);
                done(null, payload);
              },
            );
          },
        };
        const server = framework.server(setup);
        // The Chinese answer goes as bytes (the English one as text, which no hook can change in place).
        const get = (edit: string) =>
          request(server).get('/boom').set({ Accept: 'text/plain', 'Accept-Language': 'zh-CN', 'x-edit': edit });
        const first = await get('0');
        const edited = await get('1');
        const after = await get('0');
        expect(edited.text).toMatch(/^!+$/);
        expect(after.text).toBe(first.text);
        expect(after.text).toMatch(/^404 /);
      });

      it("answers a Fastify hook's @fastify/error error of any 4xx with the catalog's words: Nest keeps only its message, which can quote the request", async () => {
        // As @fastify/basic-auth (401) and @fastify/multipart (406) fail a request: an error of @fastify/error's
        // with the request's words in its message, from a hook, which Fastify hands to Nest's error handler.
        const Quoting = createFastifyError('FST_TEST_REFUSED', 'refused %s', 409);
        const Unauthorized = createFastifyError('FST_TEST_UNAUTHORIZED', 'no entry for %s', 401);
        for (const [Made, status] of [
          [Quoting, 409],
          [Unauthorized, 401],
        ] as const) {
          const response = await call(
            framework,
            {
              options: quiet,
              configure: (app) => {
                platformOf(app).addHook?.(
                  'preHandler',
                  (request: { headers: Record<string, string> }, _reply, done) => {
                    done(new Made(request.headers['x-secret']));
                  },
                );
              },
            },
            { headers: { 'x-secret': 'hunter2', 'accept-language': 'zh-CN' } },
          );
          expect(response.status).toBe(status);
          expect(response.body).toEqual({
            type: 'about:blank',
            title: describeCode(status, { locale: 'zh-CN' })?.title,
            status,
            detail: describeCode(status, { locale: 'zh-CN' })?.description,
          });
          expect(response.text).not.toContain('hunter2');
        }
      });

      it("answers @fastify/multipart's 406 for a request that is not multipart with 415 on Nest 12; Nest 11 keeps only Nest's 406", async () => {
        // @fastify/multipart's own error (its code, message and status), as a route's request.file() throws it.
        const NotMultipart = createFastifyError(
          'FST_INVALID_MULTIPART_CONTENT_TYPE',
          'the request is not multipart',
          406,
        );
        // Nest 12 passes the plugin's error on as the cause, code and all; Nest 11 makes a plain HttpException of
        // its message and status, with nothing left to tell it from an app's own 406.
        const status = framework.name.startsWith('Nest 11') ? 406 : 415;
        const response = await call(framework, {
          options: quiet,
          configure: (app) => {
            platformOf(app).addHook?.('preHandler', (_request: unknown, _reply, done) => done(new NotMultipart()));
          },
        });
        expect(response.status).toBe(status);
        expect(response.body).toEqual({
          type: 'about:blank',
          status,
          title: describeCode(status)?.title,
          detail: describeCode(status)?.description,
        });
      });
    }

    describe('the filter and the logger', () => {
      it('can be registered with app.useGlobalFilters() instead of the module', async () => {
        const options = { ...quiet, defaultLocale: 'zh-TW' };
        const response = await call(framework, {
          route: throwing(new ConflictException()),
          options: quiet,
          configure: (app) => app.useGlobalFilters(new StatusI18nFilter(app.get(HttpAdapterHost), options)),
        });
        expect(response.status).toBe(409);
        expect(response.body.title).toBe('衝突');
      });

      it('can be registered as a class provider (APP_FILTER, useClass): Nest injects the adapter host', async () => {
        @Module({ providers: [{ provide: APP_FILTER, useClass: StatusI18nFilter }] })
        class ByClassModule {}
        const nestLogger = { error: jest.fn(), warn: jest.fn() };
        const response = await call(framework, {
          route: throwing(new Error('db down')),
          statusModule: { module: ByClassModule },
          nestLogger,
        });
        // Nest 12 warns of a constructor parameter it is told nothing about: both are declared.
        expect(nestLogger.warn).not.toHaveBeenCalled();
        expect(response.status).toBe(500);
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(response.body).toMatchObject({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
        expect(response.text).not.toContain('db down');
        expect(nestLogger.error).toHaveBeenCalledTimes(1);
      });

      it("answers an exception of a Nest middleware, which comes with the platform's raw response (Nest 11's Fastify adapter cannot set a header on it)", async () => {
        @Module({ imports: [StatusI18nModule.forRoot({ ...quiet, defaultLocale: 'zh-TW' })] })
        class WithMiddleware {
          configure(consumer: MiddlewareConsumer) {
            consumer
              .apply(() => {
                throw new ConflictException('Seat 12A is taken');
              })
              .forRoutes('boom');
          }
        }
        const response = await call(framework, { route: () => 'ok', statusModule: { module: WithMiddleware } });
        expect(response.status).toBe(409);
        expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(response.headers['content-language']).toBe('zh-TW');
        expect(response.body).toMatchObject({ title: '衝突', status: 409, detail: 'Seat 12A is taken' });
      });

      it('refuses to be made without the adapter host, with a TypeError that says how to make it', () => {
        expect(() => new StatusI18nFilter(undefined as never)).toThrow(TypeError);
        expect(() => new StatusI18nFilter(undefined as never)).toThrow(/needs Nest's HttpAdapterHost/);
        // The options where the adapter host goes.
        expect(() => new StatusI18nFilter({ defaultLocale: 'zh-CN' } as never)).toThrow(/needs Nest's HttpAdapterHost/);
      });

      it("logs a 5xx once through Nest's Logger when NODE_ENV is unset, and hides its message", async () => {
        const saved = process.env.NODE_ENV;
        delete process.env.NODE_ENV;
        try {
          const nestLogger = { error: jest.fn() };
          const response = await call(framework, { route: throwing(new Error('secret detail')), nestLogger });
          expect(response.status).toBe(500);
          expect(response.text).not.toContain('secret detail');
          expect(nestLogger.error).toHaveBeenCalledTimes(1);
        } finally {
          process.env.NODE_ENV = saved;
        }
      });

      it('keeps the connection alive after an error response', async () => {
        const server = framework.server({ route: throwing(new ConflictException('taken')), options: quiet });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        const { port } = server.address() as AddressInfo;
        const get = () =>
          new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
            const req = httpRequest({ port, host: '127.0.0.1', path: '/boom', agent }, (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
            });
            req.on('error', reject);
            req.end();
          });
        try {
          const first = await get();
          const second = await get();
          expect([first.status, second.status]).toEqual([409, 409]);
          expect(second.socket).toBe(first.socket);
        } finally {
          agent.destroy();
          server.close();
        }
      });
    });

    describe('other contexts are left to Nest', () => {
      it("a microservice message that fails gets Nest's own answer, logged once by Nest alone", async () => {
        const log = jest.fn();
        const nestLogger = { error: jest.fn() };
        @Controller()
        class Messages {
          @MessagePattern('fail')
          fail(): never {
            throw new Error('handler failed');
          }
        }
        const port = await freePort();
        let app: INestApplication | undefined;
        const setup: NestSetup = {
          options: { log, logClientErrors: true },
          controllers: [Messages],
          nestLogger,
          configure: (created) => {
            app = created;
            // The app's global filters (ours among them) apply to the microservice too.
            created.connectMicroservice(
              { transport: Transport.TCP, options: { host: '127.0.0.1', port } },
              { inheritAppConfig: true },
            );
          },
        };
        await request(framework.server(setup)).get('/nowhere');
        const started = app as INestApplication;
        await started.startAllMicroservices();
        const client = ClientProxyFactory.create({ transport: Transport.TCP, options: { host: '127.0.0.1', port } });
        try {
          await expect(firstValueFrom(client.send('fail', {}))).rejects.toEqual({
            status: 'error',
            message: 'Internal server error',
          });
          expect(log).not.toHaveBeenCalled();
          expect(nestLogger.error).toHaveBeenCalledTimes(1);
        } finally {
          await client.close();
          await started.close();
        }
      });

      it('a GraphQL-like external context gets the exception back, logged once by Nest alone', async () => {
        const log = jest.fn();
        const nestLogger = { error: jest.fn() };
        const failure = new Error('resolver failed');
        @Controller()
        class Resolver {
          @Get('unused')
          run(): never {
            throw failure;
          }
        }
        let app: INestApplication | undefined;
        const setup: NestSetup = {
          options: { log, logClientErrors: true },
          controllers: [Resolver],
          nestLogger,
          configure: (created) => {
            app = created;
          },
        };
        // The first request waits for the app to be ready.
        await request(framework.server(setup)).get('/nowhere');
        // How GraphQL calls a resolver: through Nest's external context, with the app's global filters.
        const creator = (app as INestApplication).get(ExternalContextCreator);
        const resolver = new Resolver();
        const handler = creator.create(
          resolver,
          resolver.run,
          'run',
          undefined,
          undefined,
          undefined,
          undefined,
          { guards: false, interceptors: false, filters: true },
          'graphql',
        );
        await expect(handler({}, {}, {}, {})).rejects.toBe(failure);
        expect(log).not.toHaveBeenCalled();
        expect(nestLogger.error).toHaveBeenCalledTimes(1);
      });
    });

    it('answers through the platform, whose own hooks still run', async () => {
      const response = await call(framework, {
        route: throwing(new ConflictException('taken')),
        options: quiet,
        configure: (app) => {
          const instance = platformOf(app);
          if (framework.platform === 'fastify') {
            instance.addHook?.('onSend', (_req: unknown, reply: Reply, payload: unknown, done: Done) => {
              reply.header('x-hooked', 'onSend');
              done(null, payload);
            });
          } else {
            instance.use?.((_req, res, next) => {
              res.setHeader('x-hooked', 'middleware');
              next();
            });
          }
        },
      });
      expect(response.status).toBe(409);
      expect(response.headers['x-hooked']).toBe(framework.platform === 'fastify' ? 'onSend' : 'middleware');
    });

    it('an answer that fails on its way out (a Fastify onSend hook that throws on it): the safe 500, logged as the server failure it is', async () => {
      const log = jest.fn();
      const failure = Object.assign(new Error('onSend failed reading secret-token-42'), {
        headers: { 'x-internal-debug': 'secret-token-42' },
      });
      const response = await call(
        framework,
        {
          route: throwing(new ConflictException('Seat 12A is taken')),
          options: { log },
          configure: failingOnErrorAnswers(failure),
        },
        { headers: { 'Accept-Language': 'zh-CN' } },
      );
      expect(response.text).not.toContain('secret-token-42');
      expect(response.headers['x-internal-debug']).toBeUndefined();
      if (framework.platform === 'fastify') {
        expect(response.status).toBe(500);
        expect(response.headers['content-language']).toBe('zh-CN');
        expect(response.body).toMatchObject({ status: 500, type: 'about:blank' });
        expect(response.text).not.toContain('Seat 12A');
        expect(log.mock.calls.map(([error]) => error)).toEqual([failure]);
      } else {
        expect(response.status).toBe(409);
        expect(log).not.toHaveBeenCalled();
      }
    });

    it.each([
      [
        'an Error with headers of its own',
        () =>
          Object.assign(new Error('onSend failed reading secret-token-42'), {
            headers: { 'x-leak': 'secret-token-42' },
          }),
      ],
      ['a thrown string', () => 'onSend failed reading secret-token-42'],
    ])(
      'an answer that fails on its way out after Fastify’s error handler saw the error (a body it cannot parse), with %s: the safe 500 too',
      async (_what, makeFailure) => {
        const log = jest.fn();
        const failure = makeFailure();
        const response = await call(
          framework,
          {
            options: { log },
            controllers: [SignUpController],
            configure: failingOnErrorAnswers(failure),
          },
          { method: 'post', path: '/sign-up', body: '{"email":', headers: { 'Content-Type': 'application/json' } },
        );
        expect(response.text).not.toContain('secret-token-42');
        expect(response.headers['x-leak']).toBeUndefined();
        if (framework.platform === 'fastify') {
          expect(response.status).toBe(500);
          expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
          expect(response.body).toMatchObject({ status: 500, type: 'about:blank' });
          expect(log.mock.calls.map(([error]) => error)).toEqual([failure]);
        } else {
          expect(response.status).toBe(400);
          expect(log).not.toHaveBeenCalled();
        }
      },
    );

    it('an answer that fails on its way out names the request with one made-up id in the body and both log lines', async () => {
      const log = jest.fn();
      const response = await call(framework, {
        route: throwing(new Error('db down')),
        options: { log, requestId: true },
        configure: failingOnErrorAnswers(new Error('onSend failed')),
      });
      expect(response.status).toBe(500);
      const { requestId } = response.body;
      expect(requestId).toMatch(/^[\da-f-]{36}$/);
      expect(response.headers['x-request-id']).toBe(requestId);
      // Express has no hook on the send: one answer, one log line. On Fastify the failure is logged as well.
      expect(log).toHaveBeenCalledTimes(framework.platform === 'fastify' ? 2 : 1);
      for (const [, , info] of log.mock.calls) expect(info.requestId).toBe(requestId);
    });

    it('a header Node.js would refuse, set through the platform before the error, is left off the answer', async () => {
      const response = await call(framework, {
        route: throwing(new ConflictException('Seat 12A is taken')),
        options: quiet,
        configure: (app) => {
          const instance = platformOf(app);
          // Fastify's reply.header() checks nothing; Express's res.setHeader() refuses such a value at once.
          instance.addHook?.('onRequest', (_req: unknown, reply: Reply, done: () => void) => {
            reply.header('x-trace', 'line one\nline two');
            done();
          });
        },
      });
      expect(response.status).toBe(409);
      expect(response.headers['x-trace']).toBeUndefined();
      expect(response.body).toMatchObject({ status: 409, detail: 'Seat 12A is taken' });
    });
  });
}
