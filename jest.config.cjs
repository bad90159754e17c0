// Three suites: unit (pure code, recorded data), integration (a real local MediaWiki),
// e2e (real Chromium on that wiki). Type checking runs before jest, in `npm test`.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.jest.json' }] };
const project = (name, timeout) => ({
  displayName: name,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  transform,
  testEnvironment: 'node',
  ...(timeout ? { testTimeout: timeout } : {}),
});

module.exports = {
  projects: [project('unit'), project('integration'), project('e2e')],
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
  maxWorkers: 2,
  testTimeout: 120000,
};
