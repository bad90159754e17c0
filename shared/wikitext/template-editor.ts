// Smallest-diff edits of template calls found by template-parser: one parameter changes, every
// other byte of the page (spacing, comments, unknown parameters) stays as the liaison wrote it.
import type { TemplateCall, TemplateParam } from './template-parser';

/** White space and whole comments (a comment never spans past its own `-->`). */
const LEADING_NOISE = /^(?:\s|<!--(?:(?!-->)[\s\S])*-->)*/;
const TRAILING_NOISE = /(?:\s|<!--(?:(?!-->)[\s\S])*-->)*$/;

/** One replacement of the text between two offsets. */
export interface TextEdit {
	start: number;
	end: number;
	text: string;
}

/** Applies non-overlapping edits (in any order) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => b.start - a.start);
	let result = text;
	let limit = Infinity;
	for (const edit of sorted) {
		if (edit.end > limit) throw new Error('Overlapping text edits');
		result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
		limit = edit.start;
	}
	return result;
}

function lastParamNamed(
	call: TemplateCall,
	name: string,
): TemplateParam | undefined {
	for (let i = call.params.length - 1; i >= 0; i--)
		if (call.params[i].name === name) return call.params[i];
	return undefined;
}

/** How this call lays out its parameters, imitated when one is added. */
function layoutOf(
	text: string,
	call: TemplateCall,
): { multiline: boolean; afterPipe: string; equals: string } {
	const multiline = call.params.some((p) =>
		/\n[ \t]*$/.test(text.slice(Math.max(call.start, p.start - 40), p.start)),
	);
	const named = call.params.filter((p) => p.named);
	const sample = named[named.length - 1];
	if (!sample) return { multiline, afterPipe: '', equals: '=' };
	const raw = text.slice(sample.start + 1, sample.end);
	const eq = raw.indexOf('=');
	const before = /[ \t]*$/.exec(raw.slice(0, eq))?.[0] ?? '';
	const after = /^[ \t]*/.exec(raw.slice(eq + 1))?.[0] ?? '';
	const afterPipe = /^[ \t]*/.exec(raw)?.[0] ?? '';
	// Padding that aligns `=` in a column is not copied: one space stands for it.
	return {
		multiline,
		afterPipe,
		equals: `${before.length > 1 ? ' ' : before}=${after}`,
	};
}

/** Offset just after the last character of the call that is not trailing white space. */
function appendPoint(text: string, call: TemplateCall): number {
	const last = call.params[call.params.length - 1];
	if (!last) return call.nameEnd;
	const raw = text.slice(last.valueStart, last.valueEnd);
	return last.valueEnd - (/\s*$/.exec(raw)?.[0].length ?? 0);
}

/** The edit that appends parameters at the end of a call, in the call's own layout. */
export function appendParamsEdit(
	text: string,
	call: TemplateCall,
	values: [string, string][],
): TextEdit {
	const layout = layoutOf(text, call);
	const at = appendPoint(text, call);
	const pieces = values.map(
		([name, value]) =>
			`${layout.multiline ? '\n' : ''}|${layout.afterPipe}${name}${layout.equals}${value}`,
	);
	return { start: at, end: at, text: pieces.join('') };
}

/**
 * The edit that sets `name` to `value` in a call: replaces the value in place (keeping the
 * white space around it) or appends the parameter in the call's own layout.
 */
export function setParamEdit(
	text: string,
	call: TemplateCall,
	name: string,
	value: string,
): TextEdit {
	const existing = lastParamNamed(call, name);
	if (!existing || !existing.named)
		return appendParamsEdit(text, call, [[name, value]]);
	const raw = text.slice(existing.valueStart, existing.valueEnd);
	// White space and comments around the value are the liaison's: they stay where they are.
	const leading = LEADING_NOISE.exec(raw)?.[0] ?? '';
	const rest = raw.slice(leading.length);
	const trailing = TRAILING_NOISE.exec(rest)?.[0] ?? '';
	return {
		start: existing.valueStart + leading.length,
		end: existing.valueEnd - trailing.length,
		text: value,
	};
}

/** Sets several parameters of one call at once; unchanged values make no edit. */
export function setParams(
	text: string,
	call: TemplateCall,
	values: Record<string, string>,
): string {
	const edits: TextEdit[] = [];
	const added: [string, string][] = [];
	for (const [name, value] of Object.entries(values)) {
		const existing = lastParamNamed(call, name);
		if (existing && existing.named) {
			if (existing.value !== value)
				edits.push(setParamEdit(text, call, name, value));
		} else {
			added.push([name, value]);
		}
	}
	if (added.length > 0) edits.push(appendParamsEdit(text, call, added));
	return applyEdits(text, edits);
}
