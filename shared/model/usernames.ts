// MediaWiki user names as the wiki stores them.

/** `alice_smith ` → `Alice smith`: first letter upper case, underscores as spaces, trimmed; a `User:` prefix dropped. */
export function normaliseUsername(raw: string): string {
  const name = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().replace(/^user\s*:\s*/i, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Characters MediaWiki never allows in a user name (title-illegal ones, and `@:/` that mean other things). */
const ILLEGAL = /[#<>[\]|{}\/@:\u0000-\u001f\u007f\ufffd]/u;

export function isValidUsername(raw: string): boolean {
  const name = normaliseUsername(raw);
  return name.length > 0 && name.length <= 85 && !ILLEGAL.test(name) && !/^\d+\.\d+\.\d+\.\d+$/.test(name);
}
