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
		// An empty match would find itself again: step past it.
		if (match[0] === '') search.lastIndex++;
	}
	return matches;
}
