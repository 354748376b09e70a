// Nest 11 and Nest 12 each have a dependency tree of their own (test/nest-11, test/nest-12): Nest's packages
// import each other by name, so two majors cannot share one node_modules. jest.config.cjs sends every
// `@nestjs/*` request (the package under test's, the suite's, Nest's own) here, to the tree the test file chose
// with `useNest(major)` before loading anything of Nest: one copy of each package per test file, so
// `HttpAdapterHost` and the Logger are the application's own. Without a choice: Nest 12.
const { join } = require('node:path');

const root = join(__dirname, '..');

function tree() {
  const major = globalThis.__statusI18nNestMajor ?? 12;
  return join(root, `nest-${major}`, 'node_modules');
}

/** The module `name` of the chosen tree. */
exports.load = (name) => require(join(tree(), name));
