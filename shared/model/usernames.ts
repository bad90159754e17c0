// MediaWiki user names as the wiki stores them.
import { USER_NAME_FORM, fitsForm } from '../value-forms';

/** `alice_smith ` → `Alice smith`: first letter upper case, underscores as spaces, trimmed; a `User:` prefix dropped. */
export function normaliseUsername(raw: string): string {
	const name = raw
		.replace(/_/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^user\s*:\s*/i, '');
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A temporary account's name: `~2026-12345-67` on Wikimedia wikis (their pattern `~$1`, which
 * also reserves `~` names from named accounts). A browser session's throwaway name is nobody to
 * register, remind or list, so no rule here accepts one.
 */
export function isTemporaryAccount(raw: string): boolean {
	return normaliseUsername(raw).startsWith('~');
}

/** A named account's user name: well formed, not an IP address, not a temporary account. */
export function isValidUsername(raw: string): boolean {
	return fitsForm(USER_NAME_FORM, normaliseUsername(raw));
}
