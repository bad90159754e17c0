import { localToUtc, toIsoUtc } from '../../shared/time';

describe('localToUtc', () => {
	it.each([
		['2026-12-03 14:00', 'Europe/Madrid', '2026-12-03T13:00:00Z'],
		['2026-07-03 14:00', 'Europe/Madrid', '2026-07-03T12:00:00Z'],
		['2026-03-08 01:30', 'America/New_York', '2026-03-08T06:30:00Z'],
		['2026-03-08 03:30', 'America/New_York', '2026-03-08T07:30:00Z'],
		// Ambiguous hour at the end of DST: the first (summer) instant, as PHP takes it.
		['2026-10-25 02:30', 'Europe/Madrid', '2026-10-25T00:30:00Z'],
		['2026-12-03 14:00', 'Asia/Kolkata', '2026-12-03T08:30:00Z'],
		['2026-12-03 14:00', 'UTC', '2026-12-03T14:00:00Z'],
	])('%s in %s is %s', (start, zone, expected) => {
		const result = localToUtc(start, zone);
		expect(result.ok && toIsoUtc(result.utc)).toBe(expected);
	});

	it('moves a time in the spring-forward gap forward, and says so', () => {
		const result = localToUtc('2026-03-29 02:30', 'Europe/Madrid');
		expect(result).toMatchObject({ ok: true, inGap: true, ambiguous: false });
		expect(result.ok && toIsoUtc(result.utc)).toBe('2026-03-29T01:30:00Z');
	});

	it.each([
		['2026-02-30 10:00', 'UTC', 'impossible-date'],
		['2026-12-03 24:00', 'UTC', 'impossible-date'],
		['2026-12-3 10:00', 'UTC', 'format'],
		['2026-12-03 10:00', 'Europe/Madird', 'unknown-zone'],
	])('%s in %s is refused (%s)', (start, zone, reason) => {
		expect(localToUtc(start, zone)).toEqual({ ok: false, reason });
	});
});
