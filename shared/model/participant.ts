// A participant's profile, `ROOT/Participants/<username>`: one {{Let's Connect/Participant}}.
import { splitList } from '../wikitext/lists';
import { findTemplates, paramsOf } from '../wikitext/template-parser';
import { escapeTemplateValue, unescapeTemplateValue } from '../wikitext/escape';
import { setParams } from '../wikitext/template-editor';
import { isKnownLanguage } from './languages';
import { isValidUsername, normaliseUsername } from './usernames';
import { problem, type Problem } from './problems';

export const PARTICIPANT_TEMPLATE = "Let's Connect/Participant";

export interface Participant {
	user: string;
	affiliate?: string;
	country?: string;
	region?: string;
	languages: string[];
	/** Home wiki, e.g. `es.wikipedia`. */
	home?: string;
	share: string[];
	learn: string[];
	joined?: string;
	/** What they follow: a session matching any of it is news for them (shared/talk/follow.ts). */
	follow: Follows;
	page: string;
}

/** Topics, session languages (spoken or interpreted) and hubs (by root or name) someone follows. */
export interface Follows {
	topics: string[];
	languages: string[];
	hubs: string[];
}

/** The profile's parameters of what someone follows, by the field of {@link Follows} they set. */
export const FOLLOW_PARAMS = {
	topics: 'follow-topics',
	languages: 'follow-languages',
	hubs: 'follow-hubs',
} as const;

/** The follows a profile's parameters give. */
export function followsOf(params: Record<string, string | undefined>): Follows {
	return {
		topics: splitList(params[FOLLOW_PARAMS.topics]),
		languages: splitList(params[FOLLOW_PARAMS.languages]).map((l) =>
			l.toLowerCase(),
		),
		hubs: splitList(params[FOLLOW_PARAMS.hubs]),
	};
}

/** Skills compared case-insensitively, written as their first spelling. */
export function skillKey(skill: string): string {
	return skill.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function readParticipants(
	page: string,
	text: string,
	problems: Problem[],
): Participant[] {
	const participants: Participant[] = [];
	const calls = findTemplates(text, PARTICIPANT_TEMPLATE);
	if (calls.length > 1) {
		problems.push(
			problem(
				'participant-duplicate',
				'The page has more than one participant template; only the first is read.',
				{ page, template: PARTICIPANT_TEMPLATE },
				'warning',
			),
		);
	}
	for (const call of calls.slice(0, 1)) {
		const raw = paramsOf(call);
		const params: Record<string, string> = {};
		for (const [k, v] of Object.entries(raw))
			params[k] = unescapeTemplateValue(v).trim();
		const where = { page, template: PARTICIPANT_TEMPLATE };
		// The page name says whose profile it is when the template does not.
		const fromTitle = /\/Participants\/([^/]+)$/.exec(page)?.[1];
		const user = params.user || fromTitle || '';
		// A profile speaks for the user whose page it is: nobody can list skills in another's name.
		if (
			fromTitle &&
			params.user &&
			normaliseUsername(params.user) !== normaliseUsername(fromTitle)
		) {
			problems.push(
				problem(
					'participant-wrong-page',
					`The profile says user "${params.user}" but is on the page of "${fromTitle}"; it is left out.`,
					{ ...where, param: 'user' },
				),
			);
			continue;
		}
		if (!user || !isValidUsername(user)) {
			problems.push(
				problem(
					'participant-invalid-user',
					`"${user}" is not a valid user name.`,
					{ ...where, param: 'user' },
				),
			);
			continue;
		}
		const languages = splitList(params.languages).map((l) => l.toLowerCase());
		const follow = followsOf(params);
		for (const [param, codes] of [
			['languages', languages],
			[FOLLOW_PARAMS.languages, follow.languages],
		] as const) {
			for (const code of codes.filter((c) => !isKnownLanguage(c)))
				problems.push(
					problem(
						'participant-unknown-language',
						`"${code}" is not a known language code.`,
						{ ...where, param },
						'warning',
					),
				);
		}
		if (params.joined && !/^\d{4}-\d{2}(-\d{2})?$/.test(params.joined)) {
			problems.push(
				problem(
					'participant-invalid-joined',
					`"${params.joined}" is not a date such as 2026-11-23.`,
					{ ...where, param: 'joined' },
					'warning',
				),
			);
		}
		participants.push({
			user: normaliseUsername(user),
			affiliate: params.affiliate || undefined,
			country: params.country || undefined,
			region: params.region || undefined,
			languages,
			home: params.home || undefined,
			share: splitList(params.share),
			learn: splitList(params.learn),
			joined: params.joined || undefined,
			follow,
			page,
		});
	}
	return participants;
}

export interface ProfileValues {
	'languages': string;
	'country': string;
	'region': string;
	'affiliate': string;
	'home': string;
	'share': string;
	'learn': string;
	'follow-topics': string;
	'follow-languages': string;
	'follow-hubs': string;
}

export const PROFILE_FIELDS: (keyof ProfileValues)[] = [
	'languages',
	'country',
	'region',
	'affiliate',
	'home',
	'share',
	'learn',
	FOLLOW_PARAMS.topics,
	FOLLOW_PARAMS.languages,
	FOLLOW_PARAMS.hubs,
];

/** The profile's fields of language codes, chosen by name in the form. */
export const LANGUAGE_FIELDS: (keyof ProfileValues)[] = [
	'languages',
	FOLLOW_PARAMS.languages,
];

/**
 * A participant page with the profile set: in an existing template only the fields that differ
 * from what the form loaded (`loaded`) are written, so a value with wikitext the reader never
 * touched stays exactly as it was; other parameters, comments and text are kept. A new page gets
 * the non-empty fields. `joined` is set only once. Undefined when a profile added at the end
 * would be read by nobody (the page ends inside an unclosed comment or tag), as for sign-up.
 */
export function withProfile(
	text: string,
	user: string,
	values: ProfileValues,
	joined: string,
	loaded?: ProfileValues,
): string | undefined {
	const escaped = Object.fromEntries(
		PROFILE_FIELDS.map((k) => [k, escapeTemplateValue(values[k])]),
	);
	const [call] = findTemplates(text, PARTICIPANT_TEMPLATE);
	if (call) {
		const current = loaded ?? profileValues(text);
		const updates: Record<string, string> = {};
		for (const k of PROFILE_FIELDS)
			if (values[k] !== current[k]) updates[k] = escaped[k];
		if (!paramsOf(call).joined) updates.joined = joined;
		return setParams(text, call, updates);
	}
	const lines = [
		`{{${PARTICIPANT_TEMPLATE}`,
		`| user = ${escapeTemplateValue(user)}`,
		...PROFILE_FIELDS.filter((k) => escaped[k] !== '').map(
			(k) => `| ${k} = ${escaped[k]}`,
		),
		`| joined = ${joined}`,
		'}}',
	];
	const intro = text.replace(/\s+$/, '');
	const next = intro ? `${intro}\n${lines.join('\n')}` : lines.join('\n');
	// Written where the wiki (and the codec, which reads as the wiki does) would read it, or not at all.
	return findTemplates(next, PARTICIPANT_TEMPLATE).length > 0
		? next
		: undefined;
}

/** The profile's current values, for a form. */
export function profileValues(text: string): ProfileValues {
	const [call] = findTemplates(text, PARTICIPANT_TEMPLATE);
	const params = call ? paramsOf(call) : {};
	return Object.fromEntries(
		PROFILE_FIELDS.map((k) => [k, unescapeTemplateValue(params[k] ?? '')]),
	) as unknown as ProfileValues;
}
