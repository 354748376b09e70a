import './nest/nest-12';
import request from 'supertest';
import { nestFramework } from './suite/frameworks-nest';

it('probe', async () => {
  const f = nestFramework('x', 'fastify', []);
  const r = await request(
    f.server({
      route: (t) => {
        throw Object.assign(new Error('x'), { status: 409, expose: true, got: t.body() });
      },
      before: { nest: { limit: 1024 } },
    }),
  )
    .post('/boom')
    .set('Content-Type', 'application/json')
    .send('{"a":1,}');
  console.log(r.status, r.headers, r.text);
});
