// Reads what liaisons and participants wrote: every page that uses the Session template, the
// registration pages of those sessions, the participant profiles and the config page.
// Batched (50 or 500 titles a request) through the run's PageWriter, whose reads are the base of
// the edits that follow. A read that fails stops the run: nothing is written from half a picture.
import type { WikiClient } from '../wiki/client';
import { pagesEmbedding } from '../wiki/site';
import {
	readSessionsFromPages,
	registrationProblems,
	type IdOwner,
	type PageDefaults,
	type SessionDefaults,
} from '../../shared/sessions/read-sessions';
import {
	isUnconfirmedPast,
	unconfirmedPastProblem,
} from '../../shared/sessions/past-start';
import { readHeader } from '../../shared/registrations/registration-header';
import {
	SESSION_TEMPLATE,
	isServedPage,
	type Session,
} from '../../shared/model/session';
import {
	configPageTitle,
	isProfilePage,
	registrationPageTitle,
	rosterPageTitle,
	sessionPageTitle,
	sessionRootOf,
} from '../../shared/model/titles';
import {
	summarise,
	temporaryAccountLines,
	typedPromotions,
	type Registration,
} from '../../shared/registrations/registration-page';
import {
	parseRoster,
	placesOf,
	type Roster,
} from '../../shared/registrations/roster';
import { findingProblems } from '../../shared/registrations/finding-messages';
import { hasEnded } from '../../shared/model/rules';
import { verifyRegistrations, type VerifiedPage } from '../places/verify';
import {
	checkLiaisons,
	unconfirmedLiaisonProblems,
	type LiaisonCheck,
} from '../../shared/programme/trusted-liaisons';
import { administrators, revisionsSince } from '../wiki/history';
import {
	PARTICIPANT_TEMPLATE,
	readParticipants,
	type Participant,
} from '../../shared/model/participant';
import {
	readConfig,
	type ProgrammeConfig,
} from '../../shared/programme/config-page';
import { normaliseTitle } from '../../shared/model/titles';
import { DEFAULT_ROOT } from '../../shared/config';
import { problem, type Problem } from '../../shared/model/problems';
import type { CardCounts } from '../../shared/pages/session-cards';
import type { PageWriter } from '../wiki/page-writer';
import type { ReadPage } from '../wiki/client';
import { othersThan, rootFamily, type OtherRoot } from './roots';
import type { Log } from '../wiki/log';

export interface Programme {
	sessions: Session[];
	problems: Problem[];
	/** Registrations by session id; a session whose page does not exist yet is absent. */
	registrations: Map<string, Registration[]>;
	/** The registration pages' text as read, by session id. */
	registrationTexts: Map<string, string>;
	/** Each registration page's verified roster, by session id. */
	places: Map<string, VerifiedPage>;
	/** The liaisons whose edits count for other people: named on the Config by someone trusted. */
	trustedLiaisons: string[];
	/** The bot's rosters of registration pages that are gone (deleted): the places they held. */
	orphanRosters: Map<string, Roster>;
	counts: Map<string, CardCounts>;
	/**
	 * Who came to each ended session, by session id: the registrants (and others) whose line a
	 * sharer's or a liaison's own revision marked `attended=yes` (verify-places.ts).
	 */
	attendance: Map<string, string[]>;
	participants: Participant[];
	config: ProgrammeConfig;
	pagesRead: number;
}

export type { OtherRoot } from './roots';

/** The Config's liaisons checked against its history: who named each (one history read, none without a Config). */
async function liaisonsOf(
	bot: WikiClient,
	account: string,
	title: string,
	page: ReadPage | undefined,
	named: string[],
): Promise<LiaisonCheck> {
	if (!page || named.length === 0) return { trusted: [], unconfirmed: [] };
	const revisions = await revisionsSince(bot, title, undefined, page.revid);
	return checkLiaisons(title, revisions, {
		bot: account,
		admins: await administrators(
			bot,
			revisions.map((r) => r.user ?? ''),
		),
	});
}

/**
 * The session defaults a page's sessions take: its root's, on the root's own page and under
 * `ROOT/Sessions/` (where the module finds the root, V.pageRoot); elsewhere (a page listed in
 * session-pages) none, and a warning where one is relied on.
 */
function defaultsOnPage(
	root: string,
	values: SessionDefaults,
): (title: string) => PageDefaults {
	return (title) =>
		title === root || sessionRootOf(title) === root
			? { values }
			: { values: {}, unreachable: values };
}

/**
 * `participants: false` skips the profiles (reminders need none): two requests fewer. `otherRoots`:
 * the hubs served in the same run, whose sessions are theirs, not strays of this root.
 */
export async function readProgramme(
	bot: WikiClient,
	pages: Pick<PageWriter, 'read' | 'account'>,
	root: string,
	now: Date,
	log: Log,
	options: { participants?: boolean; otherRoots?: OtherRoot[] } = {},
): Promise<Programme> {
	const problems: Problem[] = [];
	const configTitle = configPageTitle(root);
	const configRead = (await pages.read([configTitle])).get(configTitle);
	const configPage: [string, ReadPage | undefined] = [configTitle, configRead];
	const configText = configRead?.text;
	const config = readConfig(configTitle, configText, problems);
	// What the session pages show: the module reads the same Config (Module:Let's Connect/config).
	const defaults = config.sessionDefaults;

	// Sessions count only where liaisons put them: under the root, or on a page the config lists.
	const embedding = await pagesEmbedding(bot, SESSION_TEMPLATE);
	// The programme's and its hubs' roots, each minding its own (a run of every root passes them).
	const otherRoots =
		options.otherRoots ?? othersThan(await rootFamily(pages, root), root);
	// A page under a root is that root's; one another root lists is its, unless this one has it too.
	const elsewhere = (title: string) =>
		otherRoots.some(
			(other) =>
				isServedPage(title, other.root) ||
				(other.sessionPages.includes(title) &&
					!isServedPage(title, root, config.sessionPages)),
		);
	const sessionTitles = embedding.filter(
		(title) =>
			isServedPage(title, root, config.sessionPages) && !elsewhere(title),
	);
	for (const title of embedding.filter(
		(t) => !sessionTitles.includes(t) && !elsewhere(t),
	)) {
		problems.push(
			problem(
				'session-outside-root',
				`This page uses {{${SESSION_TEMPLATE}}} but is not under [[${root}]] nor listed in session-pages on [[${configTitle}]]; its sessions are not published, and nobody is reminded of them.`,
				{ page: title, template: SESSION_TEMPLATE },
				'warning',
			),
		);
	}
	const sessionPages = await pages.read(sessionTitles);
	log.info(`read ${sessionPages.size} session page(s)`);
	// Pages under the root come first, so that a copy elsewhere cannot take an id from them.
	const ordered = [...sessionPages].sort(
		([a], [b]) =>
			Number(!a.startsWith(`${root}/`)) - Number(!b.startsWith(`${root}/`)) ||
			a.localeCompare(b),
	);
	const pagesRead = ordered.map(([title, { text, pageid, language }]) => ({
		title,
		text,
		pageid,
		language,
	}));
	const draft = readSessionsFromPages(
		pagesRead,
		(id) => sessionPageTitle(root, id),
		defaultsOnPage(root, defaults),
	);
	// The registration pages of every id first: an id someone signed up for belongs to the page its header names.
	// Every id's registration page and the bot's roster of it, in the same batches. The owner the
	// bot recorded in its roster (which only it can edit); a registration page from before rosters
	// named it in the bot's header. A roster without its page: one deleted (and made again) keeps its places.
	const registrationTitles = draft.sessions.map((s) =>
		registrationPageTitle(root, s.id),
	);
	const rosters = await pages.read(
		registrationTitles.flatMap((title) => [
			title,
			rosterPageTitle(pages.account, title),
		]),
	);
	const isRegistration = new Set(registrationTitles);
	const registrationPages = new Map(
		[...rosters].filter(([title]) => isRegistration.has(title)),
	);
	log.info(`read ${registrationPages.size} registration page(s)`);
	const owner = (id: string): IdOwner | undefined => {
		const title = registrationPageTitle(root, id);
		const recorded = parseRoster(
			rosters.get(rosterPageTitle(pages.account, title))?.text,
			title,
		)?.owner;
		if (recorded) return recorded;
		const header = readHeader(registrationPages.get(title)?.text ?? '');
		return header?.id === id
			? { title: header.page, pageid: header.pageid }
			: undefined;
	};
	const read = readSessionsFromPages(
		pagesRead,
		(id) => sessionPageTitle(root, id),
		defaultsOnPage(root, defaults),
		owner,
	);
	// A session the bot has never seen (no registration page) whose start has passed is more likely
	// a year typed wrong than a session that took place: held until a liaison says which.
	const held = read.sessions.filter((s) =>
		isUnconfirmedPast(
			s,
			now,
			registrationPages.has(registrationPageTitle(root, s.id)),
		),
	);
	read.sessions = read.sessions.filter((s) => !held.includes(s));
	for (const session of held) problems.push(unconfirmedPastProblem(session));
	problems.push(...read.problems, ...registrationProblems(read.sessions, now));
	// A hub's session on a page it lists: the module names the programme's root there unless told.
	for (const session of read.sessions) {
		if (
			root === DEFAULT_ROOT ||
			session.page === root ||
			sessionRootOf(session.page) === root
		)
			continue;
		if (normaliseTitle(session.values.root ?? '') === root) continue;
		problems.push(
			problem(
				'session-root-needed',
				`This page is not under [[${root}]], so the session's card signs up on the programme's own registration pages unless it says |root=${root}. Add that to the session.`,
				{
					page: session.page,
					template: SESSION_TEMPLATE,
					param: 'root',
					sessionId: session.id,
				},
				'warning',
			),
		);
	}

	// Who holds a place follows what each person did with their own account: the pages' histories.
	const places = new Map<string, VerifiedPage>();
	const liaisons = await liaisonsOf(
		bot,
		pages.account,
		configTitle,
		configRead,
		config.liaisons,
	);
	problems.push(...unconfirmedLiaisonProblems(liaisons, configTitle));
	const verified = await verifyRegistrations(bot, pages, {
		pages: registrationPages,
		liaisons: liaisons.trusted,
		capacities: new Map(
			read.sessions.map((s) => [registrationPageTitle(root, s.id), s.capacity]),
		),
		sessions: new Map(
			read.sessions.map((s) => [registrationPageTitle(root, s.id), s]),
		),
	});
	const registrations = new Map<string, Registration[]>();
	const registrationTexts = new Map<string, string>();
	const orphanRosters = new Map<string, Roster>();
	for (const session of read.sessions) {
		const title = registrationPageTitle(root, session.id);
		const roster = registrationPages.has(title)
			? undefined
			: parseRoster(
					rosters.get(rosterPageTitle(pages.account, title))?.text,
					title,
				);
		if (roster && roster.entries.length > 0)
			orphanRosters.set(session.id, roster);
	}
	const counts = new Map<string, CardCounts>();
	for (const session of read.sessions) {
		const title = registrationPageTitle(root, session.id);
		const page = registrationPages.get(title);
		const checked = verified.get(title);
		if (!page || !checked) continue;
		places.set(session.id, checked);
		const list = placesOf(page.text, checked.roster, session.capacity);
		registrationTexts.set(session.id, page.text);
		if (checked.unreadable) {
			problems.push(
				problem(
					'roster-unreadable',
					`The bot's page [[${checked.rosterTitle}]] does not hold its roster of this registration page, so the places were worked out again from the page's whole history.`,
					{ page: title, sessionId: session.id },
					'warning',
				),
			);
		}
		// What others did to people's lines, for as long as the session is ahead; then who marked
		// attendance without being a sharer or a liaison.
		problems.push(
			...findingProblems(
				checked.roster.findings.filter(
					(f) => !hasEnded(session.endUtc, now) || f.kind === 'attendance',
				),
				title,
				session.id,
			),
		);
		const typed = typedPromotions(page.text);
		if (typed.length > 0) {
			problems.push(
				problem(
					'registration-promoted-ignored',
					`promoted= on the ${typed.length === 1 ? 'line' : 'lines'} of ${typed.join(', ')} is ignored: who has a place follows from the time each person signed up and the capacity, and the bot tells whoever moves up. Remove it.`,
					{ page: title, sessionId: session.id, param: 'promoted' },
					'warning',
				),
			);
		}
		const temporary = temporaryAccountLines(page.text);
		if (temporary.length > 0) {
			problems.push(
				problem(
					'registration-temporary-account',
					`The ${temporary.length === 1 ? 'line' : 'lines'} of ${temporary.join(', ')} ${temporary.length === 1 ? "is a temporary account's" : "are temporary accounts'"}: they hold no place and get no reminder. Ask them to create an account and sign up again; the line can then go.`,
					{ page: title, sessionId: session.id },
					'warning',
				),
			);
		}
		registrations.set(session.id, list);
		counts.set(session.id, summarise(list));
	}

	const participantTitles =
		options.participants === false
			? []
			: (await pagesEmbedding(bot, PARTICIPANT_TEMPLATE)).filter((t) =>
					isProfilePage(t, root),
				);
	const participantPages = await pages.read(participantTitles);
	log.info(`read ${participantPages.size} participant page(s)`);
	const participants = [...participantPages].flatMap(([title, { text }]) =>
		readParticipants(title, text, problems),
	);

	// Each problem with the revision of its page as read: the report lists the newest first.
	const revisionOf = new Map(
		[configPage, ...sessionPages, ...registrationPages, ...participantPages]
			.filter(([, page]) => page)
			.map(([title, page]) => [title, page!.revid]),
	);
	for (const p of problems)
		p.revision ??= p.page ? revisionOf.get(p.page) : undefined;
	return {
		sessions: read.sessions,
		problems,
		registrations,
		registrationTexts,
		places,
		trustedLiaisons: liaisons.trusted,
		orphanRosters,
		counts,
		attendance: attendanceOf(read.sessions, places),
		participants,
		config,
		pagesRead: 1 + sessionPages.size + rosters.size + participantPages.size,
	};
}

/** Who came to each session: the marks its roster verified (a sharer's or a liaison's own revision). */
function attendanceOf(
	sessions: Session[],
	places: Map<string, VerifiedPage>,
): Map<string, string[]> {
	const attendance = new Map<string, string[]>();
	for (const session of sessions) {
		const roster = places.get(session.id)?.roster;
		if (roster?.attended)
			attendance.set(session.id, Object.keys(roster.attended));
	}
	return attendance;
}
