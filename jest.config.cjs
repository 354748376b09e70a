/**
 * One Jest run for the whole workspace: unit tests of each package, the shared adapter suite and the
 * examples' smoke tests. Tests run on the TypeScript sources through SWC, so they never need a build.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/test', '<rootDir>/examples'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // ArkType and the OpenAPI validator (test-only dependencies) ship only ES modules: they are compiled like the
  // sources, other packages are not.
  transformIgnorePatterns: [
    '/node_modules/(?!\\.pnpm/(?:arktype|arkregex|@ark\\+|@seriousme\\+)|arktype/|arkregex/|@ark/|@seriousme/)',
  ],
  moduleNameMapper: {
    '^@status-i18n/(core|express|fastify|koa)$': '<rootDir>/packages/$1/src/index.ts',
    '^@status-i18n/core/node$': '<rootDir>/packages/core/src/node/index.ts',
    '^@status-i18n/core/locales/(.+)$': '<rootDir>/packages/core/src/locales/$1/index.ts',
  },
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 20000,
};
