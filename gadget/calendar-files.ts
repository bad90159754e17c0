// "Add to calendar": an .ics download (one session or the filtered list; the file is made by a
// module of its own, loaded on the first download) and a Google link.
import { googleCalendarUrl, type CalendarEvent } from '../shared/calendar/ics';
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

/** The calendar-file module (gadget/ics-download.ts): loaded on the first download. */
const ICS_MODULE = 'ext.gadget.letsconnect-ics';

export interface IcsModule {
	downloadIcs(events: CalendarEvent[], fileName: string): void;
}

/**
 * Offers a calendar file for download, made in the browser (no request to any server but the
 * module's first load); `failed`: what to tell the reader when the module cannot be loaded.
 */
export function downloadIcs(
	events: CalendarEvent[],
	fileName: string,
	failed: string,
): void {
	mw.loader.using(ICS_MODULE).then(
		(require) =>
			(require(ICS_MODULE) as IcsModule).downloadIcs(events, fileName),
		() => void mw.notify(failed, { type: 'error' }),
	);
}

export { googleCalendarUrl };
