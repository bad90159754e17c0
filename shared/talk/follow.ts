// News for followers: someone who follows a topic, a session language (spoken or interpreted) or
// a hub is told once of each new session that matches, on their talk page; several at once in
// one message. A follow counts only when the person's own revision of their profile wrote it:
// anyone can type on a profile page, only its owner can ask for messages.
import {
	FOLLOW_PARAMS,
	followsOf,
	skillKey,
	type Follows,
} from '../model/participant';
import { findTemplates, getParam, paramsOf } from '../wikitext/template-parser';
import { sessionCalls } from '../sessions/read-sessions';
import { unescapeTemplateValue } from '../wikitext/escape';
import { PARTICIPANT_TEMPLATE } from '../model/participant';
import { normaliseUsername } from '../model/usernames';
import { normaliseTitle } from '../model/titles';
import { hasEnded } from '../model/rules';
import type { Session } from '../model/session';
import type { Hub } from '../model/hubs';
import type { PageRevisionRecord } from '../registrations/verify-places';
import { sessionNews, type TalkMessage } from './talk-messages';

/** At most this many sessions in one message: the rest come in the next run's. */
export const MAX_SESSIONS_PER_MESSAGE = 10;

const NO_FOLLOWS: Follows = { topics: [], languages: [], hubs: [] };

/** What a revision of a profile page says its owner follows (nothing when it has no profile). */
function followsIn(text: string | undefined): Follows {
	const [call] = text ? findTemplates(text, PARTICIPANT_TEMPLATE) : [];
	if (!call) return NO_FOLLOWS;
	const params = Object.fromEntries(
		Object.entries(paramsOf(call)).map(([k, v]) => [
			k,
			unescapeTemplateValue(v).trim(),
		]),
	);
	return followsOf(params);
}

/** One follow as a comparable key: its kind and its value, case and spacing aside. */
const keysOf = (follows: Follows) =>
	new Set(
		(Object.keys(FOLLOW_PARAMS) as (keyof Follows)[]).flatMap((kind) =>
			follows[kind].map((value) => `${kind}\n${skillKey(value)}`),
		),
	);

/**
 * What the owner of a profile follows by their own hand: each follow the page holds now whose
 * last addition was a revision of theirs (revisions oldest first). A follow someone else added
 * counts for nothing, and one the owner took out is gone whoever put it back.
 */
export function ownFollows(
	revisions: PageRevisionRecord[],
	user: string,
): Follows {
	const owner = normaliseUsername(user);
	const vouched = new Set<string>();
	let before = new Set<string>();
	// Across a hidden revision nobody can say who wrote what: those additions count for nothing.
	let blind = false;
	for (const revision of revisions) {
		if (revision.text === undefined) {
			blind = true;
			continue;
		}
		const now = keysOf(followsIn(revision.text));
		const own =
			!blind &&
			revision.user !== undefined &&
			normaliseUsername(revision.user) === owner;
		for (const key of now)
			if (!before.has(key)) {
				if (own) vouched.add(key);
				else vouched.delete(key);
			}
		for (const key of before) if (!now.has(key)) vouched.delete(key);
		before = now;
		blind = false;
	}
	const last = [...revisions].reverse().find((r) => r.text !== undefined);
	const current = followsIn(last?.text);
	const kept = (kind: keyof Follows) =>
		current[kind].filter((value) => vouched.has(`${kind}\n${skillKey(value)}`));
	return {
		topics: kept('topics'),
		languages: kept('languages'),
		hubs: kept('hubs'),
	};
}

/** Whether someone follows anything at all. */
export const followsAnything = (follows: Follows) =>
	follows.topics.length + follows.languages.length + follows.hubs.length > 0;

/**
 * Whether a session is news for someone who follows these: its topic, its language or one it is
 * interpreted into, or its hub (by name or by root).
 */
export function followsSession(
	follows: Follows,
	session: Session,
	hub: Pick<Hub, 'root' | 'name'>,
): boolean {
	const topic = session.topic ? skillKey(session.topic) : undefined;
	const languages = [session.language, ...session.interpretation].map((l) =>
		l.toLowerCase(),
	);
	return (
		(topic !== undefined &&
			follows.topics.some((t) => skillKey(t) === topic)) ||
		follows.languages.some((l) => languages.includes(l.toLowerCase())) ||
		follows.hubs.some(
			(h) =>
				skillKey(h) === skillKey(hub.name) ||
				normaliseTitle(h) === normaliseTitle(hub.root),
		)
	);
}

/** Sessions a follower may still come to: ahead, going ahead and open for sign-up. */
export function sessionsToTell(sessions: Session[], now: Date): Session[] {
	return sessions.filter(
		(s) =>
			s.status === 'scheduled' &&
			s.registration !== 'closed' &&
			!hasEnded(s.startUtc, now),
	);
}

/** The marker of one session's news on a follower's talk page. */
export const followMarker = (session: Pick<Session, 'id'>) =>
	`<!-- letsconnect:follow ${session.id} -->`;

/** Those of the sessions the talk page has not been told of yet. */
export function untold(
	talk: string | undefined,
	sessions: Session[],
): Session[] {
	return sessions.filter((s) => !(talk ?? '').includes(followMarker(s)));
}

/**
 * The message of the sessions (soonest first, at most {@link MAX_SESSIONS_PER_MESSAGE}) the talk
 * page has not been told of; undefined when it has been told of all.
 */
export function followMessage(
	talk: string | undefined,
	sessions: Session[],
	language: string | undefined,
	profile: string,
): TalkMessage | undefined {
	const news = untold(talk, sessions)
		.sort((a, b) => a.startUtc.localeCompare(b.startUtc))
		.slice(0, MAX_SESSIONS_PER_MESSAGE);
	if (news.length === 0) return undefined;
	return sessionNews(
		news,
		language,
		profile,
		news.map(followMarker).join('\n'),
	);
}

/**
 * Who was told of which session, by the session's registration page: kept on the bot's own page
 * (which only it and interface administrators can edit), so that a message archived or removed
 * from a talk page is never sent again. Only sessions still to tell are kept.
 */
export interface FollowNews {
	format: 1;
	told: Record<string, string[]>;
}

/** The record a page holds; an empty one for a page that is missing or not one the bot wrote. */
export function parseFollowNews(text: string | undefined): FollowNews {
	try {
		const data = JSON.parse(text ?? '') as FollowNews;
		if (
			data?.format === 1 &&
			typeof data.told === 'object' &&
			Object.values(data.told).every(
				(users) =>
					Array.isArray(users) && users.every((u) => typeof u === 'string'),
			)
		)
			return data;
	} catch {
		// Not JSON: the bot starts a new record.
	}
	return { format: 1, told: {} };
}

/**
 * The record as it stands on the page (`current`, which another run may have written meanwhile)
 * with what this run told added, keeping only the sessions in `keep`: one line of JSON.
 */
export function withFollowNews(
	current: string | undefined,
	told: Map<string, string[]>,
	keep: ReadonlySet<string>,
): string {
	const record = parseFollowNews(current);
	const merged: Record<string, string[]> = {};
	for (const key of [...new Set([...Object.keys(record.told), ...told.keys()])]
		.filter((k) => keep.has(k))
		.sort())
		merged[key] = [
			...new Set([...(record.told[key] ?? []), ...(told.get(key) ?? [])]),
		].sort();
	return JSON.stringify({ format: 1, told: merged } satisfies FollowNews);
}

/**
 * Whether a liaison's or an administrator's revision left the session as it is now: only then are
 * its followers told (anyone can add a session, or give one a popular topic).
 */
export function sessionVouched(
	revisions: PageRevisionRecord[],
	sessionId: string,
	trusted: ReadonlySet<string>,
): boolean {
	const call = (text: string | undefined) =>
		text === undefined
			? undefined
			: sessionCalls(text).find(
					(c) => (getParam(c, 'id') ?? '').trim() === sessionId,
				);
	const last = [...revisions].reverse().find((r) => r.text !== undefined);
	const now = call(last?.text);
	if (!last?.text || !now) return false;
	const words = last.text.slice(now.start, now.end);
	return revisions.some((r) => {
		const then = call(r.text);
		return (
			r.user !== undefined &&
			trusted.has(normaliseUsername(r.user)) &&
			then !== undefined &&
			r.text!.slice(then.start, then.end) === words
		);
	});
}
