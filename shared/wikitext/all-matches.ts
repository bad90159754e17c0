/**
 * Every match of a global pattern in a text, with its groups and index: what
 * `String.prototype.matchAll` gives, for browsers older than ES2020 (the gadget's target).
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
	if (!pattern.global)
		throw new Error(`allMatches needs a global pattern: ${pattern}`);
	const search = new RegExp(pattern.source, pattern.flags);
	const matches: RegExpExecArray[] = [];
	for (let match = search.exec(text); match; match = search.exec(text)) {
		matches.push(match);
		// An empty match would find itself again: step past it, by a whole code point when the
		// pattern reads code points (a step into a surrogate pair would find the same match).
		if (match[0] === '') {
			const codePoint = text.codePointAt(search.lastIndex) ?? 0;
			const codePoints = search.unicode || search.flags.includes('v');
			const wide = codePoints && codePoint > 0xffff;
			search.lastIndex += wide ? 2 : 1;
		}
	}
	return matches;
}
