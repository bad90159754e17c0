// Wikitext of the card calls (CARD_CALL): how generated pages show a session.
import { escapeTemplateValue } from '../wikitext/escape';
import { CARD_CALL, RESOURCE_KINDS, type Session } from '../model/session';
import { byStart, hasEnded } from '../model/rules';
import { SESSION_PARAMS } from '../model/session-contract';

export interface CardCounts {
	registered: number;
	waitlisted: number;
}

/**
 * One card; parameters in a fixed order so that regenerating it gives the same bytes. `came`: how
 * many came to a past session, by verified marks.
 */
export function sessionCard(
	session: Session,
	root: string,
	counts?: CardCounts,
	came?: number,
): string {
	const values: [string, string | number | undefined][] = [
		['id', session.id],
		['type', session.type],
		['title', session.title],
		['topic', session.topic],
		['start', session.start],
		['timezone', session.timezone],
		['duration', session.durationMinutes],
		['audience', session.audience.join(', ')],
		['sharers', session.sharers.join(', ')],
		['language', session.language],
		['interpretation', session.interpretation.join(', ')],
		['registration', session.registration],
		['capacity', session.capacity],
		['status', session.status],
		['page', session.page],
		['root', root],
		['registered', counts?.registered],
		['waitlisted', counts?.waitlisted],
		['came', came],
	];
	// Rows of the contract the card carries that have no field of their own above (a new parameter).
	const written = new Set(values.map(([name]) => name));
	for (const row of SESSION_PARAMS) {
		if (row.card && !written.has(row.name))
			values.push([row.name, session.values[row.name]]);
	}
	for (const kind of RESOURCE_KINDS) {
		for (const [lang, url] of Object.entries(
			session.resources[kind] ?? {},
		).sort()) {
			values.push([lang ? `${kind}-${lang}` : kind, url]);
		}
	}
	const params = values
		.filter(
			(entry): entry is [string, string | number] =>
				entry[1] !== undefined && entry[1] !== '',
		)
		.map(([name, value]) => `|${name}=${escapeTemplateValue(String(value))}`)
		.join('');
	return `{{${CARD_CALL}${params}}}`;
}

/**
 * What a list with no session shows (in the reader's language); with its root, so that a liaison
 * there is offered to add the first session.
 */
export function emptyCard(root?: string): string {
	return `{{${CARD_CALL}|empty=yes${root ? `|root=${escapeTemplateValue(root)}` : ''}}}`;
}

/** Sessions that have not ended at `now`, soonest first, at most `limit`. */
export function upcomingSessions(
	sessions: Session[],
	now: Date,
	limit: number,
): Session[] {
	return sessions
		.filter((s) => !hasEnded(s.endUtc, now))
		.sort(byStart)
		.slice(0, limit);
}

/** The content of the `upcoming` region of Template:Let's Connect/Upcoming. */
export function upcomingRegion(
	sessions: Session[],
	root: string,
	now: Date,
	limit: number,
	counts: Map<string, CardCounts> = new Map(),
): string {
	const next = upcomingSessions(sessions, now, limit);
	if (next.length === 0) return emptyCard(root);
	return next.map((s) => sessionCard(s, root, counts.get(s.id))).join('\n');
}
