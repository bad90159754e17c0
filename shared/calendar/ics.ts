// iCalendar (RFC 5545) files for one session or a list: UTC times, stable UIDs, escaped text,
// lines folded at 75 octets, CRLF line ends. No luxon: the gadget builds these files too.
import { LINK_FORM, fitsForm } from '../value-forms';
import { DEFAULT_ROOT } from '../config';
import { fnv1a } from '../hash';

export interface CalendarEvent {
	/** Session id: the UID is derived from it, so re-imports update instead of duplicating. */
	id: string;
	/** The root (programme or hub) the session belongs to: two hubs may use the same id. */
	root?: string;
	title: string;
	/** UTC instants, ISO 8601 (`2026-12-03T13:00:00Z`). */
	start: string;
	end: string;
	description?: string;
	url?: string;
	location?: string;
	status?: 'scheduled' | 'cancelled' | 'postponed';
	categories?: string[];
}

const UID_DOMAIN = 'letsconnect.meta.wikimedia.org';

/**
 * The event's UID: the id for the programme's own sessions (as files made before hubs had it, so
 * re-imports still update them), the id and a short stable tag of the root for a hub's (FNV-1a).
 */
export function eventUid(event: Pick<CalendarEvent, 'id' | 'root'>): string {
	if (!event.root || event.root === DEFAULT_ROOT)
		return `${event.id}@${UID_DOMAIN}`;
	const codePoints = [...event.root].map((char) => char.codePointAt(0) ?? 0);
	return `${event.id}.${fnv1a(codePoints)}@${UID_DOMAIN}`;
}
const STATUS: Record<NonNullable<CalendarEvent['status']>, string> = {
	scheduled: 'CONFIRMED',
	cancelled: 'CANCELLED',
	postponed: 'TENTATIVE',
};

/** `2026-12-03T13:00:00Z` → `20261203T130000Z`. */
export function icsDateTime(iso: string): string {
	const match =
		/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(iso);
	if (!match) throw new Error(`Not a UTC time: ${iso}`);
	return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return (
		value
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
			// Other control characters are not allowed in TEXT.
			// eslint-disable-next-line no-control-regex -- control characters are what iCalendar text may not hold
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
	);
}

function utf8Length(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line into pieces of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const pieces: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char);
		// Continuation lines start with a space, which counts towards their 75 octets.
		const limit = pieces.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			pieces.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	pieces.push(current);
	return pieces.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
	const lines = [
		'BEGIN:VEVENT',
		`UID:${eventUid(event)}`,
		`DTSTAMP:${icsDateTime(stamp)}`,
		`DTSTART:${icsDateTime(event.start)}`,
		`DTEND:${icsDateTime(event.end)}`,
		`SUMMARY:${escapeText(event.title)}`,
	];
	if (event.description)
		lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	// URI values are not TEXT: no escaping, but nothing that could end the line either.
	if (event.url && fitsForm(LINK_FORM, event.url))
		lines.push(`URL:${event.url}`);
	if (event.categories?.length)
		lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
	lines.push(`STATUS:${STATUS[event.status ?? 'scheduled']}`, 'END:VEVENT');
	return lines;
}

/** A whole calendar file. `stamp` is when it was made (UTC ISO), for DTSTAMP. */
export function toIcs(
	events: CalendarEvent[],
	stamp: string,
	name = "Let's Connect",
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		"PRODID:-//Wikimedia Let's Connect//letsconnect-tools//EN",
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(name)}`,
		...events.flatMap((event) => eventLines(event, stamp)),
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A Google Calendar "add event" link for one event. */
export function googleCalendarUrl(event: CalendarEvent): string {
	const params: [string, string][] = [
		['action', 'TEMPLATE'],
		['text', event.title],
		['dates', `${icsDateTime(event.start)}/${icsDateTime(event.end)}`],
		['details', [event.description, event.url].filter(Boolean).join('\n\n')],
	];
	if (event.location) params.push(['location', event.location]);
	// encodeURIComponent, not URLSearchParams: shared code has no DOM or Node globals.
	return `https://calendar.google.com/calendar/render?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}
