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
  // ArkType, the OpenAPI validator (test-only dependencies) and Nest 12 ship only ES modules: they are compiled
  // like the sources, other packages are not (Nest 11's CommonJS neither).
  transformIgnorePatterns: [
    '/node_modules/(?!\\.pnpm/(?:arktype|arkregex|@ark\\+|@seriousme\\+|@nestjs\\+[a-z-]+@12\\.)|arktype/|arkregex/|@ark/|@seriousme/|@nestjs/)',
  ],
  moduleNameMapper: {
    '^@status-i18n/(core|express|fastify|koa)$': '<rootDir>/packages/$1/src/index.ts',
    '^@status-i18n/nestjs$': '<rootDir>/packages/nestjs/src/index.ts',
    // Nest 11 or 12, as the test file chose (test/nest/peers.cjs).
    '^@nestjs/(common|core|platform-express|platform-fastify|microservices)$': '<rootDir>/test/nest/$1.cjs',
    '^(class-validator|class-transformer|reflect-metadata|rxjs)$': '<rootDir>/test/nest/$1.cjs',
    '^@status-i18n/core/node$': '<rootDir>/packages/core/src/node/index.ts',
    '^@status-i18n/core/locales/(.+)$': '<rootDir>/packages/core/src/locales/$1/index.ts',
    '^@status-i18n/fetch$': '<rootDir>/packages/fetch/src/index.ts',
    '^@status-i18n/fetch/(hono|next)$': '<rootDir>/packages/fetch/src/$1.ts',
  },
  transform: {
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        // Nest's decorators are TypeScript's (legacy) ones, with the parameter types Nest injects by.
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 20000,
};
