// Type-level test (checked by `tsc -p tsconfig.json`, not run): `frameworkErrors` fits `Fastify()` on every
// server Fastify runs on. It used to be typed for HTTP/1 only, which `http2: true` refused.
import { frameworkErrors } from '@status-i18n/fastify';
import Fastify from 'fastify5';

export const onHttp1 = Fastify({ frameworkErrors });
export const onHttp2 = Fastify({ http2: true, frameworkErrors });
export const onHttps = Fastify({ https: { key: 'key', cert: 'cert' }, frameworkErrors });
