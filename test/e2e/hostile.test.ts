// A hostile page, in Chromium on the local wiki: hand-made cards with made-up attributes, an
// invisible card over bait, a registration page that ends inside a comment. The gadget takes the
// session's facts only from the bot's header on its registration page, never from the card.
import type { Page } from 'playwright-core';
import { parseRegistrations } from '../../shared/registrations/registration-page';
import {
	launchBrowser,
	logIn,
	pageUrl,
	type Browser,
} from '../helpers/browser';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

/**
 * The edits a page asks the wiki for (API POSTs with action=edit): "nothing written" is shown by
 * none being sent once the page is idle, not by reading the wiki before a late write could land.
 */
function editRequests(page: import('playwright-core').Page): string[] {
	const edits: string[] = [];
	page.on('request', (request) => {
		if (
			request.url().includes('/api.php') &&
			request.method() === 'POST' &&
			/(^|&)action=edit(&|$)/.test(request.postData() ?? '')
		)
			edits.push(request.postData() ?? '');
	});
	return edits;
}

let wiki: TestWiki;
let browser: Browser;
const day = (offset: number) =>
	new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const HOSTILE = 'User:Mallory/Prizes';

/** A card as anyone can type it into any page: the attributes our template would write. */
function fakeCard(
	id: string,
	attributes: Record<string, string>,
	style = '',
): string {
	const attrs = {
		'data-lc-root': ROOT,
		'data-lc-title': 'A clinic',
		'data-lc-start': `${day(3)}T10:00:00Z`,
		'data-lc-end': `${day(3)}T12:00:00Z`,
		'data-lc-registration': 'open',
		'data-lc-status': 'scheduled',
		...attributes,
	};
	const list = Object.entries(attrs)
		.map(([k, v]) => `${k}="${v}"`)
		.join(' ');
	return `<div class="lc-session" data-lc-session="${id}" ${list} style="${style}"><div class="lc-session-when">when</div><div class="lc-session-register">register</div></div>`;
}

async function revisions(title: string): Promise<number> {
	const response = await wiki.bot.query({
		prop: 'revisions',
		titles: title,
		rvprop: 'ids',
		rvlimit: 'max',
	});
	return response.query?.pages?.[0]?.revisions?.length ?? 0;
}

async function lastSummary(title: string): Promise<string> {
	const response = await wiki.bot.query({
		prop: 'revisions',
		titles: title,
		rvprop: 'comment',
	});
	return response.query?.pages?.[0]?.revisions?.[0]?.comment ?? '';
}

beforeAll(async () => {
	wiki = await startTestWiki();
	await wiki.edit(
		`${ROOT}/Sessions/full`,
		`{{Let's Connect/Session|id=full|title=Full clinic|start=${day(3)} 10:00|capacity=1}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/over`,
		`{{Let's Connect/Session|id=over|title=Ended clinic|start=${day(4)} 10:00}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/bait`,
		`{{Let's Connect/Session|id=bait|title=Bait clinic|start=${day(5)} 10:00}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/comment`,
		`{{Let's Connect/Session|id=comment|title=Commented clinic|start=${day(6)} 10:00}}`,
	);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);
	// The session then ends and closes (as liaisons and the bot leave it); its registration page stays.
	await wiki.edit(
		`${ROOT}/Sessions/over`,
		`{{Let's Connect/Session|id=over|title=Ended clinic|start=${day(-4)} 10:00|registration=closed}}`,
	);
	await wiki.edit(
		`${ROOT}/Registrations/full`,
		`${(await wiki.read(`${ROOT}/Registrations/full`)) ?? ''}\n{{Let's Connect/Registration|user=Bruno}}`,
	);
	await wiki.edit(
		`${ROOT}/Registrations/comment`,
		`${(await wiki.read(`${ROOT}/Registrations/comment`)) ?? ''}\n<!-- a note that never ends`,
	);
	expect((await wiki.cli(['sync', '--only', 'registrations'])).code).toBe(0);

	await wiki.edit(
		HOSTILE,
		[
			'== Win a prize ==',
			// Where the gadget loads by category (1.43, Meta), an attacker adds the category by hand: the
			// gadget then loads, and must still trust nothing these cards claim.
			"[[Category:Pages with Let's Connect sessions]]",
			fakeCard('full', {
				'data-lc-capacity': '50',
				'data-lc-title': 'Free prizes /* fake section */ click me',
			}),
			fakeCard('over', { 'data-lc-title': 'Ended clinic' }),
			fakeCard('ghost', { 'data-lc-title': 'Ghost clinic' }),
			`<div style="position:relative; height:80px"><div style="position:absolute; top:0; left:0; opacity:0; z-index:10">${fakeCard('bait', { 'data-lc-title': 'Bait clinic', 'data-lc-start': `${day(5)}T10:00:00Z`, 'data-lc-end': `${day(5)}T12:00:00Z` })}</div><div id="bait-text" style="font-size:30px">Click for a prize</div></div>`,
		].join('\n'),
	);
	// A vandal on the programme's own page: the real list, in text too small to read.
	await wiki.edit(
		ROOT,
		`<div style="font-size:1px">{{Let's Connect/Upcoming}}</div>`,
	);
	expect((await wiki.cli(['sync', '--only', 'upcoming'])).code).toBe(0);
	browser = await launchBrowser({ timezoneId: 'Europe/Madrid' });
}, 180000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

async function hostilePage(): Promise<Page> {
	const page = await browser.context.newPage();
	await logIn(page, wiki.info, wiki.info.users[0]);
	await page.goto(pageUrl(wiki.info, HOSTILE));
	await page.waitForSelector('[data-lc-session="full"].lc-enhanced', {
		state: 'attached',
		timeout: 20000,
	});
	return page;
}

describe('hand-made cards on a hostile page', () => {
	it('a made-up capacity changes nothing: the source says full, and the reader is asked, with the real title', async () => {
		const page = await hostilePage();
		const card = page.locator('[data-lc-session="full"]');
		const button = card.getByRole('button', { name: 'Join the waitlist' });
		await button.waitFor();
		expect(await card.getByRole('button', { name: 'Sign up' }).count()).toBe(0);
		await button.click();
		// The card does not match its source, so the gadget asks, naming the session as the bot wrote it.
		const dialog = page.locator('dialog.lc-confirm');
		await dialog.waitFor();
		expect(await dialog.textContent()).toContain('“Full clinic”');
		expect(await dialog.textContent()).not.toContain('Free prizes');
		await dialog.getByRole('button', { name: 'Join the waitlist' }).click();
		await card.getByText('You are on the waitlist (position 1)').waitFor();
		const list = parseRegistrations(
			(await wiki.read(`${ROOT}/Registrations/full`)) ?? '',
			1,
		);
		expect(list.map((r) => [r.user, r.status])).toEqual([
			['Bruno', 'registered'],
			['Alice', 'waitlisted'],
		]);
		// The summary is our own text and the id: nothing the card's author wrote.
		const summary = await lastSummary(`${ROOT}/Registrations/full`);
		expect(summary).toContain('session full');
		expect(summary).not.toMatch(/fake section|Free prizes|click me/);
		await page.close();
	});

	it('a card claiming an ended and closed session is open offers nothing', async () => {
		const page = await hostilePage();
		const card = page.locator('[data-lc-session="over"]');
		await card.locator('.lc-signup-closed').waitFor();
		expect(await card.locator('.lc-signup-closed').textContent()).toBe(
			'This session has ended',
		);
		expect(await card.locator('.lc-session-register button').count()).toBe(0);
		await page.close();
	});

	it('a card with a made-up id gets no control and creates no page', async () => {
		const page = await hostilePage();
		const card = page.locator('[data-lc-session="ghost"]');
		expect(
			await card.locator('.lc-session-register button, .lc-signup').count(),
		).toBe(0);
		expect(await card.locator('.lc-session-register').textContent()).toBe(
			'register',
		);
		expect(await wiki.read(`${ROOT}/Registrations/ghost`)).toBeUndefined();
		await page.close();
	});

	it('an invisible card over bait never signs the reader up by a click on the bait', async () => {
		const page = await hostilePage();
		const edits = editRequests(page);
		const before = await revisions(`${ROOT}/Registrations/bait`);
		// The reader sees only the bait; the card's button sits on top of it, invisible.
		const box = await page
			.locator('[data-lc-session="bait"]')
			.getByRole('button', { name: 'Sign up' })
			.boundingBox();
		if (!box) throw new Error('the hidden button has no box');
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const dialog = page.locator('dialog.lc-confirm');
		await dialog.waitFor();
		expect(await dialog.textContent()).toContain('“Bait clinic”');
		await dialog.getByRole('button', { name: 'Go back' }).click();
		await dialog.waitFor({ state: 'hidden' });
		await page.waitForLoadState('networkidle');
		expect(edits).toEqual([]);
		expect(await revisions(`${ROOT}/Registrations/bait`)).toBe(before);
		expect(
			parseRegistrations((await wiki.read(`${ROOT}/Registrations/bait`)) ?? ''),
		).toEqual([]);
		await page.close();
	});
});

describe('the real list on the programme page, made unreadable', () => {
	it('asks before signing up: a button nobody can read was not seen', async () => {
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[2]);
		const edits = editRequests(page);
		await page.goto(pageUrl(wiki.info, ROOT));
		const card = page.locator('[data-lc-session="bait"]');
		await card.getByRole('button', { name: 'Sign up' }).click();
		const dialog = page.locator('dialog.lc-confirm');
		await dialog.waitFor();
		expect(await dialog.textContent()).toContain('“Bait clinic”');
		await dialog.getByRole('button', { name: 'Go back' }).click();
		await dialog.waitFor({ state: 'hidden' });
		await page.waitForLoadState('networkidle');
		expect(edits).toEqual([]);
		expect(
			parseRegistrations((await wiki.read(`${ROOT}/Registrations/bait`)) ?? ''),
		).toEqual([]);
		await page.close();
	});
});

describe('a registration page that ends inside an unclosed comment', () => {
	it('is not written to, and the reader is told why', async () => {
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[1]);
		await page.goto(pageUrl(wiki.info, `${ROOT}/Sessions/comment`));
		const card = page.locator('[data-lc-session="comment"]');
		const edits = editRequests(page);
		const before = await revisions(`${ROOT}/Registrations/comment`);
		await card.getByRole('button', { name: 'Sign up' }).click();
		await card.locator('.lc-signup-error:not(:empty)').waitFor();
		expect(await card.locator('.lc-signup-error').textContent()).toContain(
			'unclosed comment',
		);
		await page.waitForLoadState('networkidle');
		expect(edits).toEqual([]);
		expect(await revisions(`${ROOT}/Registrations/comment`)).toBe(before);
		expect(await card.getByRole('button', { name: 'Sign up' }).count()).toBe(1);
		await page.close();
	});
});
