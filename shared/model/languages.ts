// Language codes: known when the platform's CLDR data has a name for them.

import { LANGUAGE_CODE_FORM, fitsForm } from '../value-forms';

// Built on first use, not on import: a browser without Intl.DisplayNames must still load the gadget.
let names: Intl.DisplayNames | null | undefined;

export function isKnownLanguage(code: string): boolean {
	if (!fitsForm(LANGUAGE_CODE_FORM, code)) return false;
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
