// Filters of the session list: which values exist, which sessions match, and what is remembered.
// Which filters there are is the session contract's (its rows with `filter`), as each card says
// in `data-lc-filters`; a filter's values are the card's attribute of that name.
import type { SessionElement } from './session-elements';

/** The chosen value of each filter ('' for all), by filter name. */
export type Filters = Record<string, string>;

/** The filters the cards on the page offer, in the contract's order. */
export function filterKeys(sessions: SessionElement[]): string[] {
	return [...new Set(sessions.flatMap((s) => s.filters))];
}

/** A session's values for one filter: a language the reader can follow is its own or an interpretation. */
function valuesOf(session: SessionElement, key: string): string[] {
	const values = (session.fields[key] ?? '').split(' ').filter(Boolean);
	// A topic or a hub is one name, spaces and all.
	return key === 'language'
		? [...values, ...session.interpretation]
		: key === 'topic' || key === 'hub'
			? [session.fields[key] ?? '']
			: values;
}

export function matches(session: SessionElement, filters: Filters): boolean {
	return Object.entries(filters).every(
		([key, value]) => !value || valuesOf(session, key).includes(value),
	);
}

/** The values each filter can take on this page, sorted. */
export function filterOptions(
	sessions: SessionElement[],
): Record<string, string[]> {
	return Object.fromEntries(
		filterKeys(sessions).map((key) => [
			key,
			[
				...new Set(sessions.flatMap((s) => valuesOf(s, key)).filter(Boolean)),
			].sort(),
		]),
	);
}

/** Remembered filters, kept only where the value still exists on the page. */
export function restoreFilters(
	stored: string | null | false,
	options: Record<string, string[]>,
): Filters {
	let parsed: Record<string, unknown> = {};
	try {
		parsed = stored ? (JSON.parse(stored) as Record<string, unknown>) : {};
	} catch {
		parsed = {};
	}
	const result: Filters = Object.fromEntries(
		Object.keys(options).map((key) => [key, '']),
	);
	for (const key of Object.keys(options)) {
		const value = parsed[key];
		if (typeof value === 'string' && options[key].includes(value))
			result[key] = value;
	}
	return result;
}
