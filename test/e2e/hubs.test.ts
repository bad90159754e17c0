// Hubs in the browser: the calendar of all hubs filtered by hub, and an Arabic hub's calendar read
// by an English reader: the page's opening words in Arabic (the hub's language, from its Config; no
// page language set), the cards' labels and the gadget's controls in English, left to right.
import {
	ROOT,
	startTestWiki,
	testedRelease,
	type TestWiki,
} from '../helpers/test-wiki';
import {
	launchBrowser,
	logIn,
	pageUrl,
	waitForGadget,
	type Browser,
} from '../helpers/browser';
import { parseRegistrations } from '../../shared/registrations/registration-page';
import { readHeader } from '../../shared/registrations/registration-header';
import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const AR = "Grants:Let's Connect Hub/العربية";
const ES = "Grants:Let's Connect Hub/Español";
const SHOTS =
	process.env.LC_SCREENSHOTS && testedRelease() === '1.39'
		? 'docs/screenshots'
		: `.cache/screenshots-${testedRelease()}`;
const day = (offset: number) =>
	new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
let wiki: TestWiki;
let browser: Browser;

beforeAll(async () => {
	wiki = await startTestWiki();
	for (const root of [ES, AR])
		expect((await wiki.cli(['install', '--root', root])).code).toBe(0);
	// Meta's MediaWiki:Lang pages: on 1.39, {{int:lang}} tells the module the reader's language.
	await wiki.admin.save('MediaWiki:Lang', 'en');
	await wiki.admin.save('MediaWiki:Lang/ar', 'ar');
	await wiki.edit(
		`${ROOT}/Hubs`,
		`{{Let's Connect/Hub|name=Español|root=${ES}|language=es}}\n{{Let's Connect/Hub|name=العربية|root=${AR}|language=ar}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/main`,
		`{{Let's Connect/Session|id=main|title=Monthly Connectathon|type=connectathon|start=${day(3)} 14:00}}`,
	);
	await wiki.edit(
		`${ES}/Sessions/clinica`,
		`{{Let's Connect/Session|id=clinica|title=Clínica de Wikidata|start=${day(4)} 15:00|timezone=Europe/Madrid|language=es}}`,
	);
	// The same id as the Arabic hub's workshop: two sessions, two events in a calendar file.
	await wiki.edit(
		`${ES}/Sessions/warsha`,
		`{{Let's Connect/Session|id=warsha|title=Taller de redacción|start=${day(6)} 15:00|timezone=Europe/Madrid|language=es}}`,
	);
	// The Arabic hub's sessions take its language, usual time zone and capacity from its Config.
	await wiki.edit(
		`${AR}/Config`,
		"{{Let's Connect/Config|language=ar|timezone=Africa/Cairo|capacity=25}}",
	);
	await wiki.edit(
		`${AR}/Sessions/warsha`,
		`{{Let's Connect/Session|id=warsha|title=ورشة كتابة المقالات|start=${day(5)} 16:00}}`,
	);
	await wiki.edit(
		`${AR}/Sessions/liqaa`,
		`{{Let's Connect/Session|id=liqaa|title=لقاء المنظمين|start=${day(12)} 17:00|audience=organisers}}`,
	);
	// The gadget's list of roots whose cards may act, from the registry (an interface administrator's install).
	expect(
		(
			await wiki.cli(
				['install', '--interface', '--bot-account', 'LetsConnectBot'],
				{
					env: {
						LETSCONNECT_USERNAME: wiki.info.admin.username,
						LETSCONNECT_PASSWORD: wiki.info.admin.password,
					},
				},
			)
		).code,
	).toBe(0);
	expect((await wiki.cli(['sync', '--hubs'])).code).toBe(0);
	browser = await launchBrowser({
		timezoneId: 'Africa/Cairo',
		locale: 'en-GB',
	});
	mkdirSync(SHOTS, { recursive: true });
}, 240000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

describe('hubs in the browser', () => {
	it('the calendar of all hubs filters by hub', async () => {
		const page = await browser.context.newPage();
		await page.goto(pageUrl(wiki.info, `${ROOT}/All hubs`));
		await waitForGadget(page);
		await page.getByRole('button', { name: 'List', exact: true }).click();
		expect(await page.locator('.lc-session.lc-enhanced').count()).toBe(5);
		const hub = page.locator('select[data-lc-filter="hub"]');
		await hub.selectOption('العربية');
		const shown = await page
			.locator('.lc-session.lc-enhanced:not([hidden])')
			.evaluateAll((cards) =>
				cards.map((c) => (c as HTMLElement).dataset.lcSession),
			);
		expect(shown).toEqual(['warsha', 'liqaa']);
		await page.screenshot({ path: `${SHOTS}/hubs-all.png`, fullPage: true });
		await hub.selectOption('');
		// Every hub's sessions in one file: the same id in two hubs is two events, not one.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('button', { name: 'Add these sessions to my calendar' })
				.click(),
		]);
		const events = new ICAL.Component(
			ICAL.parse(readFileSync((await download.path()) ?? '', 'utf8')),
		)
			.getAllSubcomponents('vevent')
			.map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.summary)).toEqual([
			'Monthly Connectathon',
			'Clínica de Wikidata',
			'ورشة كتابة المقالات',
			'Taller de redacción',
			'لقاء المنظمين',
		]);
		expect(events[0].uid).toBe('main@letsconnect.meta.wikimedia.org');
		expect(new Set(events.map((e) => e.uid)).size).toBe(5);
		await page.close();
	});

	it("an Arabic hub's calendar: its opening words in Arabic, the cards' labels and the gadget in English, left to right", async () => {
		const page = await browser.context.newPage();
		await page.goto(`${pageUrl(wiki.info, `${AR}/Calendar`)}&uselang=en`);
		await waitForGadget(page);
		expect(await page.locator('[data-lc-intro]').getAttribute('dir')).toBe(
			'rtl',
		);
		const card = page.locator('[data-lc-session="warsha"]');
		expect(await card.getAttribute('dir')).toBe('ltr');
		await expect(card.textContent()).resolves.toContain('Learning Clinic');
		// The title in its own language and direction.
		expect(
			await card
				.locator('.lc-session-title')
				.evaluate((el) => getComputedStyle(el).direction),
		).toBe('rtl');
		const widget = page.locator('.lc-toolbar');
		expect(
			await widget.evaluate((el) => [
				el.closest('[lang]')?.getAttribute('lang'),
				el.closest('[dir]')?.getAttribute('dir'),
			]),
		).toEqual(['en', 'ltr']);
		await expect(widget.textContent()).resolves.toContain('List');
		await page.screenshot({ path: `${SHOTS}/hub-arabic.png`, fullPage: true });
		await page.close();
	});

	it("a reader signs up for a hub's session with one click on its own page: the line is on the hub's registration page", async () => {
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[2]);
		// The session's page: its card has the hub's defaults (the module read them), as the header does.
		await page.goto(pageUrl(wiki.info, `${AR}/Sessions/warsha`));
		await waitForGadget(page);
		const card = page.locator('[data-lc-session="warsha"]');
		const header = readHeader(
			(await wiki.read(`${AR}/Registrations/warsha`)) ?? '',
		);
		expect(header).toMatchObject({
			startUtc: `${day(5)}T14:00:00Z`,
			capacity: 25,
		});
		expect([
			await card.getAttribute('data-lc-start'),
			await card.getAttribute('data-lc-capacity'),
		]).toEqual([header!.startUtc, '25']);
		await card.getByRole('button', { name: 'Sign up' }).click();
		await card.locator('.lc-signup-done').waitFor();
		expect(
			parseRegistrations(
				(await wiki.read(`${AR}/Registrations/warsha`)) ?? '',
			).map((r) => [r.user, r.status]),
		).toEqual([['Chidi', 'registered']]);
		await page.close();
	});

	it('the same calendar for an Arabic reader: the month grid mirrored, the week from Saturday as in Egypt', async () => {
		const arabic = await launchBrowser({
			timezoneId: 'Africa/Cairo',
			locale: 'ar-EG',
		});
		try {
			const page = await arabic.context.newPage();
			await page.goto(`${pageUrl(wiki.info, `${AR}/Calendar`)}&uselang=ar`);
			await waitForGadget(page);
			const grid = page.locator('table.lc-grid');
			await grid.waitFor();
			expect(await grid.evaluate((el) => getComputedStyle(el).direction)).toBe(
				'rtl',
			);
			const headers = await grid.locator('th').allTextContents();
			expect(headers[0]).toMatch(/السبت/);
			await page.screenshot({
				path: `${SHOTS}/arabic-month.png`,
				fullPage: true,
			});
			await page.close();
		} finally {
			await arabic.close();
		}
	});
});
