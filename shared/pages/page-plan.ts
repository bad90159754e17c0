// Which generated pages a programme has, and what each one's bot region holds. What grows with
// the programme is split so that no page holds more than `cards-per-page` cards (the config's;
// PAGE_BUDGET's by default; an index keeps half of that and the links to its parts): the
// calendar by month (ROOT/Calendar/2027-03, then /2027-03/2 … for a month with more), the archive
// by year (ROOT/Past sessions/2026 …). Below the cap a list stays on its one page, as before.
// Pure: the same programme gives the same pages, byte for byte.
import { countOf } from './problem-words';
import { UPCOMING_REGION, UPCOMING_TEMPLATE_PAGE } from '../config';
import type { Session } from '../model/session';
import { PAGE_BUDGET } from '../model/page-budget';
import { byStart, hasEnded, isoSecond } from '../model/rules';
import {
	calendarPageTitle,
	evaluationPageTitle,
	participantsPageTitle,
	pastSessionsPageTitle,
	reportPageTitle,
	resourcesPageTitle,
} from '../model/titles';
import { emptyCard, sessionCard, type CardCounts } from './session-cards';

export const REGION_KINDS = [
	'upcoming',
	'calendar',
	'past',
	'resources',
	'participants',
	'stats',
	'report',
	'evaluation',
] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/** The page of each kind that liaisons' links point to (the calendar and archive indexes). */
export function regionPage(
	kind: RegionKind,
	root: string,
): { title: string; region: string } {
	switch (kind) {
		case 'upcoming':
			return { title: UPCOMING_TEMPLATE_PAGE, region: UPCOMING_REGION };
		case 'calendar':
			return { title: calendarPageTitle(root), region: 'calendar' };
		case 'past':
			return { title: pastSessionsPageTitle(root), region: 'past' };
		case 'resources':
			return { title: resourcesPageTitle(root), region: 'resources' };
		case 'participants':
			return { title: participantsPageTitle(root), region: 'participants' };
		case 'stats':
			return { title: "Template:Let's Connect/Stats", region: 'stats' };
		case 'report':
			return { title: reportPageTitle(root), region: 'report' };
		case 'evaluation':
			return { title: evaluationPageTitle(root), region: 'evaluation' };
	}
}

export interface PlannedPage {
	kind: RegionKind;
	title: string;
	region: string;
	content: string;
	/**
	 * For a part page the bot owns whole (a month, a year): the page's whole text around the content.
	 * Written whole every time, so nothing anyone put on the page before or since survives.
	 */
	whole?: (content: string) => string;
}

/** Lines for sessions in order, with a heading line each time the group (month, year) changes. */
function underHeadings<T>(
	items: T[],
	group: (item: T) => string,
	heading: (g: string) => string,
	line: (item: T) => string,
): string {
	const lines: string[] = [];
	let current = '';
	for (const item of items) {
		if (group(item) !== current) {
			current = group(item);
			lines.push(heading(current));
		}
		lines.push(line(item));
	}
	return lines.join('\n');
}

function chunks<T>(items: T[], size: number): T[][] {
	const result: T[][] = [];
	for (let i = 0; i < items.length; i += size)
		result.push(items.slice(i, i + size));
	return result;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items)
		groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
	return groups;
}

/** What follows the index in a part's title: a month or a year, then `/2`, `/3` … for later parts. */
const PART_SUFFIX = /^(?:\d{4}-\d{2}|\d{4})(?:\/(?:[2-9]|[1-9]\d+))?$/;

/** `ROOT/Calendar/2027-03`, its second part `ROOT/Calendar/2027-03/2`; the same for years of the archive. */
export function partTitle(index: string, group: string, part: number): string {
	return part === 0 ? `${index}/${group}` : `${index}/${group}/${part + 1}`;
}

/** Whether a title is one of the part pages under an index (the titles partTitle makes). */
export function isPartPage(title: string, index: string): boolean {
	return (
		title.startsWith(`${index}/`) &&
		PART_SUFFIX.test(title.slice(index.length + 1))
	);
}

/** The month heading, in the reader's language (Module:Let's Connect). */
const monthHeading = (month: string) => `{{Let's Connect/Month|${month}}}`;
const yearHeading = (year: string) => `== ${year} ==`;

/** The kinds of list that split into part pages past their cap. */
export type SplitKind = 'calendar' | 'past' | 'evaluation';

/** A list split past its cap: the sessions of the calendar and archive, the evaluation's months. */
export interface Split<T> {
	kind: SplitKind;
	root: string;
	/** Items in the order the pages list them. */
	items: T[];
	group: (item: T) => string;
	/** A page's content for some of the items (the index's below the cap, a part's, the preview). */
	render: (items: T[]) => string;
	/** What a part page says above its content; `index` links back to the index page. */
	intro: (group: string, index: string) => string;
	/** What the index lists of its parts: the link's words, and how many the part holds. */
	partLabel: (group: string) => string;
	count: (n: number) => string;
	/** The items the index keeps above the list of parts when the list is split. */
	preview: (items: T[]) => T[];
	/** What the index says above it all, split or not (the evaluation's figures overall). */
	head?: string;
	/** What the index says when it has no item at all. */
	empty: string;
}

const withHead = (head: string | undefined, content: string) =>
	head ? (content ? `${head}\n${content}` : head) : content;

/** Plans an index page and, past the cap, one page per group (month, year) in parts of the cap. */
export function splitIntoParts<T>(split: Split<T>, cap: number): PlannedPage[] {
	const index = regionPage(split.kind, split.root);
	if (split.items.length === 0)
		return [
			{
				kind: split.kind,
				...index,
				content: withHead(split.head, split.empty),
			},
		];
	if (split.items.length <= cap)
		return [
			{
				kind: split.kind,
				...index,
				content: withHead(split.head, split.render(split.items)),
			},
		];
	const pages: PlannedPage[] = [];
	const links: string[] = [];
	for (const [group, items] of groupBy(split.items, split.group)) {
		const parts = chunks(items, cap);
		const titles = parts.map((_, part) => partTitle(index.title, group, part));
		parts.forEach((part, n) =>
			pages.push({
				kind: split.kind,
				title: titles[n],
				region: index.region,
				content: split.render(part),
				whole: (content) =>
					partPageText(
						split.kind,
						`${split.intro(group, index.title)}${parts.length > 1 ? ` Part ${n + 1} of ${parts.length}.` : ''}`,
						content,
					),
			}),
		);
		const more = titles
			.slice(1)
			.map((title, n) => `[[${title}|${n + 2}]]`)
			.join(', ');
		// data-lc-part: the gadget's month grid links a month whose cards are on their own page.
		links.push(
			`* <span class="lc-part" data-lc-part="${group}">[[${titles[0]}|${split.partLabel(group)}]]</span>: ${split.count(items.length)}${more ? ` (parts ${more})` : ''}`,
		);
	}
	const preview = split.render(split.preview(split.items));
	const listHeading = split.kind === 'calendar' ? 'Every month' : 'Every year';
	pages.unshift({
		kind: split.kind,
		...index,
		content: withHead(
			split.head,
			`${preview ? `${preview}\n` : ''}<h3 class="lc-part-index">${listHeading}</h3>\n${links.join('\n')}`,
		),
	});
	return pages;
}

/** The sessions' lists: cards under a heading per group. */
function sessionSplit(
	kind: 'calendar' | 'past',
	root: string,
	sessions: Session[],
	options: {
		group: (s: Session) => string;
		heading: (group: string) => string;
		card: (s: Session) => string;
		intro: Split<Session>['intro'];
		partLabel: Split<Session>['partLabel'];
		indexCards: number;
		empty: string;
	},
): Split<Session> {
	return {
		kind,
		root,
		items: sessions,
		group: options.group,
		render: (items) =>
			underHeadings(items, options.group, options.heading, options.card),
		intro: options.intro,
		partLabel: options.partLabel,
		count: (n) => countOf(n, 'session'),
		preview: (items) => items.slice(0, options.indexCards),
		empty: options.empty,
	};
}

/** Sessions from the start of this month on, under a heading per month (UTC). */
export function calendarPages(
	sessions: Session[],
	root: string,
	now: Date,
	counts: Map<string, CardCounts>,
	cap: number = PAGE_BUDGET.cardsPerPage,
): PlannedPage[] {
	const fromMonth = isoSecond(now).slice(0, 7);
	return splitIntoParts(
		sessionSplit(
			'calendar',
			root,
			sessions.filter((s) => s.startUtc.slice(0, 7) >= fromMonth).sort(byStart),
			{
				group: (s) => s.startUtc.slice(0, 7),
				heading: monthHeading,
				card: (s) => sessionCard(s, root, counts.get(s.id)),
				intro: (month, index) =>
					`The Let's Connect sessions of {{#time:F Y|${month}-01}}, in UTC; every month is on the [[${index}|calendar]].`,
				partLabel: (month) => `{{#time:F Y|${month}-01}}`,
				indexCards: Math.floor(cap / 2),
				empty: emptyCard(root),
			},
		),
		cap,
	);
}

/** Sessions that have ended, newest first, under a heading per year; `came`: how many came to each. */
export function pastSessionPages(
	sessions: Session[],
	root: string,
	now: Date,
	cap: number = PAGE_BUDGET.cardsPerPage,
	came: Map<string, number> = new Map(),
): PlannedPage[] {
	return splitIntoParts(
		sessionSplit(
			'past',
			root,
			sessions
				.filter((s) => hasEnded(s.endUtc, now))
				.sort(byStart)
				.reverse(),
			{
				group: (s) => s.startUtc.slice(0, 4),
				heading: yearHeading,
				card: (s) => sessionCard(s, root, undefined, came.get(s.id)),
				intro: (year, index) =>
					`The Let's Connect sessions of ${year}, newest first, with their recordings and slides; every year is on the [[${index}|archive page]].`,
				partLabel: (year) => year,
				indexCards: Math.floor(cap / 4),
				empty: "''No session has taken place yet.''",
			},
		),
		cap,
	);
}

/** A part page's whole text: its intro, then its content inside the bot's region (the sessions' in the list the gadget reads). */
function partPageText(kind: SplitKind, intro: string, content: string): string {
	const region = regionPage(kind, '').region;
	const body = `<!-- letsconnect:begin ${region} -->\n${content}\n<!-- letsconnect:end ${region} -->`;
	if (kind === 'evaluation') return `${intro}\n\n${body}`;
	return `${intro}\n\n<div class="${kind === 'calendar' ? 'lc-calendar' : 'lc-archive'}" data-lc-list="${kind}">\n${body}\n</div>`;
}

/** An existing part page that the plan no longer has (its sessions moved or ended): it says where they went. */
export function retiredPart(
	kind: SplitKind,
	root: string,
	title: string,
): PlannedPage {
	const index = regionPage(kind, root);
	const content =
		kind === 'calendar'
			? `''No upcoming session is listed on this page any more: see the [[${index.title}|calendar]] and the [[${pastSessionsPageTitle(root)}|past sessions]].''`
			: kind === 'past'
				? `''The sessions of this page are now listed on the [[${index.title}|archive page]].''`
				: `''The figures of this page are now on the [[${index.title}|evaluation page]].''`;
	return {
		kind,
		title,
		region: index.region,
		content,
		whole: (text) => partPageText(kind, '', text),
	};
}
