// One truth about places: the registration page as MediaWiki renders it lists who has a place,
// the waitlist with positions and who cancelled (and when) exactly as the gadget states them to
// each reader, on a page of 25 lines with 5 cancelled, some verified by the bot and some since.
import { mkdirSync } from 'node:fs';
import { createUsers } from '../../scripts/local-wiki';
import { parseRoster, placesOf } from '../../shared/registrations/roster';
import { rosterPageTitle } from '../../shared/model/titles';
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
const ID = 'truth';
const TITLE = `${ROOT}/Registrations/${ID}`;
const CAPACITY = 12;
const NAMES = Array.from(
	{ length: 25 },
	(_, i) => `Reader ${String(i + 1).padStart(2, '0')}`,
);
let wiki: TestWiki;
let browser: Browser;

const line = (user: string) =>
	`{{Let's Connect/Registration|user=${user}|registered=2026-12-01T10:${String(NAMES.indexOf(user)).padStart(2, '0')}:00Z|remind=no}}`;
const cancelled = (user: string, at: string) =>
	line(user).replace(
		'|remind=no}}',
		`|remind=no|status=cancelled|cancelled=${at}}}`,
	);

beforeAll(async () => {
	wiki = await startTestWiki();
	wiki.info.users.push(...(await createUsers(wiki.info, NAMES)));
	const start = new Date(Date.now() + 6 * 86400000).toISOString().slice(0, 10);
	await wiki.edit(
		`${ROOT}/Sessions/${ID}`,
		`{{Let's Connect/Session|id=${ID}|title=One truth clinic|start=${start} 10:00|capacity=${CAPACITY}}}`,
	);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	for (const user of NAMES)
		await wiki.editAs(user, TITLE, (text) => `${text}\n${line(user)}`);
	// Three cancel before the bot's run, two after it (not yet verified).
	for (const user of NAMES.slice(3, 6))
		await wiki.editAs(user, TITLE, (text) =>
			text.replace(line(user), cancelled(user, '2026-12-02T09:00:00Z')),
		);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	for (const user of [NAMES[0], NAMES[20]])
		await wiki.editAs(user, TITLE, (text) =>
			text.replace(line(user), cancelled(user, '2026-12-03T18:30:00Z')),
		);
	browser = await launchBrowser({ timezoneId: 'Europe/Lisbon' });
	mkdirSync(SHOTS, { recursive: true });
}, 300000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

interface Shown {
	user: string;
	place: string;
	position?: string;
	cancelled?: string;
}

async function registrationPage(): Promise<{
	shown: Shown[];
	summary: string;
}> {
	const page = await browser.context.newPage();
	await page.setViewportSize({ width: 900, height: 1400 });
	await page.goto(pageUrl(wiki.info, TITLE));
	const shown = await page
		.locator('[data-lc-place]')
		.evaluateAll((items: HTMLElement[]) =>
			items.map((li) => ({
				user: li.dataset.lcUser ?? '',
				place: li.dataset.lcPlace ?? '',
				...(li.dataset.lcPosition ? { position: li.dataset.lcPosition } : {}),
				...(li.dataset.lcCancelled
					? { cancelled: li.dataset.lcCancelled }
					: {}),
			})),
		);
	const summary =
		(await page.locator('.lc-places-summary').textContent()) ?? '';
	await page
		.locator('.lc-registrations-header')
		.screenshot({ path: `${SHOTS}/registration-page.png` });
	await page.close();
	return { shown, summary };
}

async function gadgetSays(
	user: string,
): Promise<{ state: string; text: string; counts: string }> {
	const page = await browser.context.newPage();
	await logIn(
		page,
		wiki.info,
		wiki.info.users.find((u) => u.username === user)!,
	);
	await page.goto(pageUrl(wiki.info, `${ROOT}/Sessions/${ID}`));
	await waitForGadget(page);
	const control = page.locator(`[data-lc-session="${ID}"] .lc-signup`);
	const said = {
		state: (await control.getAttribute('data-lc-state')) ?? '',
		text: (await control.locator('.lc-signup-state').textContent()) ?? '',
		counts: (await control.locator('.lc-signup-counts').textContent()) ?? '',
	};
	await page.close();
	return said;
}

it('lists the places the gadget reads from the same page and roster', async () => {
	const text = (await wiki.read(TITLE)) as string;
	const roster = parseRoster(
		await wiki.read(
			rosterPageTitle(wiki.info.bot.username.split('@')[0], TITLE),
		),
		TITLE,
	);
	expect(roster).toBeDefined();
	const list = placesOf(text, roster, CAPACITY);
	const { shown } = await registrationPage();
	const waiting = list.filter((r) => r.status === 'waitlisted');
	expect(shown).toEqual([
		...list
			.filter((r) => r.status === 'registered')
			.map((r) => ({ user: r.user, place: 'registered' })),
		...waiting.map((r, i) => ({
			user: r.user,
			place: 'waitlisted',
			position: String(i + 1),
		})),
		...list
			.filter((r) => r.status === 'cancelled')
			.map((r) => ({
				user: r.user,
				place: 'cancelled',
				...(r.cancelledAt ? { cancelled: r.cancelledAt } : {}),
			})),
	]);
	expect(shown.filter((s) => s.place === 'registered')).toHaveLength(CAPACITY);
	expect(shown.filter((s) => s.place === 'waitlisted')).toHaveLength(
		25 - 5 - CAPACITY,
	);
	// Every cancellation is dated: by the bot's verified edit, or by the line written since.
	expect(
		shown
			.filter((s) => s.place === 'cancelled')
			.map((s) => s.user)
			.sort(),
	).toEqual([NAMES[0], ...NAMES.slice(3, 6), NAMES[20]].sort());
	expect(shown.find((s) => s.user === NAMES[20])?.cancelled).toBe(
		'2026-12-03T18:30:00Z',
	);
	expect(
		shown.filter((s) => s.place === 'cancelled').every((s) => s.cancelled),
	).toBe(true);
}, 120000);

it('says to each reader what the page lists for them, and the same count', async () => {
	const { shown, summary } = await registrationPage();
	const firstWaiting = shown.find((s) => s.position === '1')!;
	const lastWaiting = shown.filter((s) => s.place === 'waitlisted').pop()!;
	const holder = shown.find((s) => s.place === 'registered')!;
	const gone = shown.find((s) => s.user === NAMES[20])!;
	expect(summary).toBe(
		`Full: ${25 - 5 - CAPACITY} people wait for a place · ${CAPACITY} of ${CAPACITY} places taken`,
	);
	for (const person of [firstWaiting, lastWaiting]) {
		const said = await gadgetSays(person.user);
		expect([person.user, said.state, said.text]).toEqual([
			person.user,
			'waitlisted',
			expect.stringContaining(
				`You are on the waitlist (position ${person.position})`,
			),
		]);
		expect(said.counts).toBe(summary);
	}
	expect((await gadgetSays(holder.user)).state).toBe('registered');
	expect((await gadgetSays(gone.user)).state).toBe('cancelled');
}, 180000);
