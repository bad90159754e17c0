// Three suites: unit (pure code, recorded data), integration (a real local MediaWiki),
// e2e (real Chromium on that wiki). The integration and browser suites run on both supported
// MediaWiki releases, 1.39 and 1.43 (the `mediawiki` global; test/helpers/test-wiki.ts reads it).
// Type checking runs before jest, in `npm test`.
'use strict';

const transform = {
	'^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.jest.json' }],
};
const project = (suite, mediawiki) => ({
	displayName: mediawiki ? `${suite} (MediaWiki ${mediawiki})` : suite,
	testMatch: [`<rootDir>/test/${suite}/**/*.test.ts`],
	transform,
	testEnvironment: 'node',
	...(mediawiki ? { globals: { LC_MEDIAWIKI: mediawiki } } : {}),
});
// The tests of many people at once run on MediaWiki 1.43 where saves really race, as on Meta:
// MariaDB with six PHP workers (scripts/mariadb.ts). They are the rush and the simultaneous
// cancels, a liaison saving while the bot writes, and the faults. On 1.39 the first three run on
// SQLite, where the rush's click order is checked too.
const RACES = { e2e: ['rush'], integration: ['edit-conflicts', 'bot-faults'] };
const raceFiles = (suite) =>
	RACES[suite].map((name) => `<rootDir>/test/${suite}/${name}.test.ts`);
const onMariadb = (suite, mediawiki) => ({
	...project(suite, mediawiki),
	displayName: `${suite} (MediaWiki ${mediawiki}, MariaDB)`,
	testMatch: raceFiles(suite),
	globals: { LC_MEDIAWIKI: mediawiki, LC_DATABASE: 'mariadb' },
});
const withoutRaces = (suite, mediawiki) => ({
	...project(suite, mediawiki),
	testPathIgnorePatterns: ['/node_modules/', ...raceFiles(suite)],
});
// The fault suite's faults are the network's (a proxy makes them), not a release's: it runs once,
// on MariaDB, and not again on 1.39.
const ONCE = ['<rootDir>/test/integration/bot-faults.test.ts'];
const withoutOnce = (suite, mediawiki) => ({
	...project(suite, mediawiki),
	testPathIgnorePatterns: ['/node_modules/', ...ONCE],
});

module.exports = {
	projects: [
		project('unit'),
		withoutOnce('integration', '1.39'),
		project('e2e', '1.39'),
		withoutRaces('integration', '1.43'),
		withoutRaces('e2e', '1.43'),
		onMariadb('integration', '1.43'),
		onMariadb('e2e', '1.43'),
	],
	reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
	maxWorkers: 2,
	testTimeout: 120000,
};
