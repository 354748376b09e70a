import { honoFramework } from './suite/frameworks-fetch';
import { behaviourSuite } from './suite/index';

behaviourSuite(honoFramework);
