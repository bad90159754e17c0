// Language codes: known when the platform's CLDR data has a name for them.

const FORMAT = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;
// Built on first use, not on import: a browser without Intl.DisplayNames must still load the gadget.
let names: Intl.DisplayNames | null | undefined;

export function isKnownLanguage(code: string): boolean {
	if (!FORMAT.test(code)) return false;
	if (names === undefined) {
		try {
			// eslint-disable-next-line es-x/no-intl-displaynames -- in a try: codes where the browser has none
			names = new Intl.DisplayNames(['en'], {
				type: 'language',
				fallback: 'code',
			});
		} catch {
			names = null;
		}
	}
	// Without CLDR names, any well-formed code is taken (the wiki checks it again when it renders).
	if (names === null) return true;
	try {
		return names.of(code)?.toLowerCase() !== code;
	} catch {
		return false;
	}
}
