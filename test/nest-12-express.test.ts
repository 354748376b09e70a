import './nest/nest-12';
import { nestFramework } from './suite/frameworks-nest';
import { behaviourSuite } from './suite/index';
import { NEST_EXPRESS_DIFFERENCES } from './suite/nest-differences';
import { nestRules } from './suite/nest-rules';

const framework = nestFramework('Nest 12 (Express)', 'express', NEST_EXPRESS_DIFFERENCES);
behaviourSuite(framework);
nestRules(framework);
