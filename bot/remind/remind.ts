// `letsconnect remind`: a reminder on the talk page of each registrant (and sharer) of the
// sessions that start within the lead time, once: the message's marker on the talk page is the
// record, so a run killed halfway and started again sends nobody a second reminder.
import type { WikiClient } from '../wiki/client';
import { reminderMessage, withMessage } from '../../shared/talk/talk-messages';
import type { Session } from '../../shared/model/session';
import type { Registration } from '../../shared/registrations/registration-page';
import { isValidUsername } from '../../shared/model/usernames';
import { hasEnded, isoSecond } from '../../shared/model/rules';
import type { Log } from '../wiki/log';
import type { PageWriter, WriteOutcome } from '../wiki/page-writer';
import { readProgramme } from '../programme/read-programme';
import { regionPage } from '../../shared/pages/page-plan';
import { MessageGate, type HeldMessage } from '../wiki/message-gate';
import {
	configPageTitle,
	registrationPageTitle,
	talkPageTitle as talkPage,
} from '../../shared/model/titles';
import { describeProblem } from '../../shared/model/problems';
import { sharersWhoAgreed } from '../places/sharers';
import {
	messageSectionTransform,
	REMINDERS_REGION,
	remindersRegion,
} from '../../shared/pages/bot-report';

export interface RemindOptions {
	root: string;
	now: Date;
	mode: string;
	/** Overrides the config page's reminder-hours. */
	hours?: number;
}

const MAX_SHARERS = 10;

/**
 * Who gets a message about a session: registrants whose own line (or a liaison's edit of it) asked
 * for messages (the verified places carry that choice) and who have a place (or, for news of a
 * change, wait for one), then the sharers who agreed to be named.
 */
export function recipients(
	session: Session,
	registrations: Registration[],
	agreed: ReadonlySet<string>,
	options: { waiting?: boolean } = {},
): { user: string; role: 'registrant' | 'sharer'; lang?: string }[] {
	const list: { user: string; role: 'registrant' | 'sharer'; lang?: string }[] =
		[];
	const counts = (r: Registration) =>
		r.status === 'registered' ||
		(options.waiting === true && r.status === 'waitlisted');
	for (const r of registrations) {
		if (counts(r) && r.remind && isValidUsername(r.user))
			list.push({
				user: r.user,
				role: 'registrant',
				...(r.lang ? { lang: r.lang } : {}),
			});
	}
	// A session is not a mass-message list: at most ten sharers are reminded.
	for (const sharer of session.sharers
		.filter((s) => agreed.has(s))
		.slice(0, MAX_SHARERS)) {
		if (!list.some((r) => r.user === sharer))
			list.push({ user: sharer, role: 'sharer' });
	}
	return list;
}

/** Sessions that start after `now` and no later than `hours` from now, and are going ahead. */
export function sessionsToRemind(
	sessions: Session[],
	now: Date,
	hours: number,
): Session[] {
	const until = new Date(now.getTime() + hours * 3600000);
	// Not started yet (its start has not "ended"), and starting no later than `until`.
	return sessions.filter(
		(s) =>
			s.status === 'scheduled' &&
			!hasEnded(s.startUtc, now) &&
			hasEnded(s.startUtc, until),
	);
}

export async function remind(
	bot: WikiClient,
	writer: PageWriter,
	options: RemindOptions,
	log: Log,
): Promise<{
	sessions: number;
	outcomes: WriteOutcome[];
	held: HeldMessage[];
}> {
	const report = regionPage('report', options.root).title;
	await writer.read([
		writer.shutoffPage,
		configPageTitle(options.root),
		report,
	]);
	await writer.checkShutoff(false);
	// The sessions' times as their cards and headers state them (the defaults sync last copied).
	const programme = await readProgramme(
		bot,
		writer,
		options.root,
		options.now,
		log,
		{ participants: false },
	);
	writer.waitBudget.configure(programme.config.maxWaitSeconds);
	const hours = options.hours ?? programme.config.reminderHours;
	writer.planned.push(report);
	const due = sessionsToRemind(programme.sessions, options.now, hours);
	log.info(`${due.length} session(s) start within ${hours} hours`);
	const gate = new MessageGate(
		bot,
		{
			perRun: programme.config.maxMessagesPerRun,
			perSession: programme.config.maxMessagesPerSession,
		},
		'a reminder',
	);
	// Every recipient's talk page in one batch: whoever has the reminder already needs no history
	// check and no write, so a run with nothing new to say costs a few requests.
	// A sharer named by someone else than themselves or a liaison never asked for a message.
	const agreed = new Map<string, Set<string>>();
	for (const session of due.filter((s) => s.sharers.length > 0)) {
		const yes = await sharersWhoAgreed(
			bot,
			writer,
			session,
			programme.trustedLiaisons,
		);
		agreed.set(session.id, yes);
		for (const user of session.sharers.filter((u) => !yes.has(u)))
			gate.hold({
				user,
				sessionId: session.id,
				page: session.page,
				reason: 'sharer-not-agreed',
			});
	}
	const lists = new Map(
		due.map((session) => [
			session.id,
			recipients(
				session,
				programme.registrations.get(session.id) ?? [],
				agreed.get(session.id) ?? new Set(),
			),
		]),
	);
	const talk = await writer.read(
		[...lists.values()].flat().map((r) => talkPage(r.user)),
	);
	for (const session of due) {
		const marker = reminderMessage(session, 'registrant').marker;
		const list = (lists.get(session.id) ?? []).filter(
			(r) => !(talk.get(talkPage(r.user))?.text ?? '').includes(marker),
		);
		const byUser = new Map(list.map((r) => [r.user, r]));
		const page = registrationPageTitle(options.root, session.id);
		const asked = await gate.asked(
			session.id,
			page,
			list.map((r) => r.user),
		);
		for (const user of asked) {
			if (gate.holdsBack(session.id, page, user)) continue;
			// In the registrant's language (their line's `lang=`); a sharer's, in the session's.
			const recipient = byUser.get(user);
			const message = reminderMessage(
				session,
				recipient?.role ?? 'registrant',
				recipient?.role === 'sharer' ? session.language : recipient?.lang,
			);
			gate.count(
				session.id,
				await writer.write(
					talkPage(user),
					(current) => withMessage(current, message, '~~~~'),
					`Let's Connect bot (${options.mode}): reminder for "${session.id}", which starts in less than ${hours} hours`,
					{ respectBots: { message: 'letsconnect' } },
				),
			);
		}
	}
	for (const p of gate.problems()) log.warn(describeProblem(p));
	// What was held back is said where liaisons look: the bot report's reminders section.
	await writer.write(
		report,
		messageSectionTransform(
			REMINDERS_REGION,
			remindersRegion(isoSecond(options.now), due.length, gate.problems()),
		),
		`Let's Connect bot (${options.mode}): reminders for ${due.length} session(s)`,
	);
	return {
		sessions: due.length,
		outcomes: [...writer.outcomes],
		held: gate.held,
	};
}
