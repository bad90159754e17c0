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
// The tests of many people at once also run where saves really race, as on Meta: MariaDB with six
// PHP workers (scripts/mariadb.ts): the rush and the simultaneous cancels, a liaison saving while
// the bot writes, and the faults.
const RACES = { e2e: ['rush'], integration: ['edit-conflicts', 'bot-faults'] };
const onMariadb = (suite, mediawiki) => ({
	...project(suite, mediawiki),
	displayName: `${suite} (MediaWiki ${mediawiki}, MariaDB)`,
	testMatch: RACES[suite].map(
		(name) => `<rootDir>/test/${suite}/${name}.test.ts`,
	),
	globals: { LC_MEDIAWIKI: mediawiki, LC_DATABASE: 'mariadb' },
});

module.exports = {
	projects: [
		project('unit'),
		...['1.39', '1.43'].flatMap((mw) => [
			project('integration', mw),
			project('e2e', mw),
		]),
		// `npm run test:races` (not yet in `npm test`: on 2 cores, a third rush beside the two others
		// overloads the machine and readers time out).
		...(process.env.LC_RACES
			? [onMariadb('integration', '1.43'), onMariadb('e2e', '1.43')]
			: []),
	],
	reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
	maxWorkers: 2,
	testTimeout: 120000,
};
