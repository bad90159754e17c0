// Intl formatters are costly to build (most of the gadget's time per card went into building
// them again for every call): each kind is built once per language and options, then reused.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames | null>();

export function dateFormat(
	locale: string,
	options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options);
		dateFormats.set(key, format);
	}
	return format;
}

/** "in 3 days" in the reader's language, or null in a browser without it (Safari before 14). */
export function relativeFormat(locale: string): Intl.RelativeTimeFormat | null {
	// eslint-disable-next-line es-x/no-intl-relativetimeformat -- checked first: null where the browser has none
	if (typeof Intl.RelativeTimeFormat !== 'function') return null;
	let format = relativeFormats.get(locale);
	if (!format) {
		// eslint-disable-next-line es-x/no-intl-relativetimeformat -- checked first: null where the browser has none
		format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
		relativeFormats.set(locale, format);
	}
	return format;
}

/** A language's name in the reader's language; the code itself where Intl does not know it (or has no DisplayNames). */
export function languageName(code: string, locale: string): string {
	if (!languageNames.has(locale)) {
		let names: Intl.DisplayNames | null = null;
		try {
			// eslint-disable-next-line es-x/no-intl-displaynames -- in a try: codes where the browser has none
			names = new Intl.DisplayNames([locale], { type: 'language' });
		} catch {
			// An older browser, or a language code Intl refuses: codes it is.
		}
		languageNames.set(locale, names);
	}
	try {
		return languageNames.get(locale)?.of(code) ?? code;
	} catch {
		return code;
	}
}
