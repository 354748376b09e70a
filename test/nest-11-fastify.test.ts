import './nest/nest-11';
import { nestFramework } from './suite/frameworks-nest';
import { behaviourSuite } from './suite/index';
import { NEST_FASTIFY_DIFFERENCES } from './suite/nest-differences';
import { nestRules } from './suite/nest-rules';

const framework = nestFramework('Nest 11 (Fastify)', 'fastify', NEST_FASTIFY_DIFFERENCES);
behaviourSuite(framework);
nestRules(framework);
