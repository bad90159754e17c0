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
import { fillMessage } from '../model/session-contract';
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
	/**
	 * How many affiliates there are in all (`affiliates-total = 150`): the evaluation gives the
	 * affiliates reached as a share of it, as the programme states it. Unset: no share.
	 */
	affiliatesTotal?: number;
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

/** One setting of the Config, as the session's rows are: its name, what it takes, what it says. */
export interface ConfigParam {
	name: string;
	kind: 'whole' | 'list' | 'users' | 'titles' | 'session-default';
	/** For `whole`: the range, and the field of ProgrammeConfig it sets (a baseline: the figure). */
	min?: number;
	max?: number;
	field?: keyof ProgrammeConfig;
	/** The problem a wrong value raises (`config-<code>`), and its words (`$1` the value). */
	problem?: string;
	message?: string;
	description: string;
}

const whole = (
	name: string,
	field: ConfigParam['field'],
	min: number,
	max: number,
	problemCode: string,
	unit: string,
	description: string,
): ConfigParam => ({
	name,
	kind: 'whole',
	field,
	min,
	max,
	problem: problemCode,
	message: `${name} "$1" must be a whole number${unit} from ${min} to ${max}.`,
	description,
});

/**
 * Every setting of {{Let's Connect/Config}}: readConfig follows it, and install writes it into
 * Module:Let's Connect/contract, where the module's table of the settings names each and marks a
 * setting it does not know. The sessions' defaults (timezone, capacity, language) are the session
 * contract's `configDefault` rows.
 */
export const CONFIG_PARAMS: readonly ConfigParam[] = [
	{
		name: 'topics',
		kind: 'list',
		description: 'The topics sessions are about, separated by commas.',
	},
	{
		name: 'skills',
		kind: 'list',
		description:
			'The skills people can share and want to learn, separated by commas.',
	},
	whole(
		'reminder-hours',
		'reminderHours',
		1,
		24 * 14,
		'invalid-reminder',
		' of hours',
		'Hours before a session when its registrants who asked for one get a reminder.',
	),
	whole(
		'upcoming',
		'upcomingCount',
		1,
		50,
		'invalid-upcoming',
		'',
		'How many sessions the upcoming list shows.',
	),
	whole(
		'max-messages-per-run',
		'maxMessagesPerRun',
		0,
		10000,
		'invalid-message-cap',
		'',
		'At most this many talk-page messages in one run of the bot.',
	),
	whole(
		'max-messages-per-session',
		'maxMessagesPerSession',
		0,
		10000,
		'invalid-message-cap',
		'',
		'At most this many talk-page messages for one session in one run.',
	),
	whole(
		'max-wait',
		'maxWaitSeconds',
		0,
		86400,
		'invalid-max-wait',
		' of seconds',
		'How long one run may wait in all for the wiki (rate limits, lag) before it stops.',
	),
	whole(
		'cards-per-page',
		'cardsPerPage',
		10,
		500,
		'invalid-cards-per-page',
		'',
		'At most this many cards on one generated page; longer lists are split.',
	),
	whole(
		'affiliates-total',
		'affiliatesTotal',
		1,
		100000,
		'invalid-affiliates-total',
		'',
		'How many affiliates there are in all: the evaluation shows the affiliates reached as a share of it.',
	),
	// The sessions' defaults (the session contract's configDefault rows; session-defaults.ts reads them).
	{
		name: 'language',
		kind: 'session-default',
		description:
			"The programme's (or hub's) language: its pages read in it, and sessions that leave out their language take it.",
	},
	{
		name: 'timezone',
		kind: 'session-default',
		description:
			'The usual time zone: sessions that leave out theirs take it (an IANA name, such as Africa/Cairo).',
	},
	{
		name: 'capacity',
		kind: 'session-default',
		description:
			'The usual number of places: sessions that leave out theirs take it.',
	},
	{
		name: 'session-pages',
		kind: 'titles',
		description:
			"Pages outside the programme's (or hub's) own pages whose sessions count too, separated by commas.",
	},
	{
		name: 'liaisons',
		kind: 'users',
		problem: 'invalid-liaison',
		message:
			'"$1" in liaisons is not a user name (a temporary account, an address or a name with characters MediaWiki does not allow).',
		description:
			"The programme's (or hub's) liaisons: they may act for others on the registration pages.",
	},
	...[
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
	].map(
		(figure): ConfigParam => ({
			...whole(
				`baseline-${figure}`,
				'baseline',
				0,
				10000000,
				'invalid-baseline',
				'',
				`The count of ${figure} from before the tools, added to what the bot counts.`,
			),
		}),
	),
];

/** Whether a name is a setting of the Config: a row above, or a session default the Config may set. */
export const isConfigSetting = (name: string) =>
	CONFIG_PARAMS.some((p) => p.name === name);

/** A setting's row. */
export const configParam = (name: string) =>
	CONFIG_PARAMS.find((p) => p.name === name);

/** The figures a Config may give from before the tools (`baseline-participants = 730`). */
export const BASELINE_FIGURES = CONFIG_PARAMS.filter(
	(p) => p.field === 'baseline',
).map((p) => p.name.replace(/^baseline-/, ''));

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
		baseline: {},
	};
	// Every whole-number setting by its row: a wrong value is named, and the default stays.
	for (const row of CONFIG_PARAMS) {
		if (row.kind !== 'whole' || !row.field) continue;
		const value = wholeNumber(params[row.name], row.min ?? 0, row.max ?? 0);
		if (Number.isNaN(value))
			problems.push(
				problem(
					`config-${row.problem}`,
					fillMessage(row.message ?? '', params[row.name]),
					{ ...where, param: row.name },
				),
			);
		else if (value === undefined) continue;
		else if (row.field === 'baseline')
			config.baseline[row.name.replace(/^baseline-/, '')] = value;
		else (config as unknown as Record<string, number>)[row.field] = value;
	}
	config.sessionPages = splitList(params['session-pages']).map((title) =>
		title.replace(/_/g, ' '),
	);
	const liaisons = splitList(params.liaisons);
	for (const name of liaisons.filter((n) => !isValidUsername(n)))
		problems.push(
			problem(
				'config-invalid-liaison',
				fillMessage(configParam('liaisons')?.message ?? '', name),
				{ ...where, param: 'liaisons' },
			),
		);
	config.liaisons = liaisons.filter(isValidUsername).map(normaliseUsername);
	// A setting nobody reads is a typo, most likely: said, as the module's table of the settings says it.
	for (const name of Object.keys(params).filter((n) => !isConfigSetting(n)))
		problems.push(
			problem(
				'config-unknown-setting',
				`"${name}" is not a setting of the Config: it is ignored. Check its spelling.`,
				{ ...where, param: name },
				'warning',
			),
		);
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
