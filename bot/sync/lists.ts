// The generated lists (upcoming, calendar, past sessions, resources, participants, figures): each
// planned from what the run read, split into parts past the cap, checked against its budget by a
// parse before it is saved, and the parts no plan has any more retired.
import type { WikiClient } from '../wiki/client';
import { configPageTitle } from '../../shared/model/titles';
import { upcomingRegion } from '../../shared/pages/session-cards';
import {
	participantsRegion,
	resourcesRegion,
	statsRegion,
} from '../../shared/pages/programme-pages';
import { computeStats, withBaseline } from '../../shared/stats/programme-stats';
import {
	calendarPages,
	isPartPage,
	pastSessionPages,
	retiredPart,
	type PlannedPage,
} from '../../shared/pages/page-plan';
import { PAGE_BUDGET, overBudget } from '../../shared/model/page-budget';
import { evaluationPages } from '../../shared/pages/evaluation-page';
import { evaluate, type RootProgramme } from '../../shared/stats/evaluation';
import type { Problem } from '../../shared/model/problems';
import { problem } from '../../shared/model/problems';
import { hasEnded } from '../../shared/model/rules';
import { renderCost } from '../wiki/render-cost';
import { findRegion, regionTransform } from '../../shared/regions';
import type { PageTransform, PageWriter } from '../wiki/page-writer';
import type { Programme } from '../programme/read-programme';
import { regionPage, type RegionKind } from './generated-pages';
import { summaryOf, type SyncOptions } from './options';
import { rootProgramme } from './evaluation';
import { MAIN_HUB_NAME } from '../../shared/model/hubs';

/** Every generated page this run writes, with its region's content: the lists split past the cap. */
function plannedPages(
	programme: Programme,
	options: SyncOptions,
): PlannedPage[] {
	const { sessions, counts, participants, registrations, attendance, config } =
		programme;
	const { root, now } = options;
	const one = (
		kind: Exclude<RegionKind, 'calendar' | 'past' | 'report' | 'evaluation'>,
		content: string,
	): PlannedPage => ({ kind, ...regionPage(kind, root), content });
	return [
		one(
			'upcoming',
			upcomingRegion(sessions, root, now, config.upcomingCount, counts),
		),
		...calendarPages(sessions, root, now, counts, config.cardsPerPage),
		...pastSessionPages(
			sessions,
			root,
			now,
			config.cardsPerPage,
			new Map(
				[...programme.attendance].map(([id, users]) => [id, users.length]),
			),
		),
		one(
			'resources',
			resourcesRegion(sessions.filter((s) => hasEnded(s.endUtc, now))),
		),
		one('participants', participantsRegion(participants, sessions)),
		one(
			'stats',
			statsRegion(
				withBaseline(
					computeStats(sessions, participants, registrations, attendance, now),
					config.baseline,
				),
			),
		),
		...evaluationOfRoot(programme, options),
	].filter((page) => options.kinds.has(page.kind));
}

/**
 * The root's Evaluation page (its own figures, by month). In a run of every root the programme's
 * is written after all of them, with the figures by hub (writeProgrammeEvaluation): each root
 * hands what it read to the run's collector.
 */
function evaluationOfRoot(
	programme: Programme,
	options: SyncOptions,
): PlannedPage[] {
	const own = rootProgramme(options.root, MAIN_HUB_NAME, programme);
	options.evaluation?.programmes.set(options.root, own);
	if (options.evaluation?.later || !options.kinds.has('evaluation')) return [];
	return evaluationPages(evaluate([own], options.now), options.root);
}

/**
 * Part pages of a split list that the index linked (the last run's plan, read with the index at the
 * start) but this plan no longer has: a month that has passed, a list that got shorter.
 */
async function retiredParts(
	writer: PageWriter,
	planned: PlannedPage[],
	options: SyncOptions,
): Promise<PlannedPage[]> {
	const retired: PlannedPage[] = [];
	for (const kind of ['calendar', 'past', 'evaluation'] as const) {
		if (!options.kinds.has(kind)) continue;
		if (!planned.some((p) => p.kind === kind)) continue;
		const index = regionPage(kind, options.root);
		const text =
			(await writer.read([index.title])).get(index.title)?.text ?? '';
		const found = findRegion(text, index.region);
		if (typeof found === 'string') continue;
		const linked = [
			...text
				.slice(found.contentStart, found.contentEnd)
				.matchAll(/\[\[([^[\]|]+)\|/g),
		].map((m) => m[1]);
		for (const title of new Set(linked)) {
			if (
				isPartPage(title, index.title) &&
				!planned.some((p) => p.title === title)
			)
				retired.push(retiredPart(kind, options.root, title));
		}
	}
	return retired;
}

/** A page the bot owns whole is written whole; on any other page only its region changes. */
function plannedTransform(page: PlannedPage): PageTransform {
	return page.whole
		? () => page.whole!(page.content)
		: regionTransform(page.region, page.content);
}

/** Writes every generated list of the plan: part pages first, then the indexes. */
export async function writeLists(
	bot: WikiClient,
	writer: PageWriter,
	programme: Programme,
	options: SyncOptions,
): Promise<void> {
	// Planned after those: closed registrations and new pages change what the lists say.
	await writePlanned(
		bot,
		writer,
		plannedPages(programme, options),
		options,
		programme.problems,
		summaryOf(options, programme),
	);
}

/**
 * The programme's Evaluation page in a run of every root (sync --hubs), once each root has handed
 * over what it read: the figures of them all, and by hub. A page over its budget is left as it
 * was; the problem goes to the log and the run's outcomes (the report was written before).
 */
export async function writeProgrammeEvaluation(
	bot: WikiClient,
	writer: PageWriter,
	programmes: RootProgramme[],
	options: SyncOptions,
	problems: Problem[],
): Promise<void> {
	if (!options.kinds.has('evaluation')) return;
	const sessions = programmes.reduce((n, p) => n + p.sessions.length, 0);
	await writePlanned(
		bot,
		writer,
		evaluationPages(evaluate(programmes, options.now), options.root),
		options,
		problems,
		(what) =>
			`Let's Connect bot (${options.mode}): ${what} from ${sessions} sessions of ${programmes.length} roots`,
	);
}

/** What the report says of a page over its budget, and what to do. */
function overBudgetMessage(
	page: PlannedPage,
	over: string,
	options: SyncOptions,
): string {
	return page.kind === 'evaluation'
		? `Rendering this page would take ${over}, so it was left as it was. Its months go one page a year past ${PAGE_BUDGET.monthsPerPage} months.`
		: `Rendering this page would take ${over}, so it was left as it was. Lower cards-per-page on [[${configPageTitle(options.root)}]], or shorten what the cards show (titles, sharers).`;
}

/** Writes planned pages, each checked against its budget: part pages first, then the indexes. */
async function writePlanned(
	bot: WikiClient,
	writer: PageWriter,
	planned: PlannedPage[],
	options: SyncOptions,
	problems: Problem[],
	summary: (what: string) => string,
): Promise<void> {
	// Part pages (new, changed, retired) before the indexes: until an index is rewritten it still
	// links every old part, so a run stopped midway leaves no part unlinked and unretired.
	const parts = [
		...planned.filter((p) => p.whole),
		...(await retiredParts(writer, planned, options)),
	];
	const pages = [...parts, ...planned.filter((p) => !p.whole)];
	writer.planned.push(
		...pages.map((p) => p.title).filter((t) => !writer.planned.includes(t)),
	);
	// The part pages in one batch too (the indexes were read at the start).
	await writer.read(pages.map((p) => p.title));
	for (const page of pages) {
		await writer.write(
			page.title,
			plannedTransform(page),
			summary(
				`update the ${page.kind} ${page.kind === 'evaluation' ? 'figures' : 'list'}`,
			),
			{
				// Asked of the wiki only when the text changes: a second run with nothing new parses nothing.
				check: async (text) => {
					const over = overBudget(await renderCost(bot, page.title, text));
					if (!over) return undefined;
					// Checked again after an edit conflict: said once.
					if (
						!problems.some(
							(p) => p.code === 'page-over-budget' && p.page === page.title,
						)
					)
						problems.push(
							problem(
								'page-over-budget',
								overBudgetMessage(page, over, options),
								{
									page: page.title,
								},
							),
						);
					return `over its budget: ${over}`;
				},
			},
		);
	}
}
