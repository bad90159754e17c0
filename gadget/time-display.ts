// Times in the reader's zone and language with Intl (no luxon in the gadget: it would double its size; esbuild.config.mjs refuses it).
import { dateFormat, relativeFormat } from './intl-cache';

export type ReaderZone =
	| { kind: 'zone'; zone: string }
	| { kind: 'offset'; minutes: number };

/**
 * The reader's zone: their wiki preference (`ZoneInfo|120|Europe/Berlin` or `Offset|120`)
 * first, then the browser's. `System` means the wiki's default, which says nothing about them.
 */
export function readerZone(
	timecorrection: string | null | undefined,
	browserZone: string,
): ReaderZone {
	const [kind, offset, zone] = (timecorrection ?? '').split('|');
	if (kind === 'ZoneInfo' && zone && isValidZone(zone))
		return { kind: 'zone', zone };
	if (kind === 'Offset' && /^-?\d+$/.test(offset ?? ''))
		return { kind: 'offset', minutes: Number(offset) };
	return { kind: 'zone', zone: isValidZone(browserZone) ? browserZone : 'UTC' };
}

export function isValidZone(zone: string): boolean {
	try {
		// Intl throws a RangeError for a zone it does not know.
		return Boolean(
			new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions()
				.timeZone,
		);
	} catch {
		return false;
	}
}

/** Hours as the locale writes them: `9:00 AM` where the clock has 12 hours (en-US), `09:00` where it has 24 (en-GB). */
export function clockOptions(locale: string): Intl.DateTimeFormatOptions {
	const cycle = dateFormat(locale, { hour: 'numeric' }).resolvedOptions()
		.hourCycle;
	return {
		hour: cycle === 'h11' || cycle === 'h12' ? 'numeric' : '2-digit',
		minute: '2-digit',
	};
}

function offsetLabel(minutes: number): string {
	const sign = minutes < 0 ? '−' : '+';
	const abs = Math.abs(minutes);
	return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/** Formatting options and the instant to format, for a zone Intl may not know (fixed offsets). */
function inZone(
	instant: Date,
	zone: ReaderZone,
): { date: Date; timeZone: string } {
	if (zone.kind === 'zone') return { date: instant, timeZone: zone.zone };
	return {
		date: new Date(instant.getTime() + zone.minutes * 60000),
		timeZone: 'UTC',
	};
}

/**
 * The zone's name in the reader's language (`India Standard Time`, not the ICU id `Asia/Calcutta`);
 * the id, with spaces, where Intl has no name for it.
 */
export function zoneName(zone: ReaderZone, locale = 'en'): string {
	if (zone.kind === 'offset') return offsetLabel(zone.minutes);
	const key = `${locale}|${zone.zone}`;
	let name = zoneNames.get(key);
	if (name === undefined) {
		name = nameOfZone(zone.zone, locale);
		zoneNames.set(key, name);
	}
	return name;
}

/** The same for every card of a page: asked of Intl once. */
const zoneNames = new Map<string, string>();

function nameOfZone(id: string, locale: string): string {
	for (const style of ['longGeneric', 'long'] as const) {
		try {
			const name = dateFormat(locale, { timeZone: id, timeZoneName: style })
				.formatToParts(new Date())
				.find((p) => p.type === 'timeZoneName')?.value;
			if (name && !/^GMT|^UTC[+−-]/.test(name)) return name;
		} catch {
			// An older browser without this style: try the next, then the id.
		}
	}
	return id.replace(/_/g, ' ');
}

/**
 * `Thursday 3 December 2026, 14:00–16:00` in the reader's zone and language: one Intl format for
 * the date and the times, joined as the language joins them (Arabic's "، ", not a Latin comma).
 */
export function formatRange(
	start: Date,
	end: Date,
	zone: ReaderZone,
	locale: string,
): string {
	const a = inZone(start, zone);
	const b = inZone(end, zone);
	const format = dateFormat(locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		...clockOptions(locale),
		timeZone: a.timeZone,
	});
	// formatRange: Chrome 76, Firefox 91, Safari 14.1; older browsers get both ends in full.
	// eslint-disable-next-line es-x/no-intl-datetimeformat-prototype-formatrange -- checked first: both ends in full where the browser has none
	return typeof format.formatRange === 'function'
		? // eslint-disable-next-line es-x/no-intl-datetimeformat-prototype-formatrange -- checked first: both ends in full where the browser has none
			format.formatRange(a.date, b.date)
		: `${format.format(a.date)} – ${format.format(b.date)}`;
}

export function formatUtcTime(instant: Date, locale: string): string {
	return dateFormat(locale, {
		...clockOptions(locale),
		timeZone: 'UTC',
	}).format(instant);
}

/** "in 3 days", "in 5 hours", "2 weeks ago": the largest unit that is at least 1. */
export function relativePhrase(
	instant: Date,
	now: Date,
	locale: string,
): string {
	const seconds = (instant.getTime() - now.getTime()) / 1000;
	const units: [Intl.RelativeTimeFormatUnit, number][] = [
		['year', 31536000],
		['month', 2592000],
		['week', 604800],
		['day', 86400],
		['hour', 3600],
		['minute', 60],
	];
	const format = relativeFormat(locale);
	if (!format) return '';
	for (const [unit, size] of units) {
		if (Math.abs(seconds) >= size)
			return format.format(Math.round(seconds / size), unit);
	}
	return format.format(Math.round(seconds / 60), 'minute');
}
