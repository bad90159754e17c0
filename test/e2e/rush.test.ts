// Many people at once, in real Chromium on the local wiki: 30 readers click "Sign up" within one
// second on a session with 20 places, then 5 of them cancel at the same moment, then the bot runs.
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser as Chromium, type Page } from 'playwright-core';
import { type Registration } from '../../shared/registrations/registration-page';
import { parseRoster, placesOf } from '../../shared/registrations/roster';
import { queueTicketTitle } from '../../shared/model/titles';
import { createUsers, type WikiAccount } from '../../scripts/local-wiki';
import { logIn, pageUrl, withoutIdleCallbacks } from '../helpers/browser';
import { CHROMIUM_HEADLESS_SHELL } from '../../scripts/chromium';
import {
	ROOT,
	startTestWiki,
	testedDatabase,
	type TestWiki,
} from '../helpers/test-wiki';
import { editsInFlight } from '../helpers/edit-log';
import { oneStormAtATime } from '../helpers/storm-lock';

const CAPACITY = 20;
const READERS = 30;
const SESSION = 'rush-hour';
const TITLE = `${ROOT}/Registrations/${SESSION}`;
let wiki: TestWiki;
let chromiumBrowser: Chromium;
let readers: { account: WikiAccount; page: Page }[] = [];

/** The places as the gadget reads them: the bot's roster, then what changed on the page since. */
async function page(): Promise<Registration[]> {
	const roster = parseRoster(
		await wiki.read(`User:LetsConnectBot/Places/${TITLE}.json`),
		TITLE,
	);
	return placesOf((await wiki.read(TITLE)) ?? '', roster, CAPACITY);
}

/** What a card must say for someone the page lists so. */
function expectedMessage(list: Registration[], user: string): string {
	const mine = list.find((r) => r.user === user);
	if (mine?.status === 'registered') return 'You are registered';
	if (mine?.status === 'waitlisted')
		return `You are on the waitlist (position ${list.filter((r) => r.status === 'waitlisted').findIndex((r) => r.user === user) + 1})`;
	return list.filter((r) => r.status === 'registered').length >= CAPACITY
		? 'Join the waitlist'
		: 'Sign up';
}

/** The card's message once its write is over (the clicked button is disabled while it saves). */
async function cardMessage(reader: Page): Promise<string> {
	const selector = `[data-lc-session="${SESSION}"] .lc-signup`;
	await reader.waitForFunction(
		(s) => {
			const card = document.querySelector(s);
			return (
				card !== null &&
				card.querySelector('button:disabled') === null &&
				card.querySelector(
					'.lc-signup-done, button.lc-button-primary, .lc-signup-error:not(:empty)',
				) !== null
			);
		},
		selector,
		// Longer than the gadget's cap on a save's conflict retries (2 minutes).
		{ timeout: 150000 },
	);
	const card = reader.locator(selector);
	const error = (await card.locator('.lc-signup-error').textContent()) ?? '';
	if (error) return `error: ${error}`;
	if ((await card.locator('.lc-signup-done').count()) > 0)
		return (
			(await card.locator('.lc-signup-done').textContent()) ?? ''
		).replace(/^✓ /, '');
	return (await card.locator('button.lc-button-primary').textContent()) ?? '';
}

beforeAll(async () => {
	wiki = await startTestWiki();
	const start = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
	await wiki.edit(
		`${ROOT}/Sessions/${SESSION}`,
		`{{Let's Connect/Session|id=${SESSION}|title=Rush hour clinic|start=${start} 14:00|capacity=${CAPACITY}}}`,
	);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	const accounts = await createUsers(
		wiki.info,
		Array.from(
			{ length: READERS },
			(_, i) => `Rusher ${String(i + 1).padStart(2, '0')}`,
		),
	);
	chromiumBrowser = await chromium.launch(CHROMIUM_HEADLESS_SHELL);
	readers = [];
	for (const account of accounts) {
		const context = await chromiumBrowser.newContext({
			timezoneId: 'Europe/Madrid',
			locale: 'en-GB',
		});
		await withoutIdleCallbacks(context);
		const reader = await context.newPage();
		reader.on('pageerror', (error) =>
			process.stderr.write(`page error: ${error.message}\n`),
		);
		await logIn(reader, wiki.info, account);
		readers.push({ account, page: reader });
	}
	// Opened a few at a time: the local SQLite wiki is one PHP process. In MonoBook, the lightest of
	// the skins the gadget is tested in (gadget.test.ts): the skin plays no part in a save, and 30
	// pages of Vector 2022 cost a third more CPU on a machine the rest of the suite keeps busy.
	const sessionPage = `${pageUrl(wiki.info, `${ROOT}/Sessions/${SESSION}`)}&useskin=monobook`;
	for (let i = 0; i < readers.length; i += 5) {
		await Promise.all(
			readers.slice(i, i + 5).map(async ({ page: reader }) => {
				await reader.goto(sessionPage);
				await reader
					.locator(`[data-lc-session="${SESSION}"]`)
					.getByRole('button', { name: 'Sign up' })
					.waitFor({ timeout: 30000 });
			}),
		);
	}
}, 300000);
afterAll(async () => {
	await chromiumBrowser?.close();
	await wiki?.stop();
});

const figures: Record<string, number> = {};
afterAll(() => {
	process.stdout.write(
		`\nrush: ${Object.entries(figures)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}\n`,
	);
});

/**
 * Each reader in recorded order: when they clicked, when the wiki saved their ticket (its revision)
 * and their line, to tell a ticket saved late from a turn passed over.
 */
async function timeline(
	users: string[],
	clickTime: Map<string, number>,
): Promise<string> {
	const first = Math.min(...clickTime.values());
	const saved = async (titles: string[]) => {
		const answer = await wiki.bot.query({
			prop: 'revisions',
			titles,
			rvprop: 'ids|timestamp|user',
			// One page's whole history, oldest first; of many pages, each one's last revision.
			...(titles.length === 1 ? { rvlimit: 'max', rvdir: 'newer' } : {}),
		});
		return (answer.query?.pages ?? []) as {
			title: string;
			revisions?: { revid: number; timestamp: string; user: string }[];
		}[];
	};
	const tickets = new Map<string, string>();
	for (let i = 0; i < users.length; i += 50)
		for (const ticket of await saved(
			users.slice(i, i + 50).map((u) => queueTicketTitle(TITLE, u)),
		))
			if (ticket.revisions?.[0])
				tickets.set(
					ticket.title.replace(/.*\//, ''),
					`#${ticket.revisions[0].revid} ${ticket.revisions[0].timestamp}`,
				);
	const lines = new Map<string, string>();
	for (const revision of (await saved([TITLE]))[0]?.revisions ?? [])
		if (!lines.has(revision.user))
			lines.set(revision.user, `#${revision.revid} ${revision.timestamp}`);
	return `rush timeline (recorded order: user, click ms, ticket, line):\n${users
		.map(
			(u) =>
				`  ${u}\t+${(clickTime.get(u) ?? NaN) - first}\t${tickets.get(u) ?? 'no ticket'}\t${lines.get(u) ?? '?'}`,
		)
		.join('\n')}\n`;
}

describe('a rush of readers on one session', () => {
	it('records all 30 sign-ups in click order: 20 registered, 10 waitlisted, every card true to the page', async () => {
		const storm = await oneStormAtATime('30 sign-ups', async () => {
			const started = Date.now();
			const since = new Date(started);
			// Each page notes when its click really happened (one clock for all: the same machine).
			await Promise.all(
				readers.map(({ page: reader }) =>
					reader.evaluate(() => {
						document.addEventListener(
							'click',
							() => {
								(window as unknown as { lcClickedAt: number }).lcClickedAt =
									Date.now();
							},
							{ capture: true, once: true },
						);
					}),
				),
			);
			// 30 clicks within one second, one every 30 ms.
			await Promise.all(
				readers.map(async ({ page: reader }, i) => {
					await delay(i * 30);
					await reader
						.locator(`[data-lc-session="${SESSION}"]`)
						.getByRole('button', { name: 'Sign up' })
						.click();
				}),
			);
			const clickedAt = await Promise.all(
				readers.map(({ page: reader }) =>
					reader.evaluate(
						() => (window as unknown as { lcClickedAt: number }).lcClickedAt,
					),
				),
			);
			const clickTime = new Map(
				readers.map(({ account }, i) => [account.username, clickedAt[i]]),
			);
			figures['click window (ms)'] = Date.now() - started;
			const messages = await Promise.all(
				readers.map(({ page: reader }) => cardMessage(reader)),
			);
			figures['seconds to settle'] =
				Math.round((Date.now() - started) / 100) / 10;
			return { since, clickTime, messages };
		});
		const { since, clickTime, messages } = storm;

		const list = await page();
		const users = list.map((r) => r.user);
		const text = (await wiki.read(TITLE)) ?? '';
		figures.recorded = users.length;
		figures.registered = list.filter((r) => r.status === 'registered').length;
		figures.waitlisted = list.filter((r) => r.status === 'waitlisted').length;
		figures.lost = readers.filter(
			({ account }) => !users.includes(account.username),
		).length;
		figures.duplicated =
			(text.match(/\{\{Let's Connect\/Registration\|/g) ?? []).length -
			users.length;
		figures['wrong messages'] = readers.filter(
			({ account }, i) =>
				messages[i] !== expectedMessage(list, account.username),
		).length;

		// On MariaDB (six PHP workers) the saves really race: the server's own log of edit requests.
		const flight = editsInFlight(wiki.info, since);
		if (flight)
			Object.assign(figures, {
				'saves in flight at once': flight.most,
				'edit requests': flight.edits,
				'workers': flight.workers,
			});
		if (testedDatabase() === 'mariadb')
			expect(flight?.most).toBeGreaterThanOrEqual(4);
		// What a lost reader's card said, to see why.
		for (const [i, { account }] of readers.entries())
			if (!users.includes(account.username))
				process.stderr.write(`lost ${account.username}: ${messages[i]}\n`);
		expect(figures.lost).toBe(0);
		expect(figures.duplicated).toBe(0);
		// First come, first served at the wiki: lines are in the order the wiki received the clicks
		// (their tickets, where saves race). Clicks close together may reach it in either order (30
		// browser pages share 2 cores here, so a busy page sends its request late); clicks a second
		// apart never swap.
		const times = users.map((u) => clickTime.get(u) ?? NaN);
		figures['largest swap (ms)'] = Math.max(
			0,
			...times.map((t, i) =>
				Math.max(0, ...times.slice(i + 1).map((later) => t - later)),
			),
		);
		if (figures['largest swap (ms)'] >= 1000)
			process.stderr.write(
				await timeline(users, clickTime).catch(
					(error: Error) => `rush timeline: not read (${error.message})\n`,
				),
			);
		expect(figures['largest swap (ms)']).toBeLessThan(1000);
		expect([figures.registered, figures.waitlisted]).toEqual([20, 10]);
		expect(
			readers.map(({ account }, i) => [account.username, messages[i]]),
		).toEqual(
			readers.map(({ account }) => [
				account.username,
				expectedMessage(list, account.username),
			]),
		);
	}, 420000);

	it('5 cancelling at once give their places to the first 5 who wait, and the bot tells each of them once', async () => {
		expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
		const before = await page();
		const waiting = before
			.filter((r) => r.status === 'waitlisted')
			.map((r) => r.user);
		// Five who have a place (where saves race, not always the first five to click).
		const placed = before
			.filter((r) => r.status === 'registered')
			.map((r) => r.user);
		const cancelling = readers
			.filter(({ account }) => placed.includes(account.username))
			.slice(0, 5);
		const messages = await oneStormAtATime('5 cancels', async () => {
			// Others wait: each is asked first, and gives the place up.
			await Promise.all(
				cancelling.map(async ({ page: reader }) => {
					await reader
						.locator(`[data-lc-session="${SESSION}"]`)
						.getByRole('button', { name: 'Cancel my registration' })
						.click();
					await reader
						.locator('dialog.lc-confirm')
						.getByRole('button', { name: 'Give up my place' })
						.click();
				}),
			);
			return Promise.all(
				cancelling.map(({ page: reader }) => cardMessage(reader)),
			);
		});
		const after = await page();
		if (messages.some((m) => m.startsWith('error')))
			process.stderr.write(
				`after the cancels:\n${(await wiki.read(TITLE)) ?? ''}\n`,
			);
		// The session is full again: the card offers the waitlist, as the page says.
		expect(messages).toEqual(
			cancelling.map(({ account }) => expectedMessage(after, account.username)),
		);
		expect(messages[0]).toBe('Join the waitlist');
		expect(
			after
				.filter((r) => r.status === 'cancelled')
				.map((r) => r.user)
				.sort(),
		).toEqual(cancelling.map(({ account }) => account.username).sort());
		expect(after.filter((r) => r.status === 'registered').length).toBe(
			CAPACITY,
		);
		const promoted = waiting.slice(0, 5);
		expect(
			after
				.filter((r) => promoted.includes(r.user))
				.every((r) => r.status === 'registered'),
		).toBe(true);
		expect(
			after.filter((r) => r.status === 'waitlisted').map((r) => r.user),
		).toEqual(waiting.slice(5));

		for (let run = 0; run < 2; run++)
			expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(
				0,
			);
		const told = await Promise.all(
			before.map(
				async (r) =>
					((await wiki.read(`User talk:${r.user}`)) ?? '').split(
						`<!-- letsconnect:promoted ${SESSION} `,
					).length - 1,
			),
		);
		figures.promoted = promoted.length;
		figures['told twice'] = told.filter((n) => n > 1).length;
		expect(before.map((r, i) => [r.user, told[i]])).toEqual(
			before.map((r) => [r.user, promoted.includes(r.user) ? 1 : 0]),
		);
	}, 420000);
});
