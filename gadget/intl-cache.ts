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

export function relativeFormat(locale: string): Intl.RelativeTimeFormat {
	let format = relativeFormats.get(locale);
	if (!format) {
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
