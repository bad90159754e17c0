// The evaluation figures (issue 26): the programme's reach and its people over time, overall, by
// month (of the session's start, UTC) and by hub (one entry per root served), and the tables by
// topic and language. Pure: from what the bot read of each root, and the time.
//
// A session cancelled or postponed (isOff) has not taken place: it counts nowhere, whatever its
// date. Who took part: the sharers of sessions not off, whoever holds a line that is not cancelled
// (registered or waiting), and whoever came (attendance: a verified mark, never a line's
// `attended=` as the page says it now); overall also everyone with a profile, as the headline
// figures count them (programme-stats.ts).
import type { Participant } from '../model/participant';
import { skillKey } from '../model/participant';
import { indexSkills, wantedSkills } from '../model/skills';
import { isKnownLanguage } from '../model/languages';
import { hasEnded } from '../model/rules';
import type { Session } from '../model/session';
import { normaliseUsername } from '../model/usernames';
import { isOff } from './programme-stats';
import type { Registration } from '../registrations/registration-page';

/** What the bot read of one root (the programme, or a hub) that the figures need. */
export interface RootProgramme {
	root: string;
	/** The hub's name on the registry (the programme's own: "Let's Connect"). */
	name: string;
	sessions: Session[];
	registrations: Map<string, Registration[]>;
	/** Who came to each session, by id, as verified (the programme's attendance map). */
	attendance: Map<string, string[]>;
	participants: Participant[];
	config: {
		/** Figures from before the tools (`baseline-participants`): added to the overall figures. */
		baseline: Record<string, number>;
		/** How many affiliates there are in all (`affiliates-total`). */
		affiliatesTotal?: number;
	};
}

export interface Figures {
	participants: number;
	countries: number;
	languages: number;
	affiliates: number;
	/** The affiliates reached, in whole percent of the Config's `affiliates-total`, at most 100; null without one. */
	affiliateShare: number | null;
	/** Sessions neither cancelled nor postponed (held or ahead), and their distinct topics. */
	sessions: number;
	topics: number;
	/** Lines holding a place at sessions neither cancelled nor postponed. */
	registrations: number;
	/**
	 * Times someone came to a session that ended (verified marks): each person once for every
	 * session they came to, so someone who came to two counts twice (the people: `returning`).
	 */
	attended: number;
	/** Sessions that ended where attendance was taken: at least one verified mark. */
	attendanceTaken: number;
	/**
	 * Of those with a place at the sessions where attendance was taken, who came, in whole percent;
	 * null when none. A session that ended without a mark is left out, not counted as nobody come.
	 */
	attendanceRate: number | null;
	/** People who came to two sessions or more (by month: came that month, and had come before too). */
	returning: number;
	/** People whose first participation in the programme falls here (overall: everyone who took part). */
	newcomers: number;
	/** Languages sessions offered interpretation into. */
	interpretationLanguages: number;
}

/** The figures the Config's baselines add to (its `baseline-*` rows that are figures here). */
export const BASELINE_FIGURES_ADDED = [
	'participants',
	'countries',
	'languages',
	'affiliates',
	'sessions',
	'topics',
	'registrations',
] as const;

export interface Evaluation {
	roots: string[];
	/** Everything, the baselines added. */
	overall: Figures;
	/** Whether any baseline was added to the overall figures. */
	withBaseline: boolean;
	/**
	 * Month by month (YYYY-MM of the session's start, UTC; a newcomer's month is their first
	 * participation's), oldest first: every month from the first to the last, one with nothing as zeros.
	 */
	byMonth: { month: string; figures: Figures }[];
	/** One entry per root, in the order given; no baselines. */
	byHub: { root: string; name: string; figures: Figures }[];
	/** Every topic of a session or a follow: sessions on it (neither cancelled nor postponed) and its followers. */
	topics: { topic: string; sessions: number; followers: number }[];
	/** The ten skills most wanted (the Participants page's rule) against the sessions held on them and ahead. */
	wanted: { topic: string; learners: number; held: number; ahead: number }[];
	/** Interpretation languages, by the sessions (neither cancelled nor postponed) that offered each. */
	interpretation: { language: string; sessions: number }[];
}

/** One session of one root, as the figures see it. */
interface Held {
	rootIndex: number;
	session: Session;
	month: string;
	ended: boolean;
	/** Who holds a line (not cancelled), with when they signed up. */
	lines: Registration[];
	/** Who came, normalised. */
	came: Set<string>;
	/** It ended and attendance was taken: someone's mark was verified. */
	taken: boolean;
}

/** A person's participation: where and when (the instant, for the first of all). */
interface Act {
	held: Held;
	at: string;
}

const monthOf = (iso: string) => iso.slice(0, 7);

/**
 * Every month from the first to the last (YYYY-MM), those with nothing too; none without any. A
 * key that is not a month (never from a session read) is kept as it is, never ranged over.
 */
export function everyMonth(months: string[]): string[] {
	const valid = [...new Set(months)]
		.filter((m) => /^\d{4}-\d{2}$/.test(m))
		.sort();
	const others = [...new Set(months)].filter((m) => !valid.includes(m));
	if (valid.length === 0) return others.sort();
	const last = valid[valid.length - 1];
	const all: string[] = [];
	let [year, month] = valid[0].split('-').map(Number);
	for (;;) {
		const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
		all.push(key);
		if (key >= last) return [...all, ...others].sort();
		month++;
		if (month > 12) {
			month = 1;
			year++;
		}
	}
}

function heldSessions(programmes: RootProgramme[], now: Date): Held[] {
	return programmes.flatMap((p, rootIndex) =>
		p.sessions
			.filter((s) => !isOff(s))
			.map((session) => {
				const ended = hasEnded(session.endUtc, now);
				const came = new Set(
					ended
						? (p.attendance.get(session.id) ?? []).map(normaliseUsername)
						: [],
				);
				return {
					rootIndex,
					session,
					month: monthOf(session.startUtc),
					ended,
					lines: (p.registrations.get(session.id) ?? []).filter(
						(r) => r.status !== 'cancelled',
					),
					came,
					taken: came.size > 0,
				};
			}),
	);
}

/** Every person's participations: sharing, a line (at its sign-up's time) and coming. */
function actsOf(sessions: Held[]): Map<string, Act[]> {
	const acts = new Map<string, Act[]>();
	const add = (user: string, act: Act) => {
		const key = normaliseUsername(user);
		acts.set(key, [...(acts.get(key) ?? []), act]);
	};
	for (const held of sessions) {
		const start = held.session.startUtc;
		for (const sharer of held.session.sharers) add(sharer, { held, at: start });
		for (const line of held.lines)
			add(line.user, { held, at: line.registered ?? start });
		for (const user of held.came) add(user, { held, at: start });
	}
	return acts;
}

/** Profiles by person: one person with profiles under two roots has both. */
function profilesOf(programmes: RootProgramme[]): Map<string, Participant[]> {
	const profiles = new Map<string, Participant[]>();
	for (const p of programmes)
		for (const person of p.participants) {
			const key = normaliseUsername(person.user);
			profiles.set(key, [...(profiles.get(key) ?? []), person]);
		}
	return profiles;
}

const distinct = (values: (string | undefined)[]) =>
	new Set(
		values
			.filter((v): v is string => Boolean(v && v.trim()))
			.map((v) => v.trim().toLowerCase()),
	).size;

const percent = (part: number, whole: number) =>
	whole > 0 ? Math.round((part / whole) * 100) : null;

/**
 * The affiliates reached as a share of all there are, at most 100 %: the baseline's affiliates
 * and those counted now may be the same ones, or the total set too low.
 */
const affiliateShareOf = (
	affiliates: number,
	affiliatesTotal: number | undefined,
): number | null => {
	if (affiliatesTotal === undefined) return null;
	const share = percent(affiliates, affiliatesTotal);
	return share === null ? null : Math.min(100, share);
};

interface Scope {
	sessions: Held[];
	/** People in it beyond those who took part in its sessions: the profile holders. */
	people: Set<string>;
	/** Who came to two or more sessions, counting the sessions that pass `counts`. */
	returning: (user: string) => boolean;
	newcomers: number;
}

function figuresOf(
	scope: Scope,
	profiles: Map<string, Participant[]>,
	affiliatesTotal: number | undefined,
): Figures {
	const people = new Set(scope.people);
	let registrations = 0;
	let placesTaken = 0;
	let cameWithPlace = 0;
	let attended = 0;
	const attendees = new Set<string>();
	for (const held of scope.sessions) {
		for (const sharer of held.session.sharers)
			people.add(normaliseUsername(sharer));
		for (const line of held.lines) {
			const user = normaliseUsername(line.user);
			people.add(user);
			if (line.status !== 'registered') continue;
			registrations++;
			if (!held.taken) continue;
			placesTaken++;
			if (held.came.has(user)) cameWithPlace++;
		}
		for (const user of held.came) {
			people.add(user);
			attendees.add(user);
			attended++;
		}
	}
	const known = [...people].flatMap((user) => profiles.get(user) ?? []);
	const affiliates = distinct(known.map((p) => p.affiliate));
	return {
		participants: people.size,
		countries: distinct(known.map((p) => p.country)),
		// Languages people speak, and the languages of their home wikis (not commons, www, meta).
		languages: distinct(
			known.flatMap((p) =>
				[...p.languages, p.home?.split('.')[0]].filter(
					(code) => code !== undefined && isKnownLanguage(code),
				),
			),
		),
		affiliates,
		affiliateShare: affiliateShareOf(affiliates, affiliatesTotal),
		sessions: scope.sessions.length,
		topics: distinct(scope.sessions.map((h) => h.session.topic)),
		registrations,
		attended,
		attendanceTaken: scope.sessions.filter((h) => h.taken).length,
		attendanceRate: percent(cameWithPlace, placesTaken),
		returning: [...attendees].filter(scope.returning).length,
		newcomers: scope.newcomers,
		interpretationLanguages: distinct(
			scope.sessions.flatMap((h) => h.session.interpretation),
		),
	};
}

/** How many sessions each person came to, among those given. */
function attendanceCounts(sessions: Held[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const held of sessions)
		for (const user of held.came) counts.set(user, (counts.get(user) ?? 0) + 1);
	return counts;
}

/** The figures with the baselines added, and the affiliate share of the new count. */
function withBaselines(
	figures: Figures,
	baseline: Record<string, number>,
	affiliatesTotal: number | undefined,
): Figures {
	const result = { ...figures };
	for (const figure of BASELINE_FIGURES_ADDED)
		result[figure] += baseline[figure] ?? 0;
	result.affiliateShare = affiliateShareOf(result.affiliates, affiliatesTotal);
	return result;
}

/** Rows keyed by a topic compared as skills are (case and spaces), written as first spelt. */
function byTopic(): {
	add: (topic: string, field: 'sessions' | 'followers') => void;
	rows: () => { topic: string; sessions: number; followers: number }[];
} {
	const rows = new Map<
		string,
		{ topic: string; sessions: number; followers: number }
	>();
	return {
		add(topic, field) {
			const key = skillKey(topic);
			if (!key) return;
			const row = rows.get(key) ?? {
				topic: topic.trim(),
				sessions: 0,
				followers: 0,
			};
			row[field]++;
			rows.set(key, row);
		},
		rows: () =>
			[...rows.values()].sort(
				(a, b) =>
					b.sessions - a.sessions ||
					b.followers - a.followers ||
					a.topic.localeCompare(b.topic),
			),
	};
}

/**
 * The evaluation of one root, or of the programme and its hubs (the main root first). Newcomers
 * and returning participants are people across all the roots given: someone who first took part in
 * a hub is a newcomer there, once.
 */
export function evaluate(programmes: RootProgramme[], now: Date): Evaluation {
	const sessions = heldSessions(programmes, now);
	const acts = actsOf(sessions);
	const profiles = profilesOf(programmes);
	const affiliatesTotal = programmes.find(
		(p) => p.config.affiliatesTotal !== undefined,
	)?.config.affiliatesTotal;

	// Each person's first participation: its month, and the root where it was.
	const first = new Map<string, Act>();
	for (const [user, list] of acts)
		first.set(
			user,
			list.reduce((a, b) => (b.at < a.at ? b : a)),
		);
	const newcomersWhere = (keep: (act: Act) => boolean) =>
		[...first.values()].filter(keep).length;

	const everyone = new Set(profiles.keys());
	const total = attendanceCounts(sessions);
	const baseline: Record<string, number> = {};
	for (const p of programmes)
		for (const [figure, value] of Object.entries(p.config.baseline))
			baseline[figure] = (baseline[figure] ?? 0) + value;
	const overall = withBaselines(
		figuresOf(
			{
				sessions,
				people: everyone,
				returning: (user) => (total.get(user) ?? 0) >= 2,
				newcomers: first.size,
			},
			profiles,
			affiliatesTotal,
		),
		baseline,
		affiliatesTotal,
	);

	// Every month from the first to the last, a month with nothing as zeros: the charts' time axis.
	const months = everyMonth([
		...sessions.map((h) => h.month),
		...[...first.values()].map((act) => monthOf(act.at)),
	]);
	const byMonth = months.map((month) => {
		const upTo = attendanceCounts(sessions.filter((h) => h.month <= month));
		return {
			month,
			figures: figuresOf(
				{
					sessions: sessions.filter((h) => h.month === month),
					people: new Set(),
					returning: (user) => (upTo.get(user) ?? 0) >= 2,
					newcomers: newcomersWhere((act) => monthOf(act.at) === month),
				},
				profiles,
				affiliatesTotal,
			),
		};
	});

	const byHub = programmes.map((p, rootIndex) => {
		const own = sessions.filter((h) => h.rootIndex === rootIndex);
		const counts = attendanceCounts(own);
		return {
			root: p.root,
			name: p.name,
			figures: figuresOf(
				{
					sessions: own,
					people: new Set(p.participants.map((q) => normaliseUsername(q.user))),
					returning: (user) => (counts.get(user) ?? 0) >= 2,
					newcomers: newcomersWhere((act) => act.held.rootIndex === rootIndex),
				},
				profiles,
				affiliatesTotal,
			),
		};
	});

	const topics = byTopic();
	for (const held of sessions)
		if (held.session.topic) topics.add(held.session.topic, 'sessions');
	const followers = new Map<string, Set<string>>();
	for (const person of programmes.flatMap((p) => p.participants))
		for (const topic of person.follow.topics) {
			const key = skillKey(topic);
			const who = followers.get(key) ?? new Set<string>();
			// One follower once, whichever of their profiles names the topic.
			if (!who.has(normaliseUsername(person.user))) {
				who.add(normaliseUsername(person.user));
				topics.add(topic, 'followers');
			}
			followers.set(key, who);
		}

	const onTopic = (key: string, ended: boolean) =>
		sessions.filter(
			(h) => h.ended === ended && skillKey(h.session.topic ?? '') === key,
		).length;
	const wanted = wantedSkills(
		indexSkills(programmes.flatMap((p) => p.participants)),
	)
		.slice(0, 10)
		.map((w) => ({
			topic: w.name,
			learners: w.learners,
			held: onTopic(w.key, true),
			ahead: onTopic(w.key, false),
		}));

	const interpretation = new Map<string, number>();
	for (const held of sessions)
		for (const code of new Set(
			held.session.interpretation.map((c) => c.trim().toLowerCase()),
		))
			interpretation.set(code, (interpretation.get(code) ?? 0) + 1);

	return {
		roots: programmes.map((p) => p.root),
		overall,
		withBaseline: BASELINE_FIGURES_ADDED.some((f) => (baseline[f] ?? 0) > 0),
		byMonth,
		byHub,
		topics: topics.rows(),
		wanted,
		interpretation: [...interpretation]
			.map(([language, count]) => ({ language, sessions: count }))
			.sort(
				(a, b) =>
					b.sessions - a.sessions || a.language.localeCompare(b.language),
			),
	};
}
