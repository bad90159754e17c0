// Small helpers for the wikitext of generated pages: every value written through here is escaped.
import { escapeTemplateValue } from '../wikitext/escape';

/** Plain text in a table cell or list item: no markup can come out of it. */
export function plain(value: string): string {
  return `<nowiki>${value.replace(/<\/nowiki>/gi, '&lt;/nowiki>').replace(/[\r\n]+/g, ' ')}</nowiki>`;
}

/** `[[Page|label]]` with a label that cannot break the link. */
export function pageLink(title: string, label?: string): string {
  const safeTitle = title.replace(/[[\]{}|<>]/g, '');
  return label === undefined ? `[[${safeTitle}]]` : `[[${safeTitle}|${escapeTemplateValue(label)}]]`;
}

export function userLink(user: string): string {
  return pageLink(`User:${user}`, user);
}

/** An external link, only for http(s) URLs; anything else becomes plain text. */
export function externalLink(url: string, label: string): string {
  if (!/^https?:\/\/[^\s<>"[\]{}|]+$/i.test(url)) return plain(label);
  return `[${url} ${escapeTemplateValue(label)}]`;
}

/** A sortable wikitable; cells are wikitext already made safe by the helpers above. */
export function wikitable(headers: string[], rows: string[][], className = 'wikitable sortable'): string {
  const lines = [`{| class="${className}"`, `! ${headers.join(' !! ')}`];
  for (const row of rows) lines.push('|-', `| ${row.join(' || ')}`);
  lines.push('|}');
  return lines.join('\n');
}
