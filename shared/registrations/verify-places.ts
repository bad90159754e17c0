// Places from verified actions. The bot replays a registration page's history since its last
// roster, one revision at a time: a line counts when the named person's own revision wrote it,
// or a liaison's (named on the root's Config) or an administrator's; its place is that revision's
// time. An edit of someone else's line changes nobody's place: it becomes a finding for the Bot
// report, and the person's own words are put back (restoreOwnWords).
import {
	isTemporaryAccount,
	isValidUsername,
	normaliseUsername,
} from '../model/usernames';
import {
	appendLine,
	registrationLines,
	type RegistrationLine,
} from './registration-page';
import { attendanceMarks, isMarked, placeWords } from './attendance';
import {
	lineHash,
	MAX_FINDINGS,
	type Finding,
	type FindingKind,
	type Roster,
	type RosterAct,
	type RosterEntry,
} from './roster';

/** One revision of the registration page, as the history gives it. */
export interface PageRevisionRecord {
	revid: number;
	timestamp: string;
	/** Who saved it; undefined when the name is hidden (revision deletion). */
	user?: string;
	/** Its text; undefined when it is hidden. */
	text?: string;
}

/** Who may act for whom: the bot, the root's liaisons, the wiki's administrators. */
export interface Trust {
	bot: string;
	liaisons: readonly string[];
	admins: readonly string[];
	/** The session's sharers who agreed to be named: with the liaisons, they mark who came. */
	sharers?: readonly string[];
}

/** Whether an account may mark who came: one of the session's sharers or the root's liaisons. */
function mayMarkAttendance(author: string | undefined, trust: Trust): boolean {
	if (author === undefined) return false;
	const name = normaliseUsername(author);
	return [...trust.liaisons, ...(trust.sharers ?? [])]
		.map(normaliseUsername)
		.includes(name);
}

type Role = 'self' | 'liaison' | 'admin' | 'bot' | 'other';

function roleOf(author: string | undefined, user: string, trust: Trust): Role {
	if (author === undefined) return 'other';
	const name = normaliseUsername(author);
	if (name === normaliseUsername(trust.bot)) return 'bot';
	if (name === user) return 'self';
	if (trust.liaisons.map(normaliseUsername).includes(name)) return 'liaison';
	if (trust.admins.map(normaliseUsername).includes(name)) return 'admin';
	return 'other';
}

/** A place is anyone's to take or give up only by their own edit, a liaison's or an administrator's. */
const mayPlace = (role: Role) =>
	role === 'self' || role === 'liaison' || role === 'admin';
/** A choice (reminders, language, interpretation) only by theirs or a liaison's. */
const mayChoose = (role: Role) => role === 'self' || role === 'liaison';

/** What the page says of one user: do they count, with which choices, in which words, where. */
interface UserView {
	active: boolean;
	choices: RegistrationLine['choices'];
	/** Their first line that counts, else their first line. */
	line: string;
	/** Every line of theirs, as written, in page order (a second line of theirs is a change too). */
	lines: string[];
	/** Those of their lines that count. */
	activeLines: string[];
	order: number;
}

/**
 * Each user's lines as the page reads them, as parseRegistrations does: the last of their lines
 * says whether they count (a cancelled line after a sign-up cancels it; a line after a
 * cancellation signs up again).
 */
function viewsOf(text: string): Map<string, UserView> {
	const views = new Map<string, UserView>();
	for (const line of registrationLines(text)) {
		const known = views.get(line.user);
		const words = placeWords(line);
		const lines = [...(known?.lines ?? []), words];
		const activeLines = [
			...(known?.activeLines ?? []),
			...(line.cancelled ? [] : [words]),
		];
		// The words and choices of their first line that counts, once one does.
		const first =
			known?.active && !line.cancelled
				? known
				: { choices: line.choices, line: words };
		views.set(line.user, {
			active: !line.cancelled,
			choices: first.choices,
			line: first.line,
			lines,
			activeLines,
			order: known?.order ?? line.start,
		});
	}
	return views;
}

const sameView = (a: UserView | undefined, b: UserView | undefined) =>
	a === b ||
	(!!a &&
		!!b &&
		a.active === b.active &&
		a.lines.join('\n') === b.lines.join('\n'));

/** The users, in `before`'s order, whose lines another edit moved (those off a longest common order). */
function movedUsers(before: string[], after: string[]): string[] {
	const common = before.filter((u) => after.includes(u));
	const target = after.filter((u) => common.includes(u));
	if (common.join('\n') === target.join('\n')) return [];
	// Longest common subsequence by dynamic programming (a page holds hundreds of lines at most).
	const n = common.length;
	const table = Array.from({ length: n + 1 }, () =>
		new Array<number>(n + 1).fill(0),
	);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = n - 1; j >= 0; j--) {
			table[i][j] =
				common[i] === target[j]
					? table[i + 1][j + 1] + 1
					: Math.max(table[i + 1][j], table[i][j + 1]);
		}
	}
	const kept = new Set<string>();
	for (let i = 0, j = 0; i < n && j < n; ) {
		if (common[i] === target[j]) {
			kept.add(common[i]);
			i++;
			j++;
		} else if (table[i + 1][j] >= table[i][j + 1]) i++;
		else j++;
	}
	return common.filter((u) => !kept.has(u));
}

/** The users in page order. */
const orderOf = (views: Map<string, UserView>) =>
	[...views].sort(([, a], [, b]) => a.order - b.order).map(([u]) => u);

/** One of a user's lines: its words, whether it counts, and whether it marks them as having come. */
interface Line {
	text: string;
	cancelled: boolean;
	marked: boolean;
}

function linesOf(text: string): Map<string, Line[]> {
	const lines = new Map<string, Line[]>();
	for (const line of registrationLines(text))
		lines.set(line.user, [
			...(lines.get(line.user) ?? []),
			{
				text: placeWords(line),
				cancelled: line.cancelled,
				marked: isMarked(line),
			},
		]);
	return lines;
}

/** Whether lines (in page order) sign their user up: the last of them says, as the page reads it. */
const signsUp = (lines: Line[]) =>
	lines.length > 0 && !lines[lines.length - 1].cancelled;

/** Their first line that counts, else their first: the words (and choices) they stand by. */
const effectiveLine = (lines: Line[]) =>
	(lines.find((l) => !l.cancelled) ?? lines[0])?.text;

const choicesOf = (line: string | undefined) =>
	line ? (registrationLines(line)[0]?.choices ?? {}) : {};

/** At most this many lines someone else typed are remembered, newest kept. */
const MAX_REJECTED = 2000;
/** A finding names at most this many people (and how many more). */
const MAX_NAMED = 50;

/**
 * The roster after the given revisions (oldest first), from the previous roster and the text of
 * the revision it was verified through (`base`; '' for a page the bot has never verified).
 * Each person's lines are those they (or a liaison, or an administrator) wrote: only those say
 * whether they hold a place and with which choices; a line someone else typed for them, or
 * changed, counts for nothing, and putting the same words back later (an undo) makes it no more
 * theirs. `capacity` (the session's now) says who waited, so that a place for them later is told.
 */
export function verifyPlaces(
	previous: Roster,
	base: string,
	revisions: PageRevisionRecord[],
	trust: Trust,
	capacity?: number,
): Roster {
	const roster: Roster = structuredCloneRoster(previous);
	const byUser = new Map(roster.entries.map((e) => [e.user, e]));
	const rejected = new Set(roster.rejected);
	const findings: Finding[] = [];
	let before = viewsOf(base);
	let beforeLines = linesOf(base);
	let beforeMarks = attendanceMarks(base);
	const attended = { ...roster.attended };
	let lastText = base;
	// Changes across a revision whose text is hidden are nobody's to vouch for.
	let blind = false;
	for (const revision of revisions) {
		roster.revision = revision.revid;
		roster.at = revision.timestamp;
		if (revision.text === undefined) {
			blind = true;
			continue;
		}
		const after = viewsOf(revision.text);
		const afterLines = linesOf(revision.text);
		lastText = revision.text;
		const author =
			revision.user === undefined ? '' : normaliseUsername(revision.user);
		const act: RosterAct = { revision: revision.revid, at: revision.timestamp };
		const found = new Map<FindingKind, string[]>();
		const note = (kind: FindingKind, user: string) =>
			found.set(kind, [...(found.get(kind) ?? []), user]);
		const changed = [...new Set([...before.keys(), ...after.keys()])]
			.filter((u) => !sameView(before.get(u), after.get(u)))
			.sort(
				(a, b) =>
					(after.get(a)?.order ?? Infinity) - (after.get(b)?.order ?? Infinity),
			);
		const role = (user: string): Role =>
			blind ? 'other' : roleOf(revision.user, user, trust);
		for (const user of changed) {
			const now = after.get(user);
			const who = role(user);
			if (who === 'bot') continue;
			const was = beforeLines.get(user) ?? [];
			const is = afterLines.get(user) ?? [];
			const written = is.filter((l) => !was.some((w) => w.text === l.text));
			// Lines that come with their mark, the person's earlier lines kept as they were: someone who
			// came without signing up here (or whose signature cannot carry a mark). Attendance,
			// counted below when a sharer or a liaison wrote it: no sign-up, nobody's place.
			const kept = was.every((w) =>
				is.some((l) => l.text === w.text && l.cancelled === w.cancelled),
			);
			if (
				kept &&
				written.length > 0 &&
				written.every((l) => l.marked) &&
				is.length === was.length + written.length
			)
				continue;
			if (!isValidUsername(user)) {
				// A temporary account's line is named on every run's report already.
				if (now?.active && !isTemporaryAccount(user)) note('not-a-user', user);
				continue;
			}
			const entry = byUser.get(user);
			const holds = !!entry && !entry.cancelled;
			const by = who === 'self' ? undefined : author;
			if (!mayPlace(who)) {
				for (const line of written) rejected.add(lineHash(line.text));
				if (now?.active && !holds) note(entry ? 'uncancelled' : 'added', user);
				else if (holds && !now) note('deleted', user);
				else if (holds && !now?.active) note('cancelled', user);
				else if (holds) note('changed', user);
				continue;
			}
			// Their own lines after this edit: those they already had that are still there, and those
			// this edit wrote, unless it only put back words someone else had typed (an undo).
			const own = is.filter(
				(l) =>
					entry?.own.includes(l.text) ||
					(written.includes(l) && !rejected.has(lineHash(l.text))),
			);
			const line = effectiveLine(own);
			if (own.length === 0 && written.length > 0 && !holds) note('added', user);
			if (signsUp(own) && !holds) {
				// A new place at the end of the queue (a second sign-up after a cancellation, too), in
				// the words this edit wrote.
				const words =
					effectiveLine(written.filter((l) => own.includes(l))) ?? line ?? '';
				const joined: RosterEntry = {
					user,
					joined: { ...act, by },
					choices: mayChoose(who) ? choicesOf(words) : {},
					line: words,
					own: own.map((l) => l.text),
				};
				if (entry) roster.entries.splice(roster.entries.indexOf(entry), 1);
				roster.entries.push(joined);
				byUser.set(user, joined);
			} else if (entry && holds && signsUp(own)) {
				if (mayChoose(who)) {
					entry.choices = choicesOf(line);
					entry.line = line ?? entry.line;
				}
				entry.own = own.map((l) => l.text);
			} else if (entry && holds) {
				// Cancelled, or their lines deleted: by them, a liaison or an administrator, so it counts.
				entry.cancelled = { ...act, by };
				if (line) entry.line = line;
				entry.own = own.map((l) => l.text);
			} else if (entry) {
				entry.own = own.map((l) => l.text);
			} else if (own.length > 0) {
				// A cancelled line and nothing before it: listed as cancelled, as the page reads it.
				const listed: RosterEntry = {
					user,
					joined: { ...act, by },
					cancelled: { ...act, by },
					choices: {},
					line: line ?? '',
					own: own.map((l) => l.text),
				};
				roster.entries.push(listed);
				byUser.set(user, listed);
			}
		}
		if (!blind && author !== normaliseUsername(trust.bot)) {
			const moved = movedUsers(orderOf(before), orderOf(after)).filter(
				isValidUsername,
			);
			if (moved.length > 0) found.set('moved', moved);
		}
		// After a hidden revision, what changed may be its author's: named as unknown.
		for (const [kind, users] of found) {
			findings.push({
				revision: revision.revid,
				at: revision.timestamp,
				author: blind ? '' : author,
				kind,
				users: users.slice(0, MAX_NAMED),
				...(users.length > MAX_NAMED ? { more: users.length - MAX_NAMED } : {}),
			});
		}
		// Who came: the marks on the page as a sharer or a liaison last saved it (what their sheet
		// showed them ticked), whoever's lines they are on; anyone else's changes count for nothing.
		const afterMarks = attendanceMarks(revision.text);
		if (!blind && mayMarkAttendance(revision.user, trust)) {
			for (const user of afterMarks) attended[user] ??= { ...act, by: author };
			for (const user of Object.keys(attended))
				if (!afterMarks.has(user)) delete attended[user];
		} else if (author !== normaliseUsername(trust.bot)) {
			const marked = [...afterMarks].filter((u) => !beforeMarks.has(u));
			if (marked.length > 0)
				findings.push({
					revision: revision.revid,
					at: revision.timestamp,
					author: blind ? '' : author,
					kind: 'attendance',
					users: marked.slice(0, MAX_NAMED),
					...(marked.length > MAX_NAMED
						? { more: marked.length - MAX_NAMED }
						: {}),
				});
		}
		beforeMarks = afterMarks;
		blind = false;
		markWaiting(roster.entries, capacity);
		before = after;
		beforeLines = afterLines;
	}
	// With the capacity as it is now (a liaison may have changed it without a new line).
	markWaiting(roster.entries, capacity);
	const lines = registrationLines(lastText);
	roster.seen = [...new Set(lines.map((l) => lineHash(l.text)))];
	// Lines on the page that are nobody's own: putting them back later signs nobody up.
	const owned = new Set(roster.entries.flatMap((e) => e.own));
	for (const line of lines)
		if (!owned.has(placeWords(line))) rejected.add(lineHash(placeWords(line)));
	roster.rejected = [...rejected].slice(-MAX_REJECTED);
	roster.findings = [...roster.findings, ...findings].slice(-MAX_FINDINGS);
	if (Object.keys(attended).length > 0) roster.attended = attended;
	else delete roster.attended;
	return roster;
}

/** Everyone beyond the capacity now waits: remembered, so that their place later is told. */
function markWaiting(
	entries: RosterEntry[],
	capacity: number | undefined,
): void {
	if (capacity === undefined) return;
	let place = 0;
	for (const entry of entries) {
		if (entry.cancelled) continue;
		if (++place > capacity) entry.waited = true;
	}
}

function structuredCloneRoster(roster: Roster): Roster {
	return JSON.parse(JSON.stringify(roster)) as Roster;
}

export interface Restoration {
	text: string;
	/** Whose own words were put back. */
	restored: string[];
	/** Whose line could not be put back where the wiki would read it (an unclosed comment or tag). */
	unreadable: string[];
}

/** The same lines, in any order. */
const sameLines = (a: string[], b: string[]) =>
	[...a].sort().join('\n') === [...b].sort().join('\n');

/** The page without the lines at these offsets (and the line breaks they leave empty). */
function withoutLines(
	text: string,
	spans: { start: number; end: number }[],
): string {
	let next = text;
	for (const { start, end } of [...spans].sort((a, b) => b.start - a.start)) {
		const lineStart = next.lastIndexOf('\n', start - 1) + 1;
		const lineEnd = !next.includes('\n', end)
			? next.length
			: next.indexOf('\n', end);
		const alone =
			next.slice(lineStart, start).trim() === '' &&
			next.slice(end, lineEnd).trim() === '';
		next = alone
			? next.slice(0, lineStart > 0 ? lineStart - 1 : 0) +
				next.slice(lineStart > 0 ? lineEnd : Math.min(lineEnd + 1, next.length))
			: next.slice(0, start) + next.slice(end);
	}
	return next;
}

/**
 * The page with each roster entry's lines made their own again where someone else changed them:
 * lines typed for them by others taken out, their own lines that were deleted or changed put back
 * (at the end). Only for users whose lines are as they were in `verified` (the text the roster
 * was made from): a change since then is the next run's to judge.
 */
export function restoreOwnWords(
	current: string,
	roster: Roster,
	verified: string,
): Restoration {
	let text = current;
	const restored: string[] = [];
	const unreadable: string[] = [];
	// A line that marks someone as having come and is none of theirs (attendance, whoever wrote it)
	// is neither put back nor taken out.
	const attendanceLine = (entry: RosterEntry) => (l: Line) =>
		l.marked && !entry.own.includes(l.text);
	const theirs = (lines: Map<string, Line[]>, entry: RosterEntry) =>
		(lines.get(entry.user) ?? [])
			.filter((l) => !attendanceLine(entry)(l))
			.map((l) => l.text);
	const then = linesOf(verified);
	for (const entry of roster.entries) {
		const now = theirs(linesOf(text), entry);
		if (now.join('\n') !== theirs(then, entry).join('\n')) continue;
		// Their own lines, wherever they stand, and no other: nothing to put back.
		if (sameLines(now, entry.own)) continue;
		const spans = registrationLines(text).filter(
			(l) =>
				l.user === entry.user &&
				!entry.own.includes(placeWords(l)) &&
				!isMarked(l),
		);
		let next = withoutLines(text, spans);
		const kept = theirs(linesOf(next), entry);
		for (const line of entry.own.filter((l) => !kept.includes(l)))
			next = appendLine(next.replace(/\s+$/, ''), line);
		if (sameLines(theirs(linesOf(next), entry), entry.own)) {
			text = next;
			restored.push(entry.user);
		} else {
			unreadable.push(entry.user);
		}
	}
	return { text, restored, unreadable };
}
