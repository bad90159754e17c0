// The verified roster of one registration page: who holds a place or waits, in the order their
// own edits (or a liaison's, or an administrator's) put them there, as the bot found it in the
// page's history up to one revision. The bot keeps it on a JSON page in its own user space
// (`User:<bot>/Places/<registration page>.json`), which MediaWiki lets only that account and
// interface administrators edit; the gadget reads it beside the registration page, so it needs
// no history request. Lines newer than the roster count in page order until the bot's next run.
import { fnv1a, utf8Bytes } from '../hash';
import { isValidUsername, normaliseUsername } from '../model/usernames';
import {
	asksForReminders,
	parseRegistrations,
	registrationLines,
	type Registration,
	type RegistrationLine,
} from './registration-page';

/** The kinds of news about a session its registrants hear (shared/talk/session-changes.ts). */
export type SessionChangeKind =
	| 'cancelled'
	| 'postponed'
	| 'back'
	| 'moved'
	| 'link';

/** What the bot last published about a session, kept with its roster. */
export interface PublishedSession {
	startUtc: string;
	timezone: string;
	status: string;
	meeting?: string;
	/** When the bot recorded this state: names the change that ends it, in each notice's marker. */
	at: string;
	/** The change that led to this state, and how many people have its notice (for the report). */
	told?: { kind: SessionChangeKind; people: number };
}

/** One revision's part in a place: which, when, and who saved it when not the person. */
export interface RosterAct {
	revision: number;
	at: string;
	/** The account that saved it, when it was not the person (a liaison or an administrator). */
	by?: string;
}

export interface RosterEntry {
	user: string;
	/** The edit that put them in the queue: their place is its time, not where the line stands. */
	joined: RosterAct;
	/** Their cancellation, by them or a liaison; absent while they hold a place or wait. */
	cancelled?: RosterAct;
	/** Their choices as they (or a liaison) last wrote them. */
	choices: RegistrationLine['choices'];
	/** The line they stand by (their first own line that counts, else their first): its choices are theirs. */
	line: string;
	/**
	 * Every line of theirs on the page that they (or a liaison, or an administrator) wrote, in page
	 * order: what the bot puts back when someone else changes or deletes one, and all that may stay.
	 */
	own: string[];
	/** They waited at some point since they joined, so a place for them now is a promotion. */
	waited?: boolean;
	/** The bot told them of their promotion. */
	told?: boolean;
}

export type FindingKind =
	| 'added'
	| 'uncancelled'
	| 'cancelled'
	| 'deleted'
	| 'changed'
	| 'moved'
	| 'not-a-user'
	/** Marked as having come by someone who is neither a sharer nor a liaison: not counted. */
	| 'attendance';

/** An edit of someone else's line that changed nobody's place, for the Bot report. */
export interface Finding {
	revision: number;
	at: string;
	/** Who saved it ('' when the name is hidden). */
	author: string;
	kind: FindingKind;
	/** Whose lines it touched (the first 50), and how many more. */
	users: string[];
	more?: number;
}

export interface Roster {
	format: 1;
	/** The registration page it verifies. */
	page: string;
	/** Verified through this revision of the page. */
	revision: number;
	at: string;
	/** In queue order: earliest join first (cancelled entries keep their slot and hold nothing). */
	entries: RosterEntry[];
	/** A short hash of every line on the page at `revision`: any other line is news since then. */
	seen: string[];
	/**
	 * Hashes of lines someone typed for another (or that were on the page, nobody's own): the
	 * same words put back later (an undo, a rollback) sign nobody up.
	 */
	rejected: string[];
	/** Edits of other people's lines since the session's page began, newest last (at most {@link MAX_FINDINGS}). */
	findings: Finding[];
	/**
	 * The session page these registrations belong to, by page id (which a move keeps): that page
	 * keeps the id; another page writing the same id is a duplicate (read-sessions.ts).
	 */
	owner?: { pageid?: number; title: string };
	/**
	 * What the bot last told the session's people about it (time, status, meeting link): a change
	 * from this is news for them (session-changes.ts).
	 */
	published?: PublishedSession;
	/**
	 * Who came, by user: the revision that marked their line `attended=yes`, saved by one of the
	 * session's sharers or the root's liaisons. A mark anyone else wrote counts for nothing.
	 */
	attended?: Record<string, RosterAct>;
}

export const MAX_FINDINGS = 100;

/** 32-bit FNV-1a of the line's UTF-8 bytes, in hex: the same in the gadget, the bot and Lua. */
export function lineHash(line: string): string {
	return fnv1a(utf8Bytes(line.trim()));
}

export function emptyRoster(page: string): Roster {
	return {
		format: 1,
		page,
		revision: 0,
		at: '',
		entries: [],
		seen: [],
		rejected: [],
		findings: [],
	};
}

const isAct = (v: unknown): v is RosterAct => {
	const act = v as RosterAct;
	return (
		!!act &&
		Number.isInteger(act.revision) &&
		typeof act.at === 'string' &&
		(act.by === undefined || typeof act.by === 'string')
	);
};

function isEntry(v: unknown): v is RosterEntry {
	const e = v as RosterEntry;
	return (
		!!e &&
		typeof e.user === 'string' &&
		isAct(e.joined) &&
		(e.cancelled === undefined || isAct(e.cancelled)) &&
		typeof e.line === 'string' &&
		Array.isArray(e.own) &&
		e.own.every((l) => typeof l === 'string') &&
		!!e.choices &&
		typeof e.choices === 'object' &&
		Object.values(e.choices).every((c) => typeof c === 'string')
	);
}

function isPublished(v: unknown): v is PublishedSession {
	const p = v as PublishedSession;
	return (
		!!p &&
		typeof p.startUtc === 'string' &&
		typeof p.timezone === 'string' &&
		typeof p.status === 'string' &&
		typeof p.at === 'string' &&
		(p.meeting === undefined || typeof p.meeting === 'string') &&
		(p.told === undefined ||
			(typeof p.told.kind === 'string' && Number.isInteger(p.told.people)))
	);
}

/** The roster a JSON page holds, or undefined when the page is not one the bot wrote for `page`. */
export function parseRoster(
	text: string | undefined,
	page: string,
): Roster | undefined {
	if (text === undefined) return undefined;
	try {
		const data = JSON.parse(text) as Roster;
		const ok =
			data &&
			data.format === 1 &&
			data.page === page &&
			Number.isInteger(data.revision) &&
			typeof data.at === 'string' &&
			Array.isArray(data.entries) &&
			data.entries.every(isEntry) &&
			Array.isArray(data.seen) &&
			data.seen.every((h) => typeof h === 'string') &&
			Array.isArray(data.rejected) &&
			data.rejected.every((h) => typeof h === 'string') &&
			Array.isArray(data.findings) &&
			(data.owner === undefined ||
				(typeof data.owner.title === 'string' &&
					(data.owner.pageid === undefined ||
						Number.isInteger(data.owner.pageid)))) &&
			(data.published === undefined || isPublished(data.published)) &&
			(data.attended === undefined ||
				(typeof data.attended === 'object' &&
					Object.values(data.attended).every(isAct)));
		return ok ? data : undefined;
	} catch {
		return undefined;
	}
}

/**
 * One line of JSON: MediaWiki merges edits line by line, and a roster saved by another run meanwhile
 * must be an edit conflict, never a merge of two rosters (the wiki shows JSON pages indented).
 */
export function serialiseRoster(roster: Roster): string {
	return JSON.stringify(roster);
}

/** A line's user, when it is someone who can hold a place: a named account, never an address. */
const holder = (line: RegistrationLine) => isValidUsername(line.user);

/** A roster entry as a registration; `attended` is the liaisons' mark on the line now. */
function fromEntry(
	entry: RosterEntry,
	lines: RegistrationLine[],
): Registration {
	const attended = lines.find(
		(l) => l.user === entry.user && l.details.attended,
	)?.details.attended;
	return {
		user: entry.user,
		status: 'registered',
		registered: entry.joined.at,
		...(entry.cancelled ? { cancelledAt: entry.cancelled.at } : {}),
		interpretation: entry.choices.interpretation,
		remind: asksForReminders(entry.choices),
		lang: entry.choices.lang,
		source: entry.line.startsWith('{{') ? 'template' : 'signature',
		...(attended ? { attended } : {}),
	};
}

function fromLine(line: RegistrationLine): Registration {
	return {
		user: line.user,
		...line.details,
		lang: line.choices.lang,
		status: 'registered',
	};
}

/**
 * Who holds a place, who waits and who cancelled, as verified actions give it: the roster's queue
 * for every line it has seen, then what changed on the page since, in page order (someone who
 * signed up or cancelled after the bot's last run). Without a roster (the bot has not verified
 * the page yet), every line is news: the page's own order, as {@link parseRegistrations} reads it.
 */
export function placesOf(
	text: string,
	roster: Roster | undefined,
	capacity?: number,
): Registration[] {
	if (!roster)
		return parseRegistrations(text, capacity).filter((r) =>
			isValidUsername(r.user),
		);
	const seen = new Set(roster.seen);
	const lines = registrationLines(text).filter(holder);
	const news = lines.filter((l) => !seen.has(lineHash(l.text)));
	const list: Registration[] = [];
	const queued = new Set<string>();
	for (const entry of roster.entries) {
		const own = lines.filter((l) => l.user === entry.user);
		const last = own[own.length - 1];
		const newsOf = news.filter((l) => l.user === entry.user);
		if (entry.cancelled) {
			// Signed up again since the bot's run: they join the news, in page order.
			if (last && !last.cancelled && newsOf.some((l) => !l.cancelled)) continue;
			list.push({ ...fromEntry(entry, lines), status: 'cancelled' });
			queued.add(entry.user);
			continue;
		}
		// Cancelled since the bot's run: their last line now says so, and something of theirs is new.
		if (last?.cancelled && newsOf.length > 0) {
			list.push({
				...fromEntry(entry, lines),
				status: 'cancelled',
				cancelledAt: last.details.cancelledAt,
			});
		} else {
			list.push(fromEntry(entry, lines));
		}
		queued.add(entry.user);
	}
	// What changed since, read as the page reads it: each user's last new line says where they are.
	const newsByUser = new Map<string, RegistrationLine[]>();
	for (const line of news)
		if (!queued.has(line.user))
			newsByUser.set(line.user, [...(newsByUser.get(line.user) ?? []), line]);
	for (const [user, theirs] of newsByUser) {
		const last = theirs[theirs.length - 1];
		// Someone the roster had as cancelled (or not at all): a new line that counts joins the end.
		const earlier = list.findIndex((r) => r.user === user);
		if (earlier >= 0) list.splice(earlier, 1);
		list.push(
			last.cancelled
				? { ...fromLine(last), status: 'cancelled' }
				: fromLine(theirs.find((l) => !l.cancelled) ?? last),
		);
	}
	if (capacity !== undefined) {
		let place = 0;
		for (const r of list)
			if (r.status !== 'cancelled' && ++place > capacity)
				r.status = 'waitlisted';
	}
	return list;
}

/** The roster's entry for a user, if any. */
export function entryOf(
	roster: Roster | undefined,
	user: string,
): RosterEntry | undefined {
	const name = normaliseUsername(user);
	return roster?.entries.find((e) => e.user === name);
}
