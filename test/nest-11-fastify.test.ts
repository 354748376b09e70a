import './nest/nest-11';
import { nestFramework } from './suite/frameworks-nest';
import { behaviourSuite } from './suite/index';
import { NEST_FASTIFY_DIFFERENCES } from './suite/nest-differences';

behaviourSuite(nestFramework('Nest 11 (Fastify)', 'fastify', NEST_FASTIFY_DIFFERENCES));
