// Reads the data-lc-* attributes out of HTML the wiki rendered (as the gadget would).

export function decodeEntities(value: string): string {
	return value
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) =>
			String.fromCodePoint(Number.parseInt(n, 16)),
		)
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');
}

/** Attributes of every element that has `marker` (e.g. data-lc-session), in document order. */
export function elementsWith(
	html: string,
	marker: string,
): Record<string, string>[] {
	const found: Record<string, string>[] = [];
	for (const tag of html.matchAll(/<[a-z0-9]+\s([^>]*)>/gi)) {
		const attrs: Record<string, string> = {};
		for (const attr of tag[1].matchAll(/([a-z-]+)="([^"]*)"/g))
			attrs[attr[1]] = decodeEntities(attr[2]);
		if (marker in attrs) found.push(attrs);
	}
	return found;
}
