// The session form in Chromium on the real wiki: a liaison adds a session from the calendar (the
// card after the bot's run starts when the preview said), edits one field of another (every other
// byte of its page stays), and the form refuses a taken id and an unknown zone; by keyboard alone.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
	launchBrowser,
	logIn,
	pageUrl,
	waitForGadget,
	type Browser,
} from '../helpers/browser';
import {
	ROOT,
	startTestWiki,
	testedRelease,
	type TestWiki,
} from '../helpers/test-wiki';
import { elementsWith } from '../helpers/rendered-html';

let wiki: TestWiki;
let browser: Browser;
const SHOTS =
	process.env.LC_SCREENSHOTS && testedRelease() === '1.39'
		? 'docs/screenshots'
		: `.cache/screenshots-${testedRelease()}`;
const year = new Date().getUTCFullYear() + 1;
// A page a liaison wrote by hand: comments, Translate's markup, a parameter the contract does not
// know, choices in capitals, a list with a semicolon, and a link the form would call wrong.
const HAND_WRITTEN = `Intro <!-- keep me -->\n<translate><!--T:1--> Our clinic.</translate>\n{{Let's Connect/Session\n| id    = existing <!-- do not change -->\n| title = <translate><!--T:2--> Keeping volunteers</translate>\n| type = Workshop\n| status = Postponed\n| audience = Newcomers; organisers\n| start = ${year}-03-04 10:00\n| timezone = Africa/Lagos\n| recording = youtu.be/xyz\n| colour = green\n}}\n== Notes ==\nBring questions.`;

/** What the programme's page offered a liaison before it had any session. */
let offeredOnEmptyPage = '';

beforeAll(async () => {
	wiki = await startTestWiki();
	await wiki.edit(
		`${ROOT}/Config`,
		"{{Let's Connect/Config|topics=Wikidata, Volunteers|timezone=America/Lima}}",
	);
	await wiki.edit(ROOT, "Welcome.\n== Upcoming ==\n{{Let's Connect/Upcoming}}");
	mkdirSync(SHOTS, { recursive: true });
	browser = await launchBrowser({ timezoneId: 'Europe/Madrid' });
	// No session yet: the empty list still offers the first one.
	expect((await wiki.cli(['sync'])).code).toBe(0);
	const empty = await browser.context.newPage();
	await logIn(empty, wiki.info, wiki.info.users[3]);
	await empty.goto(pageUrl(wiki.info, ROOT));
	const offer = empty.locator('[data-lc-empty-root] button.lc-session-add');
	await offer.waitFor({ timeout: 20000 });
	offeredOnEmptyPage = (await offer.textContent()) ?? '';
	await empty.close();
	await wiki.edit(`${ROOT}/Sessions/existing`, HAND_WRITTEN);
	expect((await wiki.cli(['sync'])).code).toBe(0);
}, 180000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

async function openForm(
	page: Page,
	title: string,
	button: string,
): Promise<void> {
	await logIn(page, wiki.info, wiki.info.users[3]);
	await page.goto(pageUrl(wiki.info, title));
	await waitForGadget(page);
	// Keyboard alone: the button focused and Enter pressed; focus goes into the dialog.
	await page.getByRole('button', { name: button }).focus();
	await page.keyboard.press('Enter');
	await page
		.locator('dialog.lc-session-form fieldset.lc-form-fields:not([disabled])')
		.waitFor();
	expect(await page.evaluate(() => document.activeElement?.id)).toBe(
		'lc-session-form-heading',
	);
}

it('offers a liaison the first session on a programme page that has none yet', () => {
	expect(offeredOnEmptyPage).toBe('Add a session');
});

it("adds a session from the calendar: the card after the bot's run starts when the preview said", async () => {
	const page = await browser.context.newPage();
	await openForm(page, `${ROOT}/Calendar`, 'Add a session');
	const dialog = page.locator('dialog.lc-session-form');
	// The time zone comes from the root's Config.
	expect(await dialog.locator('input[name="timezone"]').inputValue()).toBe(
		'America/Lima',
	);
	await dialog.locator('input[name="title"]').fill('Lua for Wikidata editors');
	expect(await dialog.locator('input[name="id"]').inputValue()).toBe(
		'lua-for-wikidata-editors',
	);
	await dialog.locator('input[name="start-date"]').fill(`${year}-02-03`);
	await dialog.locator('input[name="start-time"]').fill('15:00');
	await dialog.locator('select[name="type"]').selectOption('workshop');
	await dialog.locator('input[name="capacity"]').fill('25');
	const utc = await dialog
		.locator('.lc-form-preview-utc')
		.getAttribute('data-lc-utc');
	expect(utc).toBe(`${year}-02-03T20:00:00Z`);
	// The start in the reader's zone too (Madrid, 21:00).
	expect(
		await dialog.locator('.lc-form-preview-times').textContent(),
	).toContain('21:00');
	await dialog.evaluate((node) => {
		node.scrollTop = 0;
	});
	await dialog.screenshot({ path: `${SHOTS}/session-form.png` });
	await dialog.locator('input[name="capacity"]').press('Enter');
	await dialog.locator('.lc-form-status', { hasText: 'Saved' }).waitFor();
	await page.close();

	expect(
		await wiki.read(`${ROOT}/Sessions/lua-for-wikidata-editors`),
	).toContain('| timezone = America/Lima');
	expect((await wiki.cli(['sync'])).code).toBe(0);
	const calendar = (
		await wiki.bot.request({
			action: 'parse',
			page: `${ROOT}/Calendar`,
			prop: 'text',
		})
	).parse.text as string;
	const card = elementsWith(calendar, 'data-lc-session').find(
		(c) => c['data-lc-session'] === 'lua-for-wikidata-editors',
	);
	expect(card?.['data-lc-start']).toBe(utc);
	expect(card?.['data-lc-type']).toBe('workshop');
});

it('edits one field: only that parameter changes, every other byte of the page stays', async () => {
	const page = await browser.context.newPage();
	await openForm(page, `${ROOT}/Sessions/existing`, 'Edit this session');
	const dialog = page.locator('dialog.lc-session-form');
	expect(await dialog.locator('input[name="title"]').inputValue()).toBe(
		'Keeping volunteers',
	);
	expect(
		await dialog.locator('input[name="id"]').getAttribute('readonly'),
	).not.toBeNull();
	// Read as the bot reads them: the type and status in capitals, both audiences.
	expect(await dialog.locator('select[name="type"]').inputValue()).toBe(
		'workshop',
	);
	expect(await dialog.locator('select[name="status"]').inputValue()).toBe(
		'postponed',
	);
	expect(await dialog.locator('.lc-form-check input:checked').count()).toBe(2);
	await dialog.locator('input[name="capacity"]').fill('12');
	// Saved though a link in the folded part is wrong (the bot leaves it out and says so).
	await dialog.locator('input[name="capacity"]').press('Enter');
	await dialog.locator('.lc-form-status', { hasText: 'Saved' }).waitFor();
	await page.keyboard.press('Escape');
	// Focus returns to the button that opened the form.
	expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
		'Edit this session',
	);
	await page.close();
	expect(await wiki.read(`${ROOT}/Sessions/existing`)).toBe(
		HAND_WRITTEN.replace(
			'| colour = green\n',
			'| colour = green\n| capacity = 12\n',
		),
	);
});

it('refuses a taken id and an unknown time zone, and writes nothing', async () => {
	const page = await browser.context.newPage();
	await openForm(page, `${ROOT}/Calendar`, 'Add a session');
	const dialog = page.locator('dialog.lc-session-form');
	await dialog.locator('input[name="title"]').fill('Keeping volunteers again');
	await dialog.locator('input[name="id"]').fill('existing');
	await dialog.locator('input[name="start-date"]').fill(`${year}-04-01`);
	await dialog.locator('input[name="start-time"]').fill('10:00');
	await dialog.getByRole('button', { name: 'Save the session' }).click();
	await dialog
		.locator('.lc-form-status', {
			hasText: 'The id “existing” is taken by another session',
		})
		.waitFor();
	await dialog.locator('input[name="id"]').fill('volunteers-again');
	await dialog.locator('input[name="timezone"]').fill('Mars/Base');
	expect(
		await dialog.locator('.lc-form-preview-problem').textContent(),
	).toContain('Unknown time zone');
	await dialog.getByRole('button', { name: 'Save the session' }).click();
	await dialog
		.locator('.lc-form-problems', { hasText: 'Unknown time zone "Mars/Base"' })
		.waitFor();
	await page.close();
	expect(await wiki.read(`${ROOT}/Sessions/volunteers-again`)).toBeUndefined();
	expect(await wiki.read(`${ROOT}/Sessions/existing`)).not.toContain('again');
});
