/** The fixed bodies the ceiling variants send: what the cheapest possible error answer costs. */
const BODIES = new Map(
  [404, 500, 422].map((status) => [
    `/${status}`,
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
