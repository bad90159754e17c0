// Bot-owned regions: the bot writes only between `<!-- letsconnect:begin NAME -->` and
// `<!-- letsconnect:end NAME -->`. Text outside them belongs to people.
import { allMatches } from './wikitext/all-matches';

export type RegionProblem = 'missing' | 'broken';

export interface Region {
	name: string;
	/** Offsets of the text between the two markers. */
	contentStart: number;
	contentEnd: number;
}

/** The words of the two markers (also in Module:Let's Connect/contract, where the module finds regions). */
export const REGION_MARKER_WORDS = {
	begin: 'letsconnect:begin',
	end: 'letsconnect:end',
} as const;

export const beginMarker = (name: string): string =>
	`<!-- ${REGION_MARKER_WORDS.begin} ${name} -->`;
export const endMarker = (name: string): string =>
	`<!-- ${REGION_MARKER_WORDS.end} ${name} -->`;

// ASCII white space only, as Lua's %s (the module finds the Config's defaults region the same way).
const SPACE = '[ \\t\\n\\v\\f\\r]';
// The words have no character a regular expression would read as more than itself.
const MARKER = new RegExp(
	`<!--${SPACE}*(${REGION_MARKER_WORDS.begin}|${REGION_MARKER_WORDS.end})${SPACE}+([^ \\t\\n\\v\\f\\r>]+)${SPACE}*-->`,
	'g',
);

/** Finds one region; a region that is absent, duplicated, unclosed or out of order is a problem. */
export function findRegion(text: string, name: string): Region | RegionProblem {
	const markers = allMatches(text, MARKER).filter((m) => m[2] === name);
	if (markers.length === 0) return 'missing';
	if (
		markers.length !== 2 ||
		markers[0][1] !== REGION_MARKER_WORDS.begin ||
		markers[1][1] !== REGION_MARKER_WORDS.end
	)
		return 'broken';
	const begin = markers[0];
	const end = markers[1];
	return {
		name,
		contentStart: (begin.index ?? 0) + begin[0].length,
		contentEnd: end.index ?? 0,
	};
}

/** Names of every region that a page declares (begin markers). */
export function regionNames(text: string): string[] {
	return [
		...new Set(
			allMatches(text, MARKER)
				.filter((m) => m[1] === REGION_MARKER_WORDS.begin)
				.map((m) => m[2]),
		),
	];
}

/** Replaces a region's content; the markers stay, each on its own line around the content. */
export function replaceRegion(
	text: string,
	region: Region,
	content: string,
): string {
	const body = content === '' ? '\n' : `\n${content}\n`;
	return (
		text.slice(0, region.contentStart) + body + text.slice(region.contentEnd)
	);
}

/**
 * The text without any begin or end marker of this region (however spaced), for a region
 * rewritten whole. Again until none is left: taking one out can join two pieces into another.
 */
export function withoutMarkers(text: string, name: string): string {
	for (;;) {
		const next = text.replace(MARKER, (marker, _kind: string, found: string) =>
			found === name ? '' : marker,
		);
		if (next === text) return text;
		text = next;
	}
}

/** A transform that replaces one bot region, or leaves the page alone when its markers are not right. */
export function regionTransform(
	region: string,
	content: string,
	sameIgnoring?: RegExp,
): (current: string | undefined) => string | { skip: string } {
	return (current) => {
		if (current === undefined)
			return { skip: 'the page does not exist; run letsconnect install' };
		const found = findRegion(current, region);
		if (found === 'missing')
			return {
				skip: `no <!-- letsconnect:begin ${region} --> … end markers on the page`,
			};
		if (found === 'broken')
			return {
				skip: `the ${region} markers are duplicated, unclosed or out of order`,
			};
		const next = replaceRegion(current, found, content);
		// A change only in the report's noise (the run's time) is no reason for an edit.
		if (
			sameIgnoring &&
			next.replace(sameIgnoring, '') === current.replace(sameIgnoring, '')
		)
			return current;
		return next;
	};
}
