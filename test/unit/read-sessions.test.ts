import {
	readSessionsFromPage,
	readSessionsFromPages,
	registrationProblems,
} from '../../shared/sessions/read-sessions';
import { isServedPage } from '../../shared/model/session';
import { isUnconfirmedPast } from '../../shared/sessions/past-start';

const page = 'Grants:Knowledge Sharing/Connect/Sessions/x';
const session = (params: string) => `{{Let's Connect/Session${params}}}`;
const codes = (text: string) =>
	readSessionsFromPage(page, text).problems.map((p) => p.code);

describe('readSessionsFromPage', () => {
	it('reads a session and converts its start to UTC across DST', () => {
		const { sessions, problems } = readSessionsFromPage(
			page,
			session(
				'|id=a|title=T|start=2026-12-03 14:00|timezone=Europe/Madrid|interpretation=es, AR',
			),
		);
		expect(problems).toEqual([]);
		expect(sessions[0]).toMatchObject({
			id: 'a',
			type: 'clinic',
			startUtc: '2026-12-03T13:00:00Z',
			endUtc: '2026-12-03T15:00:00Z',
			interpretation: ['es', 'ar'],
		});
		const summer = readSessionsFromPage(
			page,
			session('|id=a|title=T|start=2026-07-03 14:00|timezone=Europe/Madrid'),
		).sessions[0];
		expect(summer.startUtc).toBe('2026-07-03T12:00:00Z');
	});

	it('uses the default duration of each type', () => {
		const { sessions } = readSessionsFromPage(
			page,
			session('|id=a|title=T|type=connectathon|start=2026-12-03 14:00'),
		);
		expect(sessions[0]).toMatchObject({
			durationMinutes: 60,
			endUtc: '2026-12-03T15:00:00Z',
		});
	});

	it.each([
		['|title=T|start=2026-12-03 14:00', 'session-missing-id'],
		['|id=Bad Id|title=T|start=2026-12-03 14:00', 'session-invalid-id'],
		['|id=a|start=2026-12-03 14:00', 'session-missing-title'],
		['|id=a|title=T', 'session-missing-start'],
		['|id=a|title=T|start=3 Dec 2026', 'session-invalid-start'],
		['|id=a|title=T|start=2026-02-30 14:00', 'session-impossible-date'],
		[
			'|id=a|title=T|start=2026-12-03 14:00|timezone=Mars/Olympus',
			'session-unknown-timezone',
		],
		[
			'|id=a|title=T|start=2026-12-03 14:00|timezone=IST',
			'session-unknown-timezone',
		],
		[
			'|id=a|title=T|start=2026-12-03 14:00|timezone=+05:30',
			'session-unknown-timezone',
		],
		[
			`|id=${'a'.repeat(81)}|title=T|start=2026-12-03 14:00`,
			'session-invalid-id',
		],
	])('reports %s as %s and leaves the session out', (params, code) => {
		const result = readSessionsFromPage(page, session(params));
		expect(result.problems.map((p) => p.code)).toContain(code);
		expect(result.sessions).toEqual([]);
	});

	it.each([
		['|type=party', 'session-unknown-type', { type: 'clinic' }],
		['|status=maybe', 'session-unknown-status', { status: 'scheduled' }],
		['|duration=0', 'session-invalid-duration', { durationMinutes: 120 }],
		['|capacity=-3', 'session-invalid-capacity', { capacity: undefined }],
		[
			'|audience=everyone, newcomers',
			'session-unknown-audience',
			{ audience: ['newcomers'] },
		],
		['|sharers=A<b, Ana, ]]', 'session-invalid-username', { sharers: ['Ana'] }],
		[
			'|recording=javascript:alert(1)|slides=https://example.org/s',
			'session-invalid-url',
			{ resources: { slides: { '': 'https://example.org/s' } } },
		],
		[
			'|meeting=javascript:alert(1)',
			'session-invalid-url',
			{ meeting: undefined },
		],
		['|notes=ftp://x', 'session-invalid-url', { resources: {} }],
	])(
		'a wrong optional value (%s) costs the value, not the session: %s, a warning',
		(params, code, kept) => {
			const result = readSessionsFromPage(
				page,
				session(`|id=a|title=T|start=2026-12-03 14:00${params}`),
			);
			expect([
				...new Set(result.problems.map((p) => `${p.code} ${p.severity}`)),
			]).toEqual([`${code} warning`]);
			expect(result.problems[0].message).toMatch(
				/left out: the session is published without it/,
			);
			expect(result.sessions[0]).toMatchObject(kept);
			// Nothing wrong reaches the card's values either.
			expect(Object.values(result.sessions[0].values).join(' ')).not.toMatch(
				/javascript|ftp:|<b|\]\]/,
			);
		},
	);

	it.each([
		['langauge', 'language'],
		['audiences', 'audience'],
		['end', 'duration'],
		['Timezone', 'timezone'],
		['sharer', 'sharers'],
		['zoom', 'meeting'],
	])(
		'warns of an unknown parameter %s with the one it likely means, %s',
		(name, meant) => {
			const result = readSessionsFromPage(
				page,
				session(`|id=a|title=T|start=2026-12-03 14:00|${name}=x`),
			);
			expect(result.problems.map((p) => [p.code, p.param, p.severity])).toEqual(
				[['session-unknown-param', name, 'warning']],
			);
			expect(result.problems[0].message).toContain(`did you mean "${meant}"?`);
			expect(result.sessions).toHaveLength(1);
		},
	);

	it('publishes no link written as recording- or recording-ES, and warns of it', () => {
		const result = readSessionsFromPage(
			page,
			session(
				'|id=a|title=T|start=2026-12-03 14:00|recording=https://a.org/main|recording-=https://evil.org/x|recording-ES=https://evil.org/y',
			),
		);
		expect(result.sessions[0].resources).toEqual({
			recording: { '': 'https://a.org/main' },
		});
		expect(result.problems.map((p) => p.param).sort()).toEqual([
			'recording-',
			'recording-ES',
		]);
	});

	it('names every parameter when an unknown one is close to none, and a value without a name', () => {
		const result = readSessionsFromPage(
			page,
			session('|id=a|title=T|start=2026-12-03 14:00|colour=red|stray'),
		);
		expect(result.problems.map((p) => p.code).sort()).toEqual([
			'session-unknown-param',
			'session-unnamed-value',
		]);
		expect(
			result.problems.find((p) => p.code === 'session-unknown-param')?.message,
		).toContain('The parameters are: id, type, title');
		// The per-language forms of links are the contract's too.
		expect(
			readSessionsFromPage(
				page,
				session(
					'|id=a|title=T|start=2026-12-03 14:00|recording-es=https://example.org/v',
				),
			).problems,
		).toEqual([]);
	});

	it('warns about a start inside a DST gap but keeps the session, as #time reads it', () => {
		const result = readSessionsFromPage(
			page,
			session('|id=a|title=T|start=2026-03-29 02:30|timezone=Europe/Madrid'),
		);
		expect(result.problems.map((p) => [p.code, p.severity])).toEqual([
			['session-start-in-dst-gap', 'warning'],
		]);
		expect(result.sessions[0].startUtc).toBe('2026-03-29T01:30:00Z');
	});

	it('warns about a language code it does not know but keeps the session (MediaWiki may know it)', () => {
		const result = readSessionsFromPage(
			page,
			session(
				'|id=a|title=T|start=2026-12-03 14:00|language=English|interpretation=dag',
			),
		);
		expect(result.problems.length).toBeGreaterThanOrEqual(1);
		expect(
			result.problems.every(
				(p) =>
					p.code === 'session-unknown-language' && p.severity === 'warning',
			),
		).toBe(true);
		expect(result.problems[0].param).toBe('language');
		expect(result.sessions).toHaveLength(1);
	});

	it('names page, template and parameter in every problem', () => {
		const [p] = readSessionsFromPage(
			page,
			session('|id=a|title=T|start=2026-12-03 14:00|timezone=Nowhere/Land'),
		).problems;
		expect(p).toMatchObject({
			page,
			template: "Let's Connect/Session",
			param: 'timezone',
			sessionId: 'a',
		});
		expect(p.message).toContain('Nowhere/Land');
	});

	it("gives a session what its root's Config sets for the rows it leaves out, and its own values first", () => {
		const defaults = {
			values: { timezone: 'Africa/Cairo', capacity: '2', language: 'ar' },
		};
		const [bare] = readSessionsFromPage(
			page,
			session('|id=a|title=T|start=2026-12-03 14:00'),
			defaults,
		).sessions;
		expect(bare).toMatchObject({
			timezone: 'Africa/Cairo',
			startUtc: '2026-12-03T12:00:00Z',
			capacity: 2,
			language: 'ar',
		});
		expect(bare.values).toMatchObject({
			timezone: 'Africa/Cairo',
			capacity: '2',
			language: 'ar',
		});
		const [own] = readSessionsFromPage(
			page,
			session(
				'|id=a|title=T|start=2026-12-03 14:00|timezone=UTC|capacity=30|language=es',
			),
			defaults,
		).sessions;
		expect(own).toMatchObject({
			timezone: 'UTC',
			startUtc: '2026-12-03T14:00:00Z',
			capacity: 30,
			language: 'es',
		});
		// An empty parameter is left out too, as MediaWiki's {{{capacity|}}} reads it.
		expect(
			readSessionsFromPage(
				page,
				session('|id=a|title=T|start=2026-12-03 14:00|capacity=|timezone= '),
				defaults,
			).sessions[0],
		).toMatchObject({ capacity: 2, timezone: 'Africa/Cairo' });
		// Without defaults, the contract's.
		expect(
			readSessionsFromPage(
				page,
				session('|id=a|title=T|start=2026-12-03 14:00'),
			).sessions[0],
		).toMatchObject({ timezone: 'UTC', capacity: undefined, language: 'en' });
	});

	it('on a page the module cannot place under a root, fills in no default, and warns a session that relies on one', () => {
		const unreachable = {
			values: {},
			unreachable: { timezone: 'Africa/Cairo', language: 'en' },
		};
		const result = readSessionsFromPage(
			'Grants:Hub/Autumn',
			session('|id=a|title=T|start=2026-12-03 14:00'),
			unreachable,
		);
		expect(result.sessions[0]).toMatchObject({
			timezone: 'UTC',
			startUtc: '2026-12-03T14:00:00Z',
		});
		// The language the Config sets is the contract's own: nothing to warn about.
		expect(result.problems.map((p) => [p.code, p.param, p.severity])).toEqual([
			['session-default-not-applied', 'timezone', 'warning'],
		]);
		expect(
			readSessionsFromPage(
				'Grants:Hub/Autumn',
				session('|id=a|title=T|start=2026-12-03 14:00|timezone=Africa/Cairo'),
				unreachable,
			).problems,
		).toEqual([]);
	});

	it('keeps the good sessions of a page that also has a bad one', () => {
		const text =
			session('|id=good|title=T|start=2026-12-03 14:00') +
			session('|title=no id|start=2026-12-03 14:00');
		expect(readSessionsFromPage(page, text).sessions.map((s) => s.id)).toEqual([
			'good',
		]);
		expect(codes(text)).toEqual(['session-missing-id']);
	});
});

describe('readSessionsFromPages', () => {
	it('reports a duplicate id on the second page and keeps the first session', () => {
		const text = session('|id=a|title=T|start=2026-12-03 14:00');
		const result = readSessionsFromPages([
			{ title: 'P1', text },
			{ title: 'P2', text },
		]);
		expect(result.sessions.map((s) => s.page)).toEqual(['P1']);
		expect(result.problems).toMatchObject([
			{ code: 'session-duplicate-id', page: 'P2' },
		]);
	});
});

describe('duplicate ids', () => {
	it('the session on the page named after its id wins, wherever it comes in the order', () => {
		const text =
			"{{Let's Connect/Session|id=a|title=T|start=2026-12-03 14:00}}";
		const result = readSessionsFromPages(
			[
				{ title: 'R/Sessions/copy', text },
				{ title: 'R/Sessions/a', text },
			],
			(id) => `R/Sessions/${id}`,
		);
		expect(result.sessions.map((s) => s.page)).toEqual(['R/Sessions/a']);
		expect(result.problems).toMatchObject([
			{ code: 'session-duplicate-id', page: 'R/Sessions/copy' },
		]);
	});
});

describe('more rules', () => {
	it('refuses an unknown registration value', () => {
		expect(
			codes(session('|id=a|title=T|start=2026-12-03 14:00|registration=maybe')),
		).toEqual(['session-unknown-registration']);
	});

	it('warns about a start that happens twice when clocks go back', () => {
		const result = readSessionsFromPage(
			page,
			session('|id=a|title=T|start=2026-10-25 02:30|timezone=Europe/Madrid'),
		);
		expect(result.problems.map((p) => [p.code, p.severity])).toEqual([
			['session-start-ambiguous', 'warning'],
		]);
		expect(result.sessions[0].startUtc).toBe('2026-10-25T00:30:00Z');
	});

	it('warns when registration is open on a cancelled or past session', () => {
		const { sessions } = readSessionsFromPage(
			page,
			[
				session('|id=gone|title=T|start=2026-01-03 14:00'),
				session('|id=off|title=T|start=2026-12-03 14:00|status=cancelled'),
				session(
					'|id=closed|title=T|start=2026-01-03 14:00|registration=closed',
				),
				session('|id=fine|title=T|start=2026-12-03 14:00'),
			].join('\n'),
		);
		const found = registrationProblems(
			sessions,
			new Date('2026-11-23T00:00:00Z'),
		);
		expect(found.map((p) => [p.code, p.sessionId, p.severity])).toEqual([
			['session-registration-open-past', 'gone', 'warning'],
			['session-registration-open-cancelled', 'off', 'warning'],
		]);
	});
});

describe('sessions MediaWiki shows', () => {
	it("does not count a session pasted inside another session's parameter", () => {
		const text =
			"{{Let's Connect/Session|id=outer|title=Outer|start=2026-12-03 14:00|description=Copied: {{Let's Connect/Session|id=inner|title=Inner|start=2026-12-04 14:00}}}}";
		expect(readSessionsFromPage('P', text).sessions.map((s) => s.id)).toEqual([
			'outer',
		]);
	});
});

describe('pages whose sessions count', () => {
	const root = 'Grants:Knowledge Sharing/Connect';
	it.each([
		[root, true],
		[`${root}/Sessions/x`, true],
		[`${root}/Sessions/2027/x`, true],
		['Hub page', true],
		[`${root}/Calendar`, false],
		[`${root}/Quiz`, false],
		[`${root}/Participants/Mallory`, false],
		[`${root}/Registrations/x`, false],
		['User:Mallory/Due', false],
		[`${root} copy`, false],
		[`${root}/Sessionsx`, false],
	])('%s → %s', (title, served) => {
		expect(isServedPage(title, root, ['Hub page'])).toBe(served);
	});
});

describe('which page keeps an id', () => {
	const s = (id: string, start: string) =>
		`{{Let's Connect/Session|id=${id}|title=T|start=${start}}}`;
	it('keeps it with the page its registrations name, by page id; a translation in its own language is no duplicate, a copy named /draft is', () => {
		const pages = [
			{ title: 'R/Sessions/a', text: s('x', '2027-01-01 10:00'), pageid: 7 },
			{
				title: 'R/Sessions/a/es',
				text: s('x', '2027-01-01 10:00'),
				pageid: 8,
				language: 'es',
			},
			{
				title: 'R/Sessions/a/draft',
				text: s('x', '2027-01-02 10:00'),
				pageid: 9,
				language: 'en',
			},
			{
				title: 'R/Sessions/0-first',
				text: s('x', '2027-01-03 10:00'),
				pageid: 10,
			},
		];
		const result = readSessionsFromPages(
			pages,
			(id) => `R/Sessions/${id}`,
			undefined,
			() => ({ pageid: 7, title: 'R/Sessions/old title' }),
		);
		expect(result.sessions.map((x) => x.page)).toEqual(['R/Sessions/a']);
		expect(
			result.problems
				.filter((p) => p.code === 'session-duplicate-id')
				.map((p) => p.page)
				.sort(),
		).toEqual(['R/Sessions/0-first', 'R/Sessions/a/draft']);
	});

	it('keeps it with the same title when the page was deleted and made again (its id gone)', () => {
		const result = readSessionsFromPages(
			[{ title: 'R/Sessions/a', text: s('x', '2027-01-01 10:00'), pageid: 99 }],
			undefined,
			undefined,
			() => ({ pageid: 7, title: 'R/Sessions/a' }),
		);
		expect(result.sessions.map((x) => x.page)).toEqual(['R/Sessions/a']);
	});
});

describe('a start in the past on a session never seen', () => {
	const one = (extra: string) =>
		readSessionsFromPage(
			'P',
			`{{Let's Connect/Session|id=a|title=T|start=2025-12-10 14:00${extra}}}`,
		).sessions[0];
	const now = new Date('2026-12-01T00:00:00Z');
	it('is held until a liaison corrects the date or closes registration; a cancelled one needs nothing', () => {
		expect(isUnconfirmedPast(one(''), now, false)).toBe(true);
		expect(isUnconfirmedPast(one(''), now, true)).toBe(false);
		expect(isUnconfirmedPast(one('|registration=closed'), now, false)).toBe(
			false,
		);
		expect(isUnconfirmedPast(one('|status=cancelled'), now, false)).toBe(false);
	});
});
