// Hubs on a real wiki: the main programme and two hubs in two languages, one right to left, set up
// with `install --root`, listed on the registry, served by one `sync --hubs`.
import { elementsWith } from '../helpers/rendered-html';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';
import { runJobs } from '../../scripts/local-wiki';

const NOW = '2026-12-02T12:00:00Z';
const ES = "Grants:Let's Connect Hub/Español";
const AR = "Grants:Let's Connect Hub/العربية";
const FAIR = 'Grants:Feria del libro';
let wiki: TestWiki;
let sync: { code: number; stdout: string; stderr: string };
let installAr: typeof sync;

const session = (id: string, title: string, start: string, extra = '') =>
	`{{Let's Connect/Session|id=${id}|title=${title}|start=${start}|timezone=UTC${extra}}}`;
const cardIds = (text: string | undefined) =>
	[...(text ?? '').matchAll(/\|id=([a-z0-9-]+)\|/g)].map((m) => m[1]).sort();
const html = async (title: string, uselang = 'en') =>
	(
		await wiki.bot.request({
			action: 'parse',
			page: title,
			prop: 'text',
			uselang,
			disablelimitreport: true,
		})
	).parse.text as string;

beforeAll(async () => {
	wiki = await startTestWiki();
	expect((await wiki.cli(['install', '--root', ES])).code).toBe(0);
	// The Arabic hub set up with its own Config: language, usual time zone and capacity (for its
	// sessions that leave them out), liaisons.
	installAr = await wiki.cli([
		'install',
		'--root',
		AR,
		'--language',
		'ar',
		'--timezone',
		'Africa/Cairo',
		'--capacity',
		'2',
		'--liaisons',
		'Dalia',
	]);
	// Meta's MediaWiki:Lang pages: on 1.39 (no {{USERLANGUAGE}}) {{int:lang}} says the reader's language.
	await wiki.admin.save('MediaWiki:Lang', 'en');
	for (const code of ['es', 'ar', 'pt'])
		await wiki.admin.save(`MediaWiki:Lang/${code}`, code);
	// A hub's config cannot take the programme's sessions: session-pages naming one changes nothing.
	await wiki.edit(
		`${ES}/Config`,
		`{{Let's Connect/Config|language=es|liaisons=Alice, ~2026-1|timezone=Europe/Madrid|session-pages=${ROOT}/Sessions/alpha, ${FAIR}}}`,
	);
	await wiki.edit(
		`${ROOT}/Hubs`,
		[
			"{{Let's Connect/Hub|name=Español|root=Grants:Let's_Connect Hub/Español|language=es}}",
			"{{Let's Connect/Hub|name=العربية|root=Grants:Let's Connect Hub/العربية|language=ar}}",
			`{{Let's Connect/Hub|name=Inside|root=${ROOT}/Sub|language=fr}}`,
			"{{Let's Connect/Hub|name=Machinery|root=Template:Let's Connect|language=fr}}",
			"{{Let's Connect/Hub|name=Signed ~~~|root=Grants:Elsewhere|language=fr}}",
		].join('\n'),
	);
	await wiki.edit(
		`${ROOT}/Sessions/alpha`,
		session('alpha', 'Main clinic', '2026-12-10 14:00'),
	);
	await wiki.edit(
		`${ES}/Sessions/clinica`,
		session(
			'clinica',
			'Clínica de Wikidata',
			'2026-12-11 15:00',
			'|language=es',
		),
	);
	await wiki.edit(
		`${ES}/Sessions/shared-id`,
		session('shared-id', 'Mismo id', '2026-12-12 15:00', '|language=es'),
	);
	await wiki.edit(
		`${AR}/Sessions/warsha`,
		session('warsha', 'ورشة الكتابة', '2026-12-13 16:00', '|language=ar'),
	);
	await wiki.edit(
		`${AR}/Sessions/shared-id`,
		session('shared-id', 'نفس المعرّف', '2026-12-14 16:00', '|language=ar'),
	);
	await wiki.edit(
		`${AR}/Sessions/bare`,
		"{{Let's Connect/Session|id=bare|title=لقاء بلا تفاصيل|start=2026-12-20 18:00}}",
	);
	// On the hub's own page: its defaults too (the module knows the page by its /Config).
	await wiki.edit(
		AR,
		"{{Let's Connect/Session|id=autumn|title=Autumn|start=2026-12-21 18:00}}",
	);
	// On a page the Spanish hub's session-pages lists: the module cannot tell whose it is, so no default.
	await wiki.edit(
		FAIR,
		"{{Let's Connect/Session|id=feria|title=Feria|start=2026-12-22 18:00}}",
	);
	sync = await wiki.cli(['sync', '--hubs', '--now', NOW]);
}, 240000);
afterAll(async () => {
	await wiki?.stop();
});

describe('one run for the programme and its hubs', () => {
	it("serves every root listed, and leaves out a hub inside the programme's root", () => {
		expect(sync.code).toBe(0);
		expect(sync.stdout).toContain(
			`3 roots: ${ROOT} (1 session), ${ES} (3 sessions), ${AR} (4 sessions)`,
		);
	});

	it('gives each root its own sessions, the same id in two hubs included, and no stray warnings', async () => {
		expect(cardIds(await wiki.read(`${ROOT}/Calendar`))).toEqual(['alpha']);
		expect(cardIds(await wiki.read(`${ES}/Calendar`))).toEqual([
			'clinica',
			'feria',
			'shared-id',
		]);
		expect(cardIds(await wiki.read(`${AR}/Calendar`))).toEqual([
			'autumn',
			'bare',
			'shared-id',
			'warsha',
		]);
		expect(await wiki.read(`${AR}/Registrations/shared-id`)).toContain(
			'|title=نفس المعرّف|',
		);
		expect(await wiki.read(`${ES}/Registrations/shared-id`)).toContain(
			'|title=Mismo id|',
		);
		const report = (await wiki.read(`${ROOT}/Bot report`)) ?? '';
		expect(report).not.toContain('session-outside-root');
		expect(report).toContain('hub-duplicate');
		expect(report).toContain('hub-invalid-root');
		expect(report).toContain('hub-invalid-name');
		expect(await wiki.read(`${ES}/Bot report`)).toContain(
			'config-invalid-liaison',
		);
	});

	it('shows every hub on the calendar of all hubs, each card naming its hub, filterable by hub', async () => {
		const text = (await wiki.read(`${ROOT}/All hubs`)) ?? '';
		expect(cardIds(text)).toEqual([
			'alpha',
			'autumn',
			'bare',
			'clinica',
			'feria',
			'shared-id',
			'shared-id',
			'warsha',
		]);
		expect(text).toMatch(
			/\|id=warsha\|[^\n]*\|root=Grants:Let's Connect Hub\/العربية\|[^\n]*\|hub=العربية\}\}/,
		);
		expect(text).toContain('liaisons: [[User:Alice|Alice]]');
		const cards = elementsWith(
			await html(`${ROOT}/All hubs`),
			'data-lc-session',
		);
		expect(cards.map((c) => c['data-lc-hub'])).toEqual([
			"Let's Connect",
			'Español',
			'Español',
			'العربية',
			'العربية',
			'العربية',
			'العربية',
			'Español',
		]);
		expect(
			cards.every((c) =>
				(c['data-lc-filters'] ?? '').split(' ').includes('hub'),
			),
		).toBe(true);
		// Each card names its hub where readers see it, not only in the filter, in the reader's language.
		const named = [
			...(await html(`${ROOT}/All hubs`)).matchAll(
				/class="lc-session-hub"[^>]*>([^<]*)</g,
			),
		].map((m) => m[1]);
		expect(named).toEqual(
			cards.map((c) =>
				`Hub: ${c['data-lc-hub']}`.replace("Let's", 'Let&#39;s'),
			),
		);
		const arabic = [
			...(await html(`${ROOT}/All hubs`, 'ar')).matchAll(
				/class="lc-session-hub"[^>]*>([^<]*)</g,
			),
		].map((m) => m[1]);
		expect(arabic).toContain('المركز: Español');
	});

	it("reads the right-to-left hub in its language and direction, with no page language set; the labels in the reader's", async () => {
		// The page's opening words are the hub's, whoever reads them.
		for (const uselang of ['en', 'ar', 'es']) {
			expect([
				uselang,
				elementsWith(await html(`${AR}/Calendar`, uselang), 'data-lc-intro')[0],
			]).toEqual([
				uselang,
				expect.objectContaining({
					'data-lc-intro': 'calendar',
					'lang': 'ar',
					'dir': 'rtl',
				}),
			]);
		}
		expect(await html(`${AR}/Calendar`)).toContain('جدول جلسات');
		// The cards' labels are the reader's (MediaWiki says it: {{USERLANGUAGE}}, or {{int:lang}} on 1.39).
		const card = async (uselang: string) =>
			elementsWith(
				await html(`${AR}/Calendar`, uselang),
				'data-lc-session',
			).find((c) => c['data-lc-session'] === 'warsha');
		expect(await card('ar')).toMatchObject({ lang: 'ar', dir: 'rtl' });
		expect(await card('en')).toMatchObject({ lang: 'en', dir: 'ltr' });
		// A regional language the labels lack reads its parent's (pt-br → pt).
		expect(await card('pt-br')).toMatchObject({ lang: 'pt' });
		const rows = elementsWith(await html(`${ROOT}/Hubs`), 'data-lc-hub');
		expect(rows.slice(0, 3).map((r) => [r['data-lc-hub'], r.dir])).toEqual([
			['Español', 'ltr'],
			['العربية', 'rtl'],
			['Inside', 'ltr'],
		]);
	});

	it("sets up a hub with a Config of its own: its settings, the programme's topics, none of its figures", async () => {
		expect(installAr.code).toBe(0);
		const config = (await wiki.read(`${AR}/Config`)) ?? '';
		expect(config).toMatch(
			/\| language += ar\n\| timezone += Africa\/Cairo\n\| capacity += 2\n\| liaisons += Dalia\n\}\}/,
		);
		expect(config).toContain('| topics ');
		expect(config).not.toContain('baseline-');
		expect(await wiki.read(`${ROOT}/Config`)).toContain(
			'baseline-participants = 730',
		);
		// A wrong setting is a bad command line: nothing is written.
		const refused = await wiki.cli([
			'install',
			'--root',
			"Grants:Let's Connect Hub/Refused",
			'--timezone',
			'CET',
			'--liaisons',
			'~2026-1',
		]);
		expect([refused.code, refused.stderr]).toEqual([
			2,
			expect.stringContaining('Unknown time zone "CET"'),
		]);
		expect(refused.stderr).toContain('~2026-1');
		expect(
			await wiki.read("Grants:Let's Connect Hub/Refused/Config"),
		).toBeUndefined();
		// A Config that exists is the liaisons': install says so and changes nothing.
		const again = await wiki.cli(['install', '--root', AR, '--capacity', '9']);
		expect(again.stderr).toContain(
			'exists, so --language, --timezone, --capacity and --liaisons changed nothing there',
		);
		expect(await wiki.read(`${AR}/Config`)).toBe(config);
	});

	it("gives a hub's sessions its usual time zone, capacity and language where they leave them out, the same on the card, the header and the lists", async () => {
		const facts = {
			start: '2026-12-20T16:00:00Z',
			capacity: '2',
			language: 'ar',
		};
		const header = (await wiki.read(`${AR}/Registrations/bare`)) ?? '';
		expect(header).toContain(`|start=${facts.start}|`);
		expect(header).toContain('|capacity=2}}');
		const cardOf = async (title: string) =>
			elementsWith(await html(title), 'data-lc-session').find(
				(c) => c['data-lc-session'] === 'bare',
			);
		for (const title of [
			`${AR}/Sessions/bare`,
			`${AR}/Calendar`,
			`${ROOT}/All hubs`,
		]) {
			expect([title, await cardOf(title)]).toEqual([
				title,
				expect.objectContaining({
					'data-lc-start': facts.start,
					'data-lc-capacity': facts.capacity,
					'data-lc-language': facts.language,
				}),
			]);
		}
		// A session's own values win (timezone=UTC); another hub's defaults are its own.
		expect(await wiki.read(`${AR}/Registrations/shared-id`)).toContain(
			'|start=2026-12-14T16:00:00Z|',
		);
		expect(await wiki.read(`${ES}/Registrations/clinica`)).not.toContain(
			'|capacity=',
		);
		// The module read them from the Config's own call, on which the session page depends (the wiki
		// renders it again when the Config changes); the bot writes nothing there.
		expect(await wiki.read(`${AR}/Config`)).not.toContain('letsconnect:');
		const used = (
			await wiki.bot.request({
				action: 'parse',
				page: `${AR}/Sessions/bare`,
				prop: 'templates',
			})
		).parse.templates as { title: string }[];
		expect(used.map((t) => t.title)).toContain(`${AR}/Config`);
		// The hub's own page: the hub's root and defaults, on the card as in the header.
		expect(await wiki.read(`${AR}/Registrations/autumn`)).toContain(
			'|start=2026-12-21T16:00:00Z|',
		);
		expect(elementsWith(await html(AR), 'data-lc-session')[0]).toMatchObject({
			'data-lc-start': '2026-12-21T16:00:00Z',
			'data-lc-capacity': '2',
			'data-lc-root': AR,
		});
		// A page listed in session-pages takes no default, on the card as in the header, and the report says why.
		expect(await wiki.read(`${ES}/Registrations/feria`)).toContain(
			'|start=2026-12-22T18:00:00Z|',
		);
		expect(elementsWith(await html(FAIR), 'data-lc-session')[0]).toMatchObject({
			'data-lc-start': '2026-12-22T18:00:00Z',
		});
		expect(await wiki.read(`${ES}/Bot report`)).toContain(
			'session-default-not-applied',
		);
		// There the card names the programme's root unless the session says root=: the report asks for it.
		expect(
			elementsWith(await html(FAIR), 'data-lc-session')[0]['data-lc-root'],
		).toBe(ROOT);
		expect(await wiki.read(`${ES}/Bot report`)).toContain(
			'session-root-needed',
		);
		expect(await wiki.read(`${AR}/Bot report`)).not.toContain(
			'session-default-not-applied',
		);
	});

	it("shows a new hub session in the hub's zone before any run, and follows a change of the Config at once (the header at the next run)", async () => {
		// Written after the last run, without a time zone: the card already says Cairo's 19:00 is 17:00 UTC.
		await wiki.edit(
			`${AR}/Sessions/fresh`,
			"{{Let's Connect/Session|id=fresh|title=جديدة|start=2026-12-23 19:00}}",
		);
		expect(
			elementsWith(await html(`${AR}/Sessions/fresh`), 'data-lc-session')[0],
		).toMatchObject({
			'data-lc-start': '2026-12-23T17:00:00Z',
			'data-lc-capacity': '2',
			'data-lc-language': 'ar',
		});
		// A liaison changes the Config: the session page's card follows without a run …
		await wiki.edit(
			`${AR}/Config`,
			"{{Let's Connect/Config|language=ar|liaisons=Dalia|timezone=Asia/Riyadh|capacity=5}}",
		);
		await runJobs(wiki.info);
		expect(
			elementsWith(await html(`${AR}/Sessions/bare`), 'data-lc-session')[0],
		).toMatchObject({
			'data-lc-start': '2026-12-20T15:00:00Z',
			'data-lc-capacity': '5',
		});
		// … and the next run states the same in the header.
		expect((await wiki.cli(['sync', '--hubs', '--now', NOW])).code).toBe(0);
		expect(await wiki.read(`${AR}/Registrations/bare`)).toContain(
			'|start=2026-12-20T15:00:00Z|',
		);
		// A zone nobody knows is never replaced by UTC (a wrong time): the sessions that leave theirs
		// out show the problem instead of a card, and are not published, until it is corrected.
		await wiki.edit(
			`${AR}/Config`,
			"{{Let's Connect/Config|language=ar|liaisons=Dalia|timezone=EET|capacity=5}}",
		);
		expect((await wiki.cli(['sync', '--hubs', '--now', NOW])).code).toBe(0);
		await runJobs(wiki.info);
		expect(await wiki.read(`${AR}/Bot report`)).toContain(
			'config-invalid-timezone',
		);
		const page = await html(`${AR}/Sessions/bare`);
		expect(elementsWith(page, 'data-lc-session')).toEqual([]);
		expect(
			elementsWith(page, 'data-lc-problem').map((p) => p['data-lc-problem']),
		).toEqual(['unknown-timezone']);
		expect(cardIds(await wiki.read(`${AR}/Calendar`))).not.toContain('bare');
		// A session that says its own zone is not touched.
		expect(cardIds(await wiki.read(`${AR}/Calendar`))).toContain('warsha');
	});

	it('writes the toolkit with the steps and the hubs running now, and a second run changes nothing', async () => {
		const toolkit = (await wiki.read(`${ROOT}/Toolkit`)) ?? '';
		expect(toolkit).toContain('letsconnect install --root');
		expect(toolkit).toContain(
			"{{Let's Connect/Hub|name=العربية|root=Grants:Let's Connect Hub/العربية|language=ar}}",
		);
		const again = await wiki.cli(['sync', '--hubs', '--now', NOW, '--json']);
		const edited = (
			JSON.parse(again.stdout) as {
				outcomes: { title: string; action: string }[];
			}
		).outcomes.filter((o) => o.action === 'edited' || o.action === 'created');
		expect(edited).toEqual([]);
	});

	it("writes a hub's registration pages in the hub's language, without Special:PageLanguage", async () => {
		const text = (await wiki.read(`${AR}/Registrations/bare`)) ?? '';
		expect(text).toContain("{{Let's Connect/Intro|registrations}}");
		await wiki.editAs(
			'Dalia',
			`${AR}/Registrations/bare`,
			(t) =>
				`${t}\n{{Let's Connect/Registration|user=Dalia|registered=2026-12-02T10:00:00Z}}`,
		);
		const page = await html(`${AR}/Registrations/bare`, 'ar');
		// Every part the module renders (the header, the opening words, each line) says ar and rtl.
		const parts = [
			...elementsWith(page, 'data-lc-header-session'),
			...elementsWith(page, 'data-lc-intro'),
			...elementsWith(page, 'data-lc-registration-status'),
		];
		expect(parts.length).toBe(3);
		expect(parts.map((p) => [p.lang, p.dir])).toEqual([
			['ar', 'rtl'],
			['ar', 'rtl'],
			['ar', 'rtl'],
		]);
		// For an English reader, the hub's opening words stay Arabic; the labels are English.
		const english = await html(`${AR}/Registrations/bare`, 'en');
		expect(elementsWith(english, 'data-lc-intro')[0]).toMatchObject({
			lang: 'ar',
			dir: 'rtl',
		});
		expect(elementsWith(english, 'data-lc-header-session')[0]).toMatchObject({
			lang: 'en',
			dir: 'ltr',
		});
		// The time is written as text: "Sunday 20 December 2026, 15:00 UTC", never an entity.
		expect(english).not.toContain('&amp;#32;');
		expect(english).toMatch(/December 2026, \d\d:\d\d UTC/);
		// Names keep their own direction; counts are in the language's digits.
		expect(page).toMatch(/<bdi><a [^>]*>Dalia<\/a><\/bdi>/);
		expect(page).toContain('١');
		const language = (
			await wiki.bot.request({
				action: 'query',
				titles: `${AR}/Registrations/bare`,
				prop: 'info',
				formatversion: 2,
			})
		).query?.pages?.[0]?.pagelanguage;
		expect(language).toBe('en');
	});

	it("reminds a hub's registrants too (remind --hubs)", async () => {
		await wiki.editAs(
			'Bruno',
			`${ES}/Registrations/clinica`,
			(text) => `${text}\n{{Let's Connect/Registration|user=Bruno|remind=yes}}`,
		);
		const result = await wiki.cli([
			'remind',
			'--hubs',
			'--now',
			'2026-12-10T18:00:00Z',
		]);
		expect(result.code).toBe(0);
		expect(await wiki.read('User talk:Bruno')).toContain(
			'<!-- letsconnect:reminder clinica -->',
		);
	});

	it('reminds by the times the pages show, which follow the Config at once', async () => {
		await wiki.editAs(
			'Chidi',
			`${AR}/Registrations/bare`,
			(text) => `${text}\n{{Let's Connect/Registration|user=Chidi|remind=yes}}`,
		);
		// The Config says Riyadh again (the session at 15:00 UTC): the pages show it before any run,
		// and a reminder 21.5 hours before goes out.
		await wiki.editAs('Admin', `${AR}/Config`, (text) =>
			text.replace('timezone=EET', 'timezone=Asia/Riyadh'),
		);
		expect(
			(
				await wiki.cli([
					'remind',
					'--hubs',
					'--now',
					'2026-12-19T17:30:00Z',
					'--hours',
					'24',
				])
			).code,
		).toBe(0);
		expect(await wiki.read('User talk:Chidi')).toContain(
			'<!-- letsconnect:reminder bare -->',
		);
	});

	it('reads a Config that asks bots to stay away, and writes nothing there', async () => {
		await wiki.editAs(
			'Admin',
			`${AR}/Config`,
			(text) => `{{nobots}}\n${text.replace('capacity=5', 'capacity=7')}`,
		);
		const before = await wiki.read(`${AR}/Config`);
		expect((await wiki.cli(['sync', '--hubs', '--now', NOW])).code).toBe(0);
		expect(await wiki.read(`${AR}/Config`)).toBe(before);
		expect(await wiki.read(`${AR}/Registrations/bare`)).toContain(
			'|capacity=7}}',
		);
	});
});
