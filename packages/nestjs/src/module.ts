import type { DynamicModule } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { APP_FILTER, HttpAdapterHost } from '@nestjs/core';
import { type NestErrorOptions, nestErrorLayer, StatusI18nFilter } from './filter';

/**
 * Registers {@link StatusI18nFilter} as the application's global exception filter (`APP_FILTER`), so every
 * exception of an HTTP request, in every module, is answered in the client's format and language.
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
}

Module({})(StatusI18nModule);
