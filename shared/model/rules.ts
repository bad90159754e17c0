// Small rules about time that every part follows: one home each. Times are compared as instants,
// never as strings.

/** `2026-12-03T13:00:00Z`: UTC to the second, the form the templates emit in `data-lc-*` and the codec keeps. */
export function isoSecond(instant: Date): string {
	return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Whether something that ends at `end` (a UTC instant or its ISO form) has ended at `now`. */
export function hasEnded(end: Date | string, now: Date): boolean {
	return (
		(typeof end === 'string' ? Date.parse(end) : end.getTime()) <= now.getTime()
	);
}

/**
 * Why nobody can sign up for a session now, or null when they can. The module's cards follow the
 * same rule without the clock (a page is rendered once for many readers): open and scheduled.
 */
export function whyClosed(
	session: { status: string; registration: string; end: Date | string },
	now: Date,
): 'cancelled' | 'postponed' | 'past' | 'closed' | null {
	if (session.status === 'cancelled' || session.status === 'postponed')
		return session.status;
	if (hasEnded(session.end, now)) return 'past';
	return session.registration === 'closed' ? 'closed' : null;
}

/** Sessions in the order every list shows them: by start (ISO UTC, so text order is time order), then id. */
export function byStart(
	a: { startUtc: string; id: string },
	b: { startUtc: string; id: string },
): number {
	return a.startUtc.localeCompare(b.startUtc) || a.id.localeCompare(b.id);
}
