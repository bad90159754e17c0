// `letsconnect sync`: brings every bot region up to date from what liaisons and participants
// wrote, creates registration pages for new sessions and keeps their headers true, tells whoever
// moved up from a waitlist, closes registration of past sessions, and writes the report of every
// problem found.
import type { WikiClient } from '../wiki/client';
import { describeProblem, type Problem } from '../../shared/model/problems';
import {
	configPageTitle,
	registrationPageTitle,
	reportPageTitle,
} from '../../shared/model/titles';
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
import { overBudget } from '../../shared/model/page-budget';
import { problem } from '../../shared/model/problems';
import { hasEnded, isoSecond } from '../../shared/model/rules';
import { renderCost } from '../wiki/render-cost';
import { botReportRegion, reportNoise } from '../../shared/pages/bot-report';
import { findRegion, regionTransform } from '../../shared/regions';
import { summarise } from '../../shared/registrations/registration-page';
import {
	sourceOf,
	withHeader,
} from '../../shared/registrations/registration-header';
import { closeRegistration } from '../../shared/sessions/close-registration';
import type { Log } from '../wiki/log';
import type {
	PageTransform,
	PageWriter,
	WriteOutcome,
} from '../wiki/page-writer';
import {
	readProgramme,
	type OtherRoot,
	type Programme,
} from '../programme/read-programme';
import { tellChanges } from '../notices/change-notices';
import { publishedOf } from '../../shared/messages/session-changes';
import {
	afterOwnEdit,
	linesOfRoster,
	newPageRoster,
	restorationProblems,
	restorationTransform,
	saveRoster,
	tellPromoted,
} from '../places/write';
import { placesOf } from '../../shared/registrations/roster';
import { MessageGate } from '../wiki/message-gate';
import {
	REGION_KINDS,
	regionPage,
	type PageKind,
	type RegionKind,
} from './generated-pages';

export interface SyncOptions {
	root: string;
	now: Date;
	mode: string;
	revision: string;
	kinds: Set<PageKind>;
	/** The other roots served in the same run (hubs): their sessions are not strays of this root. */
	otherRoots?: OtherRoot[];
	/** Problems found before the run (the hub registry's), for this root's report. */
	earlierProblems?: Problem[];
}

export interface SyncResult {
	sessions: number;
	/** What the run read of the root, for the calendar of all hubs. */
	programme: Pick<Programme, 'sessions' | 'counts' | 'config'>;
	problems: Problem[];
	outcomes: WriteOutcome[];
	pagesRead: number;
}

/** Every generated page this run writes, with its region's content: the lists split past the cap. */
function plannedPages(
	programme: Programme,
	options: SyncOptions,
): PlannedPage[] {
	const { sessions, counts, participants, registrations, config } = programme;
	const { root, now } = options;
	const one = (
		kind: Exclude<RegionKind, 'calendar' | 'past' | 'report'>,
		content: string,
	): PlannedPage => ({ kind, ...regionPage(kind, root), content });
	return [
		one(
			'upcoming',
			upcomingRegion(sessions, root, now, config.upcomingCount, counts),
		),
		...calendarPages(sessions, root, now, counts, config.cardsPerPage),
		...pastSessionPages(sessions, root, now, config.cardsPerPage),
		one(
			'resources',
			resourcesRegion(sessions.filter((s) => hasEnded(s.endUtc, now))),
		),
		one('participants', participantsRegion(participants, sessions)),
		one(
			'stats',
			statsRegion(
				withBaseline(
					computeStats(sessions, participants, registrations, now),
					config.baseline,
				),
			),
		),
	].filter((page) => options.kinds.has(page.kind));
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
	for (const kind of ['calendar', 'past'] as const) {
		if (!options.kinds.has(kind)) continue;
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

function registrationIntro(): string {
	// Words from the labels, in the root's language (or the reader's): no numbers, no title (the
	// header above names the session), so that the text is the same once written.
	return "{{Let's Connect/Intro|registrations}}\n<!-- One {{Let's Connect/Registration}} per line, newest last; to cancel, set status=cancelled on your own line instead of deleting it. -->";
}

/**
 * Creates the registration pages of new sessions and keeps their headers true; puts back the
 * lines of people whose words another editor changed; tells everyone who got a place after
 * waiting; saves each page's verified roster (bot/places/).
 */
async function registrationTasks(
	bot: WikiClient,
	writer: PageWriter,
	programme: Programme,
	options: SyncOptions,
): Promise<void> {
	const limits = {
		perRun: programme.config.maxMessagesPerRun,
		perSession: programme.config.maxMessagesPerSession,
	};
	const sent = { sent: 0 };
	const gate = new MessageGate(bot, limits, '"you have a place"', sent);
	const changes = new MessageGate(bot, limits, 'news of a change', sent);
	const run = { root: options.root, mode: options.mode };
	for (const session of programme.sessions) {
		const title = registrationPageTitle(options.root, session.id);
		const list = programme.registrations.get(session.id);
		const source = sourceOf(session);
		const upcoming =
			!hasEnded(session.endUtc, options.now) && session.status !== 'cancelled';
		if (!list) {
			if (!upcoming) continue;
			// A registration page deleted and made again keeps everyone's own lines and places.
			const kept = programme.orphanRosters.get(session.id);
			const body = [registrationIntro(), linesOfRoster(kept)]
				.filter(Boolean)
				.join('\n');
			const text = withHeader(body, source);
			const created = await writer.write(
				title,
				(current) => current ?? text,
				`Let's Connect bot (${options.mode}): registration page for ${kept ? `the session "${session.id}", made again with the places its roster held` : `the new session "${session.id}"`}`,
			);
			// Its roster from the start: nobody on it yet, or the places kept.
			const roster = newPageRoster(writer, title, created, text, kept);
			if (roster) {
				roster.roster.owner = {
					...(session.pageId ? { pageid: session.pageId } : {}),
					title: session.page,
				};
				// What its people will be told changes against, from now on.
				roster.roster.published ??= publishedOf(session, options.now);
				await saveRoster(writer, roster, run);
			}
			const places = placesOf(text, roster?.roster ?? kept, session.capacity);
			programme.registrations.set(session.id, places);
			programme.counts.set(session.id, summarise(places));
			continue;
		}
		const checked = programme.places.get(session.id);
		if (!checked) continue;
		const read = programme.registrationTexts.get(session.id) ?? '';
		// Until the session has ended, someone else's change to a person's line is undone.
		const restore = !hasEnded(session.endUtc, options.now);
		const { transform, result } = restorationTransform(checked, (text) =>
			withHeader(text, source),
		);
		const planned = restore ? transform(read) : withHeader(read, source);
		if (planned !== read) {
			// The header is written whatever {{nobots}} says: it is the bot's own region, and a frozen
			// header would let whoever froze it decide what the gadget believes.
			const outcome = await writer.write(
				title,
				restore
					? transform
					: (current) =>
							current === undefined
								? { skip: 'the registration page was deleted during the run' }
								: withHeader(current, source),
				`Let's Connect bot (${options.mode}): ${result.restored.length > 0 ? `put back the lines of ${result.restored.join(', ')}, changed by another editor; ` : ''}the session's state in the header ([[${reportPageTitle(options.root)}|report]])`,
			);
			const failed =
				outcome.action === 'failed' || outcome.action === 'skipped'
					? (outcome.reason ?? outcome.action)
					: undefined;
			programme.problems.push(
				...restorationProblems(checked, session.id, { ...result, failed }),
			);
			if (!failed && typeof planned === 'string')
				afterOwnEdit(checked, outcome, planned);
		} else if (result.unreadable.length > 0) {
			// Nothing could be written, and it says so: a line that cannot be put back where it counts.
			programme.problems.push(
				...restorationProblems(checked, session.id, {
					restored: [],
					unreadable: result.unreadable,
				}),
			);
		}
		if (upcoming) await tellPromoted(writer, gate, checked, session, list, run);
		programme.problems.push(
			...(await tellChanges(bot, writer, changes, checked, session, list, {
				...run,
				now: options.now,
				liaisons: programme.trustedLiaisons,
			})),
		);
		// The page that has this id now keeps it, moved or not.
		checked.roster.owner = {
			...(session.pageId ? { pageid: session.pageId } : {}),
			title: session.page,
		};
		await saveRoster(writer, checked, run);
	}
	programme.problems.push(...gate.problems(), ...changes.problems());
}

async function closePastRegistrations(
	writer: PageWriter,
	programme: Programme,
	options: SyncOptions,
): Promise<void> {
	for (const session of programme.sessions.filter(
		(s) => s.registration === 'open' && hasEnded(s.endUtc, options.now),
	)) {
		const outcome = await writer.write(
			session.page,
			(current) => {
				if (current === undefined)
					return { skip: 'the session page was deleted during the run' };
				return (
					closeRegistration(current, session.id) ?? {
						skip: `session "${session.id}" is no longer on the page`,
					}
				);
			},
			`Let's Connect bot (${options.mode}): close registration of "${session.id}", which has ended`,
			{ respectBots: 'edit' },
		);
		if (outcome.action === 'skipped') continue;
		// Closed now: the generated pages and the report say so in this same run.
		session.registration = 'closed';
		programme.problems = programme.problems.filter(
			(p) =>
				!(
					p.code === 'session-registration-open-past' &&
					p.sessionId === session.id
				),
		);
	}
}

export async function sync(
	bot: WikiClient,
	writer: PageWriter,
	options: SyncOptions,
	log: Log,
): Promise<SyncResult> {
	// One batch for the bot's own pages, the config and the generated pages: the first requests of
	// the run, and the bases of any edit of those pages later.
	// This root's own outcomes (one writer serves every root of a --hubs run).
	const firstOutcome = writer.outcomes.length;
	await writer.read([
		writer.shutoffPage,
		configPageTitle(options.root),
		...REGION_KINDS.map((kind) => regionPage(kind, options.root).title),
	]);
	await writer.checkShutoff(false);
	// The Config's session defaults are what the session pages show (the module reads the Config too).
	const programme = await readProgramme(
		bot,
		writer,
		options.root,
		options.now,
		log,
		{ otherRoots: options.otherRoots },
	);
	writer.waitBudget.configure(programme.config.maxWaitSeconds);
	programme.problems.unshift(...(options.earlierProblems ?? []));
	for (const p of programme.problems) log.warn(describeProblem(p));
	const summary = (what: string) =>
		`Let's Connect bot (${options.mode}): ${what} from ${programme.sessions.length} sessions ([[${reportPageTitle(options.root)}|report]])`;

	writer.planned.push(
		...REGION_KINDS.filter((kind) => options.kinds.has(kind)).map(
			(kind) => regionPage(kind, options.root).title,
		),
	);
	// Pages people own first: what they change (places, closed registrations) shows in the lists.
	if (options.kinds.has('sessions'))
		await closePastRegistrations(writer, programme, options);
	if (options.kinds.has('registrations'))
		await registrationTasks(bot, writer, programme, options);
	// Planned after those: closed registrations and new pages change what the lists say.
	const planned = plannedPages(programme, options);
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
			summary(`update the ${page.kind} list`),
			{
				// Asked of the wiki only when the text changes: a second run with nothing new parses nothing.
				check: async (text) => {
					const over = overBudget(await renderCost(bot, page.title, text));
					if (!over) return undefined;
					// Checked again after an edit conflict: said once.
					if (
						!programme.problems.some(
							(p) => p.code === 'page-over-budget' && p.page === page.title,
						)
					)
						programme.problems.push(
							problem(
								'page-over-budget',
								`Rendering this page would take ${over}, so it was left as it was. Lower cards-per-page on [[${configPageTitle(options.root)}]], or shorten what the cards show (titles, sharers).`,
								{ page: page.title },
							),
						);
					return `over its budget: ${over}`;
				},
			},
		);
	}
	if (options.kinds.has('report')) {
		const page = regionPage('report', options.root);
		const content = botReportRegion({
			at: isoSecond(options.now),
			mode: options.mode,
			revision: options.revision,
			sessions: programme.sessions.length,
			problems: programme.problems,
			outcomes: writer.outcomes.slice(firstOutcome),
			linkable: [
				options.root,
				configPageTitle(options.root),
				...programme.sessions.map((s) => s.page),
				...[...programme.places.values()].flatMap((c) => [
					c.title,
					c.rosterTitle,
				]),
			],
		});
		const errors = programme.problems.filter(
			(p) => p.severity === 'error',
		).length;
		const edited = writer.outcomes
			.slice(firstOutcome)
			.some((o) => o.action === 'created' || o.action === 'edited');
		await writer.write(
			page.title,
			regionTransform(page.region, content, reportNoise(edited)),
			summary(
				`report ${errors} error(s) and ${programme.problems.length - errors} warning(s)`,
			),
		);
	}
	return {
		sessions: programme.sessions.length,
		programme,
		problems: programme.problems,
		outcomes: [...writer.outcomes],
		pagesRead: programme.pagesRead,
	};
}
