// ROOT/Evaluation in the browser: its charts (tables whose bars are inline-styled spans) render in
// Vector 2022, on a phone in Minerva (no horizontal overflow of the page), in night mode (the bars
// still show against the page), and on a right-to-left page (an Arabic hub's, its page language
// Arabic: the bars grow from the right); axe-core finds no serious or critical violation.
// Screenshots for the README with LC_SCREENSHOTS=1 (docs/screenshots/evaluation-*.png).
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import {
	ROOT,
	startTestWiki,
	testedRelease,
	type TestWiki,
} from '../helpers/test-wiki';
import {
	axeViolations,
	launchBrowser,
	pageUrl,
	type Browser,
} from '../helpers/browser';

const NOW = '2026-12-15T12:00:00Z';
const AR = "Grants:Let's Connect Hub/العربية";
// The README's pictures are of 1.39, but for what only 1.43 has (night mode).
const SHOTS =
	process.env.LC_SCREENSHOTS && testedRelease() === '1.39'
		? 'docs/screenshots'
		: `.cache/screenshots-${testedRelease()}`;
const SHOTS_143 = process.env.LC_SCREENSHOTS
	? 'docs/screenshots'
	: '.cache/screenshots-1.43';
let wiki: TestWiki;
let browser: Browser;

/** Sessions month by month from August 2026, each with some of the four people. */
const SESSIONS: {
	id: string;
	start: string;
	topic: string;
	sharer: string;
	people: string[];
	came: string[];
	root?: string;
}[] = [
	{
		id: 'aug',
		start: '2026-08-06 14:00',
		topic: 'Wikidata',
		sharer: 'Alice',
		people: ['Bruno'],
		came: ['Bruno'],
	},
	{
		id: 'sep',
		start: '2026-09-03 14:00',
		topic: 'Grant writing',
		sharer: 'Alice',
		people: ['Bruno', 'Chidi'],
		came: ['Bruno', 'Chidi'],
	},
	{
		id: 'oct',
		start: '2026-10-08 14:00',
		topic: 'Wikidata',
		sharer: 'Alice',
		people: ['Bruno', 'Chidi', 'Dalia'],
		came: ['Chidi', 'Dalia'],
	},
	{
		id: 'nov',
		start: '2026-11-05 14:00',
		topic: 'Event organising',
		sharer: 'Bruno',
		people: ['Chidi', 'Dalia'],
		came: ['Dalia'],
	},
	{
		id: 'warsha',
		start: '2026-11-20 16:00',
		topic: 'Wikidata',
		sharer: 'Dalia',
		people: ['Chidi'],
		came: ['Chidi'],
		root: AR,
	},
];

const line = (user: string) => `{{Let's Connect/Registration|user=${user}}}`;

beforeAll(async () => {
	wiki = await startTestWiki();
	mkdirSync(SHOTS, { recursive: true });
	mkdirSync(SHOTS_143, { recursive: true });
	await wiki.edit(
		`${ROOT}/Config`,
		"{{Let's Connect/Config|affiliates-total=12|baseline-participants=40}}",
	);
	await wiki.edit(
		`${ROOT}/Hubs`,
		`{{Let's Connect/Hub|name=العربية|root=${AR}|language=ar}}`,
	);
	await wiki.edit(`${AR}/Config`, "{{Let's Connect/Config|language=ar}}");
	// The hub's pages in Arabic, as Translate's /ar pages are: right to left.
	await wiki.edit(
		`${AR}/Evaluation`,
		"{{Let's Connect/Intro|evaluation}}\n\n<!-- letsconnect:begin evaluation -->\n<!-- letsconnect:end evaluation -->",
	);
	await wiki.admin.request({
		action: 'setpagelanguage',
		title: `${AR}/Evaluation`,
		lang: 'ar',
		token: wiki.admin.csrfToken,
	});
	for (const s of SESSIONS) {
		const root = s.root ?? ROOT;
		await wiki.edit(
			`${root}/Sessions/${s.id}`,
			`{{Let's Connect/Session|id=${s.id}|title=Session ${s.id}|start=${s.start}|timezone=UTC|topic=${s.topic}|sharers=${s.sharer}|interpretation=${s.id === 'oct' ? 'es, ar' : 'fr'}}}`,
		);
		for (const user of s.people)
			await wiki.editAs(user, `${root}/Registrations/${s.id}`, (text) =>
				text ? `${text}\n${line(user)}` : line(user),
			);
		await wiki.editAs(s.sharer, `${root}/Registrations/${s.id}`, (text) =>
			s.came.reduce(
				(t, user) =>
					t.replace(line(user), line(user).replace('}}', '|attended=yes}}')),
				text,
			),
		);
	}
	for (const [user, profile] of [
		['Alice', 'country=Peru|affiliate=WM Peru|languages=es, en'],
		['Bruno', 'country=Brazil|affiliate=WM Brasil|languages=pt|learn=Wikidata'],
		['Chidi', 'country=Nigeria|languages=en, ig|follow-topics=Wikidata'],
		['Dalia', 'country=Egypt|affiliate=WM Egypt|languages=ar|learn=Wikidata'],
	])
		await wiki.edit(
			`${ROOT}/Participants/${user}`,
			`{{Let's Connect/Participant|${profile}}}`,
		);
	expect((await wiki.cli(['sync', '--hubs', '--now', NOW])).code).toBe(0);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

/** Each bar's box beside its cell's: where it starts and ends, and its colour. */
function bars(page: Page) {
	return page.locator('.lc-chart .lc-bar').evaluateAll((spans) =>
		spans.map((span) => {
			const bar = span.getBoundingClientRect();
			const cell = (span.parentElement as HTMLElement).getBoundingClientRect();
			return {
				left: bar.left - cell.left,
				right: cell.right - bar.right,
				width: bar.width,
				cell: cell.width,
				height: bar.height,
				colour: getComputedStyle(span).backgroundColor,
			};
		}),
	);
}

const luminance = (rgb: string) => {
	const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
		.map(Number)
		.map((v) => v / 255);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('the Evaluation page', () => {
	it('draws its charts in Vector 2022: a bar per number, the largest across its cell', async () => {
		const page = await browser.context.newPage();
		await page.goto(
			`${pageUrl(wiki.info, `${ROOT}/Evaluation`)}&useskin=vector-2022`,
		);
		expect(await page.locator('table.lc-chart').count()).toBeGreaterThan(8);
		expect(await page.locator('text=By hub').count()).toBeGreaterThan(0);
		const drawn = await bars(page);
		expect(drawn.length).toBeGreaterThan(20);
		for (const bar of drawn) {
			expect(bar.height).toBeGreaterThan(5);
			expect(bar.width).toBeGreaterThan(0);
			// From the start side (left here), within the cell.
			expect(bar.left).toBeLessThan(12);
			expect(bar.width).toBeLessThanOrEqual(bar.cell);
		}
		// The largest value of a chart spans the cell's content box.
		const first = page.locator('table.lc-chart').first();
		const widths = await first
			.locator('.lc-bar')
			.evaluateAll((spans) =>
				spans.map((s) => s.getBoundingClientRect().width),
			);
		expect(Math.max(...widths)).toBeGreaterThan(100);
		await page.locator('[id="By_month"]').first().scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/evaluation-desktop.png` });
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});

	it('fits a phone in Minerva: the page does not scroll sideways', async () => {
		const phone = await launchBrowser({
			viewport: { width: 390, height: 844 },
		});
		try {
			const page = await phone.context.newPage();
			await page.goto(
				`${pageUrl(wiki.info, `${ROOT}/Evaluation`)}&useskin=minerva`,
			);
			expect(
				await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				),
			).toBeLessThanOrEqual(0);
			const drawn = await bars(page);
			expect(drawn.length).toBeGreaterThan(20);
			expect(drawn.every((b) => b.width > 0 && b.width <= b.cell)).toBe(true);
			await page.locator('table.lc-chart').first().scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${SHOTS}/evaluation-phone.png` });
			expect(await axeViolations(page)).toEqual([]);
			await page.close();
		} finally {
			await phone.close();
		}
	});

	it('shows its bars in night mode, in the colour the skin gives', async () => {
		const reader = await launchBrowser();
		try {
			const page = await reader.context.newPage();
			await page.goto(
				`${pageUrl(wiki.info, `${ROOT}/Evaluation`)}&useskin=vector-2022`,
			);
			if (testedRelease() === '1.43') {
				// What the appearance menu's "Dark" does (a client preference, applied on the next page).
				await page.evaluate(() =>
					(
						mw.user as unknown as {
							clientPrefs: { set(key: string, value: string): boolean };
						}
					).clientPrefs.set('skin-theme', 'night'),
				);
				await page.reload();
				expect(
					await page.evaluate(() => document.documentElement.className),
				).toContain('skin-theme-clientpref-night');
			} else {
				// 1.39 has no night mode: the Codex night tokens set as Vector 2022 on Meta does.
				await page.addStyleTag({
					content:
						'html { --background-color-base:#101418; --color-base:#eaecf0; --color-progressive:#88a3e8; } body, .mw-page-container, .mw-body, #content { background:#101418 !important; color:#eaecf0 !important; }',
				});
			}
			const background = await page.evaluate(() => {
				// The colour behind the content: the first opaque one up from the article.
				for (
					let el: Element | null = document.querySelector('.mw-parser-output');
					el;
					el = el.parentElement
				) {
					const colour = getComputedStyle(el).backgroundColor;
					if (colour !== 'rgba(0, 0, 0, 0)') return colour;
				}
				return getComputedStyle(document.body).backgroundColor;
			});
			expect(luminance(background)).toBeLessThan(0.2);
			const drawn = await bars(page);
			// The skin's night token, not the day fallback, and far from the page's colour.
			for (const bar of drawn) {
				expect(bar.colour).not.toBe('rgb(51, 102, 204)');
				expect(
					Math.abs(luminance(bar.colour) - luminance(background)),
				).toBeGreaterThan(0.25);
			}
			await page.locator('table.lc-chart').first().scrollIntoViewIfNeeded();
			await page.screenshot({
				path:
					testedRelease() === '1.43'
						? `${SHOTS_143}/evaluation-night.png`
						: `.cache/screenshots-1.39/evaluation-night.png`,
			});
			await page.close();
		} finally {
			await reader.close();
		}
	});

	it('grows its bars from the right on a right-to-left page', async () => {
		const page = await browser.context.newPage();
		await page.goto(
			`${pageUrl(wiki.info, `${AR}/Evaluation`)}&useskin=vector-2022&uselang=ar`,
		);
		expect(
			await page
				.locator('.mw-parser-output')
				.first()
				.evaluate((el) => getComputedStyle(el).direction),
		).toBe('rtl');
		const drawn = await bars(page);
		expect(drawn.length).toBeGreaterThan(3);
		for (const bar of drawn) {
			// From the start side, the right, within the cell.
			expect(bar.right).toBeLessThan(12);
			expect(bar.width).toBeLessThanOrEqual(bar.cell);
		}
		// The label is at the right of the row, its bar at the left end.
		const [label, chart] = await page
			.locator('table.lc-chart tr')
			.nth(1)
			.locator('td')
			.evaluateAll((cells) => [
				cells[0].getBoundingClientRect().left,
				cells[2].getBoundingClientRect().left,
			]);
		expect(label).toBeGreaterThan(chart);
		await page.screenshot({ path: `${SHOTS}/evaluation-rtl.png` });
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
