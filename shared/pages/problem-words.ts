// How a problem reads to a liaison: in the Bot report (the `[[Page]]` a message names becomes a
// link, `{{Template}}` a link to the template, everything else plain text) and in a terminal
// (`validate`: the same words, links as their titles). Plurals said right ("1 warning").
import type { Problem } from '../model/problems';
import { allMatches } from '../wikitext/all-matches';
import { pageLink, plain } from './wikitable';

/** "1 warning", "3 warnings" ("1 person", "2 people" with the plural given): English counts for the report and the terminal. */
export function countOf(n: number, noun: string, plural?: string): string {
	return `${n} ${n === 1 ? noun : (plural ?? (noun.endsWith('y') && !/[aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`))}`;
}

/** `[[Title]]`, `[[Title|label]]` and `{{Template}}` in a message; anything else is text. */
const REFERENCE =
	/\[\[([^[\]{}|<>\n]+)(?:\|([^[\]{}<>\n]*))?\]\]|\{\{([^{}|<>\n[\]]+)\}\}/g;

/**
 * Which references in a message become links: only those the bot itself writes. A message quotes
 * what a page says (an unknown parameter, a wrong value), and that text must stay text: a link
 * from it could carry any label, or a signature (`~~~~`) and a behaviour switch into the report.
 * So a reference links only to a page the report is about (`pages`) or to a revision, a user or
 * the programme's templates, with the label the bot gives those.
 */
export function linkableIn(
	pages: Iterable<string>,
): (title: string, label: string) => boolean {
	const known = new Set(pages);
	return (title, label) => {
		if (/[~]|__|''/.test(title + label)) return false;
		const diff = /^Special:Diff\/(\d+)$/.exec(title);
		if (diff) return label === `revision ${diff[1]}`;
		const user = /^(?:User|Special:Contributions):([^/#]+)$/.exec(title);
		if (user) return label === user[1];
		if (title.startsWith("Template:Let's Connect/"))
			return label === `{{${title.slice('Template:'.length)}}}`;
		return known.has(title) && label === title;
	};
}

/** The message as wikitext: the references the bot wrote as links (see {@link linkableIn}), the rest inert. */
export function reportWikitext(
	message: string,
	linkable: (title: string, label: string) => boolean = () => false,
): string {
	let out = '';
	let at = 0;
	for (const match of allMatches(message, REFERENCE)) {
		const [whole, title, label, template] = match;
		const target = template ? `Template:${template.trim()}` : title.trim();
		const text = template ? `{{${template.trim()}}}` : (label ?? title).trim();
		if (!linkable(target, text)) continue;
		out += at < (match.index ?? 0) ? plain(message.slice(at, match.index)) : '';
		out += template
			? `<code>${pageLink(target, text)}</code>`
			: pageLink(target, text);
		at = (match.index ?? 0) + whole.length;
	}
	return out + (at < message.length ? plain(message.slice(at)) : '');
}

/** The message as plain words for a terminal: a link reads as its label. */
export function terminalWords(message: string): string {
	return message.replace(
		REFERENCE,
		(
			_,
			title: string | undefined,
			label: string | undefined,
			template: string | undefined,
		) => (template ? `{{${template.trim()}}}` : (label ?? title ?? '').trim()),
	);
}

/** Problems by page, the page changed last first, and within a page the newest first. */
export function byPageNewestFirst(
	problems: Problem[],
): { page: string; problems: Problem[] }[] {
	const groups = new Map<string, Problem[]>();
	for (const p of problems)
		groups.set(p.page ?? '', [...(groups.get(p.page ?? '') ?? []), p]);
	const newest = (list: Problem[]) =>
		Math.max(0, ...list.map((p) => p.revision ?? 0));
	return [...groups]
		.map(([page, list]) => ({
			page,
			problems: [...list].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0)),
		}))
		.sort(
			(a, b) =>
				Number(a.page === '') - Number(b.page === '') ||
				newest(b.problems) - newest(a.problems) ||
				a.page.localeCompare(b.page),
		);
}

/** `validate`'s listing: the same groups and words as the report. */
export function problemLines(problems: Problem[]): string {
	const lines: string[] = [];
	for (const { page, problems: list } of byPageNewestFirst(problems)) {
		lines.push(page || 'Not tied to a page');
		for (const p of list) {
			const where = [
				p.sessionId ? `session ${p.sessionId}` : '',
				p.param ? `parameter ${p.param}` : '',
			]
				.filter(Boolean)
				.join(', ');
			lines.push(
				`  ${p.severity === 'error' ? 'Error' : 'Warning'} (${p.code})${where ? ` in ${where}` : ''}: ${terminalWords(p.message)}`,
			);
		}
	}
	return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
