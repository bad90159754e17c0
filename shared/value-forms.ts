// The forms of the on-wiki contract's values, one home for each: a session id, a link, a language
// code, a time zone, a user name. Each is written here twice, as a JavaScript form (the codec,
// the gadget, the bot) and as Lua patterns (Module:Let's Connect has no regular expressions);
// `install` writes the Lua half into Module:Let's Connect/contract, and the parity suite
// (test/integration/parity.test.ts) shows the two halves agree. Separate constants, so that the
// gadget bundles only the forms it uses.

/** One form, in JavaScript: what a value must look like. */
export interface ValueForm {
	js: RegExp;
	/** At most this many characters. */
	maxLength?: number;
	/** At most this many bytes of UTF-8 (MediaWiki counts a user name so). */
	maxBytes?: number;
}

/**
 * The same form as Lua patterns: the value is one of `exact`, or (lower-cased first when `lower`)
 * matches every pattern of `match` and none of `refuse`.
 */
export interface LuaForm {
	exact?: string[];
	match: string[];
	refuse?: string[];
	lower?: boolean;
	maxLength?: number;
	maxBytes?: number;
}

const SESSION_ID_MAX = 80;
/** MediaWiki's longest user name ($wgMaxNameChars), in bytes. */
const USER_NAME_MAX_BYTES = 255;

/**
 * `clinic-2027-03`: lower-case letters and digits, single hyphens between, 80 at most (ids end
 * up in page titles and edit summaries: long enough for any name, short enough for both).
 */
export const SESSION_ID_FORM: ValueForm = {
	js: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	maxLength: SESSION_ID_MAX,
};

/** An http(s) link with nothing a wiki link or an HTML attribute would break on. */
export const LINK_FORM: ValueForm = { js: /^https?:\/\/[^\s<>"[\]{}|]+$/i };

/** A language code's form (`ar`, `zh-hant`, `dag`), whether or not the platform knows it. */
export const LANGUAGE_CODE_FORM: ValueForm = {
	js: /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/,
};

/**
 * UTC, or an IANA name (Area/Location): abbreviations such as IST mean different zones to
 * different software. Never a sign before a digit (Etc/GMT+5, in any case, or Europe/Madrid+5):
 * Etc/GMT+5 is five hours behind UTC (POSIX's sign), and the wiki's #time reads a zone with a
 * sign as UTC or drops the offset, so the card would show another time than the bot.
 */
export const TIME_ZONE_FORM: ValueForm = {
	js: /^(?!.*[+-]\d)(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/,
};

/**
 * A named account's user name, once normalised (normaliseUsername): none of the characters
 * MediaWiki never allows (title-illegal ones, and `@:/` that mean other things), not an IP
 * address, not a temporary account (`~2026-12345-67`), 255 bytes at most, as MediaWiki counts.
 */
export const USER_NAME_FORM: ValueForm = {
	// eslint-disable-next-line no-control-regex -- MediaWiki refuses control characters in user names
	js: /^(?!~)(?!\d+\.\d+\.\d+\.\d+$)[^#<>[\]|{}/@:\u0000-\u001f\u007f\ufffd]+$/u,
	maxBytes: USER_NAME_MAX_BYTES,
};

/** Bytes of UTF-8 (a lone surrogate, which no wiki stores, counts as too many). */
function utf8Length(value: string): number {
	try {
		// encodeURIComponent writes each byte past ASCII (and some ASCII) as %XX.
		return encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, '.').length;
	} catch {
		return Infinity;
	}
}

/** Whether a value has the form. */
export function fitsForm(form: ValueForm, value: string): boolean {
	if (form.maxLength !== undefined && [...value].length > form.maxLength)
		return false;
	if (form.maxBytes !== undefined && utf8Length(value) > form.maxBytes)
		return false;
	return form.js.test(value);
}

/** White space as JavaScript's `\s` knows it beyond ASCII: Lua's `%s` knows ASCII only. */
const UNICODE_SPACES = [
	'\u00a0',
	'\u1680',
	'\u2000',
	'\u2001',
	'\u2002',
	'\u2003',
	'\u2004',
	'\u2005',
	'\u2006',
	'\u2007',
	'\u2008',
	'\u2009',
	'\u200a',
	'\u2028',
	'\u2029',
	'\u202f',
	'\u205f',
	'\u3000',
	'\ufeff',
];

/** The Lua half of each form above, by the name Module:Let's Connect/contract gives it. */
export const LUA_FORMS: Record<string, LuaForm> = {
	sessionId: {
		match: ['^[a-z0-9][a-z0-9%-]*$'],
		refuse: ['%-%-', '%-$'],
		maxLength: SESSION_ID_MAX,
	},
	link: {
		match: ['^https?://[^%s<>"%[%]{}|]+$'],
		refuse: UNICODE_SPACES,
		lower: true,
	},
	languageCode: {
		match: ['^[a-z][a-z][%-a-z0-9]*$'],
		refuse: [
			// Two or three letters, then a hyphen or the end.
			'^[a-z][a-z][^a-z%-]',
			'^[a-z][a-z][a-z][^%-]',
			// Subtags of one to eight letters or digits.
			'%-%-',
			'%-$',
			'%-[a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9]',
		],
	},
	timeZone: {
		exact: ['UTC'],
		match: ['^[A-Z][A-Za-z_]+/[A-Za-z0-9_+%-/]+$'],
		refuse: ['[+%-]%d', '//', '/$'],
	},
	userName: {
		match: ['^[^#<>%[%]|{}/@:%c]+$'],
		refuse: ['^~', '^%d+%.%d+%.%d+%.%d+$', '\ufffd'],
		maxBytes: USER_NAME_MAX_BYTES,
	},
};
