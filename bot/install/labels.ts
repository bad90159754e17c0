// The labels page (`Module:Let's Connect/labels.json`) belongs to its translators as much as to
// the repository. Against what install last wrote there (its memory): a label changed or removed
// on the wiki stays as the wiki has it; a label nobody touched follows the repository (so a
// correction there arrives); a label or language new in the repository is added.

import type { Catalogue } from '../../shared/i18n/messages';

type Labels = Record<string, Record<string, unknown>>;

/** The gadget's messages the module says too: a session's state and its places (`lc-state-open` → `state-open`). */
const SHARED_WORDS = /^lc-(state-|count-|registration-opens$)/;

/**
 * The repository's labels with the words for a session's state and places taken from the gadget's
 * catalogues, so that the module and the gadget say the same thing in every language they share.
 */
export function withSharedWords(
	repository: string,
	catalogues: Record<string, Catalogue>,
): string {
	const labels = parse(repository);
	if (!labels)
		throw new Error("The repository's labels file is not a JSON object.");
	for (const [language, catalogue] of Object.entries(catalogues)) {
		for (const [key, message] of Object.entries(catalogue)) {
			if (SHARED_WORDS.test(key) && message !== undefined)
				(labels[language] ??= {})[key.slice(3)] = message;
		}
	}
	return JSON.stringify(labels, null, '\t');
}

function parse(text: string): Labels | undefined {
	try {
		const value = JSON.parse(text) as unknown;
		return value && typeof value === 'object' && !Array.isArray(value)
			? (value as Labels)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * The page with the repository's labels under the wiki's (the wiki's win), languages in the
 * repository's order then the wiki's own; the current text itself when nothing is added (the wiki
 * pretty-prints JSON its own way, which is no change). A page that is not a JSON object is left alone.
 */
export function withLabels(
	current: string | undefined,
	repository: string,
	base: Labels = {},
): string | { skip: string } {
	if (current === undefined) return repository;
	const onWiki = parse(current);
	const ours = parse(repository);
	if (!onWiki)
		return {
			skip: 'the labels page is not a JSON object (a broken edit?): nothing was merged into it; repair it on the wiki',
		};
	if (!ours)
		throw new Error("The repository's labels file is not a JSON object.");
	const isSet = (value: unknown): value is Record<string, unknown> =>
		Boolean(value) && typeof value === 'object' && !Array.isArray(value);
	const merged: Labels = {};
	for (const [language, labels] of Object.entries(ours)) {
		const wiki = onWiki[language];
		if (language === '@metadata' || (wiki !== undefined && !isSet(wiki))) {
			// Not a set of labels on the wiki (a broken edit): kept as it is, for a person to repair.
			merged[language] = (wiki ?? labels) as Record<string, unknown>;
			continue;
		}
		const before = isSet(base[language]) ? base[language] : {};
		const result: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(labels)) {
			const touched = wiki !== undefined && wiki[key] !== before[key];
			if (!touched) result[key] = value;
			else if (wiki[key] !== undefined) result[key] = wiki[key];
		}
		for (const [key, value] of Object.entries(wiki ?? {}))
			if (!(key in result) && !(key in labels)) result[key] = value;
		merged[language] = result;
	}
	for (const [language, labels] of Object.entries(onWiki))
		if (!(language in merged)) merged[language] = labels;
	const sorted = (labels: Labels) =>
		JSON.stringify(
			Object.fromEntries(
				Object.entries(labels)
					.map(([l, set]) => [
						l,
						Object.fromEntries(Object.entries(set ?? {}).sort()),
					])
					.sort(),
			),
		);
	return sorted(merged) === sorted(onWiki)
		? current
		: JSON.stringify(merged, null, '\t');
}
