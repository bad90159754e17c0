// News for followers (shared/talk/follow.ts): once the lists are published, everyone whose own
// profile follows a topic, a language or a hub of a session ahead is told of it on their talk
// page, once; several sessions in one message. Only people whose own revision of their profile
// asked, never a talk page in the opt-out category or under {{nobots}}, within the message caps.
import type { WikiClient } from '../wiki/client';
import type { Participant } from '../../shared/model/participant';
import type { Session } from '../../shared/model/session';
import type { Hub } from '../../shared/model/hubs';
import type { Problem } from '../../shared/model/problems';
import { talkPageTitle } from '../../shared/model/titles';
import { talkLanguage } from '../../shared/talk/talk-words';
import { withMessage } from '../../shared/talk/talk-messages';
import {
	followMessage,
	followsAnything,
	followsSession,
	ownFollows,
	sessionsToTell,
	untold,
} from '../../shared/talk/follow';
import { revisionsSince } from '../wiki/history';
import { MessageGate, type GateLimits } from '../wiki/message-gate';
import type { PageWriter } from '../wiki/page-writer';
import type { Log } from '../wiki/log';

/** A root whose sessions followers hear of, and the profiles kept under it. */
export interface FollowedRoot {
	hub: Pick<Hub, 'root' | 'name'>;
	sessions: Session[];
	participants: Participant[];
}

export interface FollowRun {
	mode: string;
	now: Date;
	limits: GateLimits;
	/** The count of messages the run has sent, shared with its other messages' caps. */
	sent: { sent: number };
}

/** The language a follower reads: the first they list that messages are written in, else English. */
function readerLanguage(participant: Participant): string {
	const told = participant.languages.find(
		(code) => talkLanguage(code) !== 'en' || /^en\b/.test(code),
	);
	return talkLanguage(told);
}

/** The sessions a profile follows now, by what its page says (its owner's own words are checked later). */
function followedBy(
	participant: Participant,
	roots: FollowedRoot[],
	now: Date,
): Session[] {
	return roots.flatMap((root) =>
		sessionsToTell(root.sessions, now).filter((s) =>
			followsSession(participant.follow, s, root.hub),
		),
	);
}

/** Tells every follower of the roots' sessions ahead: how many were told, and the report's lines of what was held back. */
export async function tellFollowers(
	bot: WikiClient,
	writer: PageWriter,
	roots: FollowedRoot[],
	run: FollowRun,
	log: Log,
): Promise<{ told: number; held: Problem[] }> {
	let told = 0;
	const gate = new MessageGate(
		bot,
		run.limits,
		'news of a session they follow',
		run.sent,
	);
	const hubOf = new Map(
		roots.flatMap((r) => r.sessions.map((s) => [s, r.hub] as const)),
	);
	// What each profile's page follows first: only a follower with news costs a history read.
	const followers = roots
		.flatMap((r) => r.participants)
		.filter((p) => followsAnything(p.follow))
		.map((p) => ({ participant: p, sessions: followedBy(p, roots, run.now) }))
		.filter((f) => f.sessions.length > 0);
	const talk = await writer.read(
		followers.map((f) => talkPageTitle(f.participant.user)),
	);
	const withNews = followers
		.map((f) => ({
			...f,
			sessions: untold(
				talk.get(talkPageTitle(f.participant.user))?.text,
				f.sessions,
			),
		}))
		.filter((f) => f.sessions.length > 0);
	log.info(`${withNews.length} follower(s) with news`);
	await gate.prefetch(withNews.map((f) => f.participant.user));
	for (const { participant, sessions } of withNews) {
		const { user, page } = participant;
		const profile = (await writer.read([page])).get(page);
		if (!profile) continue;
		const own = ownFollows(
			await revisionsSince(bot, page, undefined, profile.revid),
			user,
		);
		const asked = sessions.filter((s) => followsSession(own, s, hubOf.get(s)!));
		for (const session of sessions.filter((s) => !asked.includes(s)))
			gate.hold({
				user,
				sessionId: session.id,
				page,
				reason: 'not-own-follow',
			});
		if (asked.length === 0) continue;
		if ((await gate.asked(asked[0].id, page, [user])).length === 0) continue;
		const allowed = asked.filter((s) => !gate.holdsBack(s.id, page, user));
		if (allowed.length === 0) continue;
		const lang = readerLanguage(participant);
		const outcome = await writer.write(
			talkPageTitle(user),
			(current) => {
				const message = followMessage(current, allowed, lang, page);
				return message
					? withMessage(current, message, '~~~~')
					: (current ?? '');
			},
			`Let's Connect bot (${run.mode}): news of ${allowed.length === 1 ? `the session "${allowed[0].id}"` : `${allowed.length} sessions`} you follow`,
			{ respectBots: { message: 'letsconnect' } },
		);
		if (
			gate.countMessage(
				allowed.map((s) => s.id),
				outcome,
			)
		)
			told += 1;
	}
	return { told, held: gate.problems() };
}
