#!/usr/bin/env node
// Prints the one closing line CI reads, `tests: N passed, M failed`, from Jest's JSON results (all suites of
// the one workspace run together). Exits non-zero when the results are missing or count no test at all: a run
// that executes nothing must not look green.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'reports/jest-results.json';
if (!existsSync(path)) {
  console.log('tests: 0 passed, 0 failed');
  process.exit(1);
}
const results = JSON.parse(readFileSync(path, 'utf8'));
const passed = results.numPassedTests ?? 0;
const failed = (results.numFailedTests ?? 0) + (results.numRuntimeErrorTestSuites ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 && results.success === true ? 0 : 1);
