// What the reader's locale says about reading a calendar: the first day of the week, the
// direction of the gadget's own language, and a time zone's name, from Intl where the browser
// has it, with plain fallbacks where it has not.

interface LocaleInfo {
	weekInfo?: { firstDay: number };
	getWeekInfo?: () => { firstDay: number };
	textInfo?: { direction: string };
	getTextInfo?: () => { direction: string };
	maximize?: () => { region?: string };
}

function localeInfo(locale: string): LocaleInfo | undefined {
	try {
		// eslint-disable-next-line es-x/no-intl-locale -- in a try: undefined where the browser has none
		return new Intl.Locale(locale) as unknown as LocaleInfo;
	} catch {
		return undefined;
	}
}

/** Regions whose weeks start on Sunday, for browsers without Intl's week information (CLDR). */
const SUNDAY_FIRST = [
	'AG',
	'AS',
	'BD',
	'BR',
	'BS',
	'BT',
	'BW',
	'BZ',
	'CA',
	'CN',
	'CO',
	'DM',
	'DO',
	'ET',
	'GT',
	'GU',
	'HK',
	'HN',
	'ID',
	'IL',
	'IN',
	'JM',
	'JP',
	'KE',
	'KH',
	'KR',
	'LA',
	'MH',
	'MM',
	'MO',
	'MT',
	'MX',
	'MZ',
	'NI',
	'NP',
	'PA',
	'PE',
	'PH',
	'PK',
	'PR',
	'PT',
	'PY',
	'SA',
	'SG',
	'SV',
	'TH',
	'TT',
	'TW',
	'UM',
	'US',
	'VE',
	'VI',
	'WS',
	'YE',
	'ZA',
	'ZW',
];

/** The first day of the week for a locale: 1 Monday … 7 Sunday (as Intl counts). */
export function firstDayOfWeek(locale: string): number {
	const info = localeInfo(locale);
	const week = info?.getWeekInfo?.() ?? info?.weekInfo;
	if (week && week.firstDay >= 1 && week.firstDay <= 7) return week.firstDay;
	const region =
		info?.maximize?.().region ?? locale.split('-')[1]?.toUpperCase();
	return region && SUNDAY_FIRST.includes(region) ? 7 : 1;
}

/** Right-to-left scripts among the languages a reader may have, for browsers without Intl's text information. */
const RTL_LANGUAGES = [
	'ar',
	'arz',
	'ckb',
	'dv',
	'fa',
	'he',
	'ks',
	'ku-arab',
	'ps',
	'sd',
	'ug',
	'ur',
	'yi',
];

const directions = new Map<string, 'rtl' | 'ltr'>();

/** `rtl` or `ltr` for a language (asked of Intl once per language: every card asks). */
export function directionOf(language: string): 'rtl' | 'ltr' {
	let direction = directions.get(language);
	if (!direction) {
		direction = findDirection(language);
		directions.set(language, direction);
	}
	return direction;
}

function findDirection(language: string): 'rtl' | 'ltr' {
	const info = localeInfo(language);
	const direction =
		info?.getTextInfo?.().direction ?? info?.textInfo?.direction;
	if (direction === 'rtl' || direction === 'ltr') return direction;
	return RTL_LANGUAGES.includes(language.toLowerCase()) ||
		RTL_LANGUAGES.includes(language.split('-')[0].toLowerCase())
		? 'rtl'
		: 'ltr';
}
