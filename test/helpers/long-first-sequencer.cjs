// Jest's order of test files, with the longest started first whatever jest's cache holds: on a
// fresh machine jest has no durations and starts the largest files first, and the fault suite
// (a small file that waits on purpose) was then left running alone at the end.
'use strict';

const Sequencer = require('@jest/test-sequencer').default;

/** The longest files, longest first (measured in `npm test` on a fresh clone: 152 s down to 18 s). */
const LONGEST = [
	'integration/bot-faults',
	'e2e/rush',
	'e2e/gadget',
	'e2e/many-cards',
	'integration/hubs',
	'integration/split-pages',
	'integration/install-and-sync',
];

const rank = (test) => {
	const found = LONGEST.findIndex((name) =>
		test.path.endsWith(`/test/${name}.test.ts`),
	);
	return found === -1 ? LONGEST.length : found;
};

class LongestFirst extends Sequencer {
	sort(tests) {
		// Jest's own order (failed first, then by duration or size), the longest known moved ahead.
		return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
	}
}

module.exports = LongestFirst;
