// Our lines of MediaWiki:Gadgets-definition, a page every gadget of the wiki shares: they live in
// a section of their own (`== lets-connect ==`), and every other line stays where it is.

/** The section heading our lines go under; its label is the message `gadget-section-lets-connect`. */
export const GADGET_SECTION = 'lets-connect';

const SECTION_HEADING = new RegExp(`^==\\s*${GADGET_SECTION}\\s*==\\s*$`);

/** The gadget name a definition line declares (`* name[options]|files`). */
export function gadgetNameOf(line: string): string | undefined {
	return /^\*\s*([\w-]+)\s*[[|]/.exec(line)?.[1];
}

/** Ours: the gadgets the repository defines, and any `letsconnect-…` gadget an older release defined. */
function isOurs(line: string, names: Set<string>): boolean {
	const name = gadgetNameOf(line);
	return (
		name !== undefined && (names.has(name) || /^letsconnect(-|$)/.test(name))
	);
}

/** Our definition lines on the page, in order: what install owns there. */
export function ourGadgetLines(text: string, wanted: string): string[] {
	const names = new Set(
		wanted
			.split('\n')
			.map(gadgetNameOf)
			.filter((n): n is string => n !== undefined),
	);
	return text.split('\n').filter((line) => isOurs(line, names));
}

/**
 * The page with our lines, and only them, under our section heading (made at the end when the page
 * has none); wherever else our lines were, they are taken out. Other gadgets' lines are kept as written.
 */
export function withGadgetLines(
	current: string | undefined,
	wanted: string,
): string {
	const lines = wanted.split('\n').filter((l) => gadgetNameOf(l) !== undefined);
	const names = new Set(lines.map((l) => gadgetNameOf(l) as string));
	const kept = (current ?? '')
		.split('\n')
		.filter((line) => !isOurs(line, names));
	const heading = kept.findIndex((line) => SECTION_HEADING.test(line));
	if (heading !== -1) {
		kept.splice(heading + 1, 0, ...lines);
		return kept.join('\n').replace(/\s+$/, '');
	}
	const before = kept.join('\n').replace(/\s+$/, '');
	return `${before}${before ? '\n\n' : ''}== ${GADGET_SECTION} ==\n${lines.join('\n')}`;
}
