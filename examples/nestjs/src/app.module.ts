import { Module } from '@nestjs/common';
import { createCatalog } from '@status-i18n/core';
import { ja } from '@status-i18n/core/locales/ja';
import { StatusI18nModule } from '@status-i18n/nestjs';
import { OrdersController } from './orders';

/** English, Chinese and Japanese: the built-in languages and one loaded on its own. */
export const catalog = createCatalog({ locales: [ja] });

/** `?lang=zh-CN` wins over Accept-Language, so a browser can show each language. */
function localeFromQuery(req: { query?: Record<string, unknown> }): string | undefined {
  const lang = req.query?.lang;
  return typeof lang === 'string' ? lang : undefined;
}

@Module({
  imports: [StatusI18nModule.forRoot({ catalog, locale: localeFromQuery, instance: true })],
  controllers: [OrdersController],
})
export class AppModule {}
