// The one word for where a session stands, for the gadget's cards and (as sessionState in
// Module:Let's Connect/places, with the same rule) the wiki's: a reader sees the same state, in
// the same words (`lc-state-*`), on every surface.
import { whyClosed } from '../model/rules';
import { isFull } from '../registrations/registration-page';

export const SESSION_STATES = [
	'open',
	'full',
	'waitlist',
	'closed',
	'cancelled',
	'postponed',
	'ended',
] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/**
 * Cancelled, postponed, ended or closed (why nobody can sign up), else open; an open session whose
 * places are all taken is full, and says how many wait once someone does.
 */
export function sessionState(
	session: {
		status: string;
		registration: string;
		end: Date | string;
		capacity?: number;
	},
	counts: { registered: number; waitlisted: number },
	now: Date,
): SessionState {
	const why = whyClosed(session, now);
	if (why) return why === 'past' ? 'ended' : why;
	if (counts.waitlisted > 0) return 'waitlist';
	return isFull(counts, session.capacity) ? 'full' : 'open';
}
