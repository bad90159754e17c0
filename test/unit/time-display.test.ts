import {
	formatRange,
	readerZone,
	relativePhrase,
	zoneName,
} from '../../gadget/time-display';
import { directionOf, firstDayOfWeek } from '../../gadget/reader-locale';
import { closedReason } from '../../gadget/signup-control';
import { messageForFailure } from '../../gadget/api-errors';
import { dayKey, monthWeeks, shiftMonth } from '../../gadget/month-grid';

describe('readerZone', () => {
	it('prefers the wiki preference, then the browser', () => {
		expect(readerZone('ZoneInfo|60|Europe/Berlin', 'Asia/Tokyo')).toEqual({
			kind: 'zone',
			zone: 'Europe/Berlin',
		});
		expect(readerZone('Offset|-180', 'Asia/Tokyo')).toEqual({
			kind: 'offset',
			minutes: -180,
		});
		expect(readerZone('System|0', 'Asia/Tokyo')).toEqual({
			kind: 'zone',
			zone: 'Asia/Tokyo',
		});
		expect(readerZone(null, 'Not/AZone')).toEqual({
			kind: 'zone',
			zone: 'UTC',
		});
	});
});

describe('formatRange', () => {
	it('joins the date and the times as the language does, not with a Latin comma', () => {
		const text = formatRange(
			new Date('2026-12-03T14:00:00Z'),
			new Date('2026-12-03T16:00:00Z'),
			{ kind: 'zone', zone: 'Africa/Cairo' },
			'ar',
		);
		expect(text).toContain('،');
		expect(text).not.toContain(', ');
	});

	const start = new Date('2026-03-29T00:30:00Z');
	const end = new Date('2026-03-29T02:30:00Z');

	it('shows local times across a DST change', () => {
		// Madrid moves from UTC+1 to UTC+2 at 01:00 UTC that night.
		expect(
			formatRange(start, end, { kind: 'zone', zone: 'Europe/Madrid' }, 'en-GB'),
		).toMatch(/29 March 2026, 01:30–04:30$/);
	});

	it('handles fixed offsets and names them', () => {
		expect(
			formatRange(start, end, { kind: 'offset', minutes: 330 }, 'en-GB'),
		).toMatch(/29 March 2026, 06:00–08:00$/);
		expect(zoneName({ kind: 'offset', minutes: 330 })).toBe('UTC+5:30');
	});
});

describe('relativePhrase', () => {
	it('uses the largest unit', () => {
		const now = new Date('2026-11-23T00:00:00Z');
		expect(relativePhrase(new Date('2026-11-26T00:00:00Z'), now, 'en')).toBe(
			'in 3 days',
		);
		expect(relativePhrase(new Date('2026-11-23T05:00:00Z'), now, 'en')).toBe(
			'in 5 hours',
		);
		expect(relativePhrase(new Date('2026-11-09T00:00:00Z'), now, 'en')).toBe(
			'2 weeks ago',
		);
	});
});

describe('closedReason', () => {
	const base = {
		element: {} as HTMLElement,
		id: 'a',
		root: 'R',
		trusted: true,
		title: 'T',
		start: new Date('2026-12-01T10:00:00Z'),
		end: new Date('2026-12-01T12:00:00Z'),
		status: 'scheduled',
		registration: 'open',
		type: 'clinic',
		topic: '',
		language: 'en',
		interpretation: [],
		audience: [],
		page: 'P',
	};
	const before = new Date('2026-11-30T00:00:00Z');
	it.each([
		[{}, before, null],
		[{ status: 'cancelled' }, before, 'lc-state-cancelled'],
		[{ status: 'postponed' }, before, 'lc-state-postponed'],
		[{ registration: 'closed' }, before, 'lc-state-closed'],
		[{}, new Date('2026-12-02T00:00:00Z'), 'lc-state-ended'],
	])('%o at %s → %s', (change, now, expected) => {
		expect(closedReason({ ...base, ...change }, now)).toBe(expected);
	});
});

describe('messageForFailure', () => {
	it.each([
		['http', 'lc-error-network'],
		['blocked', 'lc-error-blocked'],
		['autoblocked', 'lc-error-blocked'],
		['protectedpage', 'lc-error-protected'],
		['cascadeprotected', 'lc-error-protected'],
		['editconflict', 'lc-error-conflict'],
		['abusefilter-disallowed', 'lc-error-abusefilter'],
		['spamblacklist', 'lc-error-abusefilter'],
		['readonly', 'lc-error-other'],
	])('%s → %s', (code, key) => {
		expect(messageForFailure(code)).toBe(key);
	});
});

describe('month grid dates', () => {
	it('lays out weeks from Monday and moves between months', () => {
		const weeks = monthWeeks(2026, 12);
		expect(weeks[0]).toEqual([
			null,
			'2026-12-01',
			'2026-12-02',
			'2026-12-03',
			'2026-12-04',
			'2026-12-05',
			'2026-12-06',
		]);
		expect(weeks.flat().filter(Boolean)).toHaveLength(31);
		expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
		expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
	});

	it("puts a session on the reader's day, not the UTC day", () => {
		const late = new Date('2026-12-03T23:30:00Z');
		expect(dayKey(late, { kind: 'zone', zone: 'Asia/Tokyo' })).toBe(
			'2026-12-04',
		);
		expect(dayKey(late, { kind: 'zone', zone: 'America/Lima' })).toBe(
			'2026-12-03',
		);
		expect(dayKey(late, { kind: 'offset', minutes: 60 })).toBe('2026-12-04');
	});
});

describe("the reader's locale", () => {
	it('starts the week where the locale does', () => {
		expect([
			firstDayOfWeek('en-US'),
			firstDayOfWeek('en-GB'),
			firstDayOfWeek('hi-IN'),
			firstDayOfWeek('es-ES'),
			firstDayOfWeek('ar-EG'),
		]).toEqual([7, 1, 7, 1, 6]);
		// December 2026 starts on a Tuesday: two empty days before it from Sunday, one from Monday.
		expect(monthWeeks(2026, 12, 7)[0]).toEqual([
			null,
			null,
			'2026-12-01',
			'2026-12-02',
			'2026-12-03',
			'2026-12-04',
			'2026-12-05',
		]);
		expect(monthWeeks(2026, 12, 6)[0]).toEqual([
			null,
			null,
			null,
			'2026-12-01',
			'2026-12-02',
			'2026-12-03',
			'2026-12-04',
		]);
	});

	it('writes hours as the locale does', () => {
		const start = new Date('2026-12-03T09:00:00Z');
		const end = new Date('2026-12-03T11:00:00Z');
		expect(
			formatRange(start, end, { kind: 'zone', zone: 'UTC' }, 'en-US'),
		).toMatch(/9:00(\s?AM)?\s?–\s?11:00\s?AM$/);
		expect(
			formatRange(start, end, { kind: 'zone', zone: 'UTC' }, 'en-GB'),
		).toMatch(/09:00–11:00$/);
	});

	it("names a zone in the reader's language, not by its ICU id", () => {
		expect(zoneName({ kind: 'zone', zone: 'Asia/Calcutta' }, 'en-IN')).toBe(
			'India Standard Time',
		);
		expect(zoneName({ kind: 'zone', zone: 'Asia/Kolkata' }, 'en')).toBe(
			'India Standard Time',
		);
	});

	it('knows which languages read right to left', () => {
		expect([
			directionOf('ar'),
			directionOf('he'),
			directionOf('en'),
			directionOf('es'),
		]).toEqual(['rtl', 'rtl', 'ltr', 'ltr']);
	});
});
