// A session card's values as the wiki renders them (data-lc-*) and as the codec reads the same
// session, in one shape, so that tests compare the two field by field.
import type { Session } from '../../shared/model/session';
import { SESSION_PARAMS } from '../../shared/model/session-contract';

export type CardValues = Record<string, string | undefined>;

/** What the codec says the card carries. */
export function cardOfSession(session: Session): CardValues {
	return {
		session: session.id,
		start: session.startUtc,
		end: session.endUtc,
		duration: String(session.durationMinutes),
		type: session.type,
		status: session.status,
		registration: session.registration,
		language: session.language,
		interpretation: session.interpretation.join(' '),
		audience: session.audience.join(' '),
		capacity:
			session.capacity && session.capacity > 0
				? String(session.capacity)
				: undefined,
		title: session.title,
		topic: session.topic ?? '',
	};
}

/** What the rendered card carries (its attributes, as elementsWith gives them). */
export function cardOfElement(attrs: Record<string, string>): CardValues {
	const value = (name: string) => attrs[`data-lc-${name}`];
	return {
		session: value('session'),
		start: value('start'),
		end: value('end'),
		duration: value('duration'),
		type: value('type'),
		status: value('status'),
		registration: value('registration'),
		language: value('language'),
		interpretation: value('interpretation'),
		audience: value('audience'),
		capacity: value('capacity'),
		title: value('title'),
		topic: value('topic') ?? '',
	};
}

/** The problems that leave a value out of a published session (the module's box names them). */
export const LEFT_OUT_CODES = new Set([
	'session-unknown-param',
	'session-unnamed-value',
	...SESSION_PARAMS.filter((p) => p.problem && !p.keepUnknown).map(
		(p) => `session-${p.problem}`,
	),
]);
