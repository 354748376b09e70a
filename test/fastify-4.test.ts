import { fastifyFrameworks } from './suite/frameworks-fastify';
import { behaviourSuite } from './suite/index';

behaviourSuite(fastifyFrameworks.fastify4);
