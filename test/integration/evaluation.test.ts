// The evaluation on a real wiki: a made programme (sessions, registration lines each person added
// with their own account, attendance a sharer marked, profiles) synced; `stats --json` gives the
// numbers worked out by hand, and ROOT/Evaluation exists and renders its tables and bars (the
// Sanitizer keeps their inline style). Then a hub: the programme's page gets the figures by hub.
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2026-12-15T12:00:00Z';
const HUB = "Grants:Let's Connect Hub/Español";
let wiki: TestWiki;

const session = (id: string, params: string) =>
	`{{Let's Connect/Session\n| id = ${id}\n| title = Session ${id}\n| timezone = UTC\n${params}\n}}`;
const line = (user: string) => `{{Let's Connect/Registration|user=${user}}}`;
/** Adds a person's own line, as the gadget does (their account, at the end of the page). */
const signUp = (user: string, id: string, root = ROOT) =>
	wiki.editAs(user, `${root}/Registrations/${id}`, (text) =>
		text ? `${text}\n${line(user)}` : line(user),
	);
/** Marks who came, as the attendance sheet writes it: `attended=yes` on their lines. */
const markCame = (by: string, id: string, users: string[]) =>
	wiki.editAs(by, `${ROOT}/Registrations/${id}`, (text) =>
		users.reduce(
			(t, user) =>
				t.replace(
					`{{Let's Connect/Registration|user=${user}}}`,
					`{{Let's Connect/Registration|user=${user}|attended=yes}}`,
				),
			text,
		),
	);

interface Stats {
	participants: number;
	attendance: number | null;
	evaluation: {
		overall: Record<string, number | null>;
		byMonth: { month: string; figures: Record<string, number | null> }[];
		byHub: { root: string; name: string; figures: Record<string, number> }[];
		topics: { topic: string; sessions: number; followers: number }[];
		wanted: { topic: string; learners: number; held: number; ahead: number }[];
	};
}

const statsJson = async (...args: string[]): Promise<Stats> => {
	const result = await wiki.cli(['stats', '--json', '--now', NOW, ...args]);
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as Stats;
};

async function html(title: string): Promise<string> {
	const answer = (await wiki.bot.request({
		action: 'parse',
		page: title,
		prop: 'text',
		formatversion: 2,
	})) as { parse: { text: string } };
	return answer.parse.text;
}

beforeAll(async () => {
	wiki = await startTestWiki();
	await wiki.edit(
		`${ROOT}/Config`,
		"{{Let's Connect/Config|affiliates-total=10|baseline-participants=100}}",
	);
	// The administrator names the sharers: they count as agreed, and may mark who came.
	await wiki.edit(
		`${ROOT}/Sessions/s1`,
		session(
			's1',
			'| topic = Wikidata\n| start = 2026-10-05 14:00\n| sharers = Alice\n| interpretation = es',
		),
	);
	await wiki.edit(
		`${ROOT}/Sessions/s2`,
		session(
			's2',
			'| topic = Wikidata\n| start = 2026-11-10 14:00\n| sharers = Alice',
		),
	);
	await wiki.edit(
		`${ROOT}/Sessions/s3`,
		session(
			's3',
			'| topic = Funding\n| start = 2027-01-10 14:00\n| sharers = Bruno',
		),
	);
	for (const [user, id] of [
		['Bruno', 's1'],
		['Chidi', 's1'],
		['Chidi', 's2'],
		['Dalia', 's2'],
		['Dalia', 's3'],
	])
		await signUp(user, id);
	await wiki.edit(
		`${ROOT}/Participants/Alice`,
		"{{Let's Connect/Participant|affiliate=WM Peru|country=Peru|languages=es, en|learn=Grant writing|follow-topics=Wikidata}}",
	);
	await wiki.edit(
		`${ROOT}/Participants/Bruno`,
		"{{Let's Connect/Participant|affiliate=WM Brasil|country=Brazil|languages=pt|learn=Grant writing, Wikidata|follow-topics=Wikidata, Funding}}",
	);
	await wiki.edit(
		`${ROOT}/Participants/Chidi`,
		"{{Let's Connect/Participant|country=Nigeria|languages=en, ig|home=ig.wikipedia}}",
	);
	// Alice shared s1 and s2: she marks who came. Dalia marks herself: that counts for nothing.
	await markCame('Alice', 's1', ['Bruno', 'Chidi']);
	await markCame('Alice', 's2', ['Chidi']);
	await wiki.editAs('Dalia', `${ROOT}/Registrations/s2`, (text) =>
		text.replace(
			"{{Let's Connect/Registration|user=Dalia}}",
			"{{Let's Connect/Registration|user=Dalia|attended=yes}}",
		),
	);
	const synced = await wiki.cli(['sync', '--now', NOW]);
	expect(synced.code).toBe(0);
});
afterAll(async () => {
	await wiki?.stop();
});

describe('stats', () => {
	it('gives the figures worked out by hand', async () => {
		const stats = await statsJson();
		expect(stats.evaluation.overall).toMatchObject({
			// Alice (sharer), Bruno, Chidi, Dalia; and 100 from the Config's baseline.
			participants: 104,
			countries: 3,
			// es, en, pt, ig.
			languages: 4,
			// WM Peru, WM Brasil: 2 of the Config's 10.
			affiliates: 2,
			affiliateShare: 20,
			sessions: 3,
			topics: 2,
			// Bruno and Chidi at s1, Chidi and Dalia at s2, Dalia at s3.
			registrations: 5,
			interpretationLanguages: 1,
		});
		expect(stats.participants).toBe(104);
		expect(stats.evaluation.topics).toEqual([
			{ topic: 'Wikidata', sessions: 2, followers: 2 },
			{ topic: 'Funding', sessions: 1, followers: 1 },
		]);
		expect(stats.evaluation.wanted).toEqual([
			{ topic: 'Grant writing', learners: 2, held: 0, ahead: 0 },
			{ topic: 'Wikidata', learners: 1, held: 2, ahead: 0 },
		]);
	});

	it('counts attendance by the marks a sharer saved, and who came back', async () => {
		const stats = await statsJson();
		expect(stats.evaluation.overall).toMatchObject({
			// Bruno and Chidi at s1, Chidi at s2; Dalia's own mark is not counted.
			attended: 3,
			// 3 of the 4 with a place at s1 and s2.
			attendanceRate: 75,
			// Chidi came twice.
			returning: 1,
		});
		expect(stats.attendance).toBe(75);
		const month = (m: string) =>
			stats.evaluation.byMonth.find((x) => x.month === m)?.figures;
		expect(month('2026-10')).toMatchObject({
			participants: 3,
			attended: 2,
			attendanceRate: 100,
			returning: 0,
		});
		expect(month('2026-11')).toMatchObject({
			participants: 3,
			attended: 1,
			attendanceRate: 50,
			returning: 1,
		});
	});

	it('counts newcomers by the month of their first participation', async () => {
		const stats = await statsJson();
		const newcomers = Object.fromEntries(
			stats.evaluation.byMonth
				.filter((m) => m.figures.newcomers)
				.map((m) => [m.month, m.figures.newcomers]),
		);
		// Alice shared s1, Bruno and Chidi came to it; Dalia's first is her sign-up, saved today.
		const today = new Date().toISOString().slice(0, 7);
		expect(newcomers).toEqual(
			today === '2026-10' ? { '2026-10': 4 } : { '2026-10': 3, [today]: 1 },
		);
	});

	it('prints the figures as tables without --json', async () => {
		const result = await wiki.cli(['stats', '--now', NOW]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^participants +104$/m);
		expect(result.stdout).toContain("Overall (with the Config's baselines)");
		expect(result.stdout).toMatch(/^ {2}attendance rate +75%$/m);
		expect(result.stdout).toMatch(/^ {2}2026-11 +3 /m);
	});
});

describe('ROOT/Evaluation', () => {
	it('is written with the figures, and a second run changes nothing', async () => {
		const text = (await wiki.read(`${ROOT}/Evaluation`)) ?? '';
		expect(text).toContain("{{Let's Connect/Intro|evaluation}}");
		expect(text).toContain('| Participants || 104');
		expect(text).toContain('| Share of all affiliates || 20%');
		expect(text).toContain('|+ Participants by month');
		expect(text).not.toContain('== By hub ==');
		const again = await wiki.cli(['sync', '--now', NOW, '--json']);
		expect(JSON.parse(again.stdout).edits).toBe(0);
	});

	it('renders its tables and bars: the Sanitizer keeps the bars’ style', async () => {
		const page = await html(`${ROOT}/Evaluation`);
		expect(page).toContain('class="wikitable lc-chart"');
		expect(page).toContain('<caption>Participants by month');
		// s1's month: 3 participants, the largest, a full bar; s3's month: 2 of 3.
		expect(page).toContain(
			'<span class="lc-bar" aria-hidden="true" style="width:100%;display:block;height:0.8em;background-color:var(--color-progressive,#36c)"></span>',
		);
		expect(page).toContain('style="width:67%;');
		expect(page).toContain('data-lc-intro="evaluation"');
		// No error, no link to a page that does not exist.
		expect(page).not.toMatch(/class="error"|class="new"/);
	});
});

describe('with a hub', () => {
	beforeAll(async () => {
		await wiki.edit(
			`${ROOT}/Hubs`,
			`{{Let's Connect/Hub|name=Español|root=${HUB}|language=es}}`,
		);
		await wiki.edit(`${HUB}/Config`, "{{Let's Connect/Config|language=es}}");
		await wiki.edit(
			`${HUB}/Evaluation`,
			"{{Let's Connect/Intro|evaluation}}\n\n<!-- letsconnect:begin evaluation -->\n<!-- letsconnect:end evaluation -->",
		);
		await wiki.edit(
			`${HUB}/Sessions/h1`,
			session(
				'h1',
				'| topic = Grants\n| start = 2027-02-01 14:00\n| sharers = Alice',
			),
		);
		await signUp('Bruno', 'h1', HUB);
		const synced = await wiki.cli(['sync', '--hubs', '--now', NOW]);
		expect(synced.code).toBe(0);
	});

	it("writes the figures by hub on the programme's page, and the hub's own on its page", async () => {
		const main = (await wiki.read(`${ROOT}/Evaluation`)) ?? '';
		expect(main).toContain('== By hub ==');
		expect(main).toMatch(/\| <nowiki>Español<\/nowiki> \|\| 2 \|\|/);
		// Everyone once: the hub's Alice and Bruno took part in the programme already.
		expect(main).toContain('| Participants || 104');
		expect(main).toContain('| Sessions || 4');
		const hub = (await wiki.read(`${HUB}/Evaluation`)) ?? '';
		expect(hub).toContain('| Participants || 2');
		expect(hub).not.toContain('== By hub ==');
	});

	it('stats --hubs gives each root its figures', async () => {
		const stats = await statsJson('--hubs');
		expect(
			stats.evaluation.byHub.map((h) => [
				h.name,
				h.figures.sessions,
				h.figures.newcomers,
			]),
		).toEqual([
			["Let's Connect", 3, 4],
			['Español', 1, 0],
		]);
	});
});
