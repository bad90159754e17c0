// Escaping of values written into template parameters, so that a hostile or clumsy value can
// neither end the parameter, start markup, nor sign a page when it is saved.

/** Makes a value safe to write as `|name=VALUE` inside a template call. */
export function escapeTemplateValue(value: string): string {
	return (
		value
			.replace(/[\r\n]+/g, ' ')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/\{/g, '&#123;')
			.replace(/\}/g, '&#125;')
			.replace(/\[/g, '&#91;')
			.replace(/\]/g, '&#93;')
			.replace(/\|/g, '&#124;')
			.replace(/~(?=~~)/g, '&#126;')
			.replace(/'(?=')/g, '&#39;')
			// `__NOTOC__` and friends are behaviour switches anywhere on a page.
			.replace(/_(?=_)/g, '&#95;')
			// Bidirectional controls can reorder what a reader sees.
			.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
			.replace(/^[\s]+|[\s]+$/g, '')
	);
}

/** A character reference's character; an impossible one stays as written, as the wiki shows it. */
function fromCodePoint(code: number, whole: string): string {
	const valid =
		Number.isInteger(code) &&
		code > 0 &&
		code <= 0x10ffff &&
		!(code >= 0xd800 && code <= 0xdfff);
	return valid ? String.fromCodePoint(code) : whole;
}

/** Reverses the character references {@link escapeTemplateValue} writes, for reading back. */
export function unescapeTemplateValue(value: string): string {
	return (
		value
			// <nowiki>x</nowiki> shows x literally; an empty <nowiki/> shows nothing.
			.replace(/<nowiki\s*\/>/gi, '')
			.replace(/<nowiki\s*>([\s\S]*?)<\/nowiki\s*>/gi, '$1')
			.replace(/\{\{\s*!\s*\}\}/g, '|')
			.replace(/&#(\d+);/g, (whole, code: string) =>
				fromCodePoint(Number(code), whole),
			)
			.replace(/&#x([0-9a-f]+);/gi, (whole, code: string) =>
				fromCodePoint(Number.parseInt(code, 16), whole),
			)
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&')
	);
}

/** Trimmed as MediaWiki trims template values: ASCII white space only (a no-break space stays, as in the module). */
export const trimAscii = (value: string) =>
	value.replace(/^[ \t\n\r\f\v\0]+|[ \t\n\r\f\v\0]+$/g, '');
