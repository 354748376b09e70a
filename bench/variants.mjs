/**
 * The server variants, by group. Each runs in its own child process (server.mjs). A variant answers case `c` in
 * `format(c)`: peers that do not negotiate always answer in their one format (see their source).
 */
const negotiated = (c) => c.format;

const FORMAT_OF_HANDLER = {
  fixed: () => 'json',
  fixedhandler: () => 'json',
  fixedheaders: () => 'json',
  finalhandler: () => 'html',
  errorhandler: negotiated,
  handwritten: () => 'json',
  default: () => 'text',
  onerror: negotiated,
  trycatch: () => 'json',
  basefilter: () => 'json',
  ours: negotiated,
};

export const GROUPS = [
  { id: 'express5', title: 'Express 5', reference: 'express5-finalhandler' },
  { id: 'express4', title: 'Express 4', reference: 'express4-finalhandler' },
  { id: 'koa3', title: 'Koa 3', reference: 'koa3-default' },
  { id: 'fastify5', title: 'Fastify 5', reference: 'fastify5-default' },
  { id: 'fastify4', title: 'Fastify 4', reference: 'fastify4-default' },
  { id: 'nest12-express', title: 'NestJS 12 (Express platform)', reference: 'nest12-express-basefilter' },
  { id: 'nest12-fastify', title: 'NestJS 12 (Fastify platform)', reference: 'nest12-fastify-basefilter' },
];

/** The physical ceiling: shown in every group's table, measured once per round. */
export const CEILING = 'node-fixed';

// Express 4 runs only the variants its targets name; Express 5 also has the ceilings and a hand-written handler.
const express = (version) => [
  ...(version === 'express5'
    ? [
        { handler: 'fixed', label: 'route sends a fixed body (ceiling)' },
        { handler: 'fixedhandler', label: 'error handler sends a fixed body (error-path ceiling)' },
        {
          handler: 'fixedheaders',
          label: 'error handler sends a fixed body with the headers every error response carries',
        },
      ]
    : []),
  { handler: 'finalhandler', label: 'default (finalhandler)' },
  { handler: 'errorhandler', label: '`errorhandler`' },
  ...(version === 'express5' ? [{ handler: 'handwritten', label: 'hand-written `res.status().json()`' }] : []),
  { handler: 'ours', label: '**@status-i18n/express**', ours: true },
];

const koa = [
  { handler: 'fixedhandler', label: 'catch sends a fixed body (error-path ceiling)' },
  { handler: 'fixedheaders', label: 'catch sends a fixed body with the headers every error response carries' },
  { handler: 'default', label: "Koa's default (`ctx.onerror`)" },
  { handler: 'onerror', label: '`koa-onerror`' },
  { handler: 'trycatch', label: 'try/catch middleware' },
  { handler: 'ours', label: '**@status-i18n/koa**', ours: true },
];

// Fastify 4 runs only the variants its target names; Fastify 5 also has the error-path ceiling and a hand-written
// handler. Fastify's default error handler answers JSON (`{ statusCode, code, error, message }`).
const fastify = (version) => [
  ...(version === 'fastify5'
    ? [
        {
          handler: 'fixedheaders',
          label: 'error handler sends a fixed body with the headers every error response carries',
        },
      ]
    : []),
  { handler: 'default', label: "Fastify's default error handler", format: () => 'json' },
  ...(version === 'fastify5' ? [{ handler: 'handwritten', label: 'hand-written `setErrorHandler`' }] : []),
  { handler: 'ours', label: '**@status-i18n/fastify**', ours: true },
];

const nest = [
  { handler: 'basefilter', label: "Nest's default (`BaseExceptionFilter`)" },
  { handler: 'ours', label: '**@status-i18n/nestjs**', ours: true },
];

export const VARIANTS = [
  { group: undefined, module: 'node', version: undefined, handler: 'fixed', label: 'node:http, fixed body (ceiling)' },
  ...['express5', 'express4'].flatMap((version) =>
    express(version).map((variant) => ({ ...variant, group: version, module: 'express', version })),
  ),
  ...koa.map((variant) => ({ ...variant, group: 'koa3', module: 'koa', version: 'koa3' })),
  ...['fastify5', 'fastify4'].flatMap((version) =>
    fastify(version).map((variant) => ({ ...variant, group: version, module: 'fastify', version })),
  ),
  ...['nest12-express', 'nest12-fastify'].flatMap((version) =>
    nest.map((variant) => ({ ...variant, group: version, module: 'nest', version })),
  ),
].map((variant) => ({
  ...variant,
  id: variant.version === undefined ? CEILING : `${variant.version}-${variant.handler}`,
  ours: variant.ours === true,
  format: variant.format ?? FORMAT_OF_HANDLER[variant.handler],
}));

/**
 * The run's noise: each group's reference handler a second time, in a process of its own, measured like every
 * other variant. What separates the two copies of one handler is the machine, not the code; a target is judged
 * against that (lib/targets.mjs).
 */
for (const group of GROUPS) {
  const reference = VARIANTS.find((variant) => variant.id === group.reference);
  VARIANTS.push({
    ...reference,
    id: controlOf(group),
    label: `${reference.label}, again (the run's noise)`,
    control: true,
  });
}

/** The id of a group's second copy of its reference handler. */
export function controlOf(group) {
  return `${group.reference}-again`;
}

export function variantById(id) {
  const variant = VARIANTS.find((candidate) => candidate.id === id);
  if (variant === undefined) throw new Error(`unknown variant ${id}`);
  return variant;
}
