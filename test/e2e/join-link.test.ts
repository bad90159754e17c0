// The meeting's link for those who have a place, in Chromium on the real wiki: a registered reader
// finds "Join the meeting" on the card, on the session's page and in the .ics they download; a
// sharer finds it too, as "Join now" from 15 minutes before the start; nobody else sees it.
import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
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

const SHOTS =
	process.env.LC_SCREENSHOTS && testedRelease() === '1.39'
		? 'docs/screenshots'
		: `.cache/screenshots-${testedRelease()}`;

let wiki: TestWiki;
let browser: Browser;
const MEETING = 'https://meet.example.org/lets-connect-lua?pwd=a&b=c';
const account = (name: string) =>
	wiki.info.users.find((u) => u.username === name)!;
/** `YYYY-MM-DD HH:MM` in UTC, minutes from now. */
const inMinutes = (minutes: number) =>
	new Date(Date.now() + minutes * 60000)
		.toISOString()
		.slice(0, 16)
		.replace('T', ' ');

beforeAll(async () => {
	wiki = await startTestWiki();
	await wiki.edit(
		`${ROOT}/Sessions/lua`,
		`{{Let's Connect/Session|id=lua|title=Lua for beginners|start=${inMinutes(3 * 24 * 60)}|meeting=${MEETING}|sharers=Chidi}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/soon`,
		`{{Let's Connect/Session|id=soon|title=Starting soon|start=${inMinutes(10)}|meeting=${MEETING}|sharers=Chidi}}`,
	);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	browser = await launchBrowser({ timezoneId: 'Europe/Madrid' });
	mkdirSync(SHOTS, { recursive: true });
}, 180000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

async function sessionPage(user: string, id: string): Promise<Page> {
	const page = await browser.context.newPage();
	await logIn(page, wiki.info, account(user));
	await page.goto(pageUrl(wiki.info, `${ROOT}/Sessions/${id}`));
	await waitForGadget(page);
	return page;
}

it('a reader who signs up finds the link on the card at once, on the session page, and in the .ics', async () => {
	const page = await sessionPage('Alice', 'lua');
	const card = page.locator('[data-lc-session="lua"]');
	expect(await card.locator('.lc-join-meeting').count()).toBe(0);
	await card.getByRole('button', { name: 'Sign up' }).click();
	await card.locator('.lc-signup-done').waitFor();
	const link = card.getByRole('link', { name: 'Join the meeting' });
	expect(await link.getAttribute('href')).toBe(MEETING);
	await page.reload();
	await waitForGadget(page);
	expect(
		await card
			.getByRole('link', { name: 'Join the meeting' })
			.getAttribute('href'),
	).toBe(MEETING);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
	]);
	const [event] = new ICAL.Component(
		ICAL.parse(readFileSync((await download.path()) ?? '', 'utf8')),
	)
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v));
	await card.screenshot({ path: `${SHOTS}/join-the-meeting.png` });
	expect(event.location).toBe(MEETING);
	expect(event.description).toContain(`Join the meeting: ${MEETING}`);
	expect(String(event.component.getFirstPropertyValue('url'))).toContain(
		'/Sessions/lua',
	);
	await page.close();
});

it('a reader without a place sees no link, in the card or the .ics', async () => {
	const page = await sessionPage('Bruno', 'lua');
	const card = page.locator('[data-lc-session="lua"]');
	await card.getByRole('button', { name: 'Sign up' }).waitFor();
	expect(await card.locator('.lc-join-meeting').count()).toBe(0);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		card.getByRole('button', { name: 'Add to calendar (.ics)' }).click(),
	]);
	expect(readFileSync((await download.path()) ?? '', 'utf8')).not.toContain(
		'meet.example.org',
	);
	await page.close();
});

it('a sharer finds "Join now" from 15 minutes before the start, without signing up', async () => {
	const page = await sessionPage('Chidi', 'soon');
	const link = page.locator('[data-lc-session="soon"] a.lc-join-now');
	await link.waitFor();
	expect([await link.textContent(), await link.getAttribute('href')]).toEqual([
		'Join now',
		MEETING,
	]);
	await page.close();
});
