// Type-level test (checked by `tsc -p tsconfig.json`, not run): `frameworkErrors` fits the options of Nest's
// `FastifyAdapter`, which hands them to `Fastify()`, on every server it runs (HTTP/1, HTTPS, HTTP/2).
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { frameworkErrors } from '@status-i18n/nestjs';

export const onHttp1 = new FastifyAdapter({ frameworkErrors });
export const onHttp2 = new FastifyAdapter({ http2: true, frameworkErrors });
export const onHttps = new FastifyAdapter({ https: { key: 'key', cert: 'cert' }, frameworkErrors });
