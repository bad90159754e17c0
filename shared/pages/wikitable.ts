// Small helpers for the wikitext of generated pages: every value written through here is escaped.
import { LINK_FORM, fitsForm } from '../value-forms';
import { escapeTemplateValue } from '../wikitext/escape';
import { isKnownLanguage } from '../model/languages';

/**
 * Language codes as names in the reader's language (`{{#language:}}` in `{{USERLANGUAGE}}`, which
 * is the reader's on Meta and the wiki's elsewhere); a code the platform does not know, as text.
 */
export function languageNames(codes: string[]): string {
	return codes
		.map((code) =>
			isKnownLanguage(code)
				? `{{#language:${code}|{{USERLANGUAGE}}}}`
				: plain(code),
		)
		.join(', ');
}

/**
 * Plain text in a table cell or list item: no markup can come out of it. Every `<` is an
 * entity, so nothing inside can close the nowiki (not even `</nowiki >`).
 */
export function plain(value: string): string {
	const text = value
		.replace(/</g, '&lt;')
		.replace(/[\r\n]+/g, ' ')
		.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
	return `<nowiki>${text}</nowiki>`;
}

/**
 * `[[:Page|label]]`: the leading colon makes a link of any title (a session on a Category: or
 * File: page must not categorise or embed), and the label cannot break out of the link.
 */
export function pageLink(title: string, label?: string): string {
	const safeTitle = title.replace(/[[\]{}|<>]/g, '');
	return `[[:${safeTitle}|${escapeTemplateValue(label ?? title)}]]`;
}

/** A URL safe to write into wikitext: characters that mean something to the wiki are percent-encoded. */
export function safeUrl(url: string): string | undefined {
	if (!fitsForm(LINK_FORM, url)) return undefined;
	return url.replace(/~/g, '%7E').replace(/'/g, '%27');
}

export function userLink(user: string): string {
	return pageLink(`User:${user}`, user);
}

/** An external link, only for http(s) URLs; anything else becomes plain text. */
export function externalLink(url: string, label: string): string {
	const safe = safeUrl(url);
	return safe ? `[${safe} ${escapeTemplateValue(label)}]` : plain(label);
}

/** A sortable wikitable; cells are wikitext already made safe by the helpers above. */
export function wikitable(
	headers: string[],
	rows: string[][],
	className = 'wikitable sortable',
): string {
	const lines = [`{| class="${className}"`, `! ${headers.join(' !! ')}`];
	for (const row of rows) lines.push('|-', `| ${row.join(' || ')}`);
	lines.push('|}');
	return lines.join('\n');
}
