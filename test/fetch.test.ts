import { fetchFramework } from './suite/frameworks-fetch';
import { behaviourSuite } from './suite/index';

behaviourSuite(fetchFramework);
