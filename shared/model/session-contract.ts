// The session's parameters as one table: what each is, its default, how it is checked, the
// problem it raises, its label and description, and the card attribute that carries it. The codec
// (read-sessions.ts), the gadget (session-elements.ts, filters.ts), the TemplateData of the
// template's /doc page and Module:Let's Connect (through the data module `letsconnect install`
// writes from this table: Module:Let's Connect/contract, shared/programme/contract-module.ts) all follow it. A new parameter is one row
// (and, when it is a filter, its label `lc-filter-<name>` in shared/i18n/messages.ts).
import { LANGUAGE_CODE_FORM, fitsForm } from '../value-forms';
import {
	AUDIENCES,
	REGISTRATION_STATES,
	RESOURCE_KINDS,
	SESSION_TYPES,
	STATUSES,
} from './session';

export type ParamKind =
	/** One of `values` (case-insensitive); empty means `default`. */
	| 'choice'
	/** Any of `values`, separated by commas. */
	| 'choices'
	/** A whole number from `min` to `max`. */
	| 'whole'
	/** An http(s) link. */
	| 'url'
	/** Language codes, separated by commas (a code not known is a warning). */
	| 'languages'
	/** User names, separated by commas. */
	| 'users'
	/** Checked by the codec's own code (id, title, start, time zone) or not at all (text). */
	| 'special'
	| 'text';

export interface SessionParam {
	name: string;
	kind: ParamKind;
	required?: boolean;
	default?: string;
	values?: readonly string[];
	min?: number;
	max?: number;
	/** The code of the problem a wrong value raises (`session-<code>` in the report, `<code>` in the module). */
	problem?: string;
	/**
	 * What the report and the module's box say of a wrong value, `$1` standing for the value:
	 * made from the row's kind (rowMessage), one wording for the codec and the module.
	 */
	message?: string;
	/**
	 * A value the platform does not know is kept, with a warning (a language code MediaWiki may
	 * know). Any other wrong value of an optional row is left out, with a warning: the session is
	 * published without it. Only a wrong id, title, start or time zone keeps a session out.
	 */
	keepUnknown?: boolean;
	/** A list kind that takes one value only (the session's language). */
	single?: boolean;
	/** The card's `data-lc-*` attribute with the value as read (lists joined by spaces). */
	card?: string;
	/** The gadget offers a filter on it. */
	filter?: boolean;
	/**
	 * The root's Config may set what a session that leaves this row out takes (`timezone =
	 * Africa/Cairo` on a hub's Config), instead of `default`. See shared/sessions/session-defaults.ts.
	 */
	configDefault?: boolean;
	/** TemplateData. */
	label: string;
	description: string;
	type: 'string' | 'number' | 'url' | 'content';
	example?: string;
	suggested?: boolean;
}

const ROWS: readonly SessionParam[] = [
	{
		name: 'id',
		kind: 'special',
		required: true,
		label: 'Id',
		description:
			'Unique name of the session: lower-case letters a–z, digits and single hyphens. Never change it once people have signed up.',
		type: 'string',
		example: 'wikidata-basics',
	},
	{
		name: 'type',
		kind: 'choice',
		values: SESSION_TYPES,
		default: 'clinic',
		problem: 'unknown-type',
		card: 'type',
		filter: true,
		label: 'Type',
		description: 'clinic, connectathon or workshop.',
		type: 'string',
		suggested: true,
	},
	{
		name: 'title',
		kind: 'special',
		required: true,
		card: 'title',
		label: 'Title',
		description: 'Title of the session, in its language.',
		type: 'string',
	},
	{
		name: 'topic',
		kind: 'text',
		card: 'topic',
		filter: true,
		label: 'Topic',
		description: "One topic from the programme's list (see the config page).",
		type: 'string',
		suggested: true,
	},
	{
		name: 'description',
		kind: 'text',
		label: 'Description',
		description: 'A few sentences about what participants will learn.',
		type: 'content',
	},
	{
		name: 'start',
		kind: 'special',
		required: true,
		label: 'Start',
		description:
			"Date and time in the session's time zone: YYYY-MM-DD HH:MM, 24-hour clock.",
		type: 'string',
		example: '2026-12-03 14:00',
	},
	{
		name: 'timezone',
		kind: 'special',
		default: 'UTC',
		configDefault: true,
		label: 'Time zone',
		description:
			"IANA time zone of the start, such as Europe/Madrid, America/Lima, Africa/Lagos or Asia/Kolkata. Left out: the programme's (or hub's) usual zone, set on its Config page, else UTC.",
		type: 'string',
		suggested: true,
	},
	{
		name: 'duration',
		kind: 'whole',
		min: 1,
		max: 1440,
		problem: 'invalid-duration',
		label: 'Duration (minutes)',
		description: 'Length in minutes, 1 to 1440.',
		type: 'number',
		default: '120 for clinics and workshops, 60 for connectathons',
	},
	{
		name: 'audience',
		kind: 'choices',
		values: AUDIENCES,
		problem: 'unknown-audience',
		card: 'audience',
		filter: true,
		label: 'Audience',
		description: 'newcomers, organisers, or both separated by a comma.',
		type: 'string',
		suggested: true,
	},
	{
		name: 'sharers',
		kind: 'users',
		problem: 'invalid-username',
		label: 'Sharers',
		description:
			'User names of the people who share their skills, separated by commas.',
		type: 'string',
		suggested: true,
	},
	{
		name: 'language',
		kind: 'languages',
		single: true,
		default: 'en',
		configDefault: true,
		problem: 'unknown-language',
		keepUnknown: true,
		card: 'language',
		filter: true,
		label: 'Language',
		description:
			"Language code of the session. Left out: the programme's (or hub's) language, set on its Config page, else en.",
		type: 'string',
	},
	{
		name: 'interpretation',
		kind: 'languages',
		problem: 'unknown-language',
		keepUnknown: true,
		card: 'interpretation',
		label: 'Interpretation',
		description: 'Language codes of live interpretation, separated by commas.',
		type: 'string',
		example: 'es, ar, fr, pt',
	},
	{
		name: 'registration',
		kind: 'choice',
		values: REGISTRATION_STATES,
		default: 'open',
		problem: 'unknown-registration',
		card: 'registration',
		label: 'Registration',
		description: 'open or closed.',
		type: 'string',
	},
	{
		name: 'capacity',
		kind: 'whole',
		min: 1,
		configDefault: true,
		problem: 'invalid-capacity',
		label: 'Capacity',
		description:
			"Number of places. Sign-ups beyond it go on a waitlist. Left out: the programme's (or hub's) default capacity, set on its Config page, else no limit.",
		type: 'number',
	},
	{
		name: 'meeting',
		kind: 'url',
		problem: 'invalid-url',
		label: 'Meeting link',
		description: 'https:// link to the online meeting.',
		type: 'url',
	},
	{
		name: 'status',
		kind: 'choice',
		values: STATUSES,
		default: 'scheduled',
		problem: 'unknown-status',
		card: 'status',
		label: 'Status',
		description: 'scheduled, cancelled or postponed.',
		type: 'string',
	},
	{
		name: 'recording',
		kind: 'url',
		problem: 'invalid-url',
		label: 'Recording',
		description:
			'https:// link to the video recording (add recording-xx for other languages).',
		type: 'url',
	},
	{
		name: 'slides',
		kind: 'url',
		problem: 'invalid-url',
		label: 'Slides',
		description: 'https:// link to the slides (slides-xx for other languages).',
		type: 'url',
	},
	{
		name: 'audio',
		kind: 'url',
		problem: 'invalid-url',
		label: 'Audio',
		description:
			'https:// link to the audio recording (audio-xx for other languages).',
		type: 'url',
	},
	{
		name: 'notes',
		kind: 'url',
		problem: 'invalid-url',
		label: 'Notes',
		description: 'https:// link to the notes (notes-xx for other languages).',
		type: 'url',
	},
	{
		name: 'root',
		kind: 'special',
		label: 'Root',
		description:
			"For a session on a page outside its programme's (or hub's) pages, listed in its Config's session-pages: that root page, so that the card signs up there. Leave it out under ROOT/Sessions/.",
		type: 'string',
	},
	{
		name: 'hub',
		kind: 'text',
		card: 'hub',
		filter: true,
		label: 'Hub',
		description:
			'The hub that runs the session; the bot writes it on the combined calendar of all hubs (ROOT/All hubs). Leave it out on a session page.',
		type: 'string',
	},
];

/**
 * The words of a wrong value, by what the row takes: `$1` the value, `$2` the parameter, `$3` and
 * `$4` what it takes (its values, its range). In English; shared/model/problem-words.ts has them
 * in the other languages the module speaks.
 */
export const VALUE_WORDS = {
	timezone:
		'Unknown time zone "$1". Use UTC or an IANA name such as Europe/Madrid, America/Lima or Africa/Lagos (not an abbreviation such as CET or IST).',
	choice: 'Unknown $2 "$1"; use one of $3.',
	choices: 'Unknown $2 "$1"; use $3, or several separated by commas.',
	wholeRange: 'The $2 "$1" must be a whole number from $3 to $4.',
	wholeMin: 'The $2 "$1" must be a whole number of at least $3.',
	url: 'The link "$1" must start with https:// or http://.',
	users: '"$1" is not a valid user name.',
	languages:
		'"$1" is not a language code we know, such as en, es, ar, fr or pt.',
	other: '"$1" is not allowed here.',
};
export type ValueWordsKey = keyof typeof VALUE_WORDS;

function valueWordsKey(row: SessionParam): ValueWordsKey {
	if (row.name === 'timezone') return 'timezone';
	switch (row.kind) {
		case 'whole':
			return row.max === undefined ? 'wholeMin' : 'wholeRange';
		case 'choice':
		case 'choices':
		case 'url':
		case 'users':
		case 'languages':
			return row.kind;
		default:
			return 'other';
	}
}

/**
 * What the report and the module say of a wrong value of a row, `$1` standing for the value: the
 * words for its kind in `words` (English unless given), with its name, values and range in place.
 */
export function rowMessage(
	row: SessionParam,
	words: Record<ValueWordsKey, string> = VALUE_WORDS,
): string {
	const known: Record<string, string> = {
		2: row.name,
		3: row.kind === 'whole' ? String(row.min) : (row.values ?? []).join(', '),
		4: String(row.max),
	};
	return words[valueWordsKey(row)].replace(
		/\$([2-4])/g,
		(_, n: string) => known[n],
	);
}

export const SESSION_PARAMS: readonly SessionParam[] = ROWS.map((row) =>
	row.problem || row.name === 'timezone'
		? { ...row, message: rowMessage(row) }
		: row,
);

/** A value as a message quotes it: at most 80 characters (the module cuts it the same way). */
export function quoted(value: string): string {
	const chars = [...value];
	return chars.length > 80 ? `${chars.slice(0, 80).join('')}…` : value;
}

/** A message of the catalogue with its values in place of `$1` (the value, quoted) and `$2`. */
export function fillMessage(template: string, ...values: string[]): string {
	return template.replace(/\$(\d)/g, (whole, n: string) => {
		const value = values[Number(n) - 1];
		if (value === undefined) return whole;
		return n === '1' ? quoted(value) : value;
	});
}

/**
 * The problems that keep a session off the calendar, one wording for the report (the codec) and
 * the module's box, by code (`session-<code>` in the report): `$1` is the value of `param`.
 */
export const SESSION_PROBLEMS: Record<
	string,
	{ message: string; param?: string }
> = {
	'missing-id': {
		message:
			'The session has no id. Add |id= with lower-case letters, digits and hyphens, unique across all sessions.',
	},
	'invalid-id': {
		message:
			'The id "$1" may only contain lower-case letters a–z, digits and single hyphens, at most 80 characters.',
		param: 'id',
	},
	'missing-title': { message: 'The session has no title.' },
	'missing-start': {
		message:
			'The session has no start. Write it as YYYY-MM-DD HH:MM, for example 2026-12-03 14:00.',
	},
	'invalid-start': {
		message:
			'The start "$1" is not in the form YYYY-MM-DD HH:MM (24-hour clock), for example 2026-12-03 14:00.',
		param: 'start',
	},
	'impossible-date': {
		message: 'The start "$1" is not a real date or time.',
		param: 'start',
	},
	'unknown-timezone': {
		message: VALUE_WORDS.timezone,
		param: 'timezone',
	},
	// $2: the page that has the id.
	'duplicate-id': {
		message:
			'The id "$1" belongs to the session on $2; this copy is not published and takes no sign-ups. Give it another id.',
		param: 'id',
	},
};

/**
 * Names people write for a row, with the row they mean: an unknown parameter is named with its
 * row ("`end`: did you mean `duration`?") when its spelling is not close to one.
 */
export const PARAM_ALIASES: Readonly<Record<string, string>> = {
	'end': 'duration',
	'finish': 'duration',
	'length': 'duration',
	'minutes': 'duration',
	'date': 'start',
	'time': 'start',
	'when': 'start',
	'zone': 'timezone',
	'tz': 'timezone',
	'time zone': 'timezone',
	'lang': 'language',
	'languages': 'language',
	'link': 'meeting',
	'url': 'meeting',
	'zoom': 'meeting',
	'speaker': 'sharers',
	'speakers': 'sharers',
	'host': 'sharers',
	'hosts': 'sharers',
	'presenter': 'sharers',
	'places': 'capacity',
	'seats': 'capacity',
	'video': 'recording',
	'name': 'title',
};

/** Parameters a session may carry beyond the rows: the per-language forms of its links (recording-es). */
export function isLanguageForm(name: string): boolean {
	const [kind, lang] = name.split(/-(.*)/s);
	return (
		lang !== undefined &&
		RESOURCE_KINDS.includes(kind as (typeof RESOURCE_KINDS)[number]) &&
		fitsForm(LANGUAGE_CODE_FORM, lang)
	);
}

/** Edits between two names (Damerau–Levenshtein, adjacent swaps count one): how far a typo is. */
export function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [
		i,
		...new Array<number>(b.length).fill(0),
	]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(
				d[i - 1][j] + 1,
				d[i][j - 1] + 1,
				d[i - 1][j - 1] + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

/** The row an unknown parameter most likely means, if one is close enough (or a known alias). */
export function closestParam(name: string): string | undefined {
	const key = name.trim().toLowerCase().replace(/_/g, ' ');
	if (PARAM_ALIASES[key]) return PARAM_ALIASES[key];
	const tolerance = key.length <= 4 ? 1 : 2;
	let best: { name: string; distance: number } | undefined;
	for (const row of SESSION_PARAMS) {
		const distance = editDistance(key, row.name);
		if (distance <= tolerance && (!best || distance < best.distance))
			best = { name: row.name, distance };
	}
	return best?.name;
}

export function sessionParam(name: string): SessionParam | undefined {
	return SESSION_PARAMS.find((p) => p.name === name);
}

/** The TemplateData of {{Let's Connect/Session}}, from the table (written into its /doc page by install). */
export function sessionTemplateData(): string {
	const params = Object.fromEntries(
		SESSION_PARAMS.map((p) => [
			p.name,
			{
				label: p.label,
				description: p.description,
				type: p.type,
				...(p.required ? { required: true } : {}),
				...(p.default !== undefined ? { default: p.default } : {}),
				...(p.example ? { example: p.example } : {}),
				...(p.suggested ? { suggested: true } : {}),
				...(p.values && p.kind === 'choice'
					? { suggestedvalues: p.values }
					: {}),
				// A list of choices: each value, and all of them together.
				...(p.values && p.kind === 'choices'
					? { suggestedvalues: [...p.values, p.values.join(', ')] }
					: {}),
			},
		]),
	);
	return JSON.stringify(
		{
			description:
				"One Let's Connect session (Learning Clinic, Connectathon or workshop). Rendered as a card with its time in UTC; the Let's Connect gadget shows it in the reader's time zone with a sign-up button.",
			format: 'block',
			params,
			paramOrder: SESSION_PARAMS.map((p) => p.name),
		},
		null,
		'\t',
	);
}
