import './nest/nest-12';
import { ConflictException, Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { StatusI18nFilter, StatusI18nModule } from '@status-i18n/nestjs';
import type { Request } from 'express';
import request from 'supertest';
import { CollectingLogger } from './suite/frameworks-nest';

/**
 * The hooks typed with the platform's request the application names (Express's `Request` here), on Nest 12 and
 * Express. The type checks are compiled by `npx tsc -p tsconfig.json`: a hook's `req` is that request, not `any`.
 */

@Controller()
class SeatsController {
  @Get('seats/12A')
  take(): never {
    throw new ConflictException();
  }
}

async function start(module: unknown, configure?: (app: INestApplication) => void): Promise<INestApplication> {
  const app = await NestFactory.create(module as never, new ExpressAdapter(), { logger: new CollectingLogger() });
  configure?.(app);
  await app.init();
  return app;
}

describe('StatusI18nModule.forRoot<Request>(options)', () => {
  it("types the hooks' request as the platform's, and they get it", async () => {
    const typed = StatusI18nModule.forRoot<Request>({ locale: (req) => req.query.lang as string | undefined });
    StatusI18nModule.forRoot<Request>({
      // @ts-expect-error Express's request has no `lang`: the hook's request is typed, not `any`
      locale: (req) => req.lang,
    });
    @Module({ imports: [typed], controllers: [SeatsController] })
    class AppModule {}
    const app = await start(AppModule);
    try {
      const response = await request(app.getHttpServer()).get('/seats/12A?lang=zh-TW');
      expect(response.status).toBe(409);
      expect(response.body.title).toBe('衝突');
    } finally {
      await app.close();
    }
  });

  it('stays `any` without a type argument, as before', () => {
    // Any request shape compiles: the hooks of existing code keep compiling.
    expect(() => StatusI18nModule.forRoot({ locale: (req) => req.anything?.lang })).not.toThrow();
  });
});

describe('new StatusI18nFilter<Request>(adapterHost, options)', () => {
  it("types the hooks' request as the platform's, and they get it", async () => {
    @Module({ controllers: [SeatsController] })
    class AppModule {}
    const app = await start(AppModule, (created) => {
      const host = created.get(HttpAdapterHost);
      created.useGlobalFilters(new StatusI18nFilter<Request>(host, { locale: (req) => req.get('x-lang') }));
      // @ts-expect-error Express's request has no `lang`: the hook's request is typed, not `any`
      expect(new StatusI18nFilter<Request>(host, { locale: (req) => req.lang })).toBeInstanceOf(StatusI18nFilter);
    });
    try {
      const response = await request(app.getHttpServer()).get('/seats/12A').set('X-Lang', 'zh-CN');
      expect(response.status).toBe(409);
      expect(response.body.title).toBe('冲突');
    } finally {
      await app.close();
    }
  });
});
