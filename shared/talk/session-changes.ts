// What changed about a session since the bot last published it, as its registrants need to hear:
// cancelled, postponed, on again, moved by half an hour or more, or a new meeting link in the last
// day. The bot's memory is its own roster page (which only it can edit), never a guess from
// history; and a change is told only when a liaison's (or an administrator's) revision left the
// session so (changeVouched), so nobody else can make it tell everyone something by editing a page.
import {
	lineHash,
	type PublishedSession,
	type SessionChangeKind,
} from '../registrations/roster';
import { getParam } from '../wikitext/template-parser';
import { normaliseUsername } from '../model/usernames';
import { sessionCalls } from '../sessions/read-sessions';
import type { PageRevisionRecord } from '../registrations/verify-places';
import type { Session } from '../model/session';

export interface SessionChange {
	kind: SessionChangeKind;
	/** What was published before: the old time, for "instead of". */
	before: PublishedSession;
	/**
	 * The change's name in the notices' markers: the state it ends and the one it makes, so each
	 * person hears each change once across runs, and a second change (15:00, then 16:00) is news.
	 */
	key: string;
}

/** A start moved by less than this is a correction, not news. */
export const MOVE_WORTH_TELLING_MS = 30 * 60000;
/** A new meeting link is told only this close to the start; earlier, the reminder carries it. */
export const LINK_CHANGE_WINDOW_MS = 24 * 3600000;

export function publishedOf(
	session: Pick<Session, 'startUtc' | 'timezone' | 'status' | 'meeting'>,
	now: Date,
): PublishedSession {
	return {
		startUtc: session.startUtc,
		timezone: session.timezone,
		status: session.status,
		...(session.meeting ? { meeting: session.meeting } : {}),
		at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
	};
}

/** Whether what the bot published is what the session says now (the time of recording aside). */
export function samePublished(
	a: PublishedSession | undefined,
	b: PublishedSession,
): boolean {
	return (
		!!a &&
		a.startUtc === b.startUtc &&
		a.timezone === b.timezone &&
		a.status === b.status &&
		(a.meeting ?? '') === (b.meeting ?? '')
	);
}

/**
 * The change worth telling, or none: a cancellation or postponement (once, when it happens), else
 * a start moved by 30 minutes or more, else a new link when the session starts within 24 hours.
 * Nothing before the bot has published the session once, and nothing after it has ended.
 */
export function changeOf(
	before: PublishedSession | undefined,
	session: Pick<Session, 'startUtc' | 'endUtc' | 'status' | 'meeting'>,
	now: Date,
): SessionChange | undefined {
	if (!before) return undefined;
	const ended = (iso: string) => Date.parse(iso) <= now.getTime();
	if (ended(session.endUtc) && session.status === before.status)
		return undefined;
	const key = (to: string) => `${before.at}>${lineHash(to)}`;
	if (
		session.status !== before.status &&
		(session.status === 'cancelled' || session.status === 'postponed')
	) {
		return ended(before.startUtc)
			? undefined
			: { kind: session.status, before, key: key(session.status) };
	}
	if (session.status !== 'scheduled') return undefined;
	// Cancelled or postponed before, on again now: its time, whatever it is.
	if (before.status === 'cancelled' || before.status === 'postponed')
		return { kind: 'back', before, key: key(`back ${session.startUtc}`) };
	if (
		Math.abs(Date.parse(session.startUtc) - Date.parse(before.startUtc)) >=
		MOVE_WORTH_TELLING_MS
	)
		return { kind: 'moved', before, key: key(session.startUtc) };
	const soon =
		Date.parse(session.startUtc) - now.getTime() <= LINK_CHANGE_WINDOW_MS;
	if (session.meeting && session.meeting !== before.meeting && soon)
		return { kind: 'link', before, key: key(session.meeting) };
	return undefined;
}

/** The values a change is made of, as a revision wrote them for the session. */
function changedValues(text: string, sessionId: string): string | undefined {
	const call = sessionCalls(text).find(
		(c) => (getParam(c, 'id') ?? '').trim() === sessionId,
	);
	return call
		? ['status', 'start', 'timezone', 'meeting']
				.map((name) => (getParam(call, name) ?? '').trim())
				.join('\n')
		: undefined;
}

/**
 * Whether someone trusted vouched for the session as it is now: a revision since the bot last
 * published it (`since`), by a liaison or an administrator, whose status, start, time zone and
 * meeting link are the page's now. A vandal's change, until a liaison saves the page over it, is
 * told to nobody.
 */
/**
 * Whether the session page left the change's values as they were when the bot last published the
 * session: then the change came from the root's Config (a hub's usual zone), not from the page.
 */
export function changedElsewhere(
	revisions: PageRevisionRecord[],
	sessionId: string,
	since: string,
): boolean {
	const before = revisions.filter((r) => r.timestamp < since).pop();
	const values = (r: PageRevisionRecord | undefined) =>
		r?.text === undefined ? undefined : changedValues(r.text, sessionId);
	const then = values(before);
	return (
		then !== undefined &&
		revisions
			.filter((r) => r.timestamp >= since)
			.every((r) => values(r) === then)
	);
}

export function changeVouched(
	revisions: PageRevisionRecord[],
	sessionId: string,
	since: string,
	trusted: ReadonlySet<string>,
): boolean {
	const last = revisions[revisions.length - 1]?.text;
	const now = last === undefined ? undefined : changedValues(last, sessionId);
	if (now === undefined) return false;
	return revisions.some(
		(r) =>
			r.timestamp >= since &&
			r.user !== undefined &&
			trusted.has(normaliseUsername(r.user)) &&
			r.text !== undefined &&
			changedValues(r.text, sessionId) === now,
	);
}
