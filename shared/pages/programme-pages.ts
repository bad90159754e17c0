// Content of the resources, participants and stats regions (the calendar and the archive are
// planned in page-plan.ts), from what the codec read. Pure functions:
// the same input gives the same bytes, so a second sync makes no edit.
import type { Participant } from '../model/participant';
import { skillKey } from '../model/participant';
import { indexSkills, wantedSkills } from '../model/skills';
import { RESOURCE_KINDS, type Session } from '../model/session';
import { byStart } from '../model/rules';
import type { ProgrammeStats } from '../stats/programme-stats';
import {
	externalLink,
	languageNames,
	pageLink,
	plain,
	userLink,
	wikitable,
} from './wikitable';

const KIND_LABEL = {
	recording: 'Recording',
	slides: 'Slides',
	audio: 'Audio',
	notes: 'Notes',
} as const;

/** Recordings, slides, audio and notes of past sessions, by topic, with each language's version. */
export function resourcesRegion(sessions: Session[]): string {
	const withResources = sessions.filter((s) =>
		RESOURCE_KINDS.some((k) => Object.keys(s.resources[k] ?? {}).length > 0),
	);
	if (withResources.length === 0)
		return "''No recordings or slides have been published yet.''";
	const topics = new Map<string, Session[]>();
	for (const s of withResources) {
		const topic = s.topic ?? 'Other topics';
		topics.set(topic, [...(topics.get(topic) ?? []), s]);
	}
	const sections: string[] = [];
	for (const topic of [...topics.keys()].sort((a, b) => a.localeCompare(b))) {
		const rows = topics
			.get(topic)!
			.sort(byStart)
			.reverse()
			.map((s) => {
				const links = RESOURCE_KINDS.flatMap((kind) =>
					Object.entries(s.resources[kind] ?? {})
						.sort()
						.map(([lang, url]) =>
							externalLink(
								url,
								lang ? `${KIND_LABEL[kind]} (${lang})` : KIND_LABEL[kind],
							),
						),
				);
				const languages = [
					...new Set(
						RESOURCE_KINDS.flatMap((k) =>
							Object.keys(s.resources[k] ?? {}).map((l) => l || s.language),
						),
					),
				].sort();
				return [
					s.startUtc.slice(0, 10),
					pageLink(s.page, s.title),
					languageNames(languages),
					links.join(' · '),
				];
			});
		sections.push(
			`== ${plain(topic)} ==\n${wikitable(['Date', 'Session', 'Languages', 'Resources'], rows)}`,
		);
	}
	return sections.join('\n');
}

/** The directory, the skill index and the matching of learners with sharers. */
export function participantsRegion(
	participants: Participant[],
	sessions: Session[],
): string {
	if (participants.length === 0) return "''Nobody has joined yet.''";
	const sorted = [...participants].sort((a, b) => a.user.localeCompare(b.user));
	const directory = wikitable(
		[
			'Participant',
			'Affiliate',
			'Country',
			'Region',
			'Languages',
			'Can share',
			'Wants to learn',
		],
		sorted.map((p) => [
			userLink(p.user),
			plain(p.affiliate ?? ''),
			plain(p.country ?? ''),
			plain(p.region ?? ''),
			languageNames(p.languages),
			plain(p.share.join(', ')),
			plain(p.learn.join(', ')),
		]),
	);

	const index = indexSkills(participants);
	const skillName = (key: string) => index.names.get(key) ?? key;
	const users = (list: string[] = []) =>
		list
			.sort((a, b) => a.localeCompare(b))
			.map(userLink)
			.join(', ');
	const skills = [...index.names.keys()].sort((a, b) =>
		skillName(a).localeCompare(skillName(b)),
	);
	const bySkill = wikitable(
		['Skill', 'Can share it', 'Want to learn it'],
		skills.map((k) => [
			plain(skillName(k)),
			users(index.sharers.get(k)),
			users(index.learners.get(k)),
		]),
	);

	const matches = skills.flatMap((k) => {
		const learners = index.learners.get(k) ?? [];
		const sharers = index.sharers.get(k) ?? [];
		const pairs = learners.filter((l) => sharers.some((s) => s !== l));
		return pairs.length > 0
			? [[plain(skillName(k)), users(pairs), users(sharers)]]
			: [];
	});
	const matching =
		matches.length > 0
			? wikitable(
					['Skill', 'Who wants to learn it', 'Who can share it'],
					matches,
				)
			: "''No match yet.''";

	const covered = new Set(
		sessions.map((s) => skillKey(s.topic ?? '')).filter(Boolean),
	);
	const wanted = wantedSkills(index)
		.filter((w) => !covered.has(w.key))
		.slice(0, 10)
		.map((w) => `# ${plain(w.name)} (${w.learners})`);
	return [
		`== Directory ==\n${directory}`,
		`== Skills ==\n${bySkill}`,
		`== Skill matching ==\n${matching}`,
		`== Most wanted skills no session has covered yet ==\n${wanted.length > 0 ? wanted.join('\n') : "''Every skill people want to learn has had a session.''"}`,
	].join('\n');
}

/** The `#switch` cases of Template:Let's Connect/Stats (the figures: ../stats/programme-stats.ts). */
export function statsRegion(stats: ProgrammeStats): string {
	return Object.entries(stats)
		.map(
			([key, value]) =>
				`|${key}=${value === null ? '' : key === 'attendance' ? `${value}%` : value}`,
		)
		.join('\n');
}
