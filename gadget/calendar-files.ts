// "Add to calendar": an .ics download (one session or the filtered list) and a Google link.
import { googleCalendarUrl, toIcs, type CalendarEvent } from '../shared/calendar/ics';
import type { SessionElement } from './session-elements';
import { isoSecond as iso } from '../shared/model/rules';


export function eventOf(session: SessionElement, pageUrl: (title: string) => string): CalendarEvent {
  return {
    id: session.id, root: session.root, title: session.title, start: iso(session.start), end: iso(session.end),
    url: session.page ? pageUrl(session.page) : undefined,
    status: session.status === 'cancelled' || session.status === 'postponed' ? session.status : 'scheduled',
    categories: [session.type, ...(session.topic ? [session.topic] : [])],
  };
}

/** Offers a calendar file for download, made in the browser: no request to any server. */
export function downloadIcs(events: CalendarEvent[], fileName: string): void {
  const blob = new Blob([toIcs(events, iso(new Date()))], { type: 'text/calendar;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export { googleCalendarUrl };
