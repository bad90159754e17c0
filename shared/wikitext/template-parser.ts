// Finds template calls in wikitext with the exact offsets of every part, so that a change to one
// parameter can be written back without touching any other byte of the page.

/** One parameter of a template call; offsets are into the page text. */
export interface TemplateParam {
	/** Trimmed name; positional parameters are numbered from "1" like MediaWiki does. */
	name: string;
	/** Value as MediaWiki sees it: comments removed, trimmed for named parameters. */
	value: string;
	/** True for `name=value`, false for a positional value. */
	named: boolean;
	/** Offset of the `|` that opens this parameter. */
	start: number;
	/** Offset just after the parameter's last character (before the next `|` or the closing `}}`). */
	end: number;
	/** Offsets of the raw value (untrimmed) inside the page text. */
	valueStart: number;
	valueEnd: number;
}

export interface TemplateCall {
	/** Normalised name: no `Template:` prefix, first letter upper case, single spaces. */
	name: string;
	/** Offset of the opening `{{` and just after the closing `}}`. */
	start: number;
	end: number;
	/** Offset just after the name part (where the first `|` or the closing `}}` begins). */
	nameEnd: number;
	params: TemplateParam[];
	/** Nesting depth: 0 for a call that is not inside another template's braces. */
	depth: number;
}

/**
 * Tags whose content the preprocessor hides from templates: nowiki and pre, and the extension
 * tags of Wikimedia wikis. `|`, `=` and `}}` inside them belong to no template.
 */
const OPAQUE_TAGS = [
	'nowiki',
	'pre',
	'ref',
	'references',
	'gallery',
	'poem',
	'math',
	'chem',
	'ce',
	'score',
	'syntaxhighlight',
	'source',
	'templatedata',
	'templatestyles',
	'indicator',
	'graph',
	'mapframe',
	'maplink',
	'timeline',
	'hiero',
	'inputbox',
	'categorytree',
	'imagemap',
	'section',
	'charinsert',
	'langconvert',
	'quiz',
	'rss',
	'dynamicpagelist',
	'talkpage',
];
const OPAQUE_OPEN = new RegExp(
	`<(${OPAQUE_TAGS.join('|')})(?:\\s[^>]*)?>`,
	'iy',
);

/** Comments vanish before a template sees its parameters (an unclosed one runs to the end). */
export function withoutComments(value: string): string {
	return value.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Normalises a template name as MediaWiki would resolve it (without redirects). */
export function normaliseTemplateName(raw: string): string {
	let name = withoutComments(raw)
		.replace(/[_\s]+/g, ' ')
		.trim();
	name = name
		.replace(/^(safesubst|subst):\s*/i, '')
		.replace(/^template\s*:\s*/i, '');
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * If a comment or an opaque tag starts at `i`, the offset just after it; otherwise -1.
 * Searches are case-insensitive on the original text, so offsets stay exact. `unclosed` holds the
 * tags already known to have no closing tag further on (as MediaWiki's preprocessor remembers
 * them), so that a page full of unclosed `<ref>` is still read in one pass, not one per tag.
 */
function skipOpaque(text: string, i: number, unclosed: Set<string>): number {
	if (text.startsWith('<!--', i)) {
		const close = text.indexOf('-->', i + 4);
		return close === -1 ? text.length : close + 3;
	}
	if (text[i] !== '<') return -1;
	OPAQUE_OPEN.lastIndex = i;
	const open = OPAQUE_OPEN.exec(text);
	if (!open) return -1;
	if (open[0].endsWith('/>')) return i + open[0].length;
	const name = open[1].toLowerCase();
	// An unclosed tag is plain text, as on the wiki.
	if (unclosed.has(name)) return i + open[0].length;
	const close = new RegExp(`</${name}\\s*>`, 'ig');
	close.lastIndex = i + open[0].length;
	const found = close.exec(text);
	if (found) return found.index + found[0].length;
	unclosed.add(name);
	return i + open[0].length;
}

interface Frame {
	/**
	 * `braces` a template or parameter; `link` `[[…]]`; `lang` language conversion `-{…}-` (its
	 * `}}` close nothing); `heading` a line that starts with `=` (only its line end closes it, so a
	 * `}}` on that line closes nothing either), as MediaWiki's preprocessor reads them.
	 */
	kind: 'braces' | 'link' | 'lang' | 'heading';
	start: number;
	/** For braces: how many `{` are still open (a run of 3 can close as `}}` and leave one). */
	count: number;
	/** Braces that came as `-{{…`: one brace left over becomes a `-{` again. */
	dash?: boolean;
	/** Each `|` at this frame's own level, and the first `=` after each. */
	separators: number[];
	equals: (number | undefined)[];
}

/**
 * A parameter whose value is read from the text when first asked for: a page of calls nested
 * inside each other's values would otherwise cost the square of its length to read.
 */
function param(
	text: string,
	fields: Omit<TemplateParam, 'value'>,
	trim: boolean,
): TemplateParam {
	let value: string | undefined;
	return {
		...fields,
		get value() {
			value ??= trim
				? trimAsMediaWiki(
						withoutComments(text.slice(fields.valueStart, fields.valueEnd)),
					)
				: withoutComments(text.slice(fields.valueStart, fields.valueEnd));
			return value;
		},
	};
}

/** White space as MediaWiki trims a named argument (PHP's trim: ASCII only; a no-break space stays). */
function trimAsMediaWiki(value: string): string {
	return value.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, '');
}

function recordCall(text: string, frame: Frame, end: number): TemplateCall {
	const closeAt = end - 2;
	const nameEnd = frame.separators.length > 0 ? frame.separators[0] : closeAt;
	const params: TemplateParam[] = [];
	let position = 0;
	frame.separators.forEach((sep, index) => {
		const paramEnd =
			index + 1 < frame.separators.length
				? frame.separators[index + 1]
				: closeAt;
		const equals = frame.equals[index];
		if (equals === undefined) {
			position += 1;
			params.push(
				param(
					text,
					{
						name: String(position),
						named: false,
						start: sep,
						end: paramEnd,
						valueStart: sep + 1,
						valueEnd: paramEnd,
					},
					false,
				),
			);
		} else {
			// A name is short; one that is not is no parameter a reader of ours looks for.
			const name =
				equals - sep > 1024
					? ''
					: trimAsMediaWiki(withoutComments(text.slice(sep + 1, equals)));
			params.push(
				param(
					text,
					{
						name,
						named: true,
						start: sep,
						end: paramEnd,
						valueStart: equals + 1,
						valueEnd: paramEnd,
					},
					true,
				),
			);
		}
	});
	// No title is longer than 255 bytes: a longer name part (nested calls around nested calls) is no
	// template of ours, and normalising it each time would make deep nesting quadratic.
	const rawName =
		nameEnd - frame.start - 2 > 1024
			? ''
			: text.slice(frame.start + 2, nameEnd);
	return {
		name: normaliseTemplateName(rawName),
		start: frame.start,
		end,
		nameEnd,
		params,
		depth: 0,
	};
}

/**
 * Every template call in the text (nested ones too), in order of their opening braces.
 * One pass with a stack, like MediaWiki's preprocessor: a closer closes only the innermost open
 * construct of its kind, and whatever is still open at the end is plain text. Linear in the
 * length of the text, whatever it contains.
 */
export function parseTemplates(text: string): TemplateCall[] {
	const calls: TemplateCall[] = [];
	const stack: Frame[] = [];
	const unclosed = new Set<string>();
	const special = /[{}[\]|=<\n-]/g;
	// Never counted past `max`: a long run of closing braces against a short opening one stays linear.
	const runOf = (char: string, at: number, max = Infinity) => {
		let end = at;
		while (text[end] === char && end - at < max) end++;
		return end - at;
	};
	/** At the start of a line: `=` there opens a heading, except a lone `=` a template's argument is waiting for. */
	const lineStart = (at: number): number => {
		const count = Math.min(runOf('=', at), 6);
		const top = stack[stack.length - 1];
		// A template's argument, or a language conversion's part, that has no `=` yet (as MediaWiki's findEquals).
		const awaitsEquals =
			(top?.kind === 'braces' || top?.kind === 'lang') &&
			top.separators.length > 0 &&
			top.equals[top.equals.length - 1] === undefined;
		if (count === 0 || (count === 1 && awaitsEquals)) return at;
		stack.push({
			kind: 'heading',
			start: at,
			count,
			separators: [],
			equals: [],
		});
		return at + count;
	};
	let i = lineStart(0);
	while (i < text.length) {
		// Jump to the next character that can open, close or split anything.
		special.lastIndex = i;
		const next = special.exec(text);
		if (!next) break;
		i = next.index;
		const skipped = text[i] === '<' ? skipOpaque(text, i, unclosed) : -1;
		if (skipped !== -1) {
			i = skipped;
			continue;
		}
		const top = stack[stack.length - 1];
		const char = text[i];
		if (char === '\n') {
			// A heading ends with its line; the same line break may start the next one.
			if (top?.kind === 'heading') stack.pop();
			else i = lineStart(i + 1);
			continue;
		}
		if (char === '-' && text[i + 1] === '{') {
			const braces = runOf('{', i + 1);
			// `-{{` opens braces (the rightmost reading wins), `-{` language conversion.
			if (braces >= 2)
				stack.push({
					kind: 'braces',
					start: i + 1,
					count: braces,
					dash: true,
					separators: [],
					equals: [],
				});
			else
				stack.push({
					kind: 'lang',
					start: i,
					count: 2,
					separators: [],
					equals: [],
				});
			i += 1 + braces;
			continue;
		}
		if (char === '{' && text[i + 1] === '{') {
			// A run of braces opens once, as MediaWiki counts it: `{{{` may still close as `}}`.
			const count = runOf('{', i);
			stack.push({
				kind: 'braces',
				start: i,
				count,
				separators: [],
				equals: [],
			});
			i += count;
			continue;
		}
		if (char === '[' && text[i + 1] === '[') {
			stack.push({
				kind: 'link',
				start: i,
				count: 2,
				separators: [],
				equals: [],
			});
			i += 2;
			continue;
		}
		if (top?.kind === 'lang' && char === '}' && text[i + 1] === '-') {
			stack.pop();
			i += 2;
			continue;
		}
		if (top?.kind === 'braces' && char === '}' && text[i + 1] === '}') {
			// As many braces close as both sides have, 3 (a parameter) or 2 (a template); an opening
			// run with braces left over stays open, one left over is plain text (or, after a dash, a
			// `-{` again). Closing braces left over are read again, against what is open below.
			const available = runOf('}', i, top.count);
			const matching = available >= 3 ? 3 : 2;
			const start = top.start + top.count - matching;
			if (matching === 2)
				calls.push(recordCall(text, { ...top, start }, i + 2));
			top.count -= matching;
			if (top.count >= 2) {
				top.separators = [];
				top.equals = [];
			} else if (top.count === 1 && top.dash) {
				stack[stack.length - 1] = {
					kind: 'lang',
					start: top.start - 1,
					count: 2,
					separators: [],
					equals: [],
				};
			} else {
				stack.pop();
			}
			i += matching;
			continue;
		}
		if (top?.kind === 'link' && char === ']' && text[i + 1] === ']') {
			stack.pop();
			i += 2;
			continue;
		}
		// Pipes and `=` split a template's arguments, and a language conversion's parts too.
		if (top?.kind === 'braces' || top?.kind === 'lang') {
			if (char === '|') {
				top.separators.push(i);
				top.equals.push(undefined);
			} else if (
				char === '=' &&
				top.separators.length > 0 &&
				top.equals[top.equals.length - 1] === undefined
			) {
				top.equals[top.equals.length - 1] = i;
			}
		}
		i++;
	}
	calls.sort((a, b) => a.start - b.start);
	// Depth: how many calls enclose each one (frames that never closed do not count).
	const open: number[] = [];
	for (const call of calls) {
		while (open.length > 0 && open[open.length - 1] <= call.start) open.pop();
		call.depth = open.length;
		open.push(call.end);
	}
	return calls;
}

/** Calls of one template (name compared after normalisation). */
export function findTemplates(text: string, name: string): TemplateCall[] {
	const wanted = normaliseTemplateName(name);
	return parseTemplates(text).filter((call) => call.name === wanted);
}

/** The value of a parameter; a later duplicate wins, as in MediaWiki. */
export function getParam(call: TemplateCall, name: string): string | undefined {
	let value: string | undefined;
	for (const given of call.params) if (given.name === name) value = given.value;
	return value;
}

/** All parameters as a plain object (later duplicates win). */
export function paramsOf(call: TemplateCall): Record<string, string> {
	const result: Record<string, string> = {};
	for (const given of call.params) result[given.name] = given.value;
	return result;
}
