// `ROOT/Config`: liaisons' settings in {{Let's Connect/Config}}.
import { findTemplates, paramsOf } from '../wikitext/template-parser';
import {
	escapeTemplateValue,
	trimAscii,
	unescapeTemplateValue,
} from '../wikitext/escape';
import { setParams } from '../wikitext/template-editor';
import { isValidUsername, normaliseUsername } from '../model/usernames';
import { splitList } from '../wikitext/lists';
import { problem, type Problem } from '../model/problems';
import { PAGE_BUDGET } from '../model/page-budget';
import { readSessionDefaults } from '../sessions/session-defaults';
import type { SessionDefaults } from '../sessions/read-sessions';

export const CONFIG_TEMPLATE = "Let's Connect/Config";

export interface ProgrammeConfig {
	topics: string[];
	skills: string[];
	/** Hours before a session when reminders go out. */
	reminderHours: number;
	/** The programme's (or hub's) language: `language =`, also what its sessions take when they leave theirs out. */
	defaultLanguage: string;
	/**
	 * What sessions that leave out a row take (`timezone`, `capacity`, `language`), by name: see
	 * shared/sessions/session-defaults.ts.
	 */
	sessionDefaults: SessionDefaults;
	/** How many sessions Template:Let's Connect/Upcoming lists. */
	upcomingCount: number;
	/**
	 * Figures from before the pages were kept (`baseline-participants = 730`): the bot adds what
	 * it counts on the wiki to them, so the published figures never drop when it starts.
	 */
	baseline: Record<string, number>;
	/** Pages outside the root whose sessions count too (`session-pages = Page A, Page B`). */
	sessionPages: string[];
	/** At most this many talk-page messages in one run, and for one session in one run. */
	maxMessagesPerRun: number;
	maxMessagesPerSession: number;
	/** The run's whole waiting budget for rate limits and maxlag, in seconds (`--max-wait` wins). */
	maxWaitSeconds?: number;
	/** At most this many cards on one generated page; longer lists are split (page-plan.ts). */
	cardsPerPage: number;
	/** The programme's (or hub's) liaisons, by user name: named on the calendar of all hubs. */
	liaisons: string[];
}

export const BASELINE_FIGURES = [
	'participants',
	'countries',
	'languages',
	'affiliates',
	'sessions',
	'clinics',
	'connectathons',
	'workshops',
	'topics',
	'registrations',
];

export const DEFAULT_CONFIG: ProgrammeConfig = {
	topics: [],
	skills: [],
	reminderHours: 24,
	defaultLanguage: 'en',
	upcomingCount: 8,
	baseline: {},
	sessionPages: [],
	maxMessagesPerRun: 100,
	maxMessagesPerSession: 60,
	cardsPerPage: PAGE_BUDGET.cardsPerPage,
	liaisons: [],
	sessionDefaults: {},
};

function wholeNumber(
	value: string | undefined,
	min: number,
	max: number,
): number | undefined {
	if (value === undefined || value === '') return undefined;
	const n = /^\d+$/.test(value) ? Number(value) : NaN;
	return n >= min && n <= max ? n : NaN;
}

/** Reads the config page; anything missing or wrong falls back to the default, with a problem. */
export function readConfig(
	page: string,
	text: string | undefined,
	problems: Problem[],
): ProgrammeConfig {
	if (text === undefined) return DEFAULT_CONFIG;
	const calls = findTemplates(text, CONFIG_TEMPLATE);
	const where = { page, template: CONFIG_TEMPLATE };
	if (calls.length === 0) {
		problems.push(
			problem(
				'config-missing-template',
				`The config page has no {{${CONFIG_TEMPLATE}}}; defaults are used.`,
				where,
				'warning',
			),
		);
		return DEFAULT_CONFIG;
	}
	if (calls.length > 1)
		problems.push(
			problem(
				'config-duplicate',
				'The config page has more than one config template; the first is used.',
				where,
				'warning',
			),
		);
	const raw = paramsOf(calls[0]);
	const params: Record<string, string> = {};
	// Trimmed as the module trims them (Module:Let's Connect/config): both read the same values.
	for (const [k, v] of Object.entries(raw))
		params[k] = trimAscii(unescapeTemplateValue(v));
	const config: ProgrammeConfig = {
		...DEFAULT_CONFIG,
		topics: splitList(params.topics),
		skills: splitList(params.skills),
	};
	const reminder = wholeNumber(params['reminder-hours'], 1, 24 * 14);
	if (Number.isNaN(reminder))
		problems.push(
			problem(
				'config-invalid-reminder',
				`reminder-hours "${params['reminder-hours']}" must be a whole number of hours from 1 to 336.`,
				{ ...where, param: 'reminder-hours' },
			),
		);
	else if (reminder !== undefined) config.reminderHours = reminder;
	const upcoming = wholeNumber(params.upcoming, 1, 50);
	if (Number.isNaN(upcoming))
		problems.push(
			problem(
				'config-invalid-upcoming',
				`upcoming "${params.upcoming}" must be a whole number from 1 to 50.`,
				{ ...where, param: 'upcoming' },
			),
		);
	else if (upcoming !== undefined) config.upcomingCount = upcoming;
	for (const [key, field] of [
		['max-messages-per-run', 'maxMessagesPerRun'],
		['max-messages-per-session', 'maxMessagesPerSession'],
	] as const) {
		const value = wholeNumber(params[key], 0, 10000);
		if (Number.isNaN(value))
			problems.push(
				problem(
					'config-invalid-message-cap',
					`${key} "${params[key]}" must be a whole number from 0 to 10000.`,
					{ ...where, param: key },
				),
			);
		else if (value !== undefined) config[field] = value;
	}
	const maxWait = wholeNumber(params['max-wait'], 0, 86400);
	if (Number.isNaN(maxWait))
		problems.push(
			problem(
				'config-invalid-max-wait',
				`max-wait "${params['max-wait']}" must be a whole number of seconds from 0 to 86400.`,
				{ ...where, param: 'max-wait' },
			),
		);
	else if (maxWait !== undefined) config.maxWaitSeconds = maxWait;
	const cards = wholeNumber(params['cards-per-page'], 10, 500);
	if (Number.isNaN(cards))
		problems.push(
			problem(
				'config-invalid-cards-per-page',
				`cards-per-page "${params['cards-per-page']}" must be a whole number from 10 to 500.`,
				{ ...where, param: 'cards-per-page' },
			),
		);
	else if (cards !== undefined) config.cardsPerPage = cards;
	config.sessionPages = splitList(params['session-pages']).map((title) =>
		title.replace(/_/g, ' '),
	);
	const liaisons = splitList(params.liaisons);
	for (const name of liaisons.filter((n) => !isValidUsername(n)))
		problems.push(
			problem(
				'config-invalid-liaison',
				`"${name}" in liaisons is not a user name (a temporary account, an address or a name with characters MediaWiki does not allow).`,
				{ ...where, param: 'liaisons' },
			),
		);
	config.liaisons = liaisons.filter(isValidUsername).map(normaliseUsername);
	config.baseline = {};
	for (const figure of BASELINE_FIGURES) {
		const value = wholeNumber(params[`baseline-${figure}`], 0, 10000000);
		if (Number.isNaN(value))
			problems.push(
				problem(
					'config-invalid-baseline',
					`baseline-${figure} "${params[`baseline-${figure}`]}" must be a whole number.`,
					{ ...where, param: `baseline-${figure}` },
				),
			);
		else if (value !== undefined) config.baseline[figure] = value;
	}
	config.sessionDefaults = readSessionDefaults(params, where, problems);
	config.defaultLanguage =
		config.sessionDefaults.language ?? DEFAULT_CONFIG.defaultLanguage;
	return config;
}

/** What `letsconnect install --root … --language … --timezone … --capacity … --liaisons …` puts in a new Config. */
export type NewConfigSettings = Partial<
	Record<'language' | 'timezone' | 'capacity' | 'liaisons', string>
>;

/**
 * The Config page install creates for a root: the programme's own page (`source`), or for a hub a
 * page of its own with the programme's topics and skills to start from and none of its figures
 * (a hub counts from zero); the settings given are set in either. Checked with {@link readConfig}
 * by the caller before anything is written.
 */
export function newConfigPage(
	source: string,
	settings: NewConfigSettings,
	hub: boolean,
): string {
	const [call] = findTemplates(source, CONFIG_TEMPLATE);
	const given = Object.entries(settings)
		.filter(
			(entry): entry is [string, string] =>
				entry[1] !== undefined && entry[1].trim() !== '',
		)
		.map(
			([name, value]) =>
				[name, escapeTemplateValue(value.trim())] as [string, string],
		);
	if (!call)
		throw new Error(
			`The repository's Config page has no {{${CONFIG_TEMPLATE}}}.`,
		);
	if (!hub) return setParams(source, call, Object.fromEntries(given));
	const params = paramsOf(call);
	const kept = ['topics', 'skills', 'reminder-hours', 'upcoming']
		.filter((name) => params[name] !== undefined)
		.map((name) => [name, params[name]] as [string, string]);
	const rows = [
		...kept.filter(([name]) => !given.some(([g]) => g === name)),
		...given,
	];
	const width = Math.max(...rows.map(([name]) => name.length));
	return [
		"{{Let's Connect/Intro|config}}",
		"<!-- The hub's settings: the topics and skills are the programme's, to start from. -->",
		'',
		`{{${CONFIG_TEMPLATE}`,
		...rows.map(([name, value]) => `| ${name.padEnd(width)} = ${value}`),
		'}}',
	].join('\n');
}
