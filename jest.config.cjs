// Three suites: unit (pure code, recorded data), integration (a real local MediaWiki),
// e2e (real Chromium on that wiki). The integration and browser suites run on both supported
// MediaWiki releases, 1.39 and 1.43 (the `mediawiki` global; test/helpers/test-wiki.ts reads it).
// Type checking runs before jest, in `npm test`.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.jest.json' }] };
const project = (suite, mediawiki) => ({
  displayName: mediawiki ? `${suite} (MediaWiki ${mediawiki})` : suite,
  testMatch: [`<rootDir>/test/${suite}/**/*.test.ts`],
  transform,
  testEnvironment: 'node',
  ...(mediawiki ? { globals: { LC_MEDIAWIKI: mediawiki } } : {}),
});

module.exports = {
  projects: [project('unit'), ...['1.39', '1.43'].flatMap((mw) => [project('integration', mw), project('e2e', mw)])],
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
  maxWorkers: 2,
  testTimeout: 120000,
};
