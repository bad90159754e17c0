import ICAL from 'ical.js';
import fc from 'fast-check';
import {
	escapeText,
	foldLine,
	googleCalendarUrl,
	toIcs,
	type CalendarEvent,
} from '../../shared/calendar/ics';
import { readSessionsFromPage } from '../../shared/sessions/read-sessions';
import { sampleSessionPages } from '../../scripts/sample-programme';
import { DateTime } from 'luxon';

// eslint-disable-next-line no-control-regex -- the control characters iCalendar text may not hold
const NOT_IN_ICALENDAR = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

const stamp = '2026-11-23T20:00:00Z';

/** Parses with ical.js, a well-kept iCalendar parser, and returns its events. */
function parse(ics: string) {
	const component = new ICAL.Component(ICAL.parse(ics));
	return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('toIcs', () => {
	it("gives the same id in two hubs two UIDs, and keeps the programme's own UIDs as they were", () => {
		const at = { title: 'T', start: stamp, end: stamp };
		const events: CalendarEvent[] = [
			{ id: 'shared-id', root: 'Grants:Knowledge Sharing/Connect', ...at },
			{ id: 'shared-id', root: "Grants:Let's Connect Hub/Español", ...at },
			{ id: 'shared-id', root: "Grants:Let's Connect Hub/العربية", ...at },
		];
		const uids = parse(toIcs(events, stamp)).map((e) => e.uid);
		expect(uids[0]).toBe('shared-id@letsconnect.meta.wikimedia.org');
		expect(new Set(uids).size).toBe(3);
		// Stable: the same root gives the same UID in every file.
		expect(parse(toIcs([events[2]], stamp))[0].uid).toBe(uids[2]);
		expect(uids[2]).toMatch(
			/^shared-id\.[0-9a-f]{8}@letsconnect\.meta\.wikimedia\.org$/,
		);
	});

	it('gives back start, end, title and UID of every sample session', () => {
		const pages = sampleSessionPages(
			'Grants:Knowledge Sharing/Connect',
			DateTime.fromISO('2026-11-23T12:00:00Z'),
		);
		const sessions = pages.flatMap(
			(p) => readSessionsFromPage(p.title, p.text).sessions,
		);
		expect(sessions.length).toBe(pages.length);
		// The gadget's own mapping from a card (eventOf) is tested in the browser (e2e/gadget.test.ts).
		const events: CalendarEvent[] = sessions.map((s) => ({
			id: s.id,
			title: s.title,
			start: s.startUtc,
			end: s.endUtc,
		}));
		const parsed = parse(toIcs(events, stamp));
		expect(parsed.map((e) => e.uid)).toEqual(
			sessions.map((s) => `${s.id}@letsconnect.meta.wikimedia.org`),
		);
		parsed.forEach((event, i) => {
			expect(event.startDate.toJSDate().toISOString().replace('.000', '')).toBe(
				sessions[i].startUtc,
			);
			expect(event.endDate.toJSDate().toISOString().replace('.000', '')).toBe(
				sessions[i].endUtc,
			);
			expect(event.summary).toBe(events[i].title);
		});
	});

	it('uses CRLF and keeps every line within 75 octets', () => {
		const ics = toIcs(
			[
				{
					id: 'a',
					title: 'تدريب المستجدين على التحرير '.repeat(6),
					start: stamp,
					end: stamp,
				},
			],
			stamp,
		);
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n'))
			expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
	});

	it('round-trips any title and description through a real parser', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 200 }),
				fc.string({ maxLength: 300 }),
				(title, description) => {
					const event: CalendarEvent = {
						id: 'x',
						title,
						description,
						start: stamp,
						end: '2026-11-23T22:00:00Z',
					};
					const [parsed] = parse(toIcs([event], stamp));
					const clean = (s: string) =>
						s.replace(NOT_IN_ICALENDAR, '').replace(/\r\n|\r/g, '\n');
					expect(parsed.summary ?? '').toBe(clean(title));
					if (clean(description))
						expect(parsed.description).toBe(clean(description));
				},
			),
			{ numRuns: 200 },
		);
	});

	it('marks cancelled sessions and escapes TEXT', () => {
		expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
		const [parsed] = parse(
			toIcs(
				[
					{
						id: 'c',
						title: 'T',
						start: stamp,
						end: stamp,
						status: 'cancelled',
					},
				],
				stamp,
			),
		);
		expect(parsed.component.getFirstPropertyValue('status')).toBe('CANCELLED');
	});

	it('never folds inside a character', () => {
		const folded = foldLine('X'.repeat(74) + '€€');
		expect(folded.split('\r\n ')).toEqual(['X'.repeat(74), '€€']);
	});

	it('links to Google Calendar with UTC dates', () => {
		const url = new URL(
			googleCalendarUrl({
				id: 'a',
				title: 'T',
				start: '2026-12-03T13:00:00Z',
				end: '2026-12-03T15:00:00Z',
			}),
		);
		expect(url.searchParams.get('dates')).toBe(
			'20261203T130000Z/20261203T150000Z',
		);
	});
});
