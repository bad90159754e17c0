// The codec against MediaWiki's own preprocessor, for `npm run fuzz`: generated texts full of the
// shapes that decide which braces pair (`{` before `{{`, `-{` language conversion, heading lines,
// links, comments, nowiki), each parsed by the wiki (`action=expandtemplates`, `prop=parsetree`)
// and by `parseTemplates`; the templates each finds, and their arguments, must be the same.
import fc from 'fast-check';
import { parseTemplates } from '../shared/wikitext/template-parser';

const SHAPES = [
	'{',
	'{{',
	'{{{',
	'}',
	'}}',
	'}}}',
	'-{',
	'}-',
	'-',
	'|',
	'=',
	'X',
	'Y=1',
	'\n',
	'\n=',
	'\n==',
	'==',
	' ',
	'[[',
	']]',
	'<!--',
	'-->',
	'<nowiki>',
	'</nowiki>',
	"Let's Connect/Registration",
	'user=Ana',
];

/** Templates as (arguments count) in document order of their opening braces: a shape both can give. */
function ours(text: string): number[] {
	return parseTemplates(text).map((call) => call.params.length);
}

/**
 * The same from the wiki's parse tree: each <template> with its <part> children, counted by a
 * walk over the XML (templates nest, so a regular expression cannot pair them).
 */
function theirs(tree: string): number[] {
	const found: { at: number; parts: number }[] = [];
	const open: { index: number; depth: number }[] = [];
	let depth = 0;
	for (const tag of tree.matchAll(/<(\/?)([a-z-]+)[^>]*?(\/?)>/g)) {
		const [, closing, name, selfClosing] = tag;
		if (selfClosing) continue;
		if (closing) {
			depth -= 1;
			if (name === 'template') open.pop();
			continue;
		}
		depth += 1;
		if (name === 'template') {
			found.push({ at: tag.index ?? 0, parts: 0 });
			open.push({ index: found.length - 1, depth });
		} else if (
			name === 'part' &&
			open.length > 0 &&
			depth === open[open.length - 1].depth + 1
		) {
			found[open[open.length - 1].index].parts += 1;
		}
	}
	return found.map((t) => t.parts);
}

export interface DifferentialResult {
	inputs: number;
	mismatches: number;
	examples: string[];
}

/** `runs` generated texts through both; the first few that disagree are kept as examples. */
export async function compareWithMediaWiki(
	apiUrl: string,
	runs: number,
	seed: number,
): Promise<DifferentialResult> {
	const texts = fc.sample(
		fc
			.array(fc.constantFrom(...SHAPES), { minLength: 1, maxLength: 30 })
			.map((parts) => parts.join('')),
		{ numRuns: runs, seed },
	);
	const result: DifferentialResult = { inputs: 0, mismatches: 0, examples: [] };
	for (const text of texts) {
		const body = new URLSearchParams({
			action: 'expandtemplates',
			prop: 'parsetree',
			text,
			title: 'Fuzz',
			format: 'json',
			formatversion: '2',
		});
		const answer = (await (
			await fetch(apiUrl, { method: 'POST', body })
		).json()) as { expandtemplates?: { parsetree?: string } };
		const tree = answer.expandtemplates?.parsetree;
		if (tree === undefined)
			throw new Error(
				`The wiki gave no parse tree for ${JSON.stringify(text)}`,
			);
		result.inputs += 1;
		const a = ours(text);
		const b = theirs(tree);
		if (a.join(',') === b.join(',')) continue;
		result.mismatches += 1;
		if (result.examples.length < 5)
			result.examples.push(
				`${JSON.stringify(text)}: codec ${JSON.stringify(a)}, MediaWiki ${JSON.stringify(b)}`,
			);
	}
	return result;
}
