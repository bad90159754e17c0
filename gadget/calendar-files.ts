// "Add to calendar": an .ics download (one session or the filtered list) and a Google link.
import {
	googleCalendarUrl,
	toIcs,
	type CalendarEvent,
} from '../shared/calendar/ics';
import type { SessionElement } from './session-elements';
import { isoSecond as iso } from '../shared/model/rules';

/**
 * The session as a calendar event: its wiki page as URL; for someone who may join it, the
 * meeting's link as its location and in its description (`joinLabel`: the words before it).
 */
export function eventOf(
	session: SessionElement,
	pageUrl: (title: string) => string,
	meeting?: string,
	joinLabel = 'Join the meeting',
): CalendarEvent {
	return {
		id: session.id,
		root: session.root,
		title: session.title,
		start: iso(session.start),
		end: iso(session.end),
		url: session.page ? pageUrl(session.page) : undefined,
		...(meeting
			? {
					location: meeting,
					description: `${joinLabel}: ${meeting}${session.page ? `\n${pageUrl(session.page)}` : ''}`,
				}
			: {}),
		status:
			session.status === 'cancelled' || session.status === 'postponed'
				? session.status
				: 'scheduled',
		categories: [session.type, ...(session.topic ? [session.topic] : [])],
	};
}

/** Offers a calendar file for download, made in the browser: no request to any server. */
export function downloadIcs(events: CalendarEvent[], fileName: string): void {
	const blob = new Blob([toIcs(events, iso(new Date()))], {
		type: 'text/calendar;charset=utf-8',
	});
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export { googleCalendarUrl };
