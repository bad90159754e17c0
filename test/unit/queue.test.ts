import {
	TICKET_LIFETIME_S,
	TICKET_PATIENCE_S,
	pollDelayMs,
	turnOf,
	type QueueTicket,
} from '../../shared/registrations/queue';
import type { Registration } from '../../shared/registrations/registration-page';

const T0 = Date.parse('2026-12-07T10:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const ticket = (user: string, revid: number, s = 0): QueueTicket => ({
	user,
	revid,
	at: at(s),
	author: user,
});
const listed = (user: string): Registration => ({
	user,
	status: 'registered',
	remind: false,
	source: 'template',
});
const cancelled = (user: string, s: number): Registration => ({
	...listed(user),
	status: 'cancelled',
	cancelledAt: at(s),
});

describe('taking turns in a rush', () => {
	const tickets = [ticket('Ana', 10), ticket('Ben', 11), ticket('Cy', 12)];

	it('the first ticket goes at once; the others wait for everyone ahead', () => {
		expect(turnOf(tickets, 10, [], at(0), at(1))).toMatchObject({ go: true });
		expect(turnOf(tickets, 11, [], at(0), at(1))).toMatchObject({
			go: false,
			ahead: 1,
		});
		expect(turnOf(tickets, 12, [], at(0), at(1))).toEqual({
			go: false,
			ahead: 2,
			head: 10,
		});
	});

	it('a turn comes when those ahead are listed, waiting or holding a place', () => {
		const places = [listed('Ana'), { ...listed('Ben'), status: 'waitlisted' }];
		expect(
			turnOf(tickets, 12, places as Registration[], at(1), at(1)),
		).toMatchObject({ go: true });
	});

	it('someone ahead who does not append is passed over, one after the other, from the last change', () => {
		// Ana and Ben never append: Cy waits for each in turn, from the page's last change.
		const changed = at(2);
		expect(
			turnOf(tickets, 12, [], changed, at(2 + TICKET_PATIENCE_S - 1)),
		).toMatchObject({ go: false, ahead: 2 });
		expect(
			turnOf(tickets, 12, [], changed, at(2 + TICKET_PATIENCE_S)),
		).toMatchObject({ go: false, ahead: 1 });
		expect(
			turnOf(tickets, 12, [], changed, at(2 + 2 * TICKET_PATIENCE_S)),
		).toMatchObject({ go: true });
	});

	it('someone listed behind a ticket passes it over for good: those after never wait for it again', () => {
		// Ben went past Ana (she never appended): Cy goes at once, whatever the page's last change.
		expect(turnOf(tickets, 12, [listed('Ben')], at(20), at(20))).toMatchObject({
			go: true,
		});
		// Ana appended; Ben has his turn from her line, and holds Cy no longer than his patience.
		expect(
			turnOf(
				tickets,
				12,
				[listed('Ana')],
				at(5),
				at(5 + TICKET_PATIENCE_S - 1),
			),
		).toMatchObject({ go: false, ahead: 1 });
		expect(
			turnOf(tickets, 12, [listed('Ana')], at(5), at(5 + TICKET_PATIENCE_S)),
		).toMatchObject({ go: true });
	});

	it('a ticket someone else saved, an old one, or one its owner used and cancelled makes nobody wait', () => {
		const forged = { ...ticket('Ana', 10), author: 'Mallory' };
		expect(turnOf([forged], 11, [], at(0), at(1))).toMatchObject({ go: true });
		expect(
			turnOf([ticket('Ana', 10, 0)], 11, [], at(0), at(TICKET_LIFETIME_S + 1)),
		).toMatchObject({ go: true });
		// Ana took it, signed up and cancelled since: used. Cancelled before it: she waits her turn.
		expect(
			turnOf([ticket('Ana', 10, 5)], 11, [cancelled('Ana', 6)], at(6), at(7)),
		).toMatchObject({ go: true });
		expect(
			turnOf([ticket('Ana', 10, 5)], 11, [cancelled('Ana', 1)], at(1), at(7)),
		).toMatchObject({ go: false, ahead: 1 });
	});

	it('a later ticket never holds an earlier one, and names match as MediaWiki writes them', () => {
		expect(turnOf(tickets, 10, [], at(0), at(0))).toMatchObject({ go: true });
		const lower = [{ ...ticket('ana_López', 5), author: 'Ana López' }];
		expect(turnOf(lower, 6, [listed('Ana López')], at(0), at(0))).toMatchObject(
			{
				go: true,
			},
		);
		expect(turnOf(lower, 6, [], at(0), at(0))).toMatchObject({
			go: false,
			ahead: 1,
		});
	});

	it('looks again soon when next in line, rarely when far behind', () => {
		expect(pollDelayMs(1)).toBe(300);
		expect(pollDelayMs(2)).toBeLessThan(pollDelayMs(5));
		expect(pollDelayMs(100)).toBe(5000);
	});
});
