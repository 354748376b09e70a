/**
 * `@status-i18n/core/node`: what the Node.js adapters (Express, Koa, Fastify, NestJS) share to read a Node.js
 * request and write a planned response on a Node.js response. Kept out of the main entry, which runs without
 * Node.js built-ins.
 */
export {
  clientLeftStatus,
  encodedBodyStatus,
  nodeErrorRequest,
  type ResponseHeaders,
  responseHeaderOf,
} from './request';
export { afterRequestBody, sendResponsePlan, truncateResponse, writeLastResort } from './send';
export { isSendableHeader, setReasonPhrase, writeResponsePlan } from './write';
