// The layers of the code, as rules dependency-cruiser checks (`npm run layers`, in `npm test`):
// within each program a folder imports only from its own level or the levels below it, never
// up; the wiki's API is reached only through bot/wiki/. ARCHITECTURE.md's picture is drawn
// from the same graph (`npm run layers -- --write`).
'use strict';

/** Lowest first. A module may import from its own level and those before it. */
const LEVELS = {
	shared: [
		// Text and time: no knowledge of sessions.
		[
			'shared/wikitext/',
			'shared/hash\\.ts',
			'shared/value-forms\\.ts',
			'shared/time\\.ts',
			'shared/config\\.ts',
			'shared/regions\\.ts',
			'shared/bots-policy\\.ts',
			'shared/api/',
		],
		// What a session, a participant, a hub and a title are.
		['shared/model/'],
		// Who registered, and in what words the interface speaks (and the calendar file).
		['shared/registrations/', 'shared/calendar/', 'shared/i18n/'],
		// Sessions (whether one is full is the registrations').
		['shared/sessions/'],
		// The programme's Config (its session defaults, its liaisons).
		['shared/programme/'],
		// What the pages, the messages and the figures say.
		['shared/pages/', 'shared/talk/', 'shared/stats/'],
	],
	bot: [
		['bot/wiki/'],
		['bot/places/'],
		['bot/programme/'],
		['bot/remind/', 'bot/install/'],
		['bot/notices/'],
		['bot/sync/'],
		['bot/program\\.ts'],
		['bot/cli\\.ts'],
	],
};

const anyOf = (patterns) => `^(?:${patterns.join('|')})`;

/** Every module of shared/ and bot/ that a level names. */
const ON_A_LEVEL = anyOf([...LEVELS.shared.flat(), ...LEVELS.bot.flat()]);

/** For each level, a rule against importing from any level above it. */
function noArrowUp(program, levels) {
	return levels.slice(0, -1).map((level, i) => ({
		name: `${program}-level-${i}-not-up`,
		comment: `${level.join(', ')} may not import from a level above it`,
		severity: 'error',
		from: { path: anyOf(level) },
		to: { path: anyOf(levels.slice(i + 1).flat()) },
	}));
}

module.exports = {
	forbidden: [
		{
			name: 'shared-is-pure',
			comment:
				'shared/ is used by the gadget and the bot alike: it imports neither',
			severity: 'error',
			from: { path: '^shared/' },
			to: { path: '^(?:bot|gadget|scripts|test)/' },
		},
		{
			name: 'gadget-not-bot',
			comment:
				'the gadget runs in browsers: nothing of the bot, the scripts or tests',
			severity: 'error',
			from: { path: '^gadget/' },
			to: { path: '^(?:bot|scripts|test)/' },
		},
		{
			name: 'bot-not-gadget',
			severity: 'error',
			from: { path: '^bot/' },
			to: { path: '^(?:gadget|scripts|test)/' },
		},
		{
			name: 'api-only-in-bot-wiki',
			comment:
				"the wiki is reached through bot/wiki/ alone: mwn (and its types), its HTTP client and Node's own HTTP stay there",
			severity: 'error',
			from: { path: '^(?:bot|shared|gadget)/', pathNot: '^bot/wiki/' },
			to: {
				path: ['node_modules/(?:mwn|axios)/', '^(?:node:)?https?$'],
			},
		},
		{
			name: 'dependencies-in-package-json',
			comment:
				'a package imported by the code is one package.json names (not one another brings along)',
			severity: 'error',
			from: { path: '^(?:bot|shared|gadget|scripts)/' },
			to: {
				dependencyTypes: ['npm-no-pkg', 'npm-unknown', 'unknown'],
				// The gadget's JSON page, which ResourceLoader serves beside it (install writes it).
				pathNot: '^\\./letsconnect-roots\\.json$',
			},
		},
		{
			name: 'gadget-entry-points-not-imported',
			comment:
				'the entry points are the modules with side effects: nothing imports them',
			severity: 'error',
			from: { path: '^gadget/' },
			to: { path: '^gadget/(?:index|loader)\\.ts$' },
		},
		{
			name: 'no-circular',
			severity: 'error',
			from: { path: '^(?:bot|shared|gadget)/' },
			to: { circular: true },
		},
		{
			name: 'every-module-has-a-level',
			comment:
				'a new folder of shared/ or bot/ gets a level in LEVELS, or no rule would hold it',
			severity: 'error',
			from: {
				path: '^(?:shared|bot)/',
				pathNot: ON_A_LEVEL,
			},
			to: {},
		},
		{
			name: 'every-module-has-a-level-even-alone',
			comment:
				'the same, for a module that imports nothing and nothing imports',
			severity: 'error',
			from: {
				orphan: true,
				path: '^(?:shared|bot)/',
				pathNot: [ON_A_LEVEL, '\\.(?:json|lua|wikitext|md)$'],
			},
			to: {},
		},
		...noArrowUp('shared', LEVELS.shared),
		...noArrowUp('bot', LEVELS.bot),
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(?:dist|\\.cache)/' },
		// Type-only imports count: a type from above is a dependency on it all the same.
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.json'],
		},
	},
};
