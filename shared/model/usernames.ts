// MediaWiki user names as the wiki stores them.

/** `alice_smith ` → `Alice smith`: first letter upper case, underscores as spaces, trimmed; a `User:` prefix dropped. */
export function normaliseUsername(raw: string): string {
	const name = raw
		.replace(/_/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^user\s*:\s*/i, '');
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Characters MediaWiki never allows in a user name (title-illegal ones, and `@:/` that mean other things). */
// eslint-disable-next-line no-control-regex -- MediaWiki refuses control characters in user names
const ILLEGAL = /[#<>[\]|{}/@:\u0000-\u001f\u007f\ufffd]/u;

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
	const name = normaliseUsername(raw);
	return (
		name.length > 0 &&
		name.length <= 85 &&
		!ILLEGAL.test(name) &&
		!/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
		!isTemporaryAccount(name)
	);
}
