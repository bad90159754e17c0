// A start already past on a session the bot has never seen is more often a year typed wrong
// (2025-12-10 for 2026-12-10) than a session that took place: it is held, not closed, archived or
// counted, until a liaison corrects the date or confirms the session took place by closing its
// registration (`registration = closed`). Sessions the bot has seen keep closing when they end.
import { problem, type Problem } from '../model/problems';
import { hasEnded } from '../model/rules';
import { SESSION_TEMPLATE, type Session } from '../model/session';

/** `seen`: the session has a registration page (the bot made one while it was ahead). */
export function isUnconfirmedPast(
	session: Session,
	now: Date,
	seen: boolean,
): boolean {
	// A cancelled session has no registration page to be seen by, and nothing to confirm.
	return (
		!seen &&
		session.status !== 'cancelled' &&
		hasEnded(session.startUtc, now) &&
		session.values.registration !== 'closed'
	);
}

export function unconfirmedPastProblem(session: Session): Problem {
	const year = Number(session.start.slice(0, 4));
	return problem(
		'session-start-in-past',
		`The start ${session.start} (${session.timezone}) has already passed, and the bot has not seen this session before: is the year right (${year + 1}?)? Until the date is corrected, or a liaison confirms the session took place by setting registration = closed, it is not published, archived, closed or counted.`,
		{
			page: session.page,
			template: SESSION_TEMPLATE,
			param: 'start',
			sessionId: session.id,
		},
		'warning',
	);
}
