// Wall-clock times written by liaisons → UTC instants, with luxon. Used by the bot and by
// validation; the gadget formats the UTC times it finds in the HTML with Intl instead.
import { DateTime, IANAZone } from 'luxon';
import { TIME_ZONE_FORM, fitsForm } from './value-forms';

export type LocalTimeResult =
	| { ok: true; utc: DateTime; inGap: boolean; ambiguous: boolean }
	| { ok: false; reason: 'format' | 'impossible-date' | 'unknown-zone' };

const START_FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/**
 * `UTC` or an IANA `Area/Location` name. Abbreviations (IST, PST, CEST) and offsets are refused:
 * PHP and ICU read some of them differently (IST is Israel for one, India for the other).
 */
export function isKnownTimeZone(zone: string): boolean {
	if (!fitsForm(TIME_ZONE_FORM, zone)) return false;
	// Asking Intl costs about 0.2 ms a call, and a programme has a handful of zones: ask once each.
	let known = zoneValidity.get(zone);
	if (known === undefined) {
		known = IANAZone.isValidZone(zone);
		zoneValidity.set(zone, known);
	}
	return known;
}

const zoneValidity = new Map<string, boolean>();

/**
 * Converts `YYYY-MM-DD HH:MM` in an IANA zone to UTC as the wiki's `#time` does: a time inside a
 * daylight-saving gap moves forward by the gap (`inGap`), and a time that happens twice when
 * clocks go back is the first of the two (`ambiguous`).
 */
export function localToUtc(start: string, zone: string): LocalTimeResult {
	const match = START_FORMAT.exec(start.trim());
	if (!match) return { ok: false, reason: 'format' };
	if (!isKnownTimeZone(zone)) return { ok: false, reason: 'unknown-zone' };
	const [year, month, day, hour, minute] = match.slice(1).map(Number);
	if (hour > 23 || minute > 59) return { ok: false, reason: 'impossible-date' };
	const local = DateTime.fromObject(
		{ year, month, day, hour, minute },
		{ zone },
	);
	if (!local.isValid) return { ok: false, reason: 'impossible-date' };
	const inGap = local.hour !== hour || local.minute !== minute;
	// When clocks go back, the wall-clock time happens twice; the wiki (PHP) takes the first.
	const sameWallClock = (t: DateTime) =>
		t.year === year &&
		t.month === month &&
		t.day === day &&
		t.hour === hour &&
		t.minute === minute;
	const earlier = [60, 30]
		.map((m) => DateTime.fromMillis(local.toMillis() - m * 60000, { zone }))
		.find(sameWallClock);
	return {
		ok: true,
		utc: (earlier ?? local).toUTC(),
		inGap,
		ambiguous: earlier !== undefined,
	};
}

/** `2026-12-03T13:00:00Z`: the form templates emit in `data-lc-start`. */
export function toIsoUtc(instant: DateTime): string {
	return instant.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
}
