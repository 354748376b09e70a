import './nest/nest-12';
import { nestFramework } from './suite/frameworks-nest';
import { behaviourSuite } from './suite/index';
import { NEST_FASTIFY_DIFFERENCES } from './suite/nest-differences';

behaviourSuite(nestFramework('Nest 12 (Fastify)', 'fastify', NEST_FASTIFY_DIFFERENCES));
