import '/work/wt/nestjs/test/nest/nest-12';
import request from 'supertest';
import { nestFramework } from '/work/wt/nestjs/test/suite/frameworks-nest';

it('probe', async () => {
  const f = nestFramework('x', 'fastify', []);
  const r = await request(f.server({ route: () => { throw Object.assign(new Error('x'), { status: 409, expose: true }); } })).get('/boom');
  console.log(r.status, r.headers, r.text);
});
