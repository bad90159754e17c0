// The gadget on a calendar of 130 cards, more than one request of 50 registration pages: a
// logged-in reader sees their own state on every card, the counts of the page the gadget read
// (not the last bot run's), and the page costs ceil(2 × 130 / 50) reads (each registration page
// and the bot's roster of it, 50 titles a request).
import type { Request } from 'playwright-core';
import { DateTime } from 'luxon';
import {
	parseRegistrations,
	stateOf,
	summarise,
} from '../../shared/registrations/registration-page';
import {
	readHeader,
	sourceOf,
	withHeader,
} from '../../shared/registrations/registration-header';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { formatMessage } from '../../shared/i18n/format-message';
import { en } from '../../shared/i18n/messages';
import { registrationPageTitle } from '../../shared/model/titles';
import { importPages } from '../../scripts/local-wiki';
import {
	launchBrowser,
	logIn,
	pageUrl,
	waitForGadget,
	type Browser,
} from '../helpers/browser';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const COUNT = 130;
let wiki: TestWiki;
let browser: Browser;
const registrationTexts = new Map<string, string>();

/** Alice has a place in every 13th session, waits in every 17th (capacity 2, two before her), cancelled in every 19th. */
function linesFor(i: number): string[] {
	const line = (user: string, extra = '') =>
		`{{Let's Connect/Registration|user=${user}|registered=2026-11-01T10:00:00Z${extra}}}`;
	const lines = [line('Bruno'), line('Chidi')];
	if (i % 13 === 0) lines.push(line('Alice'));
	if (i % 17 === 0) lines.push(line('Alice'));
	if (i % 19 === 0) lines.push(line('Alice', '|status=cancelled'));
	return lines;
}

beforeAll(async () => {
	wiki = await startTestWiki();
	const now = DateTime.utc();
	const pages: { title: string; text: string }[] = [];
	for (let i = 0; i < COUNT; i++) {
		const start = now
			.plus({ days: 2 + Math.floor(i / 3) })
			.set({ hour: 8 + (i % 3) * 4, minute: 0 });
		pages.push({
			title: `${ROOT}/Sessions/many-${i}`,
			text: `{{Let's Connect/Session|id=many-${i}|title=Session ${i}|start=${start.toFormat('yyyy-MM-dd HH:mm')}|timezone=UTC|capacity=${i % 17 === 0 ? 2 : 30}}}`,
		});
	}
	await importPages(wiki.info, pages);
	// Headers as the bot writes them, the session page's id included, so that its run has no
	// header to put right and the pages stay as written here.
	const pageIds = new Map<string, number>();
	for (let i = 0; i < pages.length; i += 50) {
		const answer = await wiki.bot.request({
			action: 'query',
			titles: pages.slice(i, i + 50).map((p) => p.title),
			formatversion: 2,
		});
		for (const page of answer.query?.pages as {
			title: string;
			pageid: number;
		}[])
			pageIds.set(page.title, page.pageid);
	}
	const registrationPages = pages.map(({ title, text }, i) => {
		const [session] = readSessionsFromPage(
			title,
			text,
			{ values: {} },
			pageIds.get(title),
		).sessions;
		const registrations = withHeader(
			`Registrations.\n${linesFor(i).join('\n')}`,
			sourceOf(session),
		);
		registrationTexts.set(session.id, registrations);
		return {
			title: registrationPageTitle(ROOT, session.id),
			text: registrations,
		};
	});
	// Registration pages are read by title: no link tables needed.
	await importPages(wiki.info, registrationPages, { linkTables: false });
	const sync = await wiki.cli(['sync']);
	expect(sync.code).toBe(0);
	// After the bot's count: Dalia signs up on session 1, so the page holds one more than the card says.
	await wiki.editAs(
		'Dalia',
		registrationPageTitle(ROOT, 'many-1'),
		(current) =>
			`${current}\n{{Let's Connect/Registration|user=Dalia|registered=2026-11-02T10:00:00Z}}`,
	);
	registrationTexts.set(
		'many-1',
		(await wiki.read(registrationPageTitle(ROOT, 'many-1'))) ?? '',
	);
	browser = await launchBrowser({ timezoneId: 'UTC' });
}, 300000);
afterAll(async () => {
	await browser?.close();
	await wiki?.stop();
});

it('shows every card the state its registration page holds, in ceil(2 × 130 / 50) reads', async () => {
	const page = await browser.context.newPage();
	await logIn(page, wiki.info, wiki.info.users[0]);
	const reads: Request[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/api.php')) reads.push(request);
	});
	await page.goto(pageUrl(wiki.info, `${ROOT}/Calendar`));
	await waitForGadget(page);
	const shown = await page
		.locator('[data-lc-session]')
		.evaluateAll((cards: HTMLElement[]) =>
			cards.map((card) => ({
				id: card.dataset.lcSession ?? '',
				state:
					(card.querySelector('.lc-signup') as HTMLElement | null)?.dataset
						.lcState ?? 'no control',
				counts: card.querySelector('.lc-signup-counts')?.textContent ?? '',
			})),
		);
	expect(shown).toHaveLength(COUNT);
	const expected = new Map(
		shown.map(({ id }) => {
			const text = registrationTexts.get(id) ?? '';
			const capacity = readHeader(text)?.capacity;
			const list = parseRegistrations(text, capacity);
			const { registered } = summarise(list);
			const count =
				capacity === undefined
					? formatMessage(en['lc-count-registered'], [registered], 'en')
					: formatMessage(en['lc-count-taken'], [registered, capacity], 'en');
			return [id, { state: stateOf(list, 'Alice').status, count }];
		}),
	);
	const wrong = shown.filter(
		({ id, state, counts }) =>
			state !== expected.get(id)?.state ||
			!counts.includes(expected.get(id)?.count ?? '?'),
	);
	expect(wrong).toEqual([]);
	// The states that matter are all there, on cards in every request's batch: places, waits, cancelled lines.
	const ids = (state: string) =>
		shown.filter((s) => s.state === state).map((s) => Number(s.id.slice(5)));
	expect(ids('registered')).toEqual([13, 26, 39, 52, 65, 78, 91, 104, 117]);
	expect(ids('waitlisted')).toEqual([17, 34, 51, 68, 85, 102, 119]);
	expect(ids('cancelled')).toEqual([0, 19, 38, 57, 76, 95, 114]);
	// Dalia's line, added after the bot's count, is counted.
	expect(shown.find((s) => s.id === 'many-1')?.counts).toContain(
		expected.get('many-1')?.count,
	);
	expect(expected.get('many-1')?.count).toMatch(/^3 /);
	expect(reads.filter((r) => r.url().includes('prop=revisions')).length).toBe(
		Math.ceil((2 * COUNT) / 50),
	);
	await page.close();
}, 120000);
