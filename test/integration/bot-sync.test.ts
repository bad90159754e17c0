// `letsconnect sync`, `validate` and `stats` against a real local wiki: every generated page,
// human edits during a run, {{nobots}}, --dry-run, idempotency, waitlist promotion.
import { parseRegistrations } from '../../shared/registrations/registration-page';
import { silentLog } from '../../bot/wiki/log';
import { PageWriter } from '../../bot/wiki/page-writer';
import { botIdentity } from '../../bot/wiki/client';
import { sync } from '../../bot/sync/sync';
import { parseKinds } from '../../bot/sync/generated-pages';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2026-11-23T12:00:00Z';
let wiki: TestWiki;

const session = (id: string, params: string) =>
	`{{Let's Connect/Session\n| id = ${id}\n| title = Session ${id}\n${params}\n}}`;
const reg = (user: string, status: string) =>
	`{{Let's Connect/Registration|user=${user}|status=${status}|registered=2026-11-01T10:00:00Z}}`;

beforeAll(async () => {
	wiki = await startTestWiki();
	await wiki.edit(
		`${ROOT}/Config`,
		"{{Let's Connect/Config|topics=Wikidata, Funding|reminder-hours=24|upcoming=5}}",
	);
	await wiki.edit(
		`${ROOT}/Sessions/wikidata`,
		session(
			'wikidata',
			'| topic = Wikidata\n| start = 2026-12-03 14:00\n| timezone = Europe/Madrid\n| capacity = 2',
		),
	);
	await wiki.edit(
		`${ROOT}/Sessions/funding`,
		session(
			'funding',
			'| topic = Funding\n| type = connectathon\n| start = 2027-01-10 09:00\n| timezone = America/Lima',
		),
	);
	await wiki.edit(
		`${ROOT}/Sessions/past`,
		session(
			'past',
			'| topic = Funding\n| start = 2026-10-01 15:00\n| registration = open\n| recording = https://example.org/rec\n| recording-es = https://example.org/rec-es\n| slides = https://example.org/slides',
		),
	);
	await wiki.edit(
		`${ROOT}/Sessions/past-nobots`,
		`{{nobots}}\n${session('past-nobots', '| start = 2026-09-01 15:00\n| registration = open')}`,
	);
	// The bot saw it while it was ahead (its registration page): it ended, not a year typed wrong.
	await wiki.edit(`${ROOT}/Registrations/past-nobots`, 'Registrations.');
	await wiki.edit(
		`${ROOT}/Sessions/broken`,
		session('broken', '| start = 2026-12-05 10:00\n| timezone = Europe/Madird'),
	);
	await wiki.edit(
		`${ROOT}/Sessions/dup`,
		session('wikidata', '| start = 2026-12-09 10:00'),
	);
	// Each person adds their own line (the bot messages only people whose own edit put it there).
	for (const [user, status] of [
		['Alice', 'registered'],
		['Bruno', 'cancelled'],
		['Chidi', 'registered'],
		['Dalia', 'waitlisted'],
	]) {
		await wiki.editAs(user, `${ROOT}/Registrations/wikidata`, (current) =>
			current ? `${current}\n${reg(user, status)}` : reg(user, status),
		);
	}
	await wiki.edit(
		`${ROOT}/Registrations/past`,
		[
			reg('Alice', 'registered'),
			`{{Let's Connect/Registration|user=Chidi|status=registered|attended=yes}}`,
		].join('\n'),
	);
	await wiki.edit(
		`${ROOT}/Participants/Alice`,
		"{{Let's Connect/Participant|affiliate=Wikimedia Example|country=Peru|region=LAC|languages=es, en|home=es.wikipedia|share=Wikidata, Event organising|learn=Grant writing}}",
	);
	await wiki.edit(
		`${ROOT}/Participants/Bruno`,
		"{{Let's Connect/Participant|country=Brazil|languages=pt|home=pt.wikipedia|share=Grant writing|learn=Wikidata, Conflict management}}",
	);
	await wiki.edit(
		`${ROOT}/Participants/Chidi`,
		"{{Let's Connect/Participant|country=Nigeria|languages=en, ig|home=ig.wikipedia|learn=Conflict management|share=Training newcomers}}",
	);
});
afterAll(async () => {
	await wiki?.stop();
});

describe('dry run', () => {
	it('prints diffs and writes nothing', async () => {
		const before = await wiki.read(`${ROOT}/Calendar`);
		const result = await wiki.cli(['sync', '--dry-run', '--now', NOW]);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`+++ ${ROOT}/Calendar`);
		expect(await wiki.read(`${ROOT}/Calendar`)).toBe(before);
		expect(await wiki.read(`${ROOT}/Registrations/funding`)).toBeUndefined();
	});
});

describe('sync', () => {
	let first: Awaited<ReturnType<TestWiki['cli']>>;
	beforeAll(async () => {
		first = await wiki.cli(['sync', '--now', NOW]);
	});

	it('publishes what is valid and reports the rest', () => {
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('4 sessions published');
		expect(first.stderr).toContain('session-unknown-timezone');
		expect(first.stderr).toContain('session-duplicate-id');
	});

	it('writes the calendar by month, with counts', async () => {
		const calendar = (await wiki.read(`${ROOT}/Calendar`)) ?? '';
		expect(calendar).toMatch(
			/\{\{Let's Connect\/Month\|2026-12\}\}\n\{\{#invoke:Let's Connect\|card\|id=wikidata\|[^\n]*\|registered=2\|waitlisted=1/,
		);
		expect(calendar).toMatch(
			/\{\{Let's Connect\/Month\|2027-01\}\}\n\{\{#invoke:Let's Connect\|card\|id=funding/,
		);
		expect(calendar).not.toContain('id=past|');
	});

	it('writes the archive by year and the resources by topic and language', async () => {
		expect(await wiki.read(`${ROOT}/Past sessions`)).toMatch(
			/== 2026 ==\n\{\{#invoke:Let's Connect\|card\|id=past\|/,
		);
		const resources = (await wiki.read(`${ROOT}/Resources`)) ?? '';
		expect(resources).toContain('== <nowiki>Funding</nowiki> ==');
		expect(resources).toContain('[https://example.org/rec-es Recording (es)]');
		expect(resources).toContain('[https://example.org/slides Slides]');
	});

	it('writes the directory, the skills, the matching and the wanted skills', async () => {
		const page = (await wiki.read(`${ROOT}/Participants`)) ?? '';
		expect(page).toContain(
			'[[:User:Alice|Alice]] || <nowiki>Wikimedia Example</nowiki> || <nowiki>Peru</nowiki>',
		);
		// Bruno wants Wikidata, which Alice shares; Alice wants grant writing, which Bruno shares.
		expect(page).toContain(
			'| <nowiki>Wikidata</nowiki> || [[:User:Bruno|Bruno]] || [[:User:Alice|Alice]]',
		);
		expect(page).toMatch(
			/== Most wanted skills no session has covered yet ==\n# <nowiki>Conflict management<\/nowiki> \(2\)/,
		);
	});

	it('updates the headline figures', async () => {
		const stats = (await wiki.read("Template:Let's Connect/Stats")) ?? '';
		expect(stats).toContain('|participants=4\n');
		expect(stats).toContain('|countries=3\n');
		// Chidi's attended=yes was typed by the administrator, neither a sharer of the session nor a
		// liaison: a mark counts only when verified (test/integration/evaluation.test.ts counts one),
		// and with no session's attendance taken there is no rate to give.
		expect(stats).toContain('|attendance=\n');
		const html = await wiki.bot.parseWikitext(
			"{{Let's Connect/Stats|participants}} people from {{Let's Connect/Stats|countries}} countries",
		);
		expect(html).toContain('4 people from 3 countries');
	});

	it('creates the registration page of a new session and closes registration of a past one', async () => {
		expect(await wiki.read(`${ROOT}/Registrations/funding`)).toContain(
			"{{Let's Connect/Intro|registrations}}",
		);
		expect(await wiki.read(`${ROOT}/Sessions/past`)).toContain(
			'| registration = closed',
		);
	});

	it('leaves a {{nobots}} page alone and says so in the report', async () => {
		expect(await wiki.read(`${ROOT}/Sessions/past-nobots`)).toContain(
			'| registration = open',
		);
		const report = (await wiki.read(`${ROOT}/Bot report`)) ?? '';
		expect(report).toContain(
			`* [[:${ROOT}/Sessions/past-nobots|${ROOT}/Sessions/past-nobots]]: <nowiki>the page asks bots not to edit it`,
		);
		expect(report).toContain(
			`; [[:${ROOT}/Sessions/broken|${ROOT}/Sessions/broken]]`,
		);
		expect(report).toContain('Unknown time zone');
	});

	it('makes zero edits when run again with nothing changed', async () => {
		const again = await wiki.cli(['sync', '--now', NOW, '--json']);
		const result = JSON.parse(again.stdout);
		expect(
			result.outcomes.filter(
				(o: { action: string }) =>
					o.action === 'edited' || o.action === 'created',
			),
		).toEqual([]);
		expect(result.edits).toBe(0);
	});

	it('--only limits the run to the page kinds named, and refuses unknown ones', async () => {
		const result = await wiki.cli([
			'sync',
			'--only',
			'stats,calendar',
			'--now',
			NOW,
			'--json',
		]);
		expect(
			JSON.parse(result.stdout).outcomes.map((o: { title: string }) => o.title),
		).toEqual([`${ROOT}/Calendar`, "Template:Let's Connect/Stats"]);
		const bad = await wiki.cli(['sync', '--only', 'calendr']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('Unknown page kind "calendr"');
	});
});

describe('waitlist promotion', () => {
	it('gives a freed place to the first on the waitlist and tells them', async () => {
		const title = `${ROOT}/Registrations/wikidata`;
		const text = (await wiki.read(title)) ?? '';
		await wiki.edit(
			title,
			text.replace(
				'user=Chidi|status=registered',
				'user=Chidi|status=cancelled',
			),
		);
		const result = await wiki.cli([
			'sync',
			'--only',
			'registrations',
			'--now',
			NOW,
		]);
		expect(result.code).toBe(0);
		const registrations = parseRegistrations((await wiki.read(title)) ?? '');
		expect(registrations.find((r) => r.user === 'Dalia')?.status).toBe(
			'registered',
		);
		const talk = (await wiki.read('User talk:Dalia')) ?? '';
		expect(talk).toContain('== You have a place: Session wikidata ==');
		expect(talk).toMatch(/<!-- letsconnect:promoted wikidata \d+ -->/);
	});
});

describe("a human edit between the bot's read and its write", () => {
	it('survives: the bot re-reads and applies its change on top', async () => {
		const calendar = `${ROOT}/Calendar`;
		let edited = false;
		// Just before the bot's edit request goes out, a liaison saves the same page.
		const bot = wiki.bot as unknown as {
			request(
				params: Record<string, unknown>,
				...rest: unknown[]
			): Promise<unknown>;
		};
		const original = bot.request.bind(wiki.bot);
		bot.request = async (params, ...rest) => {
			if (!edited && params.action === 'edit' && params.title === calendar) {
				edited = true;
				const current = (await wiki.read(calendar)) ?? '';
				await wiki.edit(
					calendar,
					`A liaison's note, added during the run.\n${current}`,
				);
			}
			return original(params, ...rest);
		};
		try {
			await wiki.edit(
				`${ROOT}/Sessions/late`,
				session('late', '| start = 2026-12-20 10:00'),
			);
			await wiki.settle();
			const writer = new PageWriter(wiki.bot, {
				dryRun: false,
				pauseMs: 0,
				shutoffPage: 'User:LetsConnectBot/Shutoff',
				log: silentLog,
				assert: 'bot',
				identity: botIdentity('LetsConnectBot'),
			});
			await sync(
				wiki.bot,
				writer,
				{
					root: ROOT,
					now: new Date(NOW),
					mode: 'test',
					revision: 'test',
					kinds: parseKinds('calendar'),
				},
				silentLog,
			);
			expect(writer.outcomes).toEqual([
				expect.objectContaining({ title: calendar, action: 'edited' }),
			]);
		} finally {
			bot.request = original;
		}
		expect(edited).toBe(true);
		const text = (await wiki.read(calendar)) ?? '';
		expect(text.startsWith("A liaison's note, added during the run.")).toBe(
			true,
		);
		expect(text).toContain('|id=late|');
	});
});

describe('validate and stats', () => {
	it('validate prints every problem, writes nothing, and exits 4 on errors', async () => {
		const result = await wiki.cli(['validate', '--now', NOW]);
		expect(result.code).toBe(4);
		expect(result.stdout).toContain(
			`${ROOT}/Sessions/broken\n  Error (session-unknown-timezone) in session broken, parameter timezone: Unknown time zone "Europe/Madird"`,
		);
		expect(result.stdout).toMatch(
			/\d+ valid sessions; 2 errors, \d+ warnings?/,
		);
	});

	it('stats prints the figures as JSON', async () => {
		const result = await wiki.cli(['stats', '--json', '--now', NOW]);
		expect(JSON.parse(result.stdout)).toMatchObject({
			participants: 4,
			countries: 3,
			sessions: 5,
			clinics: 4,
			connectathons: 1,
		});
	});
});

describe('an edit the wiki holds without an error', () => {
	// The local wiki answers these as ConfirmEdit does (result: Failure, captcha) or as a held edit.
	it('is not taken for saved: the run says why for each page, writes the others, and fails', async () => {
		await wiki.edit(
			`${ROOT}/Sessions/captcha`,
			"{{Let's Connect/Session|id=captcha|title=Clinic LC-TEST-CAPTCHA|start=2026-12-20 10:00}}",
		);
		await wiki.edit(
			`${ROOT}/Sessions/held`,
			"{{Let's Connect/Session|id=held|title=Clinic LC-TEST-HOLD|start=2026-12-21 10:00}}",
		);
		await wiki.edit(
			`${ROOT}/Sessions/plain`,
			session('plain', '| start = 2026-12-22 10:00'),
		);
		const result = await wiki.cli([
			'sync',
			'--only',
			'registrations',
			'--now',
			NOW,
		]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			`FAILED [[${ROOT}/Registrations/captcha]]: not saved: the wiki asks this account for a CAPTCHA (ConfirmEdit)`,
		);
		expect(result.stdout).toContain(
			`FAILED [[${ROOT}/Registrations/held]]: not saved: the wiki held the edit without saving it (Failure: testhold)`,
		);
		expect(await wiki.read(`${ROOT}/Registrations/captcha`)).toBeUndefined();
		expect(await wiki.read(`${ROOT}/Registrations/plain`)).toContain(
			'letsconnect:begin header',
		);
	});
});

describe('a session page marked for translation', () => {
	// As Translate marks a page: units in <translate> with their markers, a value translated too.
	const page = (id: string, start: string) =>
		[
			'<languages/>',
			'<translate><!--T:1--> A clinic on grant writing.</translate>',
			"{{Let's Connect/Session",
			`| id = ${id}`,
			'| title = <translate><!--T:2--> Writing a <tvar name="g">grant</tvar> proposal</translate>',
			`| start = ${start}`,
			'| registration = open',
			'}}',
			'<translate><!--T:3--> Bring your questions.</translate>',
		].join('\n');

	it('is closed and its registration page made without breaking a translation unit, and its title read as the page shows it', async () => {
		await wiki.edit(
			`${ROOT}/Sessions/translated-past`,
			page('translated-past', '2026-11-20 10:00'),
		);
		await wiki.edit(
			`${ROOT}/Sessions/translated-next`,
			page('translated-next', '2026-12-28 10:00'),
		);
		// The bot sees both while they are ahead (registration pages), then the first one ends.
		// (Exit 1 for the pages an earlier test makes the wiki refuse.)
		await wiki.cli([
			'sync',
			'--only',
			'registrations',
			'--now',
			'2026-11-19T00:00:00Z',
		]);
		const result = await wiki.cli(['sync', '--now', NOW]);
		// Exit 1 only for the pages an earlier test makes the wiki refuse (its held edits), nothing else.
		expect(
			result.stdout
				.split('\n')
				.filter(
					(line) =>
						line.includes('FAILED') &&
						!/LC-TEST|captcha|held/.test(line) &&
						!line.includes('Calendar') &&
						!line.includes('Upcoming'),
				),
		).toEqual([]);
		// One parameter changed; every unit, marker and tag is where it was.
		expect(await wiki.read(`${ROOT}/Sessions/translated-past`)).toBe(
			page('translated-past', '2026-11-20 10:00').replace(
				'| registration = open',
				'| registration = closed',
			),
		);
		expect(await wiki.read(`${ROOT}/Sessions/translated-next`)).toBe(
			page('translated-next', '2026-12-28 10:00'),
		);
		expect(await wiki.read(`${ROOT}/Registrations/translated-next`)).toContain(
			'|title=Writing a grant proposal|',
		);
		// (The calendar holds the sessions an earlier test made the wiki refuse; the archive does not.)
		const archive = (await wiki.read(`${ROOT}/Past sessions`)) ?? '';
		expect(
			archive.split('\n').find((line) => line.includes('|id=translated-past|')),
		).toContain('|title=Writing a grant proposal|');
	});
});
