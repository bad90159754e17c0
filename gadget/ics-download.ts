// Entry of the calendar-file module (ext.gadget.letsconnect-ics): the .ics file a reader asks for
// with "Add to calendar", made in the browser. Loaded on the first such click: readers who never
// download one download none of it.
import { toIcs, type CalendarEvent } from '../shared/calendar/ics';
import { isoSecond } from '../shared/model/rules';
import type { IcsModule } from './calendar-files';

/** ResourceLoader's module object of a package gadget's file. */
declare const module: { exports: unknown };

/** Offers the events as a calendar file for download: no request to any server. */
function downloadIcs(events: CalendarEvent[], fileName: string): void {
	const blob = new Blob([toIcs(events, isoSecond(new Date()))], {
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

module.exports = { downloadIcs } satisfies IcsModule;
