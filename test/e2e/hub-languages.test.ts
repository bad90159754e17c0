// A hub in its own language, in the browser (issue 23): an Arabic hub made by install with its
// Config, read in Arabic and in English, and the programme's English page with the Arabic
// interface. The text of every card runs in its logical order (the rendered boxes, not only the
// DOM), the grid's digits are the header's, a new hub session shows the hub's zone before any
// run, the month grid fits a phone on Minerva, and a cancelled session's chip looks cancelled.
import type { Locator } from 'playwright-core';
import { mkdirSync } from 'node:fs';
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

const AR = "Grants:Let's Connect Hub/العربية";
const SHOTS =
	process.env.LC_SCREENSHOTS && testedRelease() === '1.39'
		? 'docs/screenshots'
		: `.cache/screenshots-${testedRelease()}`;
const day = (offset: number) =>
	new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
let wiki: TestWiki;

/**
 * Whether the element's text reads in `direction` as rendered: its first letter (or mark) is at
 * the start side of its last one. Mixed text in the wrong context fails this ("(.ics)" shown as
 * "(ics.)", a check mark at the far end of its line).
 */
function readsInOrder(
	locator: Locator,
	direction: 'ltr' | 'rtl',
): Promise<boolean> {
	return locator.evaluate((element, dir) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		const characters: DOMRect[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			for (let i = 0; i < text.length; i++) {
				if (/\s/.test(text[i])) continue;
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const rect = range.getBoundingClientRect();
				// Only what is rendered (the server's hidden UTC time is not).
				if (rect.width > 0) characters.push(rect);
			}
		}
		const [first, last] = [characters[0], characters[characters.length - 1]];
		if (!first || !last) return false;
		// The first is at the start side of the last (or on a line above it, where the text wraps).
		if (last.top >= first.bottom) return true;
		return dir === 'ltr' ? first.left < last.left : first.right > last.right;
	}, direction);
}

/** Which digits a text uses: Latin, Arabic-Indic, or none. */
const digitsOf = (text: string) => [
	...new Set(
		[...text].flatMap((c) =>
			/[0-9]/.test(c) ? ['latin'] : /[\u0660-\u0669]/.test(c) ? ['arabic'] : [],
		),
	),
];

beforeAll(async () => {
	wiki = await startTestWiki();
	expect(
		(
			await wiki.cli([
				'install',
				'--root',
				AR,
				'--language',
				'ar',
				'--timezone',
				'Africa/Cairo',
				'--capacity',
				'25',
				'--liaisons',
				'Dalia',
			])
		).code,
	).toBe(0);
	await wiki.edit(
		`${ROOT}/Hubs`,
		`{{Let's Connect/Hub|name=العربية|root=${AR}|language=ar}}`,
	);
	// Meta's MediaWiki:Lang pages: on 1.39, {{int:lang}} tells the module the reader's language.
	await wiki.admin.save('MediaWiki:Lang', 'en');
	await wiki.admin.save('MediaWiki:Lang/ar', 'ar');
	await wiki.edit(
		`${ROOT}/Sessions/main`,
		`{{Let's Connect/Session|id=main|title=Monthly Connectathon|type=connectathon|start=${day(3)} 14:00|capacity=30}}`,
	);
	// No time zone, language or capacity: the hub's, from its Config.
	await wiki.edit(
		`${AR}/Sessions/warsha`,
		`{{Let's Connect/Session|id=warsha|title=ورشة كتابة المقالات|start=${day(5)} 16:00}}`,
	);
	await wiki.edit(
		`${AR}/Sessions/mulgha`,
		`{{Let's Connect/Session|id=mulgha|title=جلسة ملغاة|start=${day(6)} 16:00|status=cancelled}}`,
	);
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
	// Chidi has a place at both, with his own account.
	for (const [root, id] of [
		[ROOT, 'main'],
		[AR, 'warsha'],
	]) {
		await wiki.editAs(
			'Chidi',
			`${root}/Registrations/${id}`,
			(text) =>
				`${text}\n{{Let's Connect/Registration|user=Chidi|registered=${new Date().toISOString().slice(0, 19)}Z}}`,
		);
	}
	// Written after the last run, without a time zone.
	await wiki.edit(
		`${AR}/Sessions/jadida`,
		`{{Let's Connect/Session|id=jadida|title=جلسة جديدة|start=${day(8)} 19:00}}`,
	);
	mkdirSync(SHOTS, { recursive: true });
}, 300000);
afterAll(async () => {
	await wiki?.stop();
});

describe.each([
	{
		what: 'the Arabic hub read in Arabic',
		title: AR,
		uselang: 'ar',
		locale: 'ar-EG',
		reads: 'rtl' as const,
		card: 'warsha',
	},
	{
		what: 'the Arabic hub read in English',
		title: AR,
		uselang: 'en',
		locale: 'en-GB',
		reads: 'ltr' as const,
		card: 'warsha',
	},
	{
		what: "the programme's English page with the Arabic interface",
		title: ROOT,
		uselang: 'ar',
		locale: 'ar-EG',
		reads: 'rtl' as const,
		card: 'main',
	},
])('$what', ({ title, uselang, locale, reads, card: id }) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser({ timezoneId: 'Africa/Cairo', locale });
	});
	afterAll(async () => {
		await browser?.close();
	});

	it("runs every part of a card the gadget writes in the reader's order: the check mark, the count, the calendar links, the time", async () => {
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[2]);
		await page.goto(
			`${pageUrl(wiki.info, `${title}/Calendar`)}&uselang=${uselang}`,
		);
		await waitForGadget(page);
		await page.locator('button[data-lc-view="agenda"]').click();
		const card = page.locator(`[data-lc-session="${id}"]`);
		await card.locator('.lc-signup-done').waitFor();
		// The reader's language and direction on what the gadget writes, whatever the card's.
		expect(
			await card
				.locator('.lc-signup')
				.evaluate((el) => [
					(el as HTMLElement).lang,
					getComputedStyle(el).direction,
				]),
		).toEqual([uselang, reads]);
		for (const part of [
			'.lc-signup-done',
			'.lc-signup-counts',
			'.lc-session-calendar',
			'.lc-session-when',
		]) {
			expect([
				part,
				await readsInOrder(card.locator(part).first(), reads),
			]).toEqual([part, true]);
		}
		// In the DOM too: the check mark first, then the words.
		expect(
			(await card.locator('.lc-signup-done').textContent())?.startsWith('✓'),
		).toBe(true);
		if (title === AR)
			await page.screenshot({
				path: `${SHOTS}/hub-arabic-${uselang}.png`,
				fullPage: true,
			});
		await page.close();
	});
});

it("writes the grid's day numbers and the counts in the digits of the month's name", async () => {
	const browser = await launchBrowser({
		timezoneId: 'Africa/Cairo',
		locale: 'ar-EG',
	});
	try {
		const page = await browser.context.newPage();
		await logIn(page, wiki.info, wiki.info.users[2]);
		await page.goto(`${pageUrl(wiki.info, `${AR}/Calendar`)}&uselang=ar`);
		await waitForGadget(page);
		await page.locator('button[data-lc-view="month"]').click();
		await page.locator('table.lc-grid').waitFor();
		const header = digitsOf(
			(await page.locator('.lc-month-label').textContent()) ?? '',
		);
		expect(header).toHaveLength(1);
		expect(
			digitsOf((await page.locator('.lc-grid-day').allTextContents()).join('')),
		).toEqual(header);
		expect(
			digitsOf(
				(await page
					.locator('[data-lc-session="warsha"] .lc-signup-counts')
					.textContent()) ?? '',
			),
		).toEqual(header);
		// The month arrows point the way the months go: "previous" on the right, pointing right.
		const [previous, next] = await page.locator('.lc-month-nav button').all();
		const box = async (l: Locator) => (await l.boundingBox())!.x;
		expect(await box(previous)).toBeGreaterThan(await box(next));
		expect([await previous.textContent(), await next.textContent()]).toEqual([
			'›',
			'‹',
		]);
		await page.close();
	} finally {
		await browser.close();
	}
});

it("shows a hub session written since the last run in the hub's zone (19:00 in Cairo is 17:00 UTC), not as UTC", async () => {
	const browser = await launchBrowser({
		timezoneId: 'Africa/Cairo',
		locale: 'en-GB',
	});
	try {
		const page = await browser.context.newPage();
		await page.goto(pageUrl(wiki.info, `${AR}/Sessions/jadida`));
		await waitForGadget(page);
		const card = page.locator('[data-lc-session="jadida"]');
		expect(await card.getAttribute('data-lc-start')).toBe(
			`${day(8)}T17:00:00Z`,
		);
		await expect(
			card.locator('.lc-session-local').textContent(),
		).resolves.toContain('19:00');
		await expect(
			card.locator('.lc-session-when-extra').textContent(),
		).resolves.toContain('17:00 UTC');
		await page.close();
	} finally {
		await browser.close();
	}
});

describe.each([360, 390])('the month grid on Minerva at %i px', (width) => {
	it('has every weekday on screen, no sideways scroll, and a cancelled session that looks cancelled', async () => {
		const browser = await launchBrowser({
			timezoneId: 'Africa/Cairo',
			locale: 'ar-EG',
			viewport: { width, height: 800 },
		});
		try {
			const page = await browser.context.newPage();
			await page.goto(
				`${pageUrl(wiki.info, `${AR}/Calendar`)}&useskin=minerva&uselang=ar`,
			);
			await waitForGadget(page);
			// A phone opens on the list; the grid is one tap away.
			await page.locator('button[data-lc-view="month"]').click();
			const grid = page.locator('table.lc-grid');
			await grid.waitFor();
			const columns = await grid
				.locator('th')
				.evaluateAll((cells) =>
					cells
						.map((c) => c.getBoundingClientRect())
						.map((r) => [Math.round(r.left), Math.round(r.right)]),
				);
			expect(columns).toHaveLength(7);
			for (const [left, right] of columns)
				expect([left >= 0, right <= width]).toEqual([true, true]);
			const widths = columns.map(([left, right]) => right - left);
			expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(2);
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth <= window.innerWidth,
				),
			).toBe(true);
			// The month of the cancelled session: its chip is struck through, the scheduled one is not.
			const chip = (id: string) =>
				page.locator('.lc-grid-session', {
					hasText: id === 'mulgha' ? 'جلسة ملغاة' : 'ورشة كتابة المقالات',
				});
			for (
				let step = 0;
				step < 2 && (await chip('mulgha').count()) === 0;
				step++
			)
				await page.locator('.lc-month-nav button').last().click();
			const decoration = (l: Locator) =>
				l.evaluate((el) => getComputedStyle(el).textDecorationLine);
			expect(await decoration(chip('mulgha'))).toContain('line-through');
			if ((await chip('warsha').count()) > 0)
				expect(await decoration(chip('warsha'))).not.toContain('line-through');
			// The whole title on focus.
			expect(await chip('mulgha').getAttribute('title')).toContain(
				'جلسة ملغاة',
			);
			if (width === 390)
				await page.screenshot({ path: `${SHOTS}/phone-month.png` });
			await page.close();
		} finally {
			await browser.close();
		}
	});
});
