// Word to the people of a session when liaisons change it: cancelled, postponed, on again, moved by
// half an hour or more, or a new meeting link in the last day (shared/talk/session-changes.ts),
// only when a liaison's or an administrator's revision left the session so. Once
// per person per change: the talk page's marker names the change, and the bot's roster records
// the state it has told, only after everyone was told (a run stopped halfway tells the rest next
// time, and nobody twice).
import type { WikiClient } from '../wiki/client';
import { problem, type Problem } from '../../shared/model/problems';
import type { Session } from '../../shared/model/session';
import type { Registration } from '../../shared/registrations/registration-page';
import { changeMessage, withMessage } from '../../shared/talk/talk-messages';
import {
	changedElsewhere,
	changeOf,
	changeVouched,
	publishedOf,
	samePublished,
} from '../../shared/talk/session-changes';
import type { PublishedSession } from '../../shared/registrations/roster';
import { authorsSince } from '../wiki/history';
import { agreedSharers } from '../../shared/sessions/agreed-sharers';
import { normaliseUsername } from '../../shared/model/usernames';
import { hasEnded } from '../../shared/model/rules';
import {
	calendarPageTitle,
	configPageTitle,
	reportPageTitle,
	talkPageTitle,
} from '../../shared/model/titles';
import { countOf } from '../../shared/pages/problem-words';
import type { MessageGate } from '../wiki/message-gate';
import type { PageWriter } from '../wiki/page-writer';
import type { VerifiedPage } from '../places/verify';
import { recipients } from '../remind/remind';
import { sessionHistory } from '../places/sharers';

export interface ChangeRun {
	root: string;
	mode: string;
	now: Date;
	liaisons: string[];
}

/** The report's line for the last change told, while the session is ahead (the same each run). */
function toldLine(
	session: Session,
	published: PublishedSession | undefined,
	now: Date,
): Problem[] {
	if (!published?.told || hasEnded(session.endUtc, now)) return [];
	const { kind, people } = published.told;
	const what =
		kind === 'link'
			? 'has a new meeting link'
			: kind === 'moved'
				? `moved to ${session.startUtc.slice(0, 16).replace('T', ' ')} UTC`
				: kind === 'back'
					? 'is on again'
					: `was ${kind}`;
	return [
		problem(
			'session-change-told',
			`The session ${what}: the bot told ${countOf(people, 'person', 'people')} on their talk page (registrants who asked for messages, and sharers).`,
			{ page: session.page, sessionId: session.id },
			'warning',
		),
	];
}

/**
 * Tells the registrants who asked for messages (with a place or waiting) and the sharers who
 * agreed to be named what changed since the bot last published the session; then records the
 * session's state in its roster. A line for the report says how many have the notice.
 */
export async function tellChanges(
	bot: WikiClient,
	writer: PageWriter,
	gate: MessageGate,
	checked: VerifiedPage,
	session: Session,
	list: Registration[],
	run: ChangeRun,
): Promise<Problem[]> {
	const now = publishedOf(session, run.now);
	const before = checked.roster.published;
	if (samePublished(before, now)) return toldLine(session, before, run.now);
	const change = changeOf(before, session, run.now);
	if (!change) {
		checked.roster.published = now;
		return [];
	}
	const { revisions, admins } = await sessionHistory(bot, writer, session);
	const trusted = new Set([...run.liaisons, ...admins].map(normaliseUsername));
	const since = before!.at;
	// A change the session page did not make (a hub's usual zone, changed on its Config) is vouched
	// for by a liaison's or an administrator's edit of the Config since.
	const vouched =
		changeVouched(revisions, session.id, since, trusted) ||
		(changedElsewhere(revisions, session.id, since) &&
			(await authorsSince(bot, configPageTitle(run.root), since)).some((u) =>
				trusted.has(normaliseUsername(u)),
			));
	if (!vouched) {
		// Not recorded: once a liaison saves the page as it is, the next run tells everyone.
		return [
			problem(
				'session-change-not-vouched',
				`The session's ${change.kind === 'link' ? 'meeting link' : change.kind === 'moved' ? 'start' : 'status'} was changed by someone who is not a liaison of the programme: the bot told nobody. If the change is right, a liaison saves the session page (any small edit); the next run tells its registrants. If not, undo it.`,
				{ page: session.page, sessionId: session.id },
			),
		];
	}
	const agreed =
		session.sharers.length > 0
			? agreedSharers(revisions, session.id, { liaisons: run.liaisons, admins })
			: new Set<string>();
	const people = recipients(session, list, agreed, { waiting: true });
	const waiting = new Set(
		list.filter((r) => r.status === 'waitlisted').map((r) => r.user),
	);
	const heldBefore = gate.held.length;
	let told = 0;
	for (const user of await gate.asked(
		session.id,
		checked.title,
		people.map((p) => p.user),
	)) {
		if (gate.holdsBack(session.id, checked.title, user)) continue;
		const person = people.find((p) => p.user === user);
		const role =
			person?.role === 'sharer'
				? 'sharer'
				: waiting.has(user)
					? 'waiting'
					: 'registrant';
		// In the language their line records; a sharer's, in the session's.
		const message = changeMessage(
			session,
			change,
			role,
			role === 'sharer' ? session.language : person?.lang,
			calendarPageTitle(run.root),
		);
		const outcome = await writer.write(
			talkPageTitle(user),
			(current) => withMessage(current, message, '~~~~'),
			`Let's Connect bot (${run.mode}): "${session.id}" ${change.kind === 'link' ? 'has a new meeting link' : `is ${change.kind}`} ([[${reportPageTitle(run.root)}|report]])`,
			{ respectBots: { message: 'letsconnect' } },
		);
		gate.count(session.id, outcome);
		// Told now, or by a run stopped before it recorded the state (the notice is on the page).
		if (
			['created', 'edited', 'unchanged', 'would-create', 'would-edit'].includes(
				outcome.action,
			)
		)
			told += 1;
	}
	// Held by a cap: the state stays unrecorded, so the next run tells the rest (the markers keep
	// anyone from a second notice). Held for good (opted out): recorded.
	const capped = gate.held
		.slice(heldBefore)
		.some((h) => h.reason === 'session-cap' || h.reason === 'run-cap');
	const recorded: PublishedSession = {
		...now,
		told: { kind: change.kind, people: told },
	};
	if (!capped) checked.roster.published = recorded;
	return toldLine(session, recorded, run.now);
}
