// The calendar and the archive split past the cap: every session on exactly one part page, the
// index links every part, and below the cap the list stays on its one page.
import {
	calendarPages,
	isPartPage,
	partTitle,
	pastSessionPages,
	type PlannedPage,
} from '../../shared/pages/page-plan';
import { overBudget } from '../../shared/model/page-budget';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { findRegion } from '../../shared/regions';

const ROOT = 'Grants:Knowledge Sharing/Connect';
const NOW = new Date('2027-01-10T00:00:00Z');

/** Sessions on the given UTC days, one each. */
function sessions(days: string[]) {
	const text = days
		.map(
			(day, i) =>
				`{{Let's Connect/Session|id=s-${i}|title=Session ${i}|start=${day} 10:00|timezone=UTC}}`,
		)
		.join('\n');
	const read = readSessionsFromPage(`${ROOT}/Sessions/all`, text);
	expect(read.problems).toEqual([]);
	return read.sessions;
}

const cardIds = (page: PlannedPage) =>
	[...page.content.matchAll(/\|id=(s-\d+)/g)].map((m) => m[1]);

describe('calendar pages', () => {
	it('keep a short calendar on its one page, as before', () => {
		const pages = calendarPages(
			sessions(['2027-01-20', '2027-02-03', '2027-03-01']),
			ROOT,
			NOW,
			new Map(),
			10,
		);
		expect(pages.map((p) => p.title)).toEqual([`${ROOT}/Calendar`]);
		expect(cardIds(pages[0])).toEqual(['s-0', 's-1', 's-2']);
		expect(pages[0].content).toContain("{{Let's Connect/Month|2027-02}}");
	});

	it('split by month past the cap, a full month in parts, every session once', () => {
		// 3 in January, 12 in February (two parts of 10 and 2), 5 in March; one in December 2026 is past.
		const days = [
			'2026-12-01',
			...['20', '21', '22'].map((d) => `2027-01-${d}`),
			...Array.from(
				{ length: 12 },
				(_, i) => `2027-02-${String(i + 1).padStart(2, '0')}`,
			),
			...['01', '02', '03', '04', '05'].map((d) => `2027-03-${d}`),
		];
		const pages = calendarPages(sessions(days), ROOT, NOW, new Map(), 10);
		const calendar = `${ROOT}/Calendar`;
		expect(pages.map((p) => p.title)).toEqual([
			calendar,
			`${calendar}/2027-01`,
			`${calendar}/2027-02`,
			`${calendar}/2027-02/2`,
			`${calendar}/2027-03`,
		]);
		const parts = pages.slice(1);
		const everyCard = parts.flatMap(cardIds);
		expect(everyCard).toHaveLength(20);
		expect(new Set(everyCard).size).toBe(20);
		expect(everyCard).not.toContain('s-0');
		for (const part of parts)
			expect(cardIds(part).length).toBeLessThanOrEqual(10);
		// The index: the first half of the cap as cards, then a link to every part.
		expect(cardIds(pages[0])).toEqual(['s-1', 's-2', 's-3', 's-4', 's-5']);
		for (const part of parts.slice(0, 2))
			expect(pages[0].content).toContain(`[[${part.title}|`);
		expect(pages[0].content).toContain(
			`* <span class="lc-part" data-lc-part="2027-02">[[${calendar}/2027-02|{{#time:F Y|2027-02-01}}]]</span>: 12 sessions (parts [[${calendar}/2027-02/2|2]])`,
		);
	});

	it('write part pages whole, read by the gadget like the calendar, with the bot region around the cards', () => {
		const days = Array.from(
			{ length: 12 },
			(_, i) => `2027-02-${String(i + 1).padStart(2, '0')}`,
		);
		const [, first] = calendarPages(sessions(days), ROOT, NOW, new Map(), 10);
		const text = first.whole!(first.content);
		expect(text).toContain('<div class="lc-calendar" data-lc-list="calendar">');
		expect(text).toContain('Part 1 of 2.');
		const region = findRegion(text, 'calendar');
		if (typeof region === 'string') throw new Error(region);
		expect(text.slice(region.contentStart, region.contentEnd).trim()).toBe(
			first.content,
		);
	});
});

describe('archive pages', () => {
	it('split by year past the cap, newest first', () => {
		const days = [
			...Array.from({ length: 8 }, (_, i) => `2025-0${i + 1}-10`),
			...Array.from({ length: 6 }, (_, i) => `2026-0${i + 1}-10`),
		];
		const pages = pastSessionPages(sessions(days), ROOT, NOW, 10);
		const past = `${ROOT}/Past sessions`;
		expect(pages.map((p) => p.title)).toEqual([
			past,
			`${past}/2026`,
			`${past}/2025`,
		]);
		expect(cardIds(pages[1])).toEqual([
			's-13',
			's-12',
			's-11',
			's-10',
			's-9',
			's-8',
		]);
		expect(pages[0].content).toContain(
			`* <span class="lc-part" data-lc-part="2025">[[${past}/2025|2025]]</span>: 8 sessions`,
		);
		// The index keeps the newest quarter of the cap.
		expect(cardIds(pages[0])).toEqual(['s-13', 's-12']);
	});
});

describe('part titles', () => {
	it.each([
		['2027-03', true],
		['2027-03/2', true],
		['2026', true],
		['2026/3', true],
		['2027-03/1', false],
		['Evil', false],
		['2027-03/2/x', false],
		['2027-3', false],
	])('%s under the calendar is a part page: %s', (sub, expected) => {
		expect(isPartPage(`${ROOT}/Calendar/${sub}`, `${ROOT}/Calendar`)).toBe(
			expected,
		);
	});
	it('recognises every part title it makes, the tenth and the hundred-and-twentieth too', () => {
		for (let part = 0; part < 120; part++)
			expect(
				isPartPage(
					partTitle(`${ROOT}/Calendar`, '2027-03', part),
					`${ROOT}/Calendar`,
				),
			).toBe(true);
	});
	it('names parts after the first with their number', () => {
		expect(partTitle('X', '2027-03', 0)).toBe('X/2027-03');
		expect(partTitle('X', '2027-03', 2)).toBe('X/2027-03/3');
	});
});

describe('page budget', () => {
	it('names what is over, and nothing when within', () => {
		expect(
			overBudget({ postExpandBytes: 900 * 1024, parseSeconds: 2 }),
		).toBeUndefined();
		expect(
			overBudget({ postExpandBytes: 1500 * 1024, parseSeconds: 4.2 }),
		).toBe(
			'1500 KB of post-expand include size (budget 1024 KB) and 4.2 s to parse (budget 3 s)',
		);
	});
});
