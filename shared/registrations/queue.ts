// Taking turns in a rush. Appends to one registration page cannot keep click order where saves
// race (many servers, as on Meta): MediaWiki saves one revision of a page at a time, and the
// others are edit conflicts whose retries land in any order (measured on MariaDB with six
// workers: swaps of 0.8–1.5 s). So a sign-up first takes a ticket: an edit of a page of its own
// (`<registration page>/Queue/<user>`), which races with nobody, and whose revision id the wiki
// gives in the order it saved them. The gadget then appends its line once everyone ahead of it
// with a ticket is listed. Tickets order the gadget's appends, nothing more: places still follow
// each person's own line and the edit that saved it (roster.ts), so a ticket can only make its
// owner wait, never give anyone a place.
import { normaliseUsername } from '../model/usernames';
import type { Registration } from './registration-page';

/** A ticket as the wiki holds it: whose page, its newest revision, when, and who saved it. */
export interface QueueTicket {
	/** The user the ticket page is named after. */
	user: string;
	revid: number;
	/** The revision's time (ISO 8601, UTC). */
	at: string;
	/** Who saved that revision: a ticket counts only when its owner did. */
	author: string;
}

/**
 * How long the queue waits for someone ahead who does not append: their gadget may be closed,
 * or their save failed. Each such ticket holds those behind it this long once, one after the
 * other, from the start of its turn. A reader who is only slow keeps their place: a phone on a
 * slow network, or a wiki under load, can take several seconds to read and append. Measured: a
 * rush of 30 on a wiki with its CPU taken (beside four CPU hogs) landed a line every 3 to 8 s,
 * and 8 s of patience passed readers who then appended, out of click order. A closed tab costs
 * those behind it these 20 s once.
 */
export const TICKET_PATIENCE_S = 20;

/** Tickets older than this are spent: nobody's gadget waits its turn for so long. */
export const TICKET_LIFETIME_S = 180;

export type Turn =
	| { go: true }
	/**
	 * Wait: `ahead` tickets before the reader's are not listed yet, and one of them may still
	 * append; `head` is the first of them, whose turn it is.
	 */
	| { go: false; ahead: number; head: number };

const seconds = (iso: string) => Date.parse(iso) / 1000;

/**
 * Whether the holder of ticket `mine` may append now. Ahead of it: the live tickets with a lower
 * revision id whose owners are not listed since they took them, and after which nobody has been
 * listed yet (a ticket someone behind already went past was passed over, for good). The first of
 * them has its turn from `turnCame`: the page's change when the reader first saw it first in line
 * (the line before it; a later edit of the page, a cancel or the bot's header, starts nobody's
 * turn again). Each holds the queue TICKET_PATIENCE_S at most, then the next has its turn. All
 * times are the wiki's, so waiting gadgets agree within a poll, and a closed browser never stops
 * a queue.
 */
export function turnOf(
	tickets: QueueTicket[],
	mine: number,
	places: Registration[],
	turnCame: string,
	now: string,
): Turn {
	const clock = seconds(now);
	const live = tickets
		.filter(
			(t) =>
				t.revid < mine &&
				normaliseUsername(t.author) === normaliseUsername(t.user) &&
				clock - seconds(t.at) <= TICKET_LIFETIME_S,
		)
		.sort((a, b) => a.revid - b.revid);
	let lastListed = -1;
	live.forEach((t, i) => {
		if (listedSince(places, t)) lastListed = i;
	});
	const pending = live.slice(lastListed + 1);
	let turnEnded = seconds(turnCame) || 0;
	for (const [i, ticket] of pending.entries()) {
		const from = Math.max(turnEnded, seconds(ticket.at));
		if (clock < from + TICKET_PATIENCE_S)
			return { go: false, ahead: pending.length - i, head: pending[0].revid };
		turnEnded = from + TICKET_PATIENCE_S;
	}
	return { go: true };
}

/** The ticket's owner holds a place or waits, or cancelled after taking it: it is used. */
function listedSince(places: Registration[], ticket: QueueTicket): boolean {
	const name = normaliseUsername(ticket.user);
	const theirs = places.find((r) => r.user === name);
	if (!theirs) return false;
	if (theirs.status !== 'cancelled') return true;
	return (
		theirs.cancelledAt !== undefined &&
		seconds(theirs.cancelledAt) >= seconds(ticket.at)
	);
}

/**
 * How often a waiting reader lists the queue again (the page itself is read every time): tickets
 * ahead were saved before the reader's, so a new listing only finds one whose save ended a moment
 * after theirs (a click as early as theirs) or one someone else has since rewritten.
 */
export const QUEUE_RELIST_MS = 10000;

/**
 * How long to wait before looking again: soon for the next in line, whose turn comes with the
 * line before theirs; rarely for those far behind, who only watch the count go down (a rush of
 * 30 on one PHP process: each read is a request the appends wait behind).
 */
export function pollDelayMs(ahead: number): number {
	return ahead <= 1 ? 300 : Math.min(5000, 600 * ahead);
}

/**
 * However the queue stands, a reader waits no longer than this for their turn before appending: a
 * rush of a hundred on a wiki that takes a second a save.
 */
export const QUEUE_WAIT_CAP_MS = 120000;
