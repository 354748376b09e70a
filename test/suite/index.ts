import { applicationProblemRules } from './application-problems';
import { exposureRules } from './exposure';
import { formatRules } from './formats';
import type { Framework } from './frameworks';
import { headerRules } from './header-hygiene';
import { languageRules } from './languages';
import { lifecycleRules } from './lifecycle';
import { negotiationRules } from './negotiation';
import { openApiRules } from './openapi-responses';
import { requestDataRules } from './request-data';
import { statusRules } from './status';
import { textFormatRules } from './text-format';
import { thrownValueRules } from './thrown-values';

/**
 * The behaviour suite, written once and run against every framework and major version: each rule of
 * docs/architecture.md, over a real server on a loopback port. Where Express and Koa must differ, the test says so.
 */
export function behaviourSuite(framework: Framework): void {
  describe(`${framework.name}: errorHandler(options)`, () => {
    statusRules(framework);
    exposureRules(framework);
    requestDataRules(framework);
    thrownValueRules(framework);
    negotiationRules(framework);
    formatRules(framework);
    textFormatRules(framework);
    headerRules(framework);
    lifecycleRules(framework);
    applicationProblemRules(framework);
    languageRules(framework);
    openApiRules(framework);
  });
}
