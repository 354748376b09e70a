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

/** Sends the fixed body for the request's route, with its status. */
export function sendFixed(req, res) {
  const fixed = BODIES.get(req.url.split('?', 1)[0]) ?? BODIES.get('/404');
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

/** The contract's headers of a fixed body, as an object of lower-case names (Fastify's `reply.headers()`). */
export function contractHeaders(req) {
  const fixed = BODIES.get(req.url.split('?', 1)[0]) ?? BODIES.get('/404');
  return {
    status: fixed.status,
    body: fixed.body,
    headers: Object.fromEntries(CONTRACT_HEADERS(fixed.body).map(([name, value]) => [name.toLowerCase(), value])),
  };
}

/** Sends the fixed body with the headers of the contract: what those headers cost, and nothing else. */
export function sendFixedWithHeaders(req, res) {
  const fixed = BODIES.get(req.url.split('?', 1)[0]) ?? BODIES.get('/404');
  res.statusCode = fixed.status;
  for (const [name, value] of CONTRACT_HEADERS(fixed.body)) res.setHeader(name, value);
  res.end(fixed.body);
}
