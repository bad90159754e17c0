// The evaluation figures on a made programme, each against a number worked out by hand (the
// comments show the working); the Evaluation page's text, and its split by year past the budget.
import type { Participant } from '../../shared/model/participant';
import type { Session } from '../../shared/model/session';
import type { Registration } from '../../shared/registrations/registration-page';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { evaluate, type RootProgramme } from '../../shared/stats/evaluation';
import { evaluationText } from '../../shared/stats/evaluation-text';
import { barChart, evaluationPages } from '../../shared/pages/evaluation-page';
import { findRegion } from '../../shared/regions';

const NOW = new Date('2026-12-15T00:00:00Z');
const MAIN = 'Grants:Knowledge Sharing/Connect';
const HUB = "Grants:Let's Connect Hub/Español";

function session(id: string, params: string): Session {
	const [one] = readSessionsFromPage(
		`${MAIN}/Sessions/${id}`,
		`{{Let's Connect/Session|id=${id}|title=Session ${id}|timezone=UTC|${params}}}`,
	).sessions;
	if (!one) throw new Error(`session ${id} not read`);
	return one;
}

const line = (
	user: string,
	registered: string,
	status: Registration['status'] = 'registered',
	attended?: string,
): Registration => ({
	user,
	status,
	registered,
	remind: false,
	source: 'template',
	...(attended ? { attended } : {}),
});

function profile(
	user: string,
	values: Partial<Participant> & { followTopics?: string[] },
): Participant {
	return {
		user,
		languages: [],
		share: [],
		learn: [],
		page: `${MAIN}/Participants/${user}`,
		...values,
		follow: { topics: values.followTopics ?? [], languages: [], hubs: [] },
	};
}

/** The programme: two sessions that ended, one cancelled, one ahead. */
const main: RootProgramme = {
	root: MAIN,
	name: "Let's Connect",
	sessions: [
		session(
			'a1',
			'topic=Wikidata|start=2026-10-05 14:00|sharers=Sam|interpretation=es, ar',
		),
		session(
			'a2',
			'topic=Wikidata|start=2026-11-10 14:00|sharers=Sam|interpretation=es',
		),
		session('a3', 'topic=Funding|start=2026-11-20 14:00|status=cancelled'),
		session('a4', 'topic=Funding|start=2027-01-10 14:00|sharers=Tia'),
	],
	registrations: new Map([
		[
			'a1',
			[
				line('Ann', '2026-09-20T10:00:00Z'),
				line('Ben', '2026-10-01T10:00:00Z'),
				line('Cy', '2026-10-02T10:00:00Z', 'waitlisted'),
				line('Dee', '2026-10-03T10:00:00Z', 'cancelled'),
			],
		],
		[
			'a2',
			[
				line('Ann', '2026-11-01T10:00:00Z'),
				line('Cy', '2026-11-02T10:00:00Z'),
				// Her line says she came; nobody who may say so did: it counts for nothing.
				line('Eve', '2026-11-03T10:00:00Z', 'registered', 'yes'),
			],
		],
		['a3', [line('Fay', '2026-11-04T10:00:00Z')]],
		['a4', [line('Gus', '2026-12-01T10:00:00Z')]],
	]),
	// Verified marks: Zed came to a1 without a line.
	attendance: new Map([
		['a1', ['Ann', 'Ben', 'Zed']],
		['a2', ['Ann', 'Cy']],
	]),
	participants: [
		profile('Ann', {
			country: 'Peru',
			affiliate: 'WM Peru',
			languages: ['es', 'en'],
			learn: ['Grant writing', 'Wikidata'],
			followTopics: ['Wikidata'],
		}),
		profile('Ben', {
			country: 'Brazil',
			affiliate: 'WM Brasil',
			languages: ['pt'],
			learn: ['Grant writing'],
			followTopics: ['wikidata', 'Funding'],
		}),
		// A profile and nothing else; the same affiliate as Ann's, spelt otherwise.
		profile('Ivy', {
			country: 'Peru',
			affiliate: 'wm peru',
			languages: ['en'],
			home: 'sw.wikipedia',
			learn: ['Conflict management'],
		}),
	],
	config: {
		baseline: { participants: 100, affiliates: 2 },
		affiliatesTotal: 10,
	},
};

/** A hub with one session that ended. */
const hub: RootProgramme = {
	root: HUB,
	name: 'Español',
	sessions: [session('b1', 'topic=Grants|start=2026-11-15 14:00|sharers=Ann')],
	registrations: new Map([
		[
			'b1',
			[
				line('Hal', '2026-11-05T10:00:00Z'),
				line('Ben', '2026-11-06T10:00:00Z'),
			],
		],
	]),
	attendance: new Map([['b1', ['Hal', 'Ben']]]),
	participants: [
		profile('Hal', {
			country: 'Spain',
			affiliate: 'Wikimedia España',
			languages: ['es'],
			followTopics: ['Grants'],
		}),
	],
	config: { baseline: {} },
};

describe('evaluate: one root', () => {
	const evaluation = evaluate([main], NOW);

	it('counts the programme overall, the baselines added', () => {
		expect(evaluation.overall).toEqual({
			// Sam, Tia (sharers); Ann, Ben, Cy, Eve, Gus (lines not cancelled, at sessions not
			// cancelled); Zed (came); Ivy (a profile): 9, and 100 from the baseline.
			participants: 109,
			// Of the profiles: Peru, Brazil.
			countries: 2,
			// es, en, pt, and sw (Ivy's home wiki).
			languages: 4,
			// WM Peru (twice), WM Brasil: 2, and 2 from the baseline; 4 of 10.
			affiliates: 4,
			affiliateShare: 40,
			// a1, a2, a4 (a3 was cancelled), on Wikidata and Funding.
			sessions: 3,
			topics: 2,
			// Ann and Ben at a1 (Cy waits), Ann, Cy and Eve at a2, Gus at a4.
			registrations: 6,
			// Ann, Ben, Zed at a1; Ann, Cy at a2.
			attended: 5,
			// Attendance was taken at a1 and a2.
			attendanceTaken: 2,
			// Of the 5 with a place at a1 and a2, 4 came (Eve's own mark is not verified).
			attendanceRate: 80,
			// Ann came twice.
			returning: 1,
			// Everyone who took part in a session: the 9 but Ivy.
			newcomers: 8,
			// es and ar.
			interpretationLanguages: 2,
		});
		expect(evaluation.withBaseline).toBe(true);
	});

	it('counts by month of the session, newcomers by the month of their first participation', () => {
		const month = (m: string) =>
			evaluation.byMonth.find((x) => x.month === m)?.figures;
		expect(evaluation.byMonth.map((m) => m.month)).toEqual([
			'2026-09',
			'2026-10',
			'2026-11',
			'2026-12',
			'2027-01',
		]);
		expect(
			evaluation.byMonth.map((m) => [m.month, m.figures.newcomers]),
		).toEqual([
			// Ann signed up in September.
			['2026-09', 1],
			// Sam shared, Ben and Cy signed up, Zed came.
			['2026-10', 4],
			['2026-11', 1],
			// Gus signed up in December for January.
			['2026-12', 1],
			// Tia shares in January.
			['2027-01', 1],
		]);
		expect(month('2026-10')).toMatchObject({
			participants: 5,
			countries: 2,
			sessions: 1,
			registrations: 2,
			attended: 3,
			attendanceRate: 100,
			returning: 0,
		});
		// Ann comes back in November: her second session.
		expect(month('2026-11')).toMatchObject({
			participants: 4,
			sessions: 1,
			registrations: 3,
			attended: 2,
			attendanceRate: 67,
			returning: 1,
			interpretationLanguages: 1,
		});
		expect(month('2027-01')).toMatchObject({
			participants: 2,
			attended: 0,
			attendanceRate: null,
		});
		// No baseline by month.
		expect(month('2026-09')?.participants).toBe(0);
	});

	it('counts sessions and followers by topic, and the most wanted skills against the sessions held', () => {
		expect(evaluation.topics).toEqual([
			{ topic: 'Wikidata', sessions: 2, followers: 2 },
			{ topic: 'Funding', sessions: 1, followers: 1 },
		]);
		expect(evaluation.wanted).toEqual([
			{ topic: 'Grant writing', learners: 2, held: 0, ahead: 0 },
			{ topic: 'Conflict management', learners: 1, held: 0, ahead: 0 },
			{ topic: 'Wikidata', learners: 1, held: 2, ahead: 0 },
		]);
		expect(evaluation.interpretation).toEqual([
			{ language: 'es', sessions: 2 },
			{ language: 'ar', sessions: 1 },
		]);
	});

	it('caps the share of affiliates at 100 %, the baseline added', () => {
		// 2 counted and 2 from the baseline, of a total of 3: all of them, not 133 %.
		const capped = evaluate(
			[
				{
					...main,
					config: { baseline: { affiliates: 2 }, affiliatesTotal: 3 },
				},
			],
			NOW,
		);
		expect(capped.overall).toMatchObject({
			affiliates: 4,
			affiliateShare: 100,
		});
		// Without the baseline, 2 of 3.
		expect(capped.byHub[0].figures.affiliateShare).toBe(67);
		// And without a baseline: the hub's 3 counted of a total of 2.
		const small = evaluate(
			[{ ...main, config: { baseline: {}, affiliatesTotal: 2 } }, hub],
			NOW,
		);
		expect(small.byHub[1].figures).toMatchObject({
			affiliates: 3,
			affiliateShare: 100,
		});
	});

	it('has no share of affiliates without a total on the Config', () => {
		const without = evaluate([{ ...main, config: { baseline: {} } }], NOW);
		expect(without.overall.affiliateShare).toBeNull();
		expect(without.overall.participants).toBe(9);
		expect(without.withBaseline).toBe(false);
	});
});

describe('evaluate: sessions that did not take place', () => {
	it('leaves a postponed session out as a cancelled one, though its old date has passed', () => {
		// a5 was set for November, then postponed: its sharer, its line, its topic, its place in
		// the attendance rate (nobody came) and its month count for nothing.
		const postponed: RootProgramme = {
			...main,
			sessions: [
				...main.sessions,
				session(
					'a5',
					'topic=Outreach|start=2026-11-25 14:00|sharers=Pat|status=postponed|interpretation=fr',
				),
			],
			registrations: new Map([
				...main.registrations,
				['a5', [line('Quinn', '2026-11-05T10:00:00Z')]],
			]),
		};
		const evaluation = evaluate([postponed], NOW);
		const without = evaluate([main], NOW);
		expect(evaluation.overall).toEqual(without.overall);
		expect(evaluation.overall).toMatchObject({
			sessions: 3,
			topics: 2,
			attendanceRate: 80,
		});
		expect(evaluation.byMonth).toEqual(without.byMonth);
		expect(evaluation.topics).toEqual(without.topics);
		expect(evaluation.interpretation).toEqual(without.interpretation);
	});
});

describe('evaluate: the attendance rate', () => {
	it('is over the sessions where attendance was taken, not every session that ended', () => {
		// Ten sessions ended, ten people with a place at each; attendance was taken at t0 only,
		// where 9 of the 10 came. The others are unknown, not nobody come: 90 %, not 9 of 100.
		const ids = Array.from({ length: 10 }, (_, i) => `t${i}`);
		const people = Array.from({ length: 10 }, (_, i) => `P${i}`);
		const evaluation = evaluate(
			[
				{
					...main,
					sessions: ids.map((id, i) =>
						session(id, `topic=T|start=2026-10-${String(i + 10)} 14:00`),
					),
					registrations: new Map(
						ids.map((id) => [
							id,
							people.map((user) => line(user, '2026-10-01T10:00:00Z')),
						]),
					),
					attendance: new Map([['t0', people.slice(0, 9)]]),
					config: { baseline: {} },
				},
			],
			NOW,
		);
		expect(evaluation.overall).toMatchObject({
			sessions: 10,
			registrations: 100,
			attended: 9,
			attendanceTaken: 1,
			attendanceRate: 90,
		});
		const [page] = evaluationPages(evaluation, MAIN);
		expect(page.content).toContain('| Sessions with attendance taken || 1');
		expect(page.content).toContain('| Attendance rate (where taken) || 90%');
		expect(page.content).toContain(
			'|+ Attendance rate by month (of those with a place at the sessions where attendance was taken, who came)',
		);
	});
});

describe('evaluate: the months', () => {
	it('gives every month from the first to the last, a month with nothing as zeros', () => {
		const evaluation = evaluate(
			[
				{
					...main,
					sessions: [
						session('m1', 'topic=T|start=2025-11-05 14:00|sharers=Sam'),
						session('m2', 'topic=T|start=2026-02-05 14:00|sharers=Sam'),
					],
					registrations: new Map(),
					attendance: new Map(),
					config: { baseline: {} },
				},
			],
			NOW,
		);
		expect(evaluation.byMonth.map((m) => m.month)).toEqual([
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
		]);
		expect(evaluation.byMonth[1].figures).toMatchObject({
			participants: 0,
			sessions: 0,
			registrations: 0,
			newcomers: 0,
			attendanceRate: null,
		});
		// On the page too: each month a row of the charts.
		const [page] = evaluationPages(evaluation, MAIN);
		expect(page.content).toMatch(/^\| 2026-01 \|\| 0 \|\|/m);
	});
});

describe('evaluate: the programme and a hub', () => {
	const evaluation = evaluate([main, hub], NOW);

	it('counts everyone once across the roots', () => {
		expect(evaluation.overall).toMatchObject({
			// The 9 and Hal.
			participants: 110,
			countries: 3,
			// WM Peru, WM Brasil, Wikimedia España, and 2: 5 of 10.
			affiliates: 5,
			affiliateShare: 50,
			sessions: 4,
			topics: 3,
			registrations: 8,
			attended: 7,
			// 6 of 7 with a place came.
			attendanceRate: 86,
			// Ann (a1, a2) and Ben (a1, b1).
			returning: 2,
		});
	});

	it('gives each root its own figures, and each newcomer to the root of their first participation', () => {
		expect(evaluation.byHub.map((h) => [h.name, h.root])).toEqual([
			["Let's Connect", MAIN],
			['Español', HUB],
		]);
		expect(evaluation.byHub[0].figures).toMatchObject({
			participants: 9,
			affiliates: 2,
			returning: 1,
			newcomers: 8,
		});
		expect(evaluation.byHub[1].figures).toEqual({
			// Ann (sharer), Hal, Ben.
			participants: 3,
			countries: 3,
			// es, en (Ann), pt (Ben).
			languages: 3,
			affiliates: 3,
			affiliateShare: 30,
			sessions: 1,
			topics: 1,
			registrations: 2,
			attended: 2,
			attendanceTaken: 1,
			attendanceRate: 100,
			// Nobody came twice to the hub's sessions.
			returning: 0,
			// Hal; Ann and Ben took part in the programme first.
			newcomers: 1,
			interpretationLanguages: 0,
		});
	});

	it('counts a month across the roots', () => {
		expect(
			evaluation.byMonth.find((m) => m.month === '2026-11')?.figures,
		).toMatchObject({
			sessions: 2,
			// Eve and Hal.
			newcomers: 2,
			// Ann (a1, a2) and Ben (a1, b1) came in November, each a second time.
			returning: 2,
		});
		expect(evaluation.topics.map((t) => t.topic)).toEqual([
			'Wikidata',
			'Funding',
			'Grants',
		]);
	});
});

describe('evaluationText', () => {
	it('prints each series as an aligned table, rates in percent, none as a dash', () => {
		const text = evaluationText(evaluate([main, hub], NOW));
		if (process.env.LC_SHOW) process.stdout.write(text);
		const lines = text.split('\n');
		expect(lines[0]).toBe("Overall (with the Config's baselines)");
		expect(text).toMatch(/^ {2}attendance rate +86%$/m);
		expect(text).toMatch(/^ {2}share of affiliates +50%$/m);
		expect(text).toMatch(/^ {2}sessions with attendance taken +3$/m);
		// Ann and Ben came twice each: 7 times, 5 people.
		expect(text).toMatch(/^ {2}times someone came \(verified\) +7$/m);
		expect(text.replace(/\s+/g, ' ')).toContain(
			'rate attendance rate (of those with a place at the sessions where attendance was taken, who came)',
		);
		expect(text).toMatch(
			/^ {2}month +people +new +back +ctry .* rate +interp$/m,
		);
		expect(text).toMatch(/^ {2}2027-01 +2 +1 +0 .* – +0$/m);
		expect(text).toMatch(/^ {2}Español +3 +1 +0 +3 /m);
		expect(text).toMatch(/^ {2}Grant writing +2 +0 +0$/m);
		// Short lines, for a terminal.
		expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(
			100,
		);
	});
});

describe('the Evaluation page', () => {
	const bars = (text: string) =>
		[
			...text.matchAll(
				/<span class="lc-bar" aria-hidden="true" style="width:(\d+)%;/g,
			),
		].map((m) => Number(m[1]));

	it('draws a chart as a table of label, number and bar, the bar a share of the largest', () => {
		const chart = barChart('Sessions by topic', 'Topic', 'Sessions', [
			{ label: 'A', value: 4 },
			{ label: 'B', value: 1 },
			{ label: 'C', value: 0 },
		]);
		expect(chart).toContain('|+ Sessions by topic');
		expect(chart).toContain('| style="text-align:end" | 4');
		expect(bars(chart)).toEqual([100, 25]);
		expect(chart).toContain('background-color:var(--color-progressive,#36c)');
		// A rate: bars on a scale to 100, the number with %; none for no value.
		const rates = barChart(
			'Rate',
			'Month',
			'Rate',
			[
				{ label: '2026-10', value: 50 },
				{ label: '2026-11', value: null },
			],
			true,
		);
		expect(bars(rates)).toEqual([50]);
		expect(rates).toContain('| style="text-align:end" | 50%');
		expect(rates).toContain('| style="text-align:end" | –');
	});

	it('shows the figures overall, by topic and by month; by hub only with hubs', () => {
		const [alone] = evaluationPages(evaluate([main], NOW), MAIN);
		expect(alone.title).toBe(`${MAIN}/Evaluation`);
		expect(alone.region).toBe('evaluation');
		expect(alone.content).toContain('| Participants || 109');
		expect(alone.content).toContain('| Share of all affiliates || 40%');
		expect(alone.content).toContain('| Attendance rate (where taken) || 80%');
		// Ann came twice: two times, one person.
		expect(alone.content).toContain('| Times someone came || 5');
		expect(alone.content).toContain('|+ Participants by month');
		expect(alone.content).toContain('|+ Sessions by topic');
		expect(alone.content).toContain(
			'| <nowiki>Grant writing</nowiki> || 2 || 0 || 0',
		);
		expect(alone.content).toContain('{{#language:es|{{USERLANGUAGE}}}}');
		expect(alone.content).toContain('baseline-');
		expect(alone.content).not.toContain('== By hub ==');
		const [all] = evaluationPages(evaluate([main, hub], NOW), MAIN);
		expect(all.content).toContain('== By hub ==');
		expect(all.content).toContain('|+ Participants by hub');
		expect(all.content).toMatch(
			/\| <nowiki>Español<\/nowiki> \|\| 3 \|\| 1 \|\| 0 \|\| 3/,
		);
		// The same figures, the same bytes.
		expect(evaluationPages(evaluate([main, hub], NOW), MAIN)[0].content).toBe(
			all.content,
		);
	});

	it('splits the months one page a year past the budget, each month on exactly one page', () => {
		const evaluation = evaluate([main, hub], NOW);
		const pages = evaluationPages(evaluation, MAIN, 4);
		expect(pages.map((p) => p.title)).toEqual([
			`${MAIN}/Evaluation`,
			`${MAIN}/Evaluation/2026`,
			`${MAIN}/Evaluation/2027`,
		]);
		const [index, y2026, y2027] = pages;
		// The index: the figures overall and by hub, the last twelve months, and every year.
		expect(index.content).toContain('== Overall ==');
		expect(index.content).toContain('== By hub ==');
		expect(index.content).toContain(
			`* <span class="lc-part" data-lc-part="2026">[[${MAIN}/Evaluation/2026|2026]]</span>: 4 months`,
		);
		expect(index.content).toContain(
			`[[${MAIN}/Evaluation/2027|2027]]</span>: 1 month`,
		);
		// A year's page: its months only, inside the bot's region, written whole.
		const months = (text: string) =>
			[...text.matchAll(/^\| (\d{4}-\d{2}) \|\|/gm)].map((m) => m[1]);
		expect(months(y2026.content)).toEqual([
			'2026-09',
			'2026-10',
			'2026-11',
			'2026-12',
		]);
		expect(months(y2027.content)).toEqual(['2027-01']);
		expect(y2026.content).not.toContain('== Overall ==');
		const whole = y2026.whole!(y2026.content);
		expect(whole).toMatch(
			/^The figures of Let's Connect in 2026, month by month/,
		);
		const region = findRegion(whole, 'evaluation');
		expect(typeof region).not.toBe('string');
		// Below the budget, one page.
		expect(evaluationPages(evaluation, MAIN, 48)).toHaveLength(1);
	});

	it('says so when there is nothing yet', () => {
		const [page] = evaluationPages(
			evaluate(
				[{ ...main, sessions: [], participants: [], config: { baseline: {} } }],
				NOW,
			),
			MAIN,
		);
		expect(page.content).toContain('| Participants || 0');
		expect(page.content).toContain("== By month ==\n''No session yet.''");
	});
});
