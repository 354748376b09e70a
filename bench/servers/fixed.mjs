/** The fixed bodies the ceiling variants send: what the cheapest possible error answer costs. */
const BODIES = new Map(
  [
    ['/404', 404],
    ['/500', 500],
    ['/422', 422],
    ['/validation', 422],
  ].map(([path, status]) => [
    path,
    { status, body: Buffer.from(JSON.stringify({ status, title: 'Error', detail: 'A fixed error body.' })) },
  ]),
);

const HEADERS = (body) => ({ 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });

/** The fixed body and status of the request's route (the 404's for any other path). */
function fixedFor(req) {
  return BODIES.get(req.url.split('?', 1)[0]) ?? BODIES.get('/404');
}

/** Sends the fixed body for the request's route, with its status. */
export function sendFixed(req, res) {
  const fixed = fixedFor(req);
  res.writeHead(fixed.status, HEADERS(fixed.body));
  res.end(fixed.body);
}

// The headers every error response carries (docs/architecture.md), set the way any handler must set them so
// that later code (loggers reading Content-Length) still sees them: one setHeader each.
const CONTRACT_HEADERS = (body) => [
  ['Content-Type', 'application/json; charset=utf-8'],
  ['Content-Length', String(body.length)],
  ['Content-Language', 'en'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Vary', 'Accept, Accept-Language'],
];

/**
 * The fixed answer of the request's route with the contract's headers as an object of lower-case names, for
 * Fastify's `reply.headers()`: made once per route, as the ceiling's answer costs nothing to build.
 */
export function contractReply(req) {
  const fixed = fixedFor(req);
  fixed.reply ??= {
    status: fixed.status,
    body: fixed.body,
    headers: Object.fromEntries(CONTRACT_HEADERS(fixed.body).map(([name, value]) => [name.toLowerCase(), value])),
  };
  return fixed.reply;
}

/** Sends the fixed body with the headers of the contract: what those headers cost, and nothing else. */
export function sendFixedWithHeaders(req, res) {
  const fixed = fixedFor(req);
  res.statusCode = fixed.status;
  for (const [name, value] of CONTRACT_HEADERS(fixed.body)) res.setHeader(name, value);
  res.end(fixed.body);
}
