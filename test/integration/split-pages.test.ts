// The calendar and the archive past the cap, on the real wiki: one page a month (a full month in
// parts) and one a year, every card rendered by MediaWiki exactly once, an index that links every
// part, no edit on a second run, and a month that has passed saying where its sessions went.
// Also: a page over its budget is left alone (the check before the save), and the wiki's own
// figures for a page are what the check reads.
import { importPages } from '../../scripts/local-wiki';
import { renderCost } from '../../bot/wiki/render-cost';
import { silentLog } from '../../bot/wiki/log';
import { PageWriter } from '../../bot/wiki/page-writer';
import { botIdentity } from '../../bot/wiki/client';
import { ROOT, startTestWiki, type TestWiki } from '../helpers/test-wiki';

const NOW = '2026-12-20T00:00:00Z';
const CALENDAR = `${ROOT}/Calendar`;
const PAST = `${ROOT}/Past sessions`;
let wiki: TestWiki;

/** Upcoming: 4 late in December 2026, 12 in January 2027 (two parts), 6 in February; past: 8 in 2025, 6 in 2026. */
const DAYS = [
	...[21, 22, 23, 24].map((d) => `2026-12-${d}`),
	...Array.from(
		{ length: 12 },
		(_, i) => `2027-01-${String(i + 10).padStart(2, '0')}`,
	),
	...Array.from(
		{ length: 6 },
		(_, i) => `2027-02-${String(i + 1).padStart(2, '0')}`,
	),
	...Array.from({ length: 8 }, (_, i) => `2025-0${i + 1}-15`),
	...Array.from({ length: 6 }, (_, i) => `2026-0${i + 1}-15`),
];

/** Session ids as MediaWiki rendered them on a page (the cards the reader gets). */
async function renderedIds(title: string): Promise<string[]> {
	const response = await wiki.bot.request({
		action: 'parse',
		page: title,
		prop: 'text',
	});
	return [
		...String(response.parse.text).matchAll(/data-lc-session="([^"]+)"/g),
	].map((m) => m[1]);
}

beforeAll(async () => {
	wiki = await startTestWiki();
	await wiki.edit(
		`${ROOT}/Config`,
		"{{Let's Connect/Config|cards-per-page=10}}",
	);
	// Someone makes a month page before the bot does, with a card of their own.
	await wiki.edit(
		`${CALENDAR}/2027-02`,
		"Made by someone else.\n{{#invoke:Let's Connect|card|id=mallory|title=Bait|start=2027-02-03 10:00}}",
	);
	await importPages(
		wiki.info,
		DAYS.map((day, i) => ({
			title: `${ROOT}/Sessions/split-${i}`,
			text: `{{Let's Connect/Session|id=split-${i}|title=Session ${i}|start=${day} 10:00|timezone=UTC${day < '2026-12-20' ? '|registration=closed' : ''}}}`,
		})),
	);
}, 120000);
afterAll(async () => {
	await wiki?.stop();
});

describe('past the cap', () => {
	let outcomes: { title: string; action: string }[];
	beforeAll(async () => {
		const run = await wiki.cli(['sync', '--now', NOW, '--json']);
		expect(run.code).toBe(0);
		outcomes = JSON.parse(run.stdout).outcomes;
	});

	it('puts the calendar on one page a month, in parts of the cap, every card rendered once', async () => {
		const parts = [
			`${CALENDAR}/2026-12`,
			`${CALENDAR}/2027-01`,
			`${CALENDAR}/2027-01/2`,
			`${CALENDAR}/2027-02`,
		];
		for (const title of parts)
			expect(outcomes).toContainEqual(
				expect.objectContaining({
					title,
					action: title.endsWith('2027-02') ? 'edited' : 'created',
				}),
			);
		// The bot owns its part pages whole: what was there before is gone.
		expect(await wiki.read(`${CALENDAR}/2027-02`)).not.toContain(
			'someone else',
		);
		const rendered = await Promise.all(parts.map(renderedIds));
		expect(rendered.map((ids) => ids.length)).toEqual([4, 10, 2, 6]);
		const all = rendered.flat();
		expect(new Set(all).size).toBe(22);
		expect(all).toEqual(Array.from({ length: 22 }, (_, i) => `split-${i}`));
		// The index: the first five as cards, and a link to every part.
		expect(await renderedIds(CALENDAR)).toEqual([
			'split-0',
			'split-1',
			'split-2',
			'split-3',
			'split-4',
		]);
		const index = (await wiki.read(CALENDAR)) ?? '';
		for (const title of parts) expect(index).toContain(`[[${title}|`);
		// A part page is a calendar for the gadget, like the index.
		expect(await wiki.read(`${CALENDAR}/2027-01/2`)).toContain(
			'<div class="lc-calendar" data-lc-list="calendar">',
		);
	});

	it('puts the archive on one page a year, newest first', async () => {
		expect(await renderedIds(`${PAST}/2026`)).toEqual([
			'split-35',
			'split-34',
			'split-33',
			'split-32',
			'split-31',
			'split-30',
		]);
		expect((await renderedIds(`${PAST}/2025`)).length).toBe(8);
		expect(await wiki.read(PAST)).toContain(
			`[[${PAST}/2025|2025]]</span>: 8 sessions`,
		);
	});

	it('makes no edit when run again with nothing changed', async () => {
		const again = await wiki.cli(['sync', '--now', NOW, '--json']);
		expect(JSON.parse(again.stdout).edits).toBe(0);
	});

	it('says where the sessions went when their month has passed', async () => {
		const later = await wiki.cli([
			'sync',
			'--now',
			'2027-01-02T00:00:00Z',
			'--json',
		]);
		expect(later.code).toBe(0);
		expect(await wiki.read(`${CALENDAR}/2026-12`)).toContain(
			'No upcoming session is listed on this page any more',
		);
		expect(await renderedIds(`${CALENDAR}/2026-12`)).toEqual([]);
		expect(await wiki.read(CALENDAR)).not.toContain(`${CALENDAR}/2026-12|`);
		// The December sessions are in the archive now.
		expect(await renderedIds(`${PAST}/2026`)).toContain('split-3');
	});
});

describe('the budget check', () => {
	it("reads the wiki's own figures for a page", async () => {
		const cards = Array.from(
			{ length: 20 },
			(_, i) =>
				`{{#invoke:Let's Connect|card|id=c-${i}|title=Card ${i}|start=2027-03-01 10:00|timezone=UTC}}`,
		).join('\n');
		const cost = await renderCost(wiki.bot, `${CALENDAR}/Budget`, cards);
		// About 1.8 KB of post-expand size a card, and some parse time.
		expect(cost.postExpandBytes).toBeGreaterThan(20 * 1000);
		expect(cost.postExpandBytes).toBeLessThan(20 * 3000);
		expect(cost.parseSeconds).toBeGreaterThan(0);
	});

	it('leaves a page alone when the check refuses the new text', async () => {
		const title = `${ROOT}/Budget test`;
		await wiki.edit(title, 'as it was');
		const writer = new PageWriter(wiki.bot, {
			dryRun: false,
			pauseMs: 0,
			shutoffPage: 'User:LetsConnectBot/Shutoff',
			log: silentLog,
			assert: 'bot',
			identity: botIdentity('LetsConnectBot'),
		});
		const checked: string[] = [];
		const outcome = await writer.write(title, () => 'too big', 'test', {
			check: async (text) => {
				checked.push(text);
				return 'over its budget';
			},
		});
		expect(outcome).toEqual({
			title,
			action: 'skipped',
			reason: 'over its budget',
		});
		expect(checked).toEqual(['too big']);
		expect(await wiki.read(title)).toBe('as it was');
		// No change, no check: a second run with nothing new parses nothing.
		await writer.write(title, (current) => current ?? '', 'test', {
			check: async (text) => {
				checked.push(text);
				return undefined;
			},
		});
		expect(checked).toEqual(['too big']);
	});
});
