import type { DynamicModule, FactoryProvider, ModuleMetadata } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER, HttpAdapterHost } from '@nestjs/core';
import { type NestErrorOptions, nestErrorLayer, StatusI18nFilter } from './filter';

/**
 * Options of `StatusI18nModule.forRootAsync()`: the module's options made by a factory, with what it needs
 * injected (a `ConfigService`), as Nest's own modules take them.
 */
// biome-ignore lint/suspicious/noExplicitAny: the request is the platform's; `any` unless the app names it
export interface StatusI18nAsyncOptions<Request = any> {
  /** Modules that export what `inject` names (`ConfigModule`). */
  readonly imports?: ModuleMetadata['imports'];
  /** The providers handed to `useFactory`, in order. */
  readonly inject?: FactoryProvider['inject'];
  /** Makes the options (or a promise of them) from the injected providers. */
  // Any parameters: Nest hands the factory whatever `inject` names.
  readonly useFactory: (
    ...args: never[]
  ) => NestErrorOptions<Request> | undefined | Promise<NestErrorOptions<Request> | undefined>;
}

/**
 * Registers {@link StatusI18nFilter} as the application's global exception filter (`APP_FILTER`), so every
 * exception of an HTTP request, in every module, is answered in the client's format and language: with
 * options (`forRoot(options)`), or with options made from injected providers (`forRootAsync({ useFactory })`).
 *
 * @example
 * ```ts
 * @Module({
 *   imports: [StatusI18nModule.forRoot({ defaultLocale: 'zh-CN', instance: true })],
 *   controllers: [OrdersController],
 * })
 * export class AppModule {}
 * ```
 */
// A class, as Nest's modules are: Nest knows a module by its class and its `forRoot()` convention.
// biome-ignore lint/complexity/noStaticOnlyClass: Nest's dynamic modules are classes with a static forRoot()
export class StatusI18nModule {
  /**
   * The module with its options: those of the core (see the README), checked now: a wrong one throws a
   * `TypeError` naming it while the module is declared, not at the first error.
   *
   * @typeParam Request the platform's request the hooks receive (Express's `Request`, Fastify's
   *   `FastifyRequest`); `any` unless given
   *
   * @example
   * ```ts
   * import type { Request } from 'express';
   *
   * StatusI18nModule.forRoot<Request>({ locale: (req) => req.query.lang as string | undefined });
   * ```
   */
  // biome-ignore lint/suspicious/noExplicitAny: the request is the platform's; `any` unless the app names it
  static forRoot<Request = any>(options?: NestErrorOptions<Request>): DynamicModule {
    nestErrorLayer(options);
    return {
      module: StatusI18nModule,
      providers: [
        {
          provide: APP_FILTER,
          useFactory: (adapterHost: HttpAdapterHost) => new StatusI18nFilter(adapterHost, options),
          inject: [HttpAdapterHost],
        },
      ],
    };
  }

  /**
   * The module with options a factory makes, from providers Nest injects (a `ConfigService`). They are checked
   * when the factory resolves, while the app starts: a wrong one fails `NestFactory.create()` with a `TypeError`
   * naming it.
   *
   * @example
   * ```ts
   * StatusI18nModule.forRootAsync({
   *   imports: [ConfigModule],
   *   inject: [ConfigService],
   *   useFactory: (config: ConfigService) => ({ defaultLocale: config.get('LOCALE') }),
   * });
   * ```
   */
  // biome-ignore lint/suspicious/noExplicitAny: the request is the platform's; `any` unless the app names it
  static forRootAsync<Request = any>(options: StatusI18nAsyncOptions<Request>): DynamicModule {
    const { imports = [], inject = [], useFactory } = options ?? ({} as Partial<StatusI18nAsyncOptions>);
    if (typeof useFactory !== 'function') {
      throw new TypeError('status-i18n: StatusI18nModule.forRootAsync() needs a useFactory function');
    }
    if (!Array.isArray(inject) || !Array.isArray(imports)) {
      throw new TypeError('status-i18n: StatusI18nModule.forRootAsync() options "imports" and "inject" are arrays');
    }
    return {
      module: StatusI18nModule,
      imports,
      providers: [
        {
          provide: APP_FILTER,
          // The filter checks the options as it is made: a wrong one rejects, and Nest's start fails with it.
          useFactory: async (adapterHost: HttpAdapterHost, ...args: unknown[]) =>
            new StatusI18nFilter<Request>(adapterHost, await useFactory(...(args as never[]))),
          inject: [HttpAdapterHost, ...inject],
        },
      ],
    };
  }
}

Module({})(StatusI18nModule);
