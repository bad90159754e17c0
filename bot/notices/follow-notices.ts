// News for followers (shared/talk/follow.ts): once the lists are published, everyone whose own
// profile follows a topic, a language or a hub of a session ahead is told of it on their talk
// page, once (the bot's record says who was told); several sessions in one message. Only people
// whose own revision of their profile asked, never a talk page in the opt-out category or under
// {{nobots}}, within the message caps, and only of sessions a liaison's edit left as they are.
import type { WikiClient } from '../wiki/client';
import type { Participant } from '../../shared/model/participant';
import type { Session } from '../../shared/model/session';
import type { Hub } from '../../shared/model/hubs';
import { problem, type Problem } from '../../shared/model/problems';
import {
	followNewsTitle,
	registrationPageTitle,
	talkPageTitle,
} from '../../shared/model/titles';
import { talkLanguage } from '../../shared/talk/talk-words';
import { withMessage } from '../../shared/talk/talk-messages';
import {
	followMessage,
	followsAnything,
	followsSession,
	MAX_SESSIONS_PER_MESSAGE,
	ownFollows,
	parseFollowNews,
	sessionsToTell,
	sessionVouched,
	untold,
	withFollowNews,
} from '../../shared/talk/follow';
import { sessionHistory } from '../places/sharers';
import { normaliseUsername } from '../../shared/model/usernames';
import { countOf } from '../../shared/pages/problem-words';
import { revisionsSince } from '../wiki/history';
import { MessageGate, type GateLimits } from '../wiki/message-gate';
import type { PageWriter } from '../wiki/page-writer';
import type { Log } from '../wiki/log';

/** A root whose sessions followers hear of, the profiles kept under it, and its liaisons. */
export interface FollowedRoot {
	hub: Pick<Hub, 'root' | 'name'>;
	sessions: Session[];
	participants: Participant[];
	/** Those named on its Config by someone trusted: their edits vouch for a session. */
	liaisons: string[];
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
	const rootOf = new Map(
		roots.flatMap((r) => r.sessions.map((s) => [s, r] as const)),
	);
	const keyOf = (s: Session) =>
		registrationPageTitle(rootOf.get(s)!.hub.root, s.id);
	const recordTitle = followNewsTitle(writer.account);
	const record = parseFollowNews(
		(await writer.read([recordTitle])).get(recordTitle)?.text,
	);
	const keep = new Set(
		roots.flatMap((r) => sessionsToTell(r.sessions, run.now).map(keyOf)),
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
	// Told before: the bot's record, or the message still on the talk page.
	const withNews = followers
		.map((f) => ({
			...f,
			sessions: untold(
				talk.get(talkPageTitle(f.participant.user))?.text,
				f.sessions,
			).filter((s) => !record.told[keyOf(s)]?.includes(f.participant.user)),
		}))
		.filter((f) => f.sessions.length > 0);
	log.info(`${withNews.length} follower(s) with news`);
	await gate.prefetch(withNews.map((f) => f.participant.user));
	const vouched = new Map<Session, Promise<boolean>>();
	const isVouched = (session: Session) => {
		if (!vouched.has(session))
			vouched.set(
				session,
				sessionHistory(bot, writer, session).then(({ revisions, admins }) =>
					sessionVouched(
						revisions,
						session.id,
						new Set(
							[...rootOf.get(session)!.liaisons, ...admins].map(
								normaliseUsername,
							),
						),
					),
				),
			);
		return vouched.get(session)!;
	};
	const waiting = new Map<Session, number>();
	const toldNow = new Map<string, string[]>();
	for (const { participant, sessions } of withNews) {
		const { user, page } = participant;
		// Someone who opted out is never told: no history of theirs to read.
		if ((await gate.asked(sessions[0].id, page, [user])).length === 0) {
			for (const session of sessions.slice(1))
				gate.hold({ user, sessionId: session.id, page, reason: 'opted-out' });
			continue;
		}
		const ready: Session[] = [];
		for (const session of sessions) {
			if (await isVouched(session)) ready.push(session);
			else waiting.set(session, (waiting.get(session) ?? 0) + 1);
		}
		if (ready.length === 0) continue;
		const profile = (await writer.read([page])).get(page);
		if (!profile) continue;
		const own = ownFollows(
			await revisionsSince(bot, page, undefined, profile.revid),
			user,
		);
		const asked = ready.filter((s) =>
			followsSession(own, s, rootOf.get(s)!.hub),
		);
		for (const session of ready.filter((s) => !asked.includes(s)))
			gate.hold({
				user,
				sessionId: session.id,
				page,
				reason: 'not-own-follow',
			});
		// The message's sessions: soonest first, as many as one message lists, within the caps.
		const allowed = asked
			.sort((a, b) => a.startUtc.localeCompare(b.startUtc))
			.slice(0, MAX_SESSIONS_PER_MESSAGE)
			.filter((s) => !gate.holdsBack(s.id, page, user));
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
		) {
			told += 1;
			for (const session of allowed)
				toldNow.set(keyOf(session), [
					...(toldNow.get(keyOf(session)) ?? []),
					user,
				]);
		}
	}
	// The record, when someone was told or a session no longer needs telling.
	if (toldNow.size > 0 || Object.keys(record.told).some((k) => !keep.has(k)))
		await writer.write(
			recordTitle,
			(current) => withFollowNews(current, toldNow, keep),
			`Let's Connect bot (${run.mode}): who was told of new sessions they follow`,
		);
	return {
		told,
		held: [
			...gate.problems(),
			...[...waiting].map(([session, people]) =>
				problem(
					'follow-news-unvouched',
					`${countOf(people, 'follower')} of this session ${people === 1 ? 'was' : 'were'} not told of it: no liaison's or administrator's edit has left it as it is now (anyone can add a session or change its topic). A liaison's edit of the session, even a small one, lets the bot tell them.`,
					{ page: session.page, sessionId: session.id },
					'warning',
				),
			),
		],
	};
}
