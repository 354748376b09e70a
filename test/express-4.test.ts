import { frameworks } from './suite/frameworks';
import { behaviourSuite } from './suite/index';

behaviourSuite(frameworks.express4);
