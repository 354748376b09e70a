import { frameworks } from './suite/frameworks';
import { behaviourSuite } from './suite/index';

behaviourSuite(frameworks.koa2);
