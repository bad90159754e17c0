// A message with its parameters, as MediaWiki formats one: `{{PLURAL:n|form|…}}` resolved by
// the language's plural rules (CLDR's, which both MediaWiki and the platform's Intl.PluralRules
// follow), then `$1` … `$9` replaced, so "1 place" and "2 places" come from one message.
// Module:Let's Connect does the same with mw.language:convertPlural.

/** CLDR's categories in the order MediaWiki lists a language's plural forms. */
const CATEGORY_ORDER: Intl.LDMLPluralRule[] = [
	'zero',
	'one',
	'two',
	'few',
	'many',
	'other',
];

const rulesCache = new Map<
	string,
	{ rules: Intl.PluralRules; categories: Intl.LDMLPluralRule[] }
>();

function pluralRules(language: string) {
	let cached = rulesCache.get(language);
	if (!cached) {
		let rules: Intl.PluralRules;
		try {
			rules = new Intl.PluralRules(language);
		} catch {
			// A code Intl does not know (a made-up or private one): English's rules.
			rules = new Intl.PluralRules('en');
		}
		const used = new Set(rules.resolvedOptions().pluralCategories);
		cached = { rules, categories: CATEGORY_ORDER.filter((c) => used.has(c)) };
		rulesCache.set(language, cached);
	}
	return cached;
}

/**
 * The form for `n` among a message's forms: an explicit `n=form` first, else the form of the
 * number's category in the language's order (the last form when fewer are given).
 */
export function pluralForm(
	language: string,
	n: number,
	forms: string[],
): string {
	const explicit = forms.find(
		(f) => /^\d+=/.test(f) && Number(f.slice(0, f.indexOf('='))) === n,
	);
	if (explicit !== undefined) return explicit.slice(explicit.indexOf('=') + 1);
	const plain = forms.filter((f) => !/^\d+=/.test(f));
	if (plain.length === 0) return '';
	const { rules, categories } = pluralRules(language);
	const index = categories.indexOf(rules.select(n));
	return plain[
		Math.min(index < 0 ? plain.length - 1 : index, plain.length - 1)
	];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the language's digits (Arabic-Indic in Arabic), as MediaWiki's formatNum writes it. */
export function formatNumber(n: number, language: string): string {
	let format = numberFormats.get(language);
	if (!format) {
		try {
			format = new Intl.NumberFormat(language);
		} catch {
			format = new Intl.NumberFormat('en');
		}
		numberFormats.set(language, format);
	}
	return format.format(n);
}

/**
 * The message with every `{{PLURAL:…}}` resolved for `language` (by the number itself where the
 * count is a parameter), then `$n` replaced by its parameters, numbers in the digits of
 * `numbers` (the reader's regional locale, ar-EG, whose digits their dates have too).
 */
export function formatMessage(
	message: string,
	params: readonly (string | number)[],
	language: string,
	numbers = language,
): string {
	const param = (n: string) => params[Number(n) - 1];
	const plural = message.replace(
		/\{\{PLURAL:\s*([^|}]*)\|([^{}]*)\}\}/gi,
		(whole, count: string, forms: string) => {
			const ref = /^\$(\d)$/.exec(count.trim());
			const n = Number(
				ref ? param(ref[1]) : count.trim().replace(/[\s,.\u00a0\u202f]/g, ''),
			);
			return Number.isFinite(n)
				? pluralForm(language, n, forms.split('|'))
				: whole;
		},
	);
	return plural.replace(/\$(\d)/g, (whole, n: string) => {
		const value = param(n);
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(value, numbers) : value;
	});
}
