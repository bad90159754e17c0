// The gadget in Debian's Chromium, on the local wiki, installed as Meta installs gadgets.
import type { Page, Request } from 'playwright-core';
import { parseRegistrations } from '../../shared/registrations/registration-page';
import { TICKET_PATIENCE_S } from '../../shared/registrations/queue';
import {
	launchBrowser,
	logIn,
	pageUrl,
	waitForGadget,
	type Browser,
} from '../helpers/browser';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';
import { releaseOf } from '../../scripts/local-wiki';

let wiki: TestWiki;
let browser: Browser;

beforeAll(async () => {
	wiki = await startTestWiki();
	const start = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
	await wiki.edit(
		`${ROOT}/Sessions/alpha`,
		`{{Let's Connect/Session|id=alpha|title=Alpha clinic|start=${start} 14:00|timezone=Europe/Madrid}}`,
	);
	await wiki.edit(
		`${ROOT}/Sessions/broken`,
		`{{Let's Connect/Session|id=broken|title=Broken|start=${start} 14:00|timezone=Mars/Base}}`,
	);
	for (const id of ['captcha', 'held'])
		await wiki.edit(
			`${ROOT}/Sessions/${id}`,
			`{{Let's Connect/Session|id=${id}|title=Held ${id}|start=${start} 15:00|timezone=Europe/Madrid}}`,
		);
	await wiki.edit(
		`${ROOT}/Sessions/queued`,
		`{{Let's Connect/Session|id=queued|title=Queued clinic|start=${start} 16:00|timezone=Europe/Madrid}}`,
	);
	await wiki.edit(ROOT, "Welcome.\n== Upcoming ==\n{{Let's Connect/Upcoming}}");
	const sync = await wiki.cli(['sync']);
	expect(sync.code).toBe(0);
	// The local wiki holds any edit of these registration pages (an administrator's excepted), as
	// ConfirmEdit does with a CAPTCHA and as an extension that holds an edit does.
	await wiki.edit(
		`${ROOT}/Registrations/captcha`,
		`${(await wiki.read(`${ROOT}/Registrations/captcha`)) ?? ''}\n<!-- LC-TEST-CAPTCHA -->`,
	);
	await wiki.edit(
		`${ROOT}/Registrations/held`,
		`${(await wiki.read(`${ROOT}/Registrations/held`)) ?? ''}\n<!-- LC-TEST-HOLD -->`,
	);
	browser = await launchBrowser({ timezoneId: 'Asia/Tokyo' });
});
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

function apiRequests(page: Page): Request[] {
	const seen: Request[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/api.php')) seen.push(request);
	});
	return seen;
}

describe('anonymous reader', () => {
	it('sees local times and a log-in link, with zero API requests', async () => {
		const page = await browser.context.newPage();
		const requests = apiRequests(page);
		await page.goto(pageUrl(wiki.info, ROOT));
		await waitForGadget(page);
		await page.waitForLoadState('networkidle');
		const card = page.locator('[data-lc-session="alpha"]');
		// 14:00 in Madrid, shown in Tokyo (the browser's zone) in the browser's en-GB form.
		const startUtc = new Date((await card.getAttribute('data-lc-start')) ?? '');
		const expected = new Intl.DateTimeFormat('en-GB', {
			hour: '2-digit',
			minute: '2-digit',
			timeZone: 'Asia/Tokyo',
		}).format(startUtc);
		expect(['21:00', '22:00']).toContain(expected);
		await expect(
			card.locator('.lc-session-local').textContent(),
		).resolves.toContain(expected);
		await expect(
			card.locator('.lc-session-local').textContent(),
		).resolves.toContain('Japan Standard Time');
		const login = card.locator('a.lc-signup-login');
		expect(
			new URL(
				(await login.getAttribute('href')) ?? '',
				wiki.info.server,
			).searchParams.get('returnto'),
		).toBe('Grants:Knowledge_Sharing/Connect');
		expect(await page.locator('[data-lc-session="broken"]').count()).toBe(0);
		expect(requests.map((r) => r.url())).toEqual([]);
		await page.close();
	});
});

describe('a reader with a temporary account', () => {
	it('is offered an account, not a sign-up, and writes nothing', async () => {
		const context = await launchBrowser({ timezoneId: 'Asia/Tokyo' });
		try {
			const page = await context.context.newPage();
			// As on Wikimedia wikis: an edit while logged out makes a temporary account (~1 here).
			await page.goto(`${pageUrl(wiki.info, 'Sandbox')}&action=edit`);
			await page.fill('#wpTextbox1', 'A first edit, logged out.');
			await page.click('#wpSave');
			await page.waitForLoadState();
			const name = await page.evaluate(() => [
				mw.config.get('wgUserName'),
				mw.user.isAnon(),
			]);
			expect(name).toEqual([expect.stringMatching(/^~/), false]);
			const requests = apiRequests(page);
			await page.goto(pageUrl(wiki.info, ROOT));
			await waitForGadget(page);
			const card = page.locator('[data-lc-session="alpha"]');
			const link = card.locator('a.lc-temporary-account');
			await expect(link.textContent()).resolves.toBe(
				'Create an account to sign up',
			);
			expect(
				new URL(
					(await link.getAttribute('href')) ?? '',
					wiki.info.server,
				).searchParams.get('title'),
			).toBe('Special:CreateAccount');
			expect(await link.getAttribute('title')).toContain('temporary account');
			expect(await card.locator('.lc-signup button').count()).toBe(0);
			await page.waitForLoadState('networkidle');
			expect(requests.filter((r) => r.method() === 'POST')).toEqual([]);
			expect(
				parseRegistrations(
					(await wiki.read(`${ROOT}/Registrations/alpha`)) ?? '',
				),
			).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('an older browser', () => {
	it('without Intl.DisplayNames still gets the gadget', async () => {
		const page = await browser.context.newPage();
		await page.addInitScript(() => {
			delete (Intl as { DisplayNames?: unknown }).DisplayNames;
		});
		await page.goto(pageUrl(wiki.info, ROOT));
		await waitForGadget(page);
		expect(
			await page.locator('[data-lc-session="alpha"] .lc-session-local').count(),
		).toBe(1);
		await page.close();
	});
});

describe('pages without sessions', () => {
	it('load nothing of ours where the wiki limits the gadget to the sessions category (1.43), else only the small loader (1.39)', async () => {
		const page = await browser.context.newPage();
		const ours: { url: string; bytes: number }[] = [];
		page.on('response', (response) => {
			const url = decodeURIComponent(response.url());
			if (
				url.includes('load.php') &&
				url.includes('letsconnect') &&
				!url.includes('modules=startup')
			)
				void response.body().then(
					(body) => ours.push({ url, bytes: body.length }),
					() => undefined,
				);
		});
		await page.goto(pageUrl(wiki.info, 'Main Page'));
		await page.waitForLoadState('networkidle');
		const states = await page.evaluate(() =>
			['ext.gadget.letsconnect', 'ext.gadget.letsconnect-loader'].map((m) =>
				mw.loader.getState(m),
			),
		);
		if (releaseOf(wiki.info).version === '1.39') {
			expect(states).toEqual(['registered', 'ready']);
			expect(ours.length).toBe(1);
		} else {
			expect(states).toEqual(['registered', null]);
			expect(ours).toEqual([]);
		}
		await page.close();
	});

	it("a page with a card loads the gadget (1.43: by its category), and it says so in the page's categories", async () => {
		const page = await browser.context.newPage();
		await page.goto(pageUrl(wiki.info, ROOT));
		await waitForGadget(page);
		expect(await page.evaluate(() => mw.config.get('wgCategories'))).toContain(
			"Pages with Let's Connect sessions",
		);
		await page.close();
	});
});

describe('logged-in participant', () => {
	it('signs up with one click and the registration is on the wiki', async () => {
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[0]);
		const requests = apiRequests(page);
		await page.goto(pageUrl(wiki.info, ROOT));
		await waitForGadget(page);
		const card = page.locator('[data-lc-session="alpha"]');
		const button = card.getByRole('button', { name: 'Sign up' });
		await button.waitFor();
		// A logged-in reader costs two reads: the state of every session on the page, and whether
		// they have a profile (the Join button says "Edit my profile" to a member).
		await page.waitForLoadState('networkidle');
		const reads = requests.map(
			(r) => `${r.method()} ${decodeURIComponent(r.url())}`,
		);
		expect(reads).toHaveLength(2);
		expect(reads.find((r) => r.includes('/Registrations/alpha'))).toMatch(
			/^GET /,
		);
		expect(
			reads.find((r) =>
				r.includes(`/Participants/${wiki.info.users[0].username}`),
			),
		).toMatch(/^GET /);
		await button.dblclick();
		await card.locator('.lc-signup-done').waitFor();
		expect(await card.locator('.lc-signup-done').textContent()).toContain(
			'You are registered',
		);

		const text = (await wiki.read(`${ROOT}/Registrations/alpha`)) ?? '';
		// The one click asks for no reminder: that is the reader's own choice, under the options.
		expect(parseRegistrations(text)).toMatchObject([
			{ user: 'Alice', status: 'registered', remind: false },
		]);
		// A sign-up writes twice, for one click however fast: its ticket in the page's queue (an
		// edit nobody else's click meets), then its line.
		expect(
			requests
				.filter((r) => r.method() === 'POST')
				.map((r) => new URLSearchParams(r.postData() ?? '').get('title')),
		).toEqual([
			`${ROOT}/Registrations/alpha/Queue/Alice`,
			`${ROOT}/Registrations/alpha`,
		]);
		expect(await wiki.read(`${ROOT}/Registrations/alpha/Queue/Alice`)).toMatch(
			/^\[\[.*\/Registrations\/alpha\]\] \d{4}-\d\d-\d\dT[\d:.]+Z$/,
		);

		await page.reload();
		await waitForGadget(page);
		expect(await card.locator('.lc-signup-done').textContent()).toContain(
			'You are registered',
		);
		await page.close();
	});
});

describe('a sign-up the wiki holds without an error', () => {
	it.each([
		['captcha', 'The wiki wants a CAPTCHA solved before it saves this change'],
		[
			'held',
			'The wiki held your change and did not save it (Failure: testhold)',
		],
	])(
		'(%s) is not shown as saved: the reader hears why and what to do',
		async (id, said) => {
			const page = await browser.context.newPage();
			await logIn(page, wiki.info, wiki.info.users[1]);
			await page.goto(pageUrl(wiki.info, ROOT));
			await waitForGadget(page);
			const card = page.locator(`[data-lc-session="${id}"]`);
			const before = await wiki.read(`${ROOT}/Registrations/${id}`);
			await card.getByRole('button', { name: 'Sign up' }).dblclick();
			await card.locator('.lc-signup-error:not(:empty)').waitFor();
			await expect(
				card.locator('.lc-signup-error').textContent(),
			).resolves.toContain(said);
			expect(await card.locator('.lc-signup-done').count()).toBe(0);
			expect(await card.getByRole('button', { name: 'Sign up' }).count()).toBe(
				1,
			);
			expect(await wiki.read(`${ROOT}/Registrations/${id}`)).toBe(before);
			await page.close();
		},
	);
});

describe('the queue of a rush', () => {
	/** A revision's time, in seconds, as the wiki recorded it. */
	async function savedAt(title: string): Promise<number> {
		const answer = (await wiki.admin.query({
			prop: 'revisions',
			titles: title,
			rvprop: 'timestamp',
		})) as { query: { pages: { revisions: { timestamp: string }[] }[] } };
		return Date.parse(answer.query.pages[0].revisions[0].timestamp) / 1000;
	}

	it('waits for someone who clicked first, passes them over when they never append, and ignores a ticket another wrote', async () => {
		const queue = `${ROOT}/Registrations/queued/Queue`;
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[2]);
		await page.goto(pageUrl(wiki.info, `${ROOT}/Sessions/queued`));
		await waitForGadget(page);
		const card = page.locator('[data-lc-session="queued"]');
		const button = card.getByRole('button', { name: 'Sign up' });
		await button.waitFor();
		// Every label the button had, as the reader saw them.
		await page.evaluate(() => {
			const seen: string[] = [];
			(window as unknown as { lcLabels: string[] }).lcLabels = seen;
			new MutationObserver(() => {
				for (const b of Array.from(
					document.querySelectorAll('.lc-signup button'),
				))
					if (!seen.includes(b.textContent ?? ''))
						seen.push(b.textContent ?? '');
			}).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true,
			});
		});
		// Bruno clicked first (his own ticket) and his browser closed; Dalia wrote one for Alice.
		await wiki.editAs('Bruno', `${queue}/Bruno`, () => 'ticket');
		await wiki.editAs('Dalia', `${queue}/Alice`, () => 'ticket');
		await button.click();
		// Bruno's turn (TICKET_PATIENCE_S), then a poll and the save: beside CPU hogs, seconds each.
		await card.locator('.lc-signup-done').waitFor({ timeout: 90000 });
		expect(await card.locator('.lc-signup-done').textContent()).toContain(
			'You are registered',
		);
		const registrations = `${ROOT}/Registrations/queued`;
		expect(
			parseRegistrations((await wiki.read(registrations)) ?? '').map(
				(r) => r.user,
			),
		).toEqual(['Chidi']);
		// Chidi's line came after Bruno's turn ran out, not before: he waited for him.
		const bruno = await savedAt(`${queue}/Bruno`);
		expect((await savedAt(registrations)) - bruno).toBeGreaterThanOrEqual(
			TICKET_PATIENCE_S,
		);
		// What the reader was told while waiting, when the click came within Bruno's turn: one
		// person ahead (Bruno), not two (the ticket Dalia wrote for Alice counts for nobody).
		const labels = await page.evaluate(
			() => (window as unknown as { lcLabels: string[] }).lcLabels,
		);
		if ((await savedAt(`${queue}/Chidi`)) < bruno + TICKET_PATIENCE_S - 1)
			expect(labels).toContain(
				'Waiting for your turn: one person clicked before you…',
			);
		expect(labels.join()).not.toMatch(/2 people/);
		await page.close();
	}, 150000);
});
