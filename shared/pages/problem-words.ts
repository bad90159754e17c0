// How a problem reads to a liaison: in the Bot report (the `[[Page]]` a message names becomes a
// link, `{{Template}}` a link to the template, everything else plain text) and in a terminal
// (`validate`: the same words, links as their titles). Plurals said right ("1 warning").
import type { Problem } from '../model/problems';
import { pageLink, plain } from './wikitable';

/** "1 warning", "3 warnings" ("1 person", "2 people" with the plural given): English counts for the report and the terminal. */
export function countOf(n: number, noun: string, plural?: string): string {
  return `${n} ${n === 1 ? noun : plural ?? (noun.endsWith('y') && !/[aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`)}`;
}

/** `[[Title]]`, `[[Title|label]]` and `{{Template}}` in a message; anything else is text. */
const REFERENCE = /\[\[([^[\]{}|<>\n]+)(?:\|([^[\]{}<>\n]*))?\]\]|\{\{([^{}|<>\n[\]]+)\}\}/g;

/** The message as wikitext: references as links, the rest inert. */
export function reportWikitext(message: string): string {
  let out = '';
  let at = 0;
  for (const match of message.matchAll(REFERENCE)) {
    out += at < (match.index ?? 0) ? plain(message.slice(at, match.index)) : '';
    const [, title, label, template] = match;
    out += template ? `<code>${pageLink(`Template:${template.trim()}`, `{{${template.trim()}}}`)}</code>` : pageLink(title.trim(), (label ?? title).trim());
    at = (match.index ?? 0) + match[0].length;
  }
  return out + (at < message.length ? plain(message.slice(at)) : '');
}

/** The message as plain words for a terminal: a link reads as its label. */
export function terminalWords(message: string): string {
  return message.replace(REFERENCE, (_, title: string | undefined, label: string | undefined, template: string | undefined) => (template ? `{{${template.trim()}}}` : (label ?? title ?? '').trim()));
}

/** Problems by page, the page changed last first, and within a page the newest first. */
export function byPageNewestFirst(problems: Problem[]): Array<{ page: string; problems: Problem[] }> {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) groups.set(p.page ?? '', [...(groups.get(p.page ?? '') ?? []), p]);
  const newest = (list: Problem[]) => Math.max(0, ...list.map((p) => p.revision ?? 0));
  return [...groups].map(([page, list]) => ({ page, problems: [...list].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0)) }))
    .sort((a, b) => Number(a.page === '') - Number(b.page === '') || newest(b.problems) - newest(a.problems) || a.page.localeCompare(b.page));
}

/** `validate`'s listing: the same groups and words as the report. */
export function problemLines(problems: Problem[]): string {
  const lines: string[] = [];
  for (const { page, problems: list } of byPageNewestFirst(problems)) {
    lines.push(page || 'Not tied to a page');
    for (const p of list) {
      const where = [p.sessionId ? `session ${p.sessionId}` : '', p.param ? `parameter ${p.param}` : ''].filter(Boolean).join(', ');
      lines.push(`  ${p.severity === 'error' ? 'Error' : 'Warning'} (${p.code})${where ? ` in ${where}` : ''}: ${terminalWords(p.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
