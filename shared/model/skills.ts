// The skills people list on their profiles (what they can share, what they want to learn), indexed
// by skill, and the rule of the most wanted: one home for the Participants page and the evaluation.
import { skillKey, type Participant } from './participant';

export interface SkillIndex {
	/** The first spelling seen of each skill, by key. */
	names: Map<string, string>;
	sharers: Map<string, string[]>;
	learners: Map<string, string[]>;
}

export function indexSkills(participants: Participant[]): SkillIndex {
	const index: SkillIndex = {
		names: new Map(),
		sharers: new Map(),
		learners: new Map(),
	};
	for (const p of participants) {
		for (const [list, target] of [
			[p.share, index.sharers],
			[p.learn, index.learners],
		] as const) {
			for (const skill of list) {
				const key = skillKey(skill);
				if (!index.names.has(key)) index.names.set(key, skill);
				const users = target.get(key) ?? [];
				if (!users.includes(p.user)) target.set(key, [...users, p.user]);
			}
		}
	}
	return index;
}

export interface WantedSkill {
	key: string;
	/** Its first spelling. */
	name: string;
	/** How many people want to learn it. */
	learners: number;
}

/**
 * The skills people want to learn, the most wanted first (then by name): the Participants page
 * lists those no session has covered, the evaluation sets them against the sessions held.
 */
export function wantedSkills(index: SkillIndex): WantedSkill[] {
	const name = (key: string) => index.names.get(key) ?? key;
	return [...index.learners]
		.filter(([, users]) => users.length > 0)
		.map(([key, users]) => ({ key, name: name(key), learners: users.length }))
		.sort((a, b) => b.learners - a.learners || a.name.localeCompare(b.name));
}
