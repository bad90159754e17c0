// The programme's headline figures (participants, countries, languages, sessions …) from what
// the codec read: the numbers the Stats template and `letsconnect stats` show.
import type { Participant } from '../model/participant';
import { isKnownLanguage } from '../model/languages';
import type { Session } from '../model/session';
import type { Registration } from '../registrations/registration-page';
import { hasEnded } from '../model/rules';
import { normaliseUsername } from '../model/usernames';

/**
 * Whether a session is off: cancelled, or postponed (its date has gone, its new one is not set).
 * Neither has taken place, whatever its old date: no session held, no topic, no attendance.
 */
export function isOff(session: Pick<Session, 'status'>): boolean {
	return session.status === 'cancelled' || session.status === 'postponed';
}

export interface ProgrammeStats {
	participants: number;
	countries: number;
	languages: number;
	affiliates: number;
	sessions: number;
	clinics: number;
	connectathons: number;
	workshops: number;
	topics: number;
	registrations: number;
	/**
	 * Share of the registrants with a place at the ended sessions where attendance was taken (at
	 * least one verified mark: the programme's attendance map) who came, in whole percent; null
	 * when there are none. A session without a mark is left out, not counted as nobody come.
	 */
	attendance: number | null;
}

/**
 * Headline figures. Participants are everyone who took part, each once: registrants whose
 * registration is not cancelled, the sharers of sessions that are not off (cancelled or
 * postponed: isOff), and everyone with a profile. Languages are the distinct languages participants speak or edit in.
 * `attendance`: who came to each session, by id, as verified (a mark counts only when a sharer's
 * or a liaison's own revision wrote it); a line's `attended=` as the page says it now counts for
 * nothing here.
 */
export function computeStats(
	sessions: Session[],
	participants: Participant[],
	registrations: Map<string, Registration[]>,
	attendance: Map<string, string[]>,
	now: Date,
): ProgrammeStats {
	const people = new Set(participants.map((p) => normaliseUsername(p.user)));
	for (const session of sessions)
		if (!isOff(session))
			for (const sharer of session.sharers)
				people.add(normaliseUsername(sharer));
	let registered = 0;
	let pastRegistered = 0;
	let attended = 0;
	const ended = new Set(
		sessions.filter((s) => hasEnded(s.endUtc, now)).map((s) => s.id),
	);
	// A session cancelled or postponed took nobody part: its registrants count (as its sharers) only elsewhere.
	const off = new Set(sessions.filter(isOff).map((s) => s.id));
	for (const [id, list] of registrations) {
		if (off.has(id)) continue;
		const came = new Set((attendance.get(id) ?? []).map(normaliseUsername));
		const taken = ended.has(id) && came.size > 0;
		// Someone marked as come who had no line took part too.
		for (const user of came) people.add(user);
		for (const r of list) {
			if (r.status === 'cancelled') continue;
			people.add(normaliseUsername(r.user));
			if (r.status === 'registered') registered++;
			if (taken && r.status === 'registered') {
				pastRegistered++;
				if (came.has(normaliseUsername(r.user))) attended++;
			}
		}
	}
	const distinct = (values: (string | undefined)[]) =>
		new Set(
			values
				.filter((v): v is string => Boolean(v))
				.map((v) => v.trim().toLowerCase()),
		).size;
	const held = sessions.filter((s) => !isOff(s));
	return {
		participants: people.size,
		countries: distinct(participants.map((p) => p.country)),
		// Languages people speak, and the languages of their home wikis (not commons, www, meta).
		languages: distinct(
			participants.flatMap((p) =>
				[...p.languages, p.home?.split('.')[0]].filter(
					(code) => code !== undefined && isKnownLanguage(code),
				),
			),
		),
		affiliates: distinct(participants.map((p) => p.affiliate)),
		sessions: held.length,
		clinics: held.filter((s) => s.type === 'clinic').length,
		connectathons: held.filter((s) => s.type === 'connectathon').length,
		workshops: held.filter((s) => s.type === 'workshop').length,
		topics: distinct(held.map((s) => s.topic)),
		registrations: registered,
		attendance:
			pastRegistered > 0 ? Math.round((attended / pastRegistered) * 100) : null,
	};
}

/** The figures with the config's baselines added (figures from before the wiki pages were kept). */
export function withBaseline(
	stats: ProgrammeStats,
	baseline: Record<string, number>,
): ProgrammeStats {
	const result = { ...stats };
	for (const [figure, value] of Object.entries(baseline)) {
		if (figure in result && figure !== 'attendance')
			(result as unknown as Record<string, number>)[figure] += value;
	}
	return result;
}
