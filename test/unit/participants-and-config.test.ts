import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import {
	profileValues,
	readParticipants,
	withProfile,
} from '../../shared/model/participant';
import {
	CONFIG_PARAMS,
	DEFAULT_CONFIG,
	newConfigPage,
	readConfig,
} from '../../shared/programme/config-page';
import { SESSION_PARAMS } from '../../shared/model/session-contract';
import type { Problem } from '../../shared/model/problems';
import { participantsRegion } from '../../shared/pages/programme-pages';
import { computeStats, withBaseline } from '../../shared/stats/programme-stats';

const page = 'Grants:Knowledge Sharing/Connect/Participants/Alice';

describe('readParticipants', () => {
	it('reads a profile, taking the user from the page name when the template omits it', () => {
		const problems: Problem[] = [];
		const [p] = readParticipants(
			page,
			"{{Let's Connect/Participant|country=Peru|languages=ES, en|share=Wikidata; Events|learn=Grant writing|joined=2026-11}}",
			problems,
		);
		expect(p).toMatchObject({
			user: 'Alice',
			country: 'Peru',
			languages: ['es', 'en'],
			share: ['Wikidata', 'Events'],
			learn: ['Grant writing'],
			joined: '2026-11',
		});
		expect(problems).toEqual([]);
	});

	it("leaves out a profile written on someone else's page, and reads one template only", () => {
		const problems: Problem[] = [];
		expect(
			readParticipants(
				page.replace('Alice', 'Mallory'),
				"{{Let's Connect/Participant|user=Alice|share=X}}",
				problems,
			),
		).toEqual([]);
		expect(problems.map((p) => p.code)).toEqual(['participant-wrong-page']);
		const twice: Problem[] = [];
		expect(
			readParticipants(
				page,
				"{{Let's Connect/Participant|share=A}}{{Let's Connect/Participant|share=B}}",
				twice,
			).map((p) => p.share),
		).toEqual([['A']]);
		expect(twice.map((p) => p.code)).toEqual(['participant-duplicate']);
	});

	it.each([
		['|user=A<b>', 'participant-invalid-user', 'error'],
		[
			'|user=Alice|languages=klingon',
			'participant-unknown-language',
			'warning',
		],
		['|user=Alice|joined=last year', 'participant-invalid-joined', 'warning'],
	])('%s → %s', (params, code, severity) => {
		const problems: Problem[] = [];
		readParticipants('P', `{{Let's Connect/Participant${params}}}`, problems);
		expect(problems.map((p) => [p.code, p.severity])).toEqual([
			[code, severity],
		]);
	});
});

describe('readConfig', () => {
	it('reads the settings', () => {
		const problems: Problem[] = [];
		expect(
			readConfig(
				'C',
				"{{Let's Connect/Config|topics=A, B|skills=X|reminder-hours=48|language=es|upcoming=5|session-pages=Hub A, Hub_B|max-messages-per-run=7|max-messages-per-session=3|max-wait=90|cards-per-page=50|liaisons=alice_smith, Bo|timezone=Africa/Cairo|capacity=025}}",
				problems,
			),
		).toEqual({
			topics: ['A', 'B'],
			skills: ['X'],
			reminderHours: 48,
			defaultLanguage: 'es',
			upcomingCount: 5,
			baseline: {},
			sessionPages: ['Hub A', 'Hub B'],
			maxMessagesPerRun: 7,
			maxMessagesPerSession: 3,
			maxWaitSeconds: 90,
			cardsPerPage: 50,
			liaisons: ['Alice smith', 'Bo'],
			sessionDefaults: {
				language: 'es',
				timezone: 'Africa/Cairo',
				capacity: '25',
			},
		});
		expect(problems).toEqual([]);
	});

	it.each([
		['no template', 'Just text', 'config-missing-template'],
		[
			'two templates',
			"{{Let's Connect/Config}}{{Let's Connect/Config}}",
			'config-duplicate',
		],
		[
			'a bad lead time',
			"{{Let's Connect/Config|reminder-hours=soon}}",
			'config-invalid-reminder',
		],
		[
			'a bad list length',
			"{{Let's Connect/Config|upcoming=500}}",
			'config-invalid-upcoming',
		],
		[
			'a default capacity that is not a number of places',
			"{{Let's Connect/Config|capacity=0}}",
			'config-invalid-capacity',
		],
		[
			'a baseline that is not a number',
			"{{Let's Connect/Config|baseline-participants=many}}",
			'config-invalid-baseline',
		],
		[
			'too few cards a page',
			"{{Let's Connect/Config|cards-per-page=3}}",
			'config-invalid-cards-per-page',
		],
		[
			'a total of affiliates that is no count',
			"{{Let's Connect/Config|affiliates-total=0}}",
			'config-invalid-affiliates-total',
		],
	])('reports %s and keeps the defaults', (_, text, code) => {
		const problems: Problem[] = [];
		const config = readConfig('C', text, problems);
		expect(problems.map((p) => p.code)).toEqual([code]);
		expect(config.reminderHours).toBe(DEFAULT_CONFIG.reminderHours);
		expect(config.sessionDefaults).toEqual({});
	});

	it('uses the defaults when the page does not exist', () => {
		expect(readConfig('C', undefined, [])).toEqual(DEFAULT_CONFIG);
	});
});

describe('participants region and statistics', () => {
	const people = [
		{
			user: 'Ana',
			languages: ['es'],
			share: ['Wikidata'],
			learn: ['Grant writing', 'Safe spaces'],
			page: 'P',
			follow: { topics: [], languages: [], hubs: [] },
			country: 'Peru',
			home: 'es.wikipedia',
			affiliate: 'WM Peru',
		},
		{
			user: 'Ben',
			languages: ['en'],
			share: ['grant writing'],
			learn: ['wikidata', 'Safe spaces'],
			page: 'P',
			follow: { topics: [], languages: [], hubs: [] },
			country: 'Kenya',
			home: 'sw.wikipedia',
		},
	];

	it('matches learners with sharers, case-insensitively, and lists the most wanted uncovered skills', () => {
		const region = participantsRegion(people, []);
		expect(region).toContain(
			'| <nowiki>Grant writing</nowiki> || [[:User:Ana|Ana]] || [[:User:Ben|Ben]]',
		);
		expect(region).toContain(
			'| <nowiki>Wikidata</nowiki> || [[:User:Ben|Ben]] || [[:User:Ana|Ana]]',
		);
		expect(region).toMatch(/# <nowiki>Safe spaces<\/nowiki> \(2\)/);
	});

	it('escapes hostile profile values', () => {
		const region = participantsRegion(
			[{ ...people[0], affiliate: '</nowiki >[[Category:X]]{{T}}~~~~' }],
			[],
		);
		// All of it inside one nowiki that it cannot close: no category, transclusion or signature.
		expect(region).toContain(
			'<nowiki>&lt;/nowiki >[[Category:X]]{{T}}~~~~</nowiki>',
		);
	});

	it('adds the baselines from before the bot counted', () => {
		const problems: Problem[] = [];
		const config = readConfig(
			'C',
			"{{Let's Connect/Config|baseline-participants=730|baseline-countries=44}}",
			problems,
		);
		const stats = withBaseline(
			computeStats([], people, new Map(), new Map(), new Date()),
			config.baseline,
		);
		expect(stats).toMatchObject({
			participants: 732,
			countries: 46,
			attendance: null,
		});
	});

	it('counts people, countries, languages and affiliates', () => {
		const stats = computeStats(
			[],
			people,
			new Map([
				[
					's',
					[
						{
							user: 'Cai',
							status: 'registered',
							remind: true,
							source: 'template',
						},
					],
				],
			]),
			new Map(),
			new Date(),
		);
		// es, en and sw: spoken languages and home wikis' languages.
		expect(stats).toMatchObject({
			participants: 3,
			countries: 2,
			languages: 3,
			affiliates: 1,
			registrations: 1,
			attendance: null,
		});
	});

	it('rates attendance by the verified marks only, never by a line as the page says it', () => {
		const [session] = readSessionsFromPage(
			'P',
			"{{Let's Connect/Session|id=s|title=T|start=2026-10-03 14:00}}",
		).sessions;
		const line = (user: string) => ({
			user,
			status: 'registered' as const,
			remind: false,
			attended: 'yes',
			source: 'template' as const,
		});
		const registrations = new Map([['s', [line('Cai'), line('Dee')]]]);
		const now = new Date('2026-12-01T00:00:00Z');
		// Both lines say attended=yes; nobody's mark was verified: attendance was not taken.
		expect(
			computeStats([session], [], registrations, new Map(), now).attendance,
		).toBeNull();
		// Only Cai's mark was verified.
		expect(
			computeStats([session], [], registrations, new Map([['s', ['cai']]]), now)
				.attendance,
		).toBe(50);
	});

	it('rates attendance over the sessions where it was taken, not every session that ended', () => {
		// Ten sessions ended, ten people with a place at each; attendance was taken at s0 only,
		// where 9 of the 10 came: 90 %, not 9 of 100.
		const sessions = Array.from(
			{ length: 10 },
			(_, i) =>
				readSessionsFromPage(
					'P',
					`{{Let's Connect/Session|id=s${i}|title=T|start=2026-10-${i + 10} 14:00}}`,
				).sessions[0],
		);
		const users = Array.from({ length: 10 }, (_, i) => `P${i}`);
		const registrations = new Map(
			sessions.map((s) => [
				s.id,
				users.map((user) => ({
					user,
					status: 'registered' as const,
					remind: false,
					source: 'template' as const,
				})),
			]),
		);
		const stats = computeStats(
			sessions,
			[],
			registrations,
			new Map([['s0', users.slice(0, 9)]]),
			new Date('2026-12-01T00:00:00Z'),
		);
		expect(stats).toMatchObject({ registrations: 100, attendance: 90 });
	});

	it('leaves a postponed session out as a cancelled one, though its old date has passed', () => {
		const [held, postponed] = readSessionsFromPage(
			'P',
			"{{Let's Connect/Session|id=s|title=T|type=clinic|topic=Wikidata|start=2026-10-03 14:00|sharers=Cai}}" +
				"{{Let's Connect/Session|id=p|title=U|type=workshop|topic=Outreach|start=2026-10-10 14:00|sharers=Eli|status=postponed}}",
		).sessions;
		const line = (user: string) => ({
			user,
			status: 'registered' as const,
			remind: false,
			source: 'template' as const,
		});
		const registrations = new Map([
			['s', [line('Dee')]],
			['p', [line('Fay')]],
		]);
		const stats = computeStats(
			[held, postponed],
			[],
			registrations,
			new Map([['s', ['Dee']]]),
			new Date('2026-12-01T00:00:00Z'),
		);
		// Cai and Dee; not Eli nor Fay. One session, a clinic, on one topic; Dee came.
		expect(stats).toMatchObject({
			participants: 2,
			sessions: 1,
			clinics: 1,
			workshops: 0,
			topics: 1,
			registrations: 1,
			attendance: 100,
		});
	});

	it('counts everyone who took part once: registrants, sharers and profile holders', () => {
		const [session] = readSessionsFromPage(
			'P',
			"{{Let's Connect/Session|id=s|title=T|start=2026-12-03 14:00|sharers=Cai, Dee, " +
				people[0].user +
				'}}',
		).sessions;
		const cancelled = {
			...session,
			id: 'c',
			status: 'cancelled' as const,
			sharers: ['Eli'],
		};
		const registrations = new Map([
			[
				's',
				[
					{
						user: 'Cai',
						status: 'registered' as const,
						remind: false,
						source: 'template' as const,
					},
					{
						user: 'Fay',
						status: 'cancelled' as const,
						remind: false,
						source: 'template' as const,
					},
					{
						user: 'gus',
						status: 'waitlisted' as const,
						remind: false,
						source: 'template' as const,
					},
				],
			],
		]);
		// Two profiles, Cai (registrant and sharer), Dee (sharer), Gus (waiting): not Fay (cancelled), not Eli (sharer of a cancelled session).
		expect(
			computeStats(
				[session, cancelled],
				people,
				registrations,
				new Map(),
				new Date('2026-12-01T00:00:00Z'),
			).participants,
		).toBe(5);
	});
});

describe('withProfile', () => {
	const values = {
		'languages': 'es, en',
		'country': 'Peru',
		'region': '',
		'affiliate': 'WM|Peru',
		'home': '',
		'share': 'Wikidata',
		'learn': 'Grants',
		'follow-topics': 'Grants, Wikidata',
		'follow-languages': 'ar',
		'follow-hubs': '',
	};
	it('writes a new profile without empty fields, escaped', () => {
		expect(withProfile('', 'Alice', values, '2026-11')).toBe(
			"{{Let's Connect/Participant\n| user = Alice\n| languages = es, en\n| country = Peru\n| affiliate = WM&#124;Peru\n| share = Wikidata\n| learn = Grants\n| follow-topics = Grants, Wikidata\n| follow-languages = ar\n| joined = 2026-11\n}}",
		);
	});
	it('leaves untouched fields exactly as written, wikitext and all', () => {
		const text =
			"{{Let's Connect/Participant|user=Alice|affiliate=[[Wikimedia España]]|share=''Lua''}}";
		const loaded = profileValues(text);
		const next = withProfile(
			text,
			'Alice',
			{ ...loaded, country: 'Spain' },
			'2026-11',
			loaded,
		);
		expect(next).toBe(
			"{{Let's Connect/Participant|user=Alice|affiliate=[[Wikimedia España]]|share=''Lua''|country=Spain|joined=2026-11}}",
		);
	});

	it('updates an existing profile in place and keeps what it does not know', () => {
		const text =
			"Hi!\n{{Let's Connect/Participant|user=Alice|country=Chile|joined=2025-01|pronouns=she}}";
		const next = withProfile(text, 'Alice', values, '2026-11') ?? '';
		expect(next).toContain('|country=Peru');
		expect(next).toContain('|joined=2025-01');
		expect(next).toContain('|pronouns=she');
		expect(next.startsWith('Hi!\n')).toBe(true);
		expect(profileValues(next).affiliate).toBe('WM|Peru');
	});

	it('writes no profile where nobody would read it: after an unclosed comment or tag', () => {
		expect(
			withProfile(
				'About me <!-- a note that never ends',
				'Alice',
				values,
				'2026-11',
			),
		).toBeUndefined();
		expect(
			withProfile('About me <ref>never closed', 'Alice', values, '2026-11'),
		).toBeDefined();
		expect(
			withProfile('About me <!-- closed -->', 'Alice', values, '2026-11'),
		).toContain("{{Let's Connect/Participant");
	});
});

describe('readConfig: limits', () => {
	it('refuses caps and a waiting budget that are not whole numbers, and keeps the defaults', () => {
		const problems: Problem[] = [];
		const config = readConfig(
			'C',
			"{{Let's Connect/Config|max-messages-per-run=lots|max-wait=-5}}",
			problems,
		);
		expect(config.maxMessagesPerRun).toBe(DEFAULT_CONFIG.maxMessagesPerRun);
		expect(config.maxWaitSeconds).toBeUndefined();
		expect(problems.map((p) => p.code)).toEqual([
			'config-invalid-message-cap',
			'config-invalid-max-wait',
		]);
	});
});

describe('session defaults in the Config', () => {
	it("refuses a Config value a session could not have, with the session's own rule", () => {
		const problems: Problem[] = [];
		// A wrong zone is kept: the sessions that leave theirs out take it and are refused by their own
		// rule, never shown in UTC (a wrong time).
		expect(
			readConfig(
				'C',
				"{{Let's Connect/Config|timezone=Europe/Atlantis|capacity=lots|language=AR}}",
				problems,
			).sessionDefaults,
		).toEqual({ timezone: 'Europe/Atlantis', language: 'ar' });
		expect(problems.map((p) => [p.code, p.param])).toEqual([
			['config-invalid-timezone', 'timezone'],
			['config-invalid-capacity', 'capacity'],
		]);
		expect(problems[0].message).toContain(
			'not shown (nor open for sign-up) until it is corrected',
		);
		// A no-break space around a value stays, as MediaWiki (and the module) read it: not a zone.
		expect(
			readConfig(
				'C',
				"{{Let's Connect/Config|timezone=Africa/Cairo\u00a0}}",
				[],
			).sessionDefaults,
		).toEqual({ timezone: 'Africa/Cairo\u00a0' });
	});

	it('keeps a language code the platform does not know, with a warning, as a session does', () => {
		const problems: Problem[] = [];
		const config = readConfig(
			'C',
			"{{Let's Connect/Config|language=xx}}",
			problems,
		);
		expect([config.defaultLanguage, config.sessionDefaults]).toEqual([
			'xx',
			{ language: 'xx' },
		]);
		expect(problems.map((p) => [p.code, p.severity])).toEqual([
			['config-unknown-language', 'warning'],
		]);
		// Not even a code's form: refused, as it would be copied into every session.
		const refused: Problem[] = [];
		expect(
			readConfig('C', "{{Let's Connect/Config|language=ar&#125;}}", refused)
				.sessionDefaults,
		).toEqual({});
		expect(refused.map((p) => [p.code, p.severity])).toEqual([
			['config-invalid-language', 'error'],
		]);
	});
});

describe('newConfigPage (install --root … --language …)', () => {
	const source =
		"Intro.\n\n{{Let's Connect/Config\n| topics         = A, B\n| skills         = X\n| reminder-hours = 24\n| language       = en\n| upcoming       = 8\n<!-- figures -->\n| baseline-participants = 730\n}}";

	it("gives a hub its own page: the programme's topics and skills, its settings, no figures; read back as given", () => {
		const text = newConfigPage(
			source,
			{
				language: 'ar',
				timezone: 'Africa/Cairo',
				capacity: '25',
				liaisons: 'Dalia, Omar',
			},
			true,
		);
		expect(text).not.toContain('baseline');
		const problems: Problem[] = [];
		expect(readConfig('C', text, problems)).toMatchObject({
			topics: ['A', 'B'],
			skills: ['X'],
			defaultLanguage: 'ar',
			liaisons: ['Dalia', 'Omar'],
			baseline: {},
			sessionDefaults: {
				language: 'ar',
				timezone: 'Africa/Cairo',
				capacity: '25',
			},
		});
		expect(problems).toEqual([]);
	});

	it("sets the settings in the programme's own page and keeps everything else, and escapes what would break the call", () => {
		const text = newConfigPage(
			source,
			{ timezone: 'Europe/Madrid', liaisons: 'A|B' },
			false,
		);
		expect(text).toContain('| baseline-participants = 730');
		expect(text).toContain('<!-- figures -->');
		expect(readConfig('C', text, [])).toMatchObject({
			sessionDefaults: { language: 'en', timezone: 'Europe/Madrid' },
			baseline: { participants: 730 },
		});
		expect(text).not.toContain('A|B');
		expect(newConfigPage(source, {}, false)).toBe(source);
	});
});

describe('the Config’s settings table', () => {
	it('names a setting it does not know (a typo), and reads the rest by their rows', () => {
		const problems: Problem[] = [];
		const config = readConfig(
			'Grants:X/Config',
			"{{Let's Connect/Config|upcomming=5|upcoming=7|timezone=Africa/Cairo|baseline-countries=44|reminder-hours=0}}",
			problems,
		);
		expect(config.upcomingCount).toBe(7);
		expect(config.baseline).toEqual({ countries: 44 });
		expect(config.reminderHours).toBe(24);
		expect(problems.map((p) => [p.code, p.param])).toEqual([
			['config-invalid-reminder', 'reminder-hours'],
			['config-unknown-setting', 'upcomming'],
		]);
		// The shared default is never changed by a read.
		expect(DEFAULT_CONFIG.baseline).toEqual({});
	});
});

it('lists as Config settings exactly the session rows a Config may give defaults for', () => {
	expect(
		CONFIG_PARAMS.filter((p) => p.kind === 'session-default')
			.map((p) => p.name)
			.sort(),
	).toEqual(
		SESSION_PARAMS.filter((p) => p.configDefault)
			.map((p) => p.name)
			.sort(),
	);
});
