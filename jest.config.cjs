// Three suites: unit (pure code, recorded data), integration (a real local MediaWiki),
// e2e (real Chromium on that wiki). The integration and browser suites run on both supported
// MediaWiki releases, 1.39 and 1.43 (the `LC_MEDIAWIKI` global; test/helpers/test-wiki.ts reads
// it): every file on 1.43, the nearer to Meta, and on 1.39 the files where the release makes a
// difference (ON_1_39 below); `LC_MATRIX=full` runs every file on both.
// Type checking runs beside jest, in `npm test`; jest's transform (esbuild) only strips the types.
'use strict';

const transform = {
	'^.+\\.ts$': '<rootDir>/test/helpers/esbuild-transform.cjs',
};
const project = (suite, mediawiki) => ({
	displayName: mediawiki ? `${suite} (MediaWiki ${mediawiki})` : suite,
	testMatch: [`<rootDir>/test/${suite}/**/*.test.ts`],
	// The project's own folders: not MediaWiki's code and the wikis in .cache/ (16,000 files).
	roots: ['bot', 'gadget', 'scripts', 'shared', 'test'].map(
		(d) => `<rootDir>/${d}`,
	),
	transform,
	testEnvironment: 'node',
	...(mediawiki ? { globals: { LC_MEDIAWIKI: mediawiki } } : {}),
});
// The tests of many people at once run on MediaWiki 1.43 where saves really race, as on Meta:
// MariaDB with six PHP workers (scripts/mariadb.ts). They are the rush and the simultaneous
// cancels, a liaison saving while the bot writes, and the faults. On 1.39 the liaison and the bot
// run on SQLite too. Its rush runs with LC_MATRIX=full only: one SQLite worker serves the saves one
// after another, so nothing races there, and 1.39's sign-up (the loader, its API) is signup.test's.
// That rush was a sixteenth of the suite's CPU.
const RACES = { e2e: ['rush'], integration: ['edit-conflicts', 'bot-faults'] };
const raceFiles = (suite) =>
	RACES[suite].map((name) => `<rootDir>/test/${suite}/${name}.test.ts`);
const onMariadb = (suite, mediawiki) => ({
	...project(suite, mediawiki),
	displayName: `${suite} (MediaWiki ${mediawiki}, MariaDB)`,
	testMatch: raceFiles(suite),
	globals: { LC_MEDIAWIKI: mediawiki, LC_DATABASE: 'mariadb' },
});
// What differs on 1.39, and the files that test it there: how the wiki renders the templates and
// the module (Scribunto, the parser, {{#time}}: templates-render, parity, fixtures-agree,
// time-agrees; page languages without {{USERLANGUAGE}}: hub-languages; what the Sanitizer keeps
// of the Evaluation page's bars, and {{#language:}}: evaluation; the parse limits the budget
// check reads: split-pages), what install writes (the gadget's loader route: Gadgets 1.39 has no
// `categories=`: install-and-sync), the API the bot reads and writes through (batches,
// continuation, conflicts: batch-reads, edit-conflicts), and how the gadget loads and acts in
// each skin, Minerva's layout too (gadget, signup). The other files test the bot's and the
// gadget's own rules through the same API calls and pages, the same on both. Left to
// LC_MATRIX=full (a tenth of the suite's time, measured in a clean clone): hubs, bot-sync and
// registration-places (the module's and the bot's rules, on a wiki the files above already
// check), and in the browser registration-page, evaluation and attendance (the gadget's rules on
// pages whose 1.39 rendering the integration files check).
const ON_1_39 = {
	integration: [
		'install-and-sync',
		'templates-render',
		'parity',
		'fixtures-agree',
		'time-agrees',
		'batch-reads',
		'edit-conflicts',
		'evaluation',
		'split-pages',
	],
	e2e: ['gadget', 'signup', 'hub-languages'],
};
const onOlderRelease = (suite) => ({
	...project(suite, '1.39'),
	...(process.env.LC_MATRIX === 'full'
		? {}
		: {
				testMatch: ON_1_39[suite].map(
					(name) => `<rootDir>/test/${suite}/${name}.test.ts`,
				),
			}),
});
const withoutRaces = (suite, mediawiki) => ({
	...project(suite, mediawiki),
	testPathIgnorePatterns: ['/node_modules/', ...raceFiles(suite)],
});
// The fault suite's faults are the network's (a proxy makes them), not a release's: it runs once,
// on MariaDB, and not again on 1.39.
const ONCE = ['<rootDir>/test/integration/bot-faults.test.ts'];
const withoutOnce = (config) => ({
	...config,
	testPathIgnorePatterns: ['/node_modules/', ...ONCE],
});

module.exports = {
	projects: [
		project('unit'),
		withoutOnce(onOlderRelease('integration')),
		onOlderRelease('e2e'),
		withoutRaces('integration', '1.43'),
		withoutRaces('e2e', '1.43'),
		onMariadb('integration', '1.43'),
		onMariadb('e2e', '1.43'),
	],
	reporters: ['default', '<rootDir>/test/helpers/summary-reporter.cjs'],
	testSequencer: '<rootDir>/test/helpers/long-first-sequencer.cjs',
	// Three test files at a time on two cores: the waits of some (faults, conflict retries, a browser
	// drawing) leave room for a third (measured: 566 s in all against 610 s with two).
	maxWorkers: 3,
	testTimeout: 120000,
};
